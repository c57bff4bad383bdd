"""Inclusion measured on every page of every catalogue service: names for assistive technology,
text that fits at 200 % on a 1366×768 screen with the focus always in view, and every service
completed from start to receipt with the keyboard alone."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from mpp_assist.forms import load_catalogue
from mpp_assist.store import Store
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.desk.fields.row import FieldRow
from mpp_assist.ui.desk.form_flow import CHECK, REQUIREMENTS
from mpp_assist.ui.desk.section_page import RequirementsPage, SectionPage

from ..keyboard_driver import continue_page, fill_page, key, tab_to

pytestmark = pytest.mark.gui

CATALOGUE = load_catalogue()
SERVICE_IDS = [d.id for d in CATALOGUE.services()]


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where page screenshots are kept for review ($MPP_ASSIST_SCREENSHOTS, else a temp folder)."""
    chosen = os.environ.get("MPP_ASSIST_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screens")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def visit_pages(window: Any, service_id: str) -> Iterator[tuple[str, QWidget]]:
    """Every page of the service, with its example answers in place (so conditional pages show)."""
    yield "services", window.services
    window.start_service(service_id)
    flow = window.flow
    for field_id, value in CATALOGUE.get(service_id).example_answers().items():
        if isinstance(value, list) and value and isinstance(value[0], dict):  # a repeat group
            for item in value:
                index = flow.add_item(field_id)
                for child, child_value in item.items():
                    flow.set_answer(f"{field_id}[{index}].{child}", child_value)
        else:
            flow.set_answer(field_id, value)
    pages = ([REQUIREMENTS] if flow.definition.requirements else [])
    pages += [f"section:{s.id}" for s in flow.sections()] + [CHECK]
    for page_id in pages:
        flow.go(page_id)
        QApplication.processEvents()
        yield page_id, flow.page
    # Submit from check answers: the receipt page is a page of the service too.
    flow.page.go_on()
    QApplication.processEvents()
    assert window.receipt is not None, f"{service_id}: the example did not reach the receipt"
    yield "receipt", window.receipt


def keyboard_focusable(root: QWidget) -> list[QWidget]:
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root.window()) or not w.isEnabled():
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if w.focusProxy() is not None:
            continue  # the proxy is the one focused (and checked)
        # A scroll area is not let off: one that takes the focus is an invisible Tab stop (WCAG 2.4.7).
        out.append(w)
    return out


def fields_without_a_label(root: QWidget, where: str) -> list[str]:
    """A text field whose name is only its placeholder: no label on screen (WCAG 3.3.2), and no
    labelled-by relation for a screen reader (Qt makes one from a QLabel's buddy)."""
    buddies = {id(lb.buddy()) for lb in root.findChildren(QLabel) if lb.buddy() is not None}
    problems = []
    for w in keyboard_focusable(root):
        if isinstance(w, QLineEdit) and not w.isReadOnly() and id(w) not in buddies:
            owner = w.parentWidget()
            # A row labels its editor (the editor, or a date's parts, are the label's buddy).
            while owner is not None and id(owner) not in buddies and owner is not root:
                owner = owner.parentWidget()
            if owner is None or owner is root:
                problems.append(f"{where}: text field {accessible_name(w)!r} has no label")
    return problems


def frames_controls(w: QWidget) -> bool:
    """A scroll area around controls: they take the focus, so the frame itself must not (a stop that
    shows nothing). One with nothing focusable inside (a preview) is a stop so the keys scroll it."""
    return isinstance(w, QScrollArea) and w.widget() is not None and any(
        c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in w.widget().findChildren(QWidget)
    )


def unnamed_or_invisible_stops(root: QWidget, where: str) -> list[str]:
    """Every control Tab can reach under ``root``: named, and not a bare scrolling frame."""
    problems = []
    for w in keyboard_focusable(root):
        if frames_controls(w):
            problems.append(f"{where}: a {type(w).__name__} {w.accessibleName()!r} is a Tab stop")
        elif not accessible_name(w):
            problems.append(f"{where}: {type(w).__name__} {w.objectName()!r} near {_context(w)!r} is unnamed")
    # An editable combo box's text field is its focus proxy's partner, skipped above, but a screen
    # reader meets it as a text field of its own: it needs the name too.
    for combo in root.findChildren(QComboBox):
        edit = combo.lineEdit()
        if edit is not None and combo.isVisibleTo(root.window()) and not accessible_name(edit):
            problems.append(f"{where}: the text field of combo box {accessible_name(combo)!r} is unnamed")
    return problems


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface is not None and iface.isValid(), f"no accessibility interface for {w!r}"
    return iface.text(QAccessible.Text.Name).strip()


@pytest.mark.parametrize("service_id", SERVICE_IDS)
def test_every_control_has_an_accessible_name(qtbot: Any, desk: Any, service_id: str) -> None:
    _ctx, window = desk
    unnamed: list[str] = []
    checked = 0
    for page_id, _page in visit_pages(window, service_id):
        checked += len(keyboard_focusable(window))
        unnamed += unnamed_or_invisible_stops(window, page_id)
        unnamed += fields_without_a_label(window, page_id)
    assert checked > 20, "the walk found almost no controls: it is not looking"
    assert not unnamed, "controls without an accessible name, or scroll areas taking the focus:\n" + "\n".join(
        unnamed)


def test_settings_and_the_applicant_display_name_every_control(qtbot: Any, desk: Any) -> None:
    """The windows beside the form: the settings (the printer's editable field too) and the display."""
    _ctx, window = desk
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = unnamed_or_invisible_stops(dialog, "settings")
    assert len(keyboard_focusable(dialog)) > 10, "the walk found almost no controls: it is not looking"
    # Named as a region even though it is no Tab stop: a screen reader's review cursor meets it.
    problems += [f"settings: unnamed {type(s).__name__}" for s in dialog.findChildren(QScrollArea)
                 if not accessible_name(s)]
    dialog.reject()
    from mpp_assist.ui.inclusion.applicant_display import ApplicantDisplay

    display = ApplicantDisplay()
    qtbot.addWidget(display)
    display.show()
    qtbot.waitExposed(display)
    problems += unnamed_or_invisible_stops(display, "applicant display")
    problems += [f"applicant display: unnamed {type(s).__name__}" for s in display.findChildren(QScrollArea)
                 if not accessible_name(s)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("service_id", SERVICE_IDS)
def test_each_page_opens_on_its_first_answerable_field(qtbot: Any, desk: Any, service_id: str) -> None:
    """WCAG 2.4.3: a section opens with the focus on its first question that can be answered, in view,
    never on a disabled button (the akta's *Tambah Saksi*, two full witnesses below)."""
    ctx, window = desk
    ctx.settings.set("font_scale", 200)
    window.resize(1366, 768)
    problems: list[str] = []
    for page_id, page in visit_pages(window, service_id):
        if not isinstance(page, SectionPage):
            continue
        QApplication.processEvents()
        focus = window.focusWidget()
        if focus is None or not page.isAncestorOf(focus):
            problems.append(f"{page_id}: the focus is not on the page ({focus!r})")
            continue
        if not focus.isEnabled() or not focus.isVisibleTo(window):
            problems.append(f"{page_id}: opens on a disabled or hidden {focus.accessibleName()!r}")
        answerable = [r for r in page.findChildren(FieldRow) if r.editor is not None and r.isVisibleTo(window)
                      and not r.editor.findChildren(FieldRow)]
        if answerable and focus is page.continue_button:
            problems.append(f"{page_id}: opens on Lanjut with questions above it")
        viewport = _scroll_viewport(focus)
        if viewport is not None and not _visible_rect(viewport, window).contains(_visible_rect(focus, window)):
            problems.append(f"{page_id}: opens on {focus.accessibleName()!r} out of view")
    assert not problems, f"{service_id}:\n" + "\n".join(problems)


@pytest.mark.parametrize("service_id", ["ktp-el", "akta-kelahiran", "skck"])
def test_arrow_keys_through_the_choices_keep_the_focus_in_view_at_200_percent(
    qtbot: Any, desk: Any, service_id: str
) -> None:
    """WCAG 2.4.11: an arrow moves the focus (and the answer) to the next radio; the page follows it."""
    ctx, window = desk
    ctx.settings.set("font_scale", 200)
    window.resize(1366, 768)
    problems: list[str] = []
    moved = 0
    for page_id, page in visit_pages(window, service_id):
        if page_id == CHECK:
            break  # the arrows changed answers: this walk does not submit them
        if not isinstance(page, SectionPage):
            continue
        port = page.scroll.viewport()
        for row in page.findChildren(FieldRow):
            radios = [b for b in row.findChildren(QRadioButton) if b.isVisibleTo(window)]
            if len(radios) < 3 or row.editor is None or row.editor.findChildren(FieldRow):
                continue
            page.scroll.verticalScrollBar().setValue(0)  # as when the page opened: the choices lower down
            radios[0].setFocus()
            for _ in radios[1:]:
                key(qtbot, Qt.Key.Key_Down)
                moved += 1
                focus = QApplication.focusWidget()
                if not _visible_rect(port, window).contains(_visible_rect(focus, window)):
                    problems.append(f"{page_id}: {focus.accessibleName()!r} is out of view after ↓")
                    break
    assert moved, "no choices to move through: the test is not testing"
    assert not problems, f"{service_id}:\n" + "\n".join(problems)


@pytest.mark.parametrize("scale", [100, 200])
def test_a_focused_read_only_value_keeps_all_its_text(qtbot: Any, desk: Any, scale: int) -> None:
    """*Umur* is worked out, not typed: a Tab stop all the same, and its focus ring must not eat its words."""
    ctx, window = desk
    ctx.settings.set("font_scale", scale)
    window.resize(1366, 768)
    window.start_service("ktp-el")
    window.flow.set_answer("tanggal_lahir", "1990-08-17")
    window.flow.go("section:pemohon")
    QApplication.processEvents()
    value = window.flow.page.rows["umur"].value_label
    assert value.text(), "no age shown: the test is not testing"
    before = value.size()
    value.setFocus()
    qtbot.waitUntil(value.hasFocus)
    QApplication.processEvents()
    assert value.size() == before, "the value changes size when focused: the page jumps"
    inner = value.contentsRect()
    fm = value.fontMetrics()
    assert fm.horizontalAdvance(value.text()) <= inner.width() and fm.height() <= inner.height(), (
        f"{value.text()!r} needs {fm.horizontalAdvance(value.text())}×{fm.height()} in {inner.size()}")


def test_headings_and_the_error_summary_have_their_roles(qtbot: Any, desk: Any) -> None:
    """WCAG 1.3.1 / 4.1.3: a heading is a heading to a screen reader (it jumps by them), not a label;
    the error summary an alert, not a generic panel."""
    from mpp_assist.ui.desk.error_summary import ErrorSummary

    _ctx, window = desk
    window.start_service("ktp-el")
    flow = window.flow
    flow.go(f"section:{flow.sections()[0].id}")
    QApplication.processEvents()
    page = flow.page
    role = QAccessible.queryAccessibleInterface(page.heading).role()
    assert role == QAccessible.Role.Heading, f"the page's heading is exposed as {role}"
    page.go_on()  # nothing answered: the summary lists what is missing
    QApplication.processEvents()
    shown = [s for s in page.findChildren(ErrorSummary) if s.isVisible()]
    assert shown, "no error summary: the test is not testing"
    role = QAccessible.queryAccessibleInterface(shown[0]).role()
    assert role == QAccessible.Role.AlertMessage, f"the error summary is exposed as {role}"
    # A service card's name is a heading too (under the page's title), though styled small.
    window.go_services()
    QApplication.processEvents()
    names = [card.name for card in window.services.cards]
    assert names and all(QAccessible.queryAccessibleInterface(n).role() == QAccessible.Role.Heading for n in names)


def test_every_heading_is_made_by_heading() -> None:
    """A role set on a label after its text leaves it a plain label to a screen reader: the heading
    roles are given in ``widgets.heading`` only, which sets the role first."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[3] / "src" / "mpp_assist" / "ui"
    late = re.compile(r"""setProperty\(\s*["']role["']\s*,\s*f?["'](?:h\d|h\{|card-title)""")
    offenders = [
        f"{p.relative_to(ui)}:{n}"
        for p in ui.rglob("*.py")
        if p.name != "widgets.py"
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if late.search(line)
    ]
    assert offenders == []


def _question_of(button: QAbstractButton) -> str:
    """What a screen reader takes for the question a radio or check box answers: its named group."""
    parent = button.parentWidget()
    for _ in range(3):
        if parent is None:
            break
        if accessible_name(parent):
            return accessible_name(parent)
        parent = parent.parentWidget()
    return ""


@pytest.mark.parametrize("service_id", SERVICE_IDS)
def test_every_choice_keeps_its_question_once_answered(qtbot: Any, desk: Any, service_id: str) -> None:
    """WCAG 4.1.2: a radio or check box is named by its choice and grouped under its question,
    which it keeps in its description whether a message came and went or not."""
    _ctx, window = desk
    problems: list[str] = []
    checked = 0
    for page_id, page in visit_pages(window, service_id):
        if not isinstance(page, SectionPage):
            continue
        for row in page.findChildren(FieldRow):  # a repeat group's rows too
            if row.editor is None or row.editor.findChildren(FieldRow):
                continue  # a repeat group: its members' rows are checked for themselves
            row.show_problem("Pilih salah satu")  # a message comes and goes, as when it is answered
            row.show_problem(None)
            for b in row.editor.findChildren(QRadioButton) + row.editor.findChildren(QCheckBox):
                if not b.isVisibleTo(window):
                    continue
                checked += 1
                if not _question_of(b).startswith(row.label_text):  # a repeat's item follows it
                    problems.append(f"{page_id}: {b.text()!r} is grouped under {_question_of(b)!r}, "
                                    f"not {row.label_text!r}")
                if not b.accessibleDescription().startswith(row.label_text):
                    problems.append(f"{page_id}: {b.text()!r} lost its question: {b.accessibleDescription()!r}")
    assert checked or service_id not in ("ktp-el", "akta-kelahiran"), "no choices found: it is not looking"
    assert not problems, "\n".join(problems)


def _context(w: QWidget) -> str:
    parent = w.parentWidget()
    while parent is not None:
        labels = [lb.text() for lb in parent.findChildren(QLabel) if lb.text()]
        if labels:
            return labels[0][:40]
        parent = parent.parentWidget()
    return ""


def _scroll_viewport(w: QWidget) -> QWidget | None:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


def _visible_rect(w: QWidget, window: QWidget) -> QRect:
    return QRect(w.mapTo(window, QPoint(0, 0)), w.size())


_CONTENTS = {
    QPushButton: QStyle.SubElement.SE_PushButtonContents,
    QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
    QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
}


def text_overflows(window: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit the space they were given."""
    problems = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and w.textFormat() != Qt.TextFormat.RichText:
            inner = w.contentsRect()
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    problems.append(f"label {w.text()[:50]!r} needs {need}px of height, has {w.height()}")
            else:
                fm = w.fontMetrics()
                lines = w.text().split("\n")
                wide = max(fm.horizontalAdvance(line) for line in lines)
                if wide > inner.width() + 1 or fm.height() * len(lines) > inner.height() + 1:
                    problems.append(f"label {w.text()[:50]!r} is {wide}px wide in {inner.width()}px")
        elif isinstance(w, QAbstractButton) and w.text():
            element = _CONTENTS.get(type(w))
            if element is None:  # tool buttons: they must get the size they ask for
                hint = w.sizeHint()
                if hint.width() > w.width() + 1 or hint.height() > w.height() + 1:
                    problems.append(
                        f"button {w.text()!r} needs {hint.width()}x{hint.height()}, has {w.size()}"
                    )
                continue
            # The room the style (and our stylesheet's padding and border) leaves for the text.
            opt = QStyleOptionButton()
            w.initStyleOption(opt)
            room = w.style().subElementRect(element, opt, w)
            fm = w.fontMetrics()
            text = w.text().replace("&", "")
            if fm.horizontalAdvance(text) > room.width() + 1 or fm.height() > room.height() + 1:
                problems.append(f"button {text!r} is {fm.horizontalAdvance(text)}x{fm.height()}px "
                                f"in {room.width()}x{room.height()}px")
    return problems


@pytest.mark.parametrize("service_id", SERVICE_IDS)
def test_200_percent_on_1366x768_text_fits_and_focus_stays_in_view(
    qtbot: Any, desk: Any, service_id: str, screenshots: Path
) -> None:
    ctx, window = desk
    ctx.settings.set("font_scale", 200)
    window.resize(1366, 768)
    for page_id, page in visit_pages(window, service_id):
        QApplication.processEvents()
        name = f"{service_id}-{page_id.replace(':', '-')}-200.png"
        window.grab().save(str(screenshots / name))
        overflow = text_overflows(window)
        assert not overflow, f"{service_id} {page_id} at 200 %:\n" + "\n".join(overflow)
        # Tab through the whole page: whatever has the focus is on screen, not scrolled away or hidden.
        page.setFocus()
        seen: set[int] = set()
        for _ in range(300):
            key(qtbot, Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            assert focus is not None
            if id(focus) in seen:
                break
            seen.add(id(focus))

            rect = _visible_rect(focus, window)
            assert window.rect().contains(rect.center()), f"{page_id}: focus on {focus!r} is off the window"
            assert not frames_controls(focus), f"{service_id} {page_id}: Tab stopped on a page's scroll area"
            viewport = _scroll_viewport(focus)
            if viewport is not None:
                # All of it inside the scrolled view (WCAG 2.4.11): not half under the fixed action
                # bar or the step indicator; one taller than the view shows at least its top.
                port = _visible_rect(viewport, window)

                def in_view(port: QRect = port, focus: QWidget = focus) -> bool:
                    rect = _visible_rect(focus, window)
                    if rect.height() > port.height():  # taller than the view: its top, where the ring starts
                        return port.top() <= rect.top() < port.bottom() - 40
                    return port.contains(rect)

                try:  # once the page has scrolled (it may finish on the next turn of the event loop)
                    qtbot.waitUntil(in_view, timeout=2000)
                except AssertionError:
                    pytest.fail(f"{service_id} {page_id}: focused {type(focus).__name__} "
                                f"{focus.accessibleName()!r} at {_visible_rect(focus, window)} is not all "
                                f"in view {port}")
    assert any(screenshots.glob(f"{service_id}-*-200.png"))


def tab_order(page: QWidget, qtbot: Any) -> list[tuple[int, int, str]]:
    """Where each control Tab reaches sits on the page's (scrolled) content, in Tab order, one cycle."""
    content = page.scroll.widget() if isinstance(getattr(page, "scroll", None), QScrollArea) else page
    page.setFocus()
    seen: set[int] = set()
    order = []
    for _ in range(300):
        key(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is None or id(focus) in seen:
            break
        seen.add(id(focus))
        if content.isAncestorOf(focus):
            at = focus.mapTo(content, QPoint(0, 0))
            order.append((at.y(), at.x(), focus.accessibleName() or type(focus).__name__))
    return order


@pytest.mark.parametrize("service_id", SERVICE_IDS)
def test_tab_order_follows_the_visual_order(qtbot: Any, desk: Any, service_id: str) -> None:
    _ctx, window = desk
    for page_id, page in visit_pages(window, service_id):
        order = tab_order(page, qtbot)
        assert len(order) >= 2 or page_id == "services", f"{page_id}: Tab reaches almost nothing"
        # Down the page, or right along a row; one wrap from the last control back to the first.
        backwards = [
            (a[2], b[2]) for a, b in itertools.pairwise(order)
            if b[0] < a[0] - 4 or (abs(b[0] - a[0]) <= 4 and b[1] < a[1])
        ]
        assert len(backwards) <= 1, f"{service_id} {page_id}: Tab goes back up the page: {backwards}"


@pytest.mark.parametrize("service_id", SERVICE_IDS)
def test_keyboard_only_from_service_list_to_receipt(
    qtbot: Any, desk: Any, service_id: str, tmp_path: Path
) -> None:
    _ctx, window = desk
    definition = CATALOGUE.get(service_id)
    example = definition.example_answers()

    services = window.services
    tab_to(qtbot, services.list)
    key(qtbot, Qt.Key.Key_Home)
    for _ in range(services.list.count()):
        if services.list.currentItem().data(Qt.ItemDataRole.UserRole) == service_id:
            break
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert window.flow is not None and window.flow.definition.id == service_id

    for _ in range(40):
        if window.receipt is not None:
            break
        current = window.flow.page
        if isinstance(current, SectionPage):
            fill_page(qtbot, current, example, tmp_path)
        elif not isinstance(current, RequirementsPage | CheckAnswersPage):
            raise AssertionError(f"unexpected page {current!r}")
        continue_page(qtbot, current)
        if window.receipt is None:
            assert window.flow.page is not current, (
                f"{service_id}: stuck on {getattr(current, 'page_id', current)}: "
                f"{current.summary.accessibleDescription()}"
            )
    assert window.receipt is not None, f"{service_id}: never reached the receipt"
    application = window.receipt.application
    stored = Store()
    try:
        assert any(a.id == application.id for a in stored.list_applications())
    finally:
        stored.close()
    # And on to the next person, still without a mouse.
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.services is not None and window.receipt is None

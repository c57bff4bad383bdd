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
    QLabel,
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
        if isinstance(w, QScrollArea) and w.widget() is not None and any(
            c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in w.widget().findChildren(QWidget)
        ):
            continue  # a scrolling container whose contents take the focus
        out.append(w)
    return out


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
        for w in keyboard_focusable(window):
            checked += 1
            if not accessible_name(w):
                unnamed.append(f"{page_id}: {type(w).__name__} {w.objectName()!r} near {_context(w)!r}")
    assert checked > 20, "the walk found almost no controls: it is not looking"
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)


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
            viewport = _scroll_viewport(focus)
            if viewport is not None:
                port = _visible_rect(viewport, window)
                assert port.intersects(rect) and port.contains(rect.center()), (
                    f"{service_id} {page_id}: focused {type(focus).__name__} "
                    f"{focus.accessibleName()!r} is scrolled out of view"
                )
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

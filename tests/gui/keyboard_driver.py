"""Drive the desk with the keyboard only: Tab to reach a question, keys to answer it, Enter to go on.

Unlike ``desk_driver`` (which clicks to reach a field), nothing here touches the mouse: a field
that Tab cannot reach fails the test, which is the point.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mpp_assist.forms import regions
from mpp_assist.forms.dates import MONTHS
from mpp_assist.forms.model import Field
from mpp_assist.ui.desk.fields.date_input import DateInput
from mpp_assist.ui.desk.fields.editors import (
    AttachmentEditor,
    BooleanEditor,
    ChoiceEditor,
    LineEditor,
    MultiChoiceEditor,
    TextAreaEditor,
)
from mpp_assist.ui.desk.fields.region_picker import RegionPicker
from mpp_assist.ui.desk.fields.repeat import RepeatEditor
from mpp_assist.ui.desk.fields.row import FieldRow
from mpp_assist.ui.desk.section_page import SectionPage

TAB_LIMIT = 400


def key(qtbot: Any, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press and release ``k`` where the focus is, as a keyboard does.

    The release goes to whatever has the focus *after* the press: Enter on "Lanjut" replaces the
    page (and deletes the button), so a release sent to the pressed widget would reach a dead one.
    """
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyPress(target, k, modifiers)
    after = QApplication.focusWidget()
    if after is not None:
        qtbot.keyRelease(after, k, modifiers)


def tab_to(qtbot: Any, *targets: QWidget) -> QWidget:
    """Press Tab until one of ``targets`` has the focus (it must be in the tab order)."""
    QApplication.processEvents()  # widgets just added to the page are shown on the next turn
    for _ in range(TAB_LIMIT):
        focus = QApplication.focusWidget()
        if focus in targets:
            return focus
        key(qtbot, Qt.Key.Key_Tab)
    names = [t.accessibleName() or type(t).__name__ for t in targets]
    raise AssertionError(f"Tab never reached {names}; stuck at {QApplication.focusWidget()!r}")


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    tab_to(qtbot, widget)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace anything prefilled
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def answer(qtbot: Any, row: FieldRow, f: Field, value: Any, tmp: Path) -> None:
    editor = row.editor
    if isinstance(editor, LineEditor | TextAreaEditor):
        type_text(qtbot, editor.edit, str(value))
    elif isinstance(editor, DateInput):
        d = date.fromisoformat(value) if isinstance(value, str) and value[4:5] == "-" else None
        if d:
            day, month, year = str(d.day), MONTHS[d.month - 1].get("id"), str(d.year)
        else:
            day, month, year = str(value).split()
        type_text(qtbot, editor.day, day)
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor.month
        qtbot.keyClicks(editor.month, month)
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor.year
        qtbot.keyClicks(editor.year, year)
    elif isinstance(editor, ChoiceEditor | BooleanEditor) and getattr(editor, "combo", None) is not None:
        tab_to(qtbot, editor.combo)
        for _ in range(editor.combo.count() + 1):
            if editor.combo.currentData() == value:
                break
            key(qtbot, Qt.Key.Key_Down)
        assert editor.combo.currentData() == value
    elif isinstance(editor, ChoiceEditor | BooleanEditor):
        buttons = list(getattr(editor, "buttons", []))
        values = [v for v, _l in editor.choices]
        if isinstance(editor, BooleanEditor) and isinstance(value, str):
            value = {"ya": True, "tidak": False}[value.lower()]
        target = buttons[values.index(value)]
        tab_to(qtbot, *buttons)
        for _ in range(len(buttons) + 1):
            if QApplication.focusWidget() is target:
                break
            key(qtbot, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is target, f"arrow keys never reached {target.text()}"
        if not target.isChecked():
            key(qtbot, Qt.Key.Key_Space)
        assert target.isChecked()
    elif isinstance(editor, MultiChoiceEditor):
        for (v, _l), box in zip(editor.choices, editor.boxes, strict=True):
            if (v in value) != box.isChecked():
                tab_to(qtbot, box)
                key(qtbot, Qt.Key.Key_Space)
    elif isinstance(editor, RegionPicker) and f.level != "village":
        # Province → regency → district with the step-by-step lists, arrow keys only.
        parts = regions.canonical(value).split(".")
        for depth in range(len(parts)):
            combo = editor.levels[depth]
            wanted = ".".join(parts[: depth + 1])
            tab_to(qtbot, combo)
            for _ in range(combo.count() + 1):
                if combo.currentData() == wanted:
                    break
                key(qtbot, Qt.Key.Key_Down)
            assert combo.currentData() == wanted, f"{wanted} not in the list"
        assert editor.value() == regions.canonical(value), f"picked {editor.value()} for {value}"
    elif isinstance(editor, RegionPicker):
        region = regions.get(value)
        assert region is not None, value
        type_text(qtbot, editor.search, region.name)
        qtbot.waitUntil(lambda: editor.results.count() > 0, timeout=5000)
        key(qtbot, Qt.Key.Key_Down)
        for _ in range(editor.results.count() + 1):
            if editor.results.currentItem().data(Qt.ItemDataRole.UserRole) == region.code:
                break
            key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Return)
        assert editor.value() == region.code, f"picked {editor.value()} for {region.code} ({region.name})"
    elif isinstance(editor, AttachmentEditor):
        name = value.get("name") if isinstance(value, dict) else str(value)
        scan = tmp / Path(name).name
        scan.write_bytes(b"%PDF-1.4\n% scan\n")
        tab_to(qtbot, editor.choose)
        # The system file dialog is the one thing a test cannot drive: answer it.
        dialog = "mpp_assist.ui.desk.fields.editors.QFileDialog.getOpenFileName"
        with mock.patch(dialog, return_value=(str(scan), "")):
            key(qtbot, Qt.Key.Key_Space)
    elif isinstance(editor, RepeatEditor):
        items = value if isinstance(value, list) else []
        while len(editor.items) < len(items):
            tab_to(qtbot, editor.add_button)
            key(qtbot, Qt.Key.Key_Space)
        for (_box, rows), item in zip(editor.items, items, strict=False):
            for child, child_row in zip(editor.children_fields, rows, strict=True):
                if child.id in item and not child_row.isHidden():
                    answer(qtbot, child_row, child, item[child.id], tmp)
    else:  # pragma: no cover - a new editor type needs a driver here
        raise AssertionError(f"no keyboard driver for {type(editor).__name__}")


def fill_page(qtbot: Any, page: SectionPage, answers: dict[str, Any], tmp: Path) -> None:
    for f in page.section.fields:
        row = page.rows.get(f.id)
        if row is None or row.editor is None or f.id not in answers or not row.isVisibleTo(page):
            continue
        answer(qtbot, row, f, answers[f.id], tmp)


def continue_page(qtbot: Any, page: Any) -> None:
    """Tab to "Lanjut" and press Enter, as an officer without a mouse does."""
    tab_to(qtbot, page.continue_button)
    key(qtbot, Qt.Key.Key_Return)

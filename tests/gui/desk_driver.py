"""Drive the desk window as an officer would: clicks to reach a field, key presses to answer it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

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
from mpp_assist.ui.shell.main_window import MainWindow


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(qtbot: Any, key: Qt.Key, widget: QWidget | None = None) -> None:
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Click into the box and type, replacing what is there (a prefilled answer, say)."""
    click(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def page(window: MainWindow) -> Any:
    assert window.flow is not None, "not on a form"
    return window.flow.page


def fill_row(qtbot: Any, row: FieldRow, f: Field, value: Any, tmp: Path) -> None:
    """Answer one question through its real widget with key presses and clicks."""
    editor = row.editor
    if isinstance(editor, LineEditor):
        type_into(qtbot, editor.edit, str(value))
    elif isinstance(editor, TextAreaEditor):
        type_into(qtbot, editor.edit, str(value))
    elif isinstance(editor, DateInput):
        d = date.fromisoformat(value) if isinstance(value, str) and value[4:5] == "-" else None
        if d is not None:
            day, month, year = str(d.day), MONTHS[d.month - 1].get("id"), str(d.year)
        else:
            day, month, year = str(value).split()
        type_into(qtbot, editor.day, day)
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(editor.month, month)
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(editor.year, year)
    elif isinstance(editor, ChoiceEditor):
        if isinstance(editor, BooleanEditor) and isinstance(value, str):
            value = value.strip().lower() in ("ya", "y", "true", "benar", "1")
        offered = [v for v, _l in editor.choices]
        assert value in offered, f"{row.path}: {value!r} is not offered ({offered})"
        index = offered.index(value)
        if editor.combo is not None:
            editor.combo.setFocus()
            while editor.combo.currentData() != value:
                press(qtbot, Qt.Key.Key_Down, editor.combo)
        else:
            editor.buttons[index].setFocus()
            press(qtbot, Qt.Key.Key_Space, editor.buttons[index])
    elif isinstance(editor, MultiChoiceEditor):
        for (v, _l), box in zip(editor.choices, editor.boxes, strict=True):
            if v in value and not box.isChecked():
                box.setFocus()
                press(qtbot, Qt.Key.Key_Space, box)
    elif isinstance(editor, RegionPicker):
        region = regions.get(value)
        assert region is not None, value
        type_into(qtbot, editor.search, region.name)
        assert editor.results.count() > 0, f"no search result for {region.name}"
        press(qtbot, Qt.Key.Key_Down, editor.search)
        while editor.results.currentItem().data(Qt.ItemDataRole.UserRole) != region.code:
            press(qtbot, Qt.Key.Key_Down, editor.results)
        press(qtbot, Qt.Key.Key_Return, editor.results)
        assert editor.value() == region.code
    elif isinstance(editor, AttachmentEditor):
        name = value.get("name") if isinstance(value, dict) else str(value)
        scan = tmp / Path(name).name
        scan.write_bytes(b"%PDF-1.4\n% scan\n")
        # The system file dialog is the one thing a test cannot drive: answer it.
        dialog = "mpp_assist.ui.desk.fields.editors.QFileDialog.getOpenFileName"
        with mock.patch(dialog, return_value=(str(scan), "")):
            click(qtbot, editor.choose)
    elif isinstance(editor, RepeatEditor):
        items = value if isinstance(value, list) else []
        while len(editor.items) < len(items):
            click(qtbot, editor.add_button)
        for (_box, rows), item in zip(editor.items, items, strict=False):
            for child, child_row in zip(editor.children_fields, rows, strict=True):
                if child.id in item and child_row.isVisibleTo(child_row.window()):
                    fill_row(qtbot, child_row, child, item[child.id], tmp)
    else:  # pragma: no cover - a new editor type needs a driver here
        raise AssertionError(f"no driver for {type(editor).__name__}")


def fill_section(qtbot: Any, section_page: SectionPage, answers: dict[str, Any], tmp: Path) -> None:
    """Answer every question on the page that ``answers`` has and that is shown now."""
    for f in section_page.section.fields:
        row = section_page.rows.get(f.id)
        if row is None or row.editor is None or f.id not in answers:
            continue
        if not row.isVisibleTo(section_page):
            continue
        fill_row(qtbot, row, f, answers[f.id], tmp)


def continue_page(qtbot: Any) -> None:
    """Enter from wherever the focus is; Ctrl+Enter from a long text box, where Enter is a new line."""
    from PySide6.QtWidgets import QPlainTextEdit

    focus = QApplication.focusWidget()
    if isinstance(focus, QPlainTextEdit):
        qtbot.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        press(qtbot, Qt.Key.Key_Return)


def texts_on_screen(root_widgets: list[QWidget] | None = None) -> list[str]:
    """Every text any live widget holds: labels, inputs, buttons, list and combo items, names, tips."""
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit

    out: list[str] = []
    for w in root_widgets or QApplication.allWidgets():
        out += [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.windowTitle(), w.statusTip()]
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        if hasattr(w, "statusBar") and callable(w.statusBar):
            out.append(w.statusBar().currentMessage())
    return out


def print_to_file(monkeypatch: Any, path: Path) -> None:
    """Answer the system print dialog (a person's choice, not ours to own) with "print to this PDF file"."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from mpp_assist.ui.receipt import receipt_preview

    class PrintToFile(QDialog):
        def __init__(self, printer: QPrinter, parent: Any = None) -> None:
            super().__init__(parent)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(path))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(receipt_preview, "QPrintDialog", PrintToFile)

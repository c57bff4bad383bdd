"""Editors for single answers: each has ``value()``, ``set_value()`` and a ``changed`` signal.

They hold what the officer typed, unchecked; the forms engine reads and checks it.
Names and hints come in as plain strings so these widgets know nothing of the form model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.ui.shell.widgets import button

# Up to this many choices are shown as radio buttons / checkboxes (all visible); more use a list.
RADIO_LIMIT = 7


class LineEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        name: str,
        hint: str = "",
        *,
        max_length: int | None = None,
        numeric: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        if hint:
            self.edit.setAccessibleDescription(hint)
        if max_length:
            self.edit.setMaxLength(max_length)
        if numeric:
            self.edit.setInputMethodHints(self.edit.inputMethodHints())
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        text = self.edit.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class TextAreaEditor(QWidget):
    changed = Signal()

    def __init__(self, name: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # keyboard users must be able to leave it
        self.edit.setAccessibleName(name)
        if hint:
            self.edit.setAccessibleDescription(hint)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class ChoiceEditor(QWidget):
    """One of several: radio buttons for a few choices, a drop-down list for many."""

    changed = Signal()

    def __init__(
        self, name: str, hint: str, choices: list[tuple[Any, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo: QComboBox | None = None
        self.group: QButtonGroup | None = None
        self.buttons: list[QRadioButton] = []
        if len(choices) <= RADIO_LIMIT:
            # The buttons' container is their group: named with the question, so a screen reader
            # says what "Ya" or "Lainnya" answers, whatever the description says by then.
            self.setAccessibleName(name)
            self.group = QButtonGroup(self)
            for i, (_value, label) in enumerate(choices):
                rb = QRadioButton(label)
                rb.setAccessibleName(f"{label}")
                rb.setAccessibleDescription(f"{name}. {hint}".strip(". "))
                self.group.addButton(rb, i)
                self.buttons.append(rb)
                layout.addWidget(rb)
            self.group.idToggled.connect(lambda _id, on: on and self.changed.emit())
            for rb in self.buttons:
                rb.installEventFilter(self)
            if self.buttons:
                self.setFocusProxy(self.buttons[0])
        else:
            self.combo = QComboBox()
            self.combo.addItem(self.tr("— pilih —"), None)
            for value, label in choices:
                self.combo.addItem(label, value)
            self.combo.setAccessibleName(name)
            if hint:
                self.combo.setAccessibleDescription(hint)
            self.combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(self.combo)
            self.setFocusProxy(self.combo)

    _STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Arrows move to the next choice *and* choose it, as in a browser, even when none was chosen yet
        (Qt only moves the focus then, and the answer the officer sees focused is not the answer)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and obj in self.buttons
            and isinstance(event, QKeyEvent)
            and event.key() in self._STEPS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            i = (self.buttons.index(obj) + self._STEPS[Qt.Key(event.key())]) % len(self.buttons)
            self.buttons[i].setFocus(Qt.FocusReason.TabFocusReason)
            self.buttons[i].setChecked(True)
            return True
        return False

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentData()
        checked = self.group.checkedId() if self.group else -1
        return self.choices[checked][0] if checked >= 0 else None

    def set_value(self, value: Any) -> None:
        index = next((i for i, (v, _l) in enumerate(self.choices) if v == value), -1)
        if self.combo is not None:
            self.combo.setCurrentIndex(index + 1)
            return
        assert self.group is not None
        if index >= 0:
            self.buttons[index].setChecked(True)
        else:
            self.group.setExclusive(False)
            for b in self.buttons:
                b.setChecked(False)
            self.group.setExclusive(True)

    def focus_first(self) -> QWidget:
        if self.buttons:
            checked = self.group.checkedButton() if self.group else None
            return checked or self.buttons[0]
        return self.combo  # type: ignore[return-value]


class MultiChoiceEditor(QWidget):
    changed = Signal()

    def __init__(
        self, name: str, hint: str, choices: list[tuple[Any, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        self.setAccessibleName(name)  # the group of boxes is named with its question (as radios)
        for _value, label in choices:
            cb = QCheckBox(label)
            cb.setAccessibleName(label)
            cb.setAccessibleDescription(f"{name}. {hint}".strip(". "))
            cb.toggled.connect(self.changed)
            self.boxes.append(cb)
            layout.addWidget(cb)
        if self.boxes:
            self.setFocusProxy(self.boxes[0])

    def value(self) -> list[Any] | None:
        picked = [v for (v, _l), cb in zip(self.choices, self.boxes, strict=True) if cb.isChecked()]
        return picked or None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for (v, _l), cb in zip(self.choices, self.boxes, strict=True):
            cb.setChecked(v in chosen)


class BooleanEditor(ChoiceEditor):
    """Ya / Tidak as two radio buttons (a checkbox cannot say "not answered yet")."""

    def __init__(self, name: str, hint: str, parent: QWidget | None = None) -> None:
        yes = QCoreApplication.translate("BooleanEditor", "Ya")
        no = QCoreApplication.translate("BooleanEditor", "Tidak")
        super().__init__(name, hint, [(True, yes), (False, no)], parent)

    def set_value(self, value: Any) -> None:
        # A draft or example may hold "ya"/"tidak" as typed elsewhere; the engine reads both.
        if isinstance(value, str):
            value = {"ya": True, "y": True, "true": True, "tidak": False, "t": False, "false": False}.get(
                value.strip().lower()
            )
        super().set_value(value)


class AttachmentEditor(QWidget):
    """A scan or photo chosen with the file dialog.

    The value is the file's path; once submitted, the stored record (``forms.attachments``)
    is kept as it is, so a correction does not lose the scan already sealed.
    """

    changed = Signal()
    FILTER = "*.pdf *.jpg *.jpeg *.png"

    def __init__(self, name: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._path: str | dict[str, Any] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choose = button(self.tr("Pilih berkas…"), description=hint)
        self.choose.setAccessibleName(self.tr("{name}: pilih berkas").format(name=name))
        self.remove = button(self.tr("Hapus lampiran"))
        self.remove.setAccessibleName(self.tr("{name}: hapus lampiran").format(name=name))
        self.shown = QLabel(self.tr("Belum ada berkas"))
        self.shown.setProperty("role", "value")
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        layout.addWidget(self.shown, 1)
        self.choose.clicked.connect(self._pick)
        self.remove.clicked.connect(lambda: self._set(None))
        self.remove.setEnabled(False)
        self.setFocusProxy(self.choose)

    def _pick(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.name,
            str(Path.home()),
            self.tr("Pindaian atau foto ({patterns})").format(patterns=self.FILTER),
        )
        if path:
            self._set(path)

    def _set(self, path: str | None) -> None:
        self.set_value(path)
        self.changed.emit()

    def value(self) -> str | dict[str, Any] | None:
        return self._path

    def set_value(self, value: Any) -> None:
        self._path = dict(value) if isinstance(value, dict) else str(value) if value else None
        if isinstance(self._path, dict):
            shown = str(self._path.get("name", ""))
        else:
            shown = Path(self._path).name if self._path else self.tr("Belum ada berkas")
        self.shown.setText(shown)
        self.shown.setAccessibleName(self.shown.text())
        self.remove.setEnabled(self._path is not None)

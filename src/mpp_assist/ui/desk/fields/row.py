"""One question on a page: label, hint, the message when it is wrong, and its editor.

The row names its editor for assistive technology (label as name, hint as
description) and adds the current message to the description, so a screen reader
hears what is wrong when it lands on the field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from mpp_assist.ui.shell.widgets import paragraph


class FieldRow(QWidget):
    changed = Signal()
    left = Signal()  # focus left the editor: time to show a message for what was typed

    def __init__(
        self,
        path: str,
        label: str,
        hint: str,
        editor: QWidget | None,
        *,
        optional_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.label_text = label
        self.hint_text = hint
        self.editor = editor
        self.setObjectName(f"field:{path}")
        self.setProperty("role", "field")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.label = QLabel(f"{label} {optional_text}".strip())
        self.label.setProperty("role", "label")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        # The hint, the "filled in for you" note and the message are made only when there is something
        # to show: most rows never need them, and each widget costs its style sheet on a page that
        # holds a family of nine (a fifth of a large page's widgets were these, hidden).
        self._layout = layout
        self._hint: QLabel | None = None
        if hint:
            self._hint = paragraph(hint, role="hint")
            layout.addWidget(self._hint)
        self._prefilled_note: QLabel | None = None
        self.prefilled_text = ""
        self.note_text = ""  # what others add for assistive technology (a glossary meaning): kept
        self._error: QLabel | None = None
        self.error_text = ""
        self.message_shown = False
        if editor is not None:
            layout.addWidget(editor)
            self.label.setBuddy(editor.focusProxy() or editor)
            editor.changed.connect(self.changed)
            for w in [editor, *editor.findChildren(QWidget)]:
                if w.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    w.installEventFilter(self)
            self.setFocusProxy(editor)

    @property
    def prefilled_note(self) -> QLabel:
        """*Diisi otomatis …* under the question (from the applicant's earlier application, another answer)."""
        if self._prefilled_note is None:
            self._prefilled_note = paragraph("", role="hint")
            self._prefilled_note.setObjectName("prefilledNote")
            self._prefilled_note.setVisible(False)
            self._layout.insertWidget(1 + (self._hint is not None), self._prefilled_note)
        return self._prefilled_note

    @property
    def error(self) -> QLabel:
        """The message when the answer is wrong, between the hints and the editor."""
        if self._error is None:
            self._error = paragraph("", role="error")
            self._error.setVisible(False)
            at = 1 + (self._hint is not None) + (self._prefilled_note is not None)
            self._layout.insertWidget(at, self._error)
        return self._error

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.editor is not None:
            focus = self.window().focusWidget() if self.window() else None
            if focus is None or not self.editor.isAncestorOf(focus):
                self.left.emit()
        return False

    def value(self) -> Any:
        return self.editor.value() if self.editor is not None else None

    def set_value(self, value: Any) -> None:
        if self.editor is not None:
            self.editor.blockSignals(True)
            self.editor.set_value(value)
            self.editor.blockSignals(False)

    def show_prefilled(self, text: str | None) -> None:
        """Say the answer was filled in for the officer (None: it is theirs), to eyes and screen readers."""
        if (text or "") == self.prefilled_text:
            return
        self.prefilled_text = text or ""
        self.prefilled_note.setText(self.prefilled_text)
        self.prefilled_note.setVisible(bool(text))
        self._describe()

    def show_problem(self, text: str | None, severity: str = "error") -> None:
        """Show ``text`` next to the field (None clears it), and tell assistive technology."""
        if not text and not self.error_text and self._error is None:
            return  # nothing shown, nothing to clear: every refresh asks this of every row
        self.error_text = text or ""
        self.error.setText(text or "")
        self.error.setProperty("role", "warning" if severity == "warning" else "error")
        self.error.setAccessibleName(text or "")
        self.error.setVisible(bool(text))
        self.setProperty("state", ("warning" if severity == "warning" else "error") if text else "")
        self.style().unpolish(self)
        self.style().polish(self)
        self.error.style().unpolish(self.error)
        self.error.style().polish(self.error)
        self._describe()

    def add_note(self, text: str) -> None:
        """Add ``text`` to what a screen reader hears with the question, for as long as the row lives."""
        if text and text not in self.note_text:
            self.note_text = ". ".join(x for x in (self.note_text, text) if x)
            self._describe()

    def _describe(self) -> None:
        # Rebuilt whole each time (a message comes or goes): every part is kept here, none added from outside.
        parts = (self.error_text, self.hint_text, self.prefilled_text, self.note_text)
        description = ". ".join(x for x in parts if x)
        for w in self.focus_targets():
            # A radio or check box is named by its choice ("Ya"): it keeps the question first in
            # its description too, or it loses it the first time a message comes or goes.
            own = [self.label_text] if isinstance(w, QRadioButton | QCheckBox) else []
            w.setAccessibleDescription(". ".join([*own, description] if description else own))

    def focus_targets(self) -> list[QWidget]:
        if self.editor is None:
            return []
        return [
            w
            for w in [self.editor, *self.editor.findChildren(QWidget)]
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.accessibleName()
        ]

    def focus_target(self) -> QWidget | None:
        """The control that takes the keyboard when this question is focused (None: nothing to answer)."""
        target = self.editor
        if target is not None and hasattr(target, "focus_first"):
            target = target.focus_first()
        return target

    def focus_editor(self) -> None:
        target = self.focus_target()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

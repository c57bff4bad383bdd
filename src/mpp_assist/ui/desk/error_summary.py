"""GOV.UK's error summary: "Ada masalah" at the top of the page, focused, each entry a link to its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from mpp_assist.ui.shell.widgets import heading, link_button


class ErrorSummary(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self.setProperty("role", "error-summary")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_ = QVBoxLayout(self)
        self.title = heading(self.tr("Ada masalah"), level=2)
        self.layout_.addWidget(self.title)
        self.links: list = []
        self._entries: list[tuple[str, Callable[[], None]]] = []
        self.setVisible(False)

    def show_problems(self, entries: list[tuple[str, Callable[[], None]]], *, focus: bool = True) -> None:
        """``entries``: (message, go to the field). Takes the keyboard focus, as GOV.UK's does
        (``focus=False``: the list follows the answers being corrected, the focus stays where it is)."""
        if not focus and [m for m, _g in entries] == [link.text() for link in self.links]:
            return  # nothing changed: the links (and a focused one) stay
        had_focus = self.hasFocus() or any(link.hasFocus() for link in self.links)
        self._entries = entries
        for link in self.links:
            self.layout_.removeWidget(link)
            link.deleteLater()
        self.links = []
        for message, go in entries:
            link = link_button(message, description=self.tr("Pindah ke isian ini"))
            link.clicked.connect(lambda _checked=False, go=go: go())
            self.layout_.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
            link.show()
            self.links.append(link)
        names = "; ".join(m for m, _g in entries)
        self.setAccessibleName(self.tr("Ada masalah"))
        self.setAccessibleDescription(names)
        self.setVisible(bool(entries))
        if entries and (focus or had_focus):
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.show_problems([])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A letter or digit typed while the summary has the focus goes to the first field with a problem
        (the officer started correcting it): never lost."""
        text = event.text()
        if text and text.isprintable() and not text.isspace() and self._entries:
            self._entries[0][1]()
            target = QApplication.focusWidget()
            if target is not None and target is not self:
                QApplication.sendEvent(target, QKeyEvent(event.type(), event.key(), event.modifiers(), text))
                return
        super().keyPressEvent(event)

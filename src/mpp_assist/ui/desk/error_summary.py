"""GOV.UK's error summary: "Ada masalah" at the top of the page, focused, each entry a link to its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

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
        self.setVisible(False)

    def show_problems(self, entries: list[tuple[str, Callable[[], None]]]) -> None:
        """``entries``: (message, go to the field). Takes the keyboard focus, as GOV.UK's does."""
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
        if entries:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.show_problems([])

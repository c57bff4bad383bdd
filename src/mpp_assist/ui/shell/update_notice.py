"""A quiet banner in the status bar when the backend announces a newer desk app.

Checked off the UI thread a little after start-up and then every few hours
(``mpp_assist.updates``). It never opens a dialog, never takes the focus and never
covers a form: the officer finishes with the applicant and tells the admin.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget

from mpp_assist.ui.shell.taskman import Future
from mpp_assist.ui.shell.widgets import button, paragraph
from mpp_assist.updates import Update, check_for_update

FIRST_CHECK_MS = 5_000
RECHECK_MS = 6 * 3600 * 1000


class UpdateBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = paragraph("", role="status")
        self.text.setObjectName("updateText")
        self.close_button = button(
            self.tr("Tutup"), description=self.tr("Sembunyikan pemberitahuan versi baru")
        )
        self.close_button.setObjectName("updateClose")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_update(self, update: Update) -> None:
        message = update.message()
        self.text.setText(message)
        self.text.setAccessibleName(message)
        self.setAccessibleName(message)
        self.show()


class UpdateNotice(QObject):
    """Owns the banner and the periodic check for one main window."""

    def __init__(self, window: QMainWindow, ctx: Any, *, first_check_ms: int = FIRST_CHECK_MS) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.banner = UpdateBanner()
        window.statusBar().addPermanentWidget(self.banner)  # beside the desk line, not over it
        self.latest: Update | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        if first_check_ms >= 0:
            QTimer.singleShot(first_check_ms, self.check)

    def check(self) -> None:
        s = self.ctx.settings
        url, ca = s.get("backend_url"), s.get("sync_ca_bundle")
        if not url:
            return
        self.ctx.tasks.run_in_background(lambda: check_for_update(url, ca_bundle=ca or None), self._checked)

    def _checked(self, future: Future) -> None:
        try:
            update = future.result()
        except Exception:  # an update check must never bother the officer
            return
        if update is not None and update != self.latest:
            self.latest = update
            self.banner.show_update(update)

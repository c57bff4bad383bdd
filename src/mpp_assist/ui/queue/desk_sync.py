"""The sync worker on the desk: the header's sync chip, the *Permohonan* place, reprint and correction.

The composition root (``mpp_assist.app``) builds one ``DeskSync`` for the window; the sync worker
sends every new application at once and retries in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout

from mpp_assist.store import Application
from mpp_assist.sync import outbox
from mpp_assist.ui.inclusion.speech_panel import announce
from mpp_assist.ui.queue.applications_page import ApplicationsPage, problem_text, status_line
from mpp_assist.ui.queue.login_dialog import LoginDialog
from mpp_assist.ui.shell.places import Place
from mpp_assist.ui.shell.sync_worker import SyncStatus, SyncWorker
from mpp_assist.ui.shell.widgets import size_to_text

if TYPE_CHECKING:
    from mpp_assist.sync.runner import SyncReport
    from mpp_assist.ui.protection.lock import DeskLock
    from mpp_assist.ui.shell.main_window import MainWindow


PLACE_ID = "applications"


def applications_place() -> Place:
    """*Permohonan* in the rail: the page is DeskSync's (built with the sync worker it shows)."""
    return Place(
        id=PLACE_ID,
        label=lambda: QCoreApplication.translate("Places", "Permohonan"),
        icon="mdi6.tray-full",
        description=lambda: QCoreApplication.translate(
            "Places", "Daftar permohonan dan pengirimannya ke server (Ctrl+Shift+P)"
        ),
        order=30,
        keep_applicant=True,
    )


class DeskSync(QObject):
    """Attaches the sync worker, the applications page and its toolbar action to the window."""

    def __init__(
        self, window: MainWindow, *, worker: SyncWorker | None = None, lock: DeskLock | None = None
    ) -> None:
        """``lock``: the desk's lock — sync pauses while it is locked (the officer may change)."""
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.worker = worker or SyncWorker(self.ctx, parent=self)
        self.page = ApplicationsPage(
            self.ctx,
            self.worker,
            on_back=window.show_services,
            on_reprint=self.reprint,
            on_login=self.log_in,
            on_correct=self.correct,
        )
        window.add_place_page(PLACE_ID, self.page)  # the rail's *Permohonan* (registered in mpp_assist.app)
        self.reprint_dialog: QDialog | None = None
        self.login_dialog: QDialog | None = None
        self._announced = ""  # the last sync state told to assistive technology
        self.status_label = window.header.sync_chip  # the header's sync chip: an icon and a few words
        window.header.sync_clicked.connect(self.show_page)
        self.action = QAction(window)
        self.action.setObjectName("applications")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action.triggered.connect(self.show_page)
        window.addAction(self.action)
        self.worker.status_changed.connect(self._on_status)
        self.worker.finished.connect(self._on_finished)
        window.application_submitted.connect(lambda _app: self.worker.sync_now())  # out at once
        if lock is not None:
            lock.locked.connect(self.worker.pause)
            lock.unlocked.connect(lambda _s: self.worker.resume())
            lock.unlocked.connect(lambda _s: self.page.update_report_button())  # perhaps another officer
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.worker.stop)
        self.ctx.settings.subscribe(self._on_setting)
        self._retranslate()
        self.worker.start()

    def _retranslate(self) -> None:
        self.action.setText(self.tr("Permohonan"))
        self.action.setToolTip(self.tr("Daftar permohonan dan pengirimannya ke server (Ctrl+Shift+P)"))

    def _on_setting(self, name: str, _value: object) -> None:
        if name == "language":
            self._retranslate()
            self.page.retranslate()
            self._on_status(self.worker.status)

    def show_page(self) -> None:
        self.window.show_place(PLACE_ID)

    def correct(self, app_id: str) -> None:
        """ "Perbaiki": the refused application's answers in the form flow (ui/desk/correction.py)."""
        from mpp_assist.ui.desk.correction import open_correction

        problem = open_correction(self.window, app_id, on_done=self._corrected, on_cancel=self.show_page)
        if problem:
            self.page.problem.setText(problem)
            self.page.problem.setVisible(True)

    def _corrected(self, app: Application) -> None:
        """Stored and queued again: back to the queue, on its row, and send it now."""
        self.show_page()
        if app.id in self.page.row_of:
            self.page.table.selectRow(self.page.row_of[app.id])
        announce(
            self.window.statusBar(),
            self.tr("Perbaikan tersimpan; permohonan {receipt} menunggu dikirim.").format(
                receipt=app.receipt_number
            ),
        )
        self.worker.sync_now()

    def reprint(self, app_id: str) -> None:
        from mpp_assist.ui.receipt.receipt_page import ReceiptPage

        app = self.ctx.store.get_application(app_id)
        if app is None:
            return
        dialog = QDialog(self.window)
        dialog.setObjectName("reprintDialog")
        dialog.setWindowTitle(self.tr("Cetak ulang tanda terima"))
        layout = QVBoxLayout(dialog)
        page = ReceiptPage(self.ctx, app, reprint=True)
        layout.addWidget(page, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.receipt = page  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        size_to_text(dialog, 110, 40)  # room for the whole receipt's width and its QR, at any text size
        self.reprint_dialog = dialog
        dialog.open()
        page.setFocus()

    def log_in(self) -> None:
        dialog = LoginDialog(self.ctx, self.window)
        dialog.accepted.connect(self.worker.sync_now)
        dialog.finished.connect(dialog.deleteLater)
        self.login_dialog = dialog
        dialog.open()

    def _on_status(self, status: SyncStatus) -> None:
        text = problem_text(status) or status_line(status)
        short = {
            "offline_only": self.tr("Tanpa server"),
            "sending": self.tr("Mengirim permohonan…"),
            "ok": self.tr("Semua terkirim"),
            "partial": self.tr("Sebagian terkirim"),
            "unreachable": self.tr("Server tidak bisa dihubungi"),
            "misconfigured": self.tr("Pengaturan server salah"),
            "needs_login": self.tr("Perlu masuk lagi ke server"),
            "paused": "",
            "error": self.tr("Sinkronisasi gagal"),
        }.get(status.kind, "")
        if status.kind in ("partial", "idle"):
            waiting = outbox.count_waiting(self.ctx.store)
            if waiting:
                short = self.tr("{count} menunggu").format(count=waiting)
        self.window.header.set_sync(status.kind, short, text)
        if short and status.kind not in ("sending", self._announced):
            # As the status bar's own messages are; once per change, not at every quiet poll.
            announce(self.window.statusBar(), text)
        if status.kind != "sending":
            self._announced = status.kind

    def _on_finished(self, report: SyncReport) -> None:
        if report.sent or report.needs_correction:
            announce(self.window.statusBar(), report.message)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def stop(self) -> None:
        self.worker.stop()
        try:
            self.ctx.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass

"""The officer's queue ("Permohonan", Ctrl+Shift+P): every application on this desk and where it is.

Each row shows what the officer needs and no more: the receipt number, the service,
a masked name (never the NIK), and the state in plain words — menunggu dikirim,
sedang dikirim, terkirim with the official number, perlu perbaikan with the server's
reasons, then the back office's status from the changes feed. Above the list: the
last successful sync, a progress bar while sending, what is wrong when the backend
cannot be reached (or is misconfigured, or wants a new login), and the offline-limit
banner (``sync.limits``). "Cetak ulang" opens the receipt page as a reprint (recorded
in the audit trail by ``receipts.history`` when printed or saved).

This is the officer's page, not the applicant's: it is never mirrored on the applicant
display (which follows only the form pages) and, like every page, it sits under the
desk lock's cover. ``DeskSync`` attaches it and the sync worker to the main window.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.security import session as security_session
from mpp_assist.store import Application
from mpp_assist.sync import limits, outbox
from mpp_assist.ui.desk.services_page import _local_time
from mpp_assist.ui.inclusion.speech_panel import announce
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.sync_worker import SyncStatus, SyncWorker
from mpp_assist.ui.shell.widgets import button, heading, paragraph

if TYPE_CHECKING:
    from mpp_assist.sync.runner import SyncProgress, SyncReport

COLUMNS = 7  # receipt number, service, applicant, state, official number, back office, note


def back_office_text(status: str | None) -> str:
    """The back office's status (server ``STATUSES``) in the officer's words."""
    words = {
        "received": QCoreApplication.translate("ApplicationsPage", "Diterima"),
        "verified": QCoreApplication.translate("ApplicationsPage", "Diverifikasi"),
        "in_process": QCoreApplication.translate("ApplicationsPage", "Diproses"),
        "ready_for_pickup": QCoreApplication.translate("ApplicationsPage", "Siap diambil"),
        "completed": QCoreApplication.translate("ApplicationsPage", "Selesai"),
        "rejected": QCoreApplication.translate("ApplicationsPage", "Ditolak"),
    }
    return words.get(status or "", status or "")


def state_text(status: str) -> str:
    """The desk's own state of an application (the outbox) in the officer's words."""
    words = {
        "waiting": QCoreApplication.translate("ApplicationsPage", "Menunggu dikirim"),
        "sending": QCoreApplication.translate("ApplicationsPage", "Sedang dikirim"),
        "sent": QCoreApplication.translate("ApplicationsPage", "Terkirim"),
        "needs_correction": QCoreApplication.translate("ApplicationsPage", "Perlu perbaikan"),
    }
    return words.get(status, status)


def masked_name(app: Application) -> str:
    """``Siti Rahayu`` → ``S*** R***``: enough for the officer to find the row, no more."""
    name = str(app.answers.get("nama_lengkap") or app.answers.get("nama") or "")
    return " ".join(word[0] + "***" for word in name.split()) or "—"


def _reasons(entry: outbox.OutboxEntry | None) -> str:
    if entry is None:
        return ""
    return "; ".join(
        str(r.get("message") or r.get("code") or "") for r in entry.reasons if isinstance(r, dict)
    )


class ApplicationsPage(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        worker: SyncWorker,
        *,
        on_back: Callable[[], None],
        on_reprint: Callable[[str], None],
        on_login: Callable[[], None],
        on_correct: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.worker = ctx, worker
        self._on_correct = on_correct
        self.setObjectName("applicationsPage")
        self.row_of: dict[str, int] = {}
        layout = QVBoxLayout(self)
        self.heading = heading("")
        layout.addWidget(self.heading)
        self.sync_line = paragraph("", role="status")
        self.sync_line.setObjectName("syncLine")
        layout.addWidget(self.sync_line)
        self.problem = paragraph("", role="warning")
        self.problem.setObjectName("syncProblem")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.banner = paragraph("", role="warning")
        self.banner.setObjectName("offlineBanner")
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("applicationsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, COLUMNS - 1):  # the service and the note wrap; the short columns never do
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self._reprint_selected())
        layout.addWidget(self.table, 1)
        self.empty = paragraph("", role="hint")
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.sync_button = button("", role="primary")
        self.reprint_button = button("")
        self.correct_button = button("")  # "Perbaiki": only for a row the server refused
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setEnabled(False)
        self.login_button = button("")
        self.login_button.setVisible(False)
        self.report_button = button("")  # "Laporan harian": supervisors and admins only
        self.report_button.setObjectName("reportButton")
        self.back_button = button("")
        for b in (self.sync_button, self.reprint_button, self.correct_button, self.login_button,
                  self.report_button, self.back_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.sync_button.clicked.connect(worker.sync_now)
        self.reprint_button.clicked.connect(self._reprint_selected)
        self.correct_button.clicked.connect(self._correct_selected)
        self.table.itemSelectionChanged.connect(self._update_correct_button)
        self.login_button.clicked.connect(on_login)
        self.report_button.clicked.connect(self.save_report)
        # Where the report goes; tests replace this seam instead of driving the native dialog.
        self.ask_report_path: Callable[[str], str | None] = self._ask_report_path
        self.back_button.clicked.connect(on_back)
        self._on_reprint = on_reprint
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, on_back)
        QShortcut(QKeySequence.StandardKey.Print, self, self._reprint_selected)
        self.setFocusProxy(self.table)

        worker.progress.connect(self.on_progress)
        worker.status_changed.connect(self.on_status)
        worker.finished.connect(self.on_finished)
        self.retranslate()
        self._update_report_button()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Permohonan di loket ini"))
        self.heading.setAccessibleName(self.heading.text())
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nomor tanda terima"),
                self.tr("Layanan"),
                self.tr("Pemohon"),
                self.tr("Keadaan"),
                self.tr("Nomor resmi"),
                self.tr("Status di back office"),
                self.tr("Keterangan"),
            ]
        )
        self.table.setAccessibleName(self.tr("Daftar permohonan"))
        self.progress.setAccessibleName(self.tr("Kemajuan pengiriman"))
        for b, text, tip in (
            (
                self.sync_button,
                self.tr("Kirim sekarang"),
                self.tr("Kirim permohonan yang menunggu sekarang juga"),
            ),
            (
                self.reprint_button,
                self.tr("Cetak ulang"),
                self.tr("Cetak ulang tanda terima permohonan yang dipilih (Ctrl+P)"),
            ),
            (
                self.correct_button,
                self.tr("Perbaiki"),
                self.tr("Buka jawaban permohonan yang ditolak server, perbaiki, lalu kirim lagi"),
            ),
            (
                self.login_button,
                self.tr("Masuk lagi ke server"),
                self.tr("Masuk lagi; antrean tidak berubah"),
            ),
            (
                self.report_button,
                self.tr("Laporan harian"),
                self.tr("Simpan laporan harian loket hari ini sebagai PDF (khusus supervisor)"),
            ),
            (self.back_button, self.tr("Kembali"), self.tr("Kembali ke daftar layanan (Escape)")),
        ):
            b.setText(text)
            b.setAccessibleName(text)
            b.setToolTip(tip)
            b.setAccessibleDescription(tip)
        self.on_status(self.worker.status)
        if self.isVisible():  # otherwise the list is read when the page is shown
            self.refresh()

    def enter(self) -> None:
        self._update_report_button()
        self.refresh()
        self.on_status(self.worker.status)
        if self.table.rowCount() and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- rows ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Every application on this desk, newest first, and the offline banner."""
        selected = self.selected_id()
        apps = self.ctx.store.list_applications()
        self.table.setRowCount(len(apps))
        self.row_of = {}
        for r, app in enumerate(apps):
            self.row_of[app.id] = r
            self._fill(r, app)
        self.empty.setText(self.tr("Belum ada permohonan di loket ini.") if not apps else "")
        self.empty.setVisible(not apps)
        if selected in self.row_of:
            self.table.selectRow(self.row_of[selected])
        self._update_banner()
        self._update_correct_button()

    def update_application(self, app_id: str) -> None:
        app = self.ctx.store.get_application(app_id)
        if app is None:
            return
        if app_id not in self.row_of:
            self.refresh()
            return
        self._fill(self.row_of[app_id], app)
        if app_id == self.selected_id():
            self._update_correct_button()

    def _fill(self, r: int, app: Application) -> None:
        try:
            service = self.ctx.catalogue.get(app.service_id).name.get(self.ctx.lang)
        except Exception:  # a service no longer in the catalogue: its id is still meaningful
            service = app.service_id
        note = ""
        if app.status == "needs_correction":
            note = _reasons(outbox.entry(self.ctx.store, app.id))
        elif app.server_status == "rejected" and app.server_reason:
            note = app.server_reason
        elif app.status == "waiting" and app.official_number is None:
            note = ""
        cells = [
            app.receipt_number,
            service,
            masked_name(app),
            state_text(app.status),
            app.official_number or "",
            back_office_text(app.server_status) if app.status == "sent" else "",
            note,
        ]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, app.id)
            item.setToolTip(text)
            self.table.setItem(r, c, item)
        self.table.resizeRowToContents(r)

    def row_texts(self, app_id: str) -> list[str]:
        """What the row of ``app_id`` says (tests and the screen reader's view of one row)."""
        r = self.row_of.get(app_id)
        if r is None:
            return []
        return [self.table.item(r, c).text() for c in range(COLUMNS)]

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _reprint_selected(self) -> None:
        app_id = self.selected_id()
        if app_id is None:
            self.problem.setText(self.tr("Pilih dulu permohonan yang tanda terimanya mau dicetak ulang."))
            self.problem.setVisible(True)
            return
        self._on_reprint(app_id)

    def _update_correct_button(self) -> None:
        app_id = self.selected_id()
        app = self.ctx.store.get_application(app_id) if app_id else None
        refused = app is not None and app.status == "needs_correction"
        self.correct_button.setEnabled(refused and self._on_correct is not None)

    def _correct_selected(self) -> None:
        app_id = self.selected_id()
        if app_id is not None and self._on_correct is not None:
            self._on_correct(app_id)

    def _is_supervisor(self) -> bool:
        s = security_session.current()
        return s is not None and s.at_least("supervisor")

    def _update_report_button(self) -> None:
        """Shown only to a supervisor or admin: officers do not see the desk report."""
        allowed = self._is_supervisor()
        self.report_button.setVisible(allowed)
        self.report_button.setEnabled(allowed)

    def _ask_report_path(self, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan harian"), str(Path.home() / suggested), self.tr("Berkas PDF (*.pdf)")
        )
        return path or None

    def save_report(self) -> Path | None:
        """Today's desk report (``receipts.report``) to a PDF the supervisor chooses; audited as an export."""
        s = security_session.current()
        if s is None or not s.at_least("supervisor"):
            self._update_report_button()
            return None
        day = date.today()
        chosen = self.ask_report_path(f"laporan-{day.isoformat()}.pdf")
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        from mpp_assist.receipts.report import build_report  # reportlab's platypus, only when asked

        lang, catalogue = self.ctx.lang, self.ctx.catalogue

        def service_name(service_id: str) -> str:
            try:
                return catalogue.get(service_id).name.get(lang)
            except Exception:  # a service no longer in the catalogue: its id is still meaningful
                return service_id

        settings = self.ctx.settings
        pdf = build_report(self.ctx.store.list_applications(), day, service_name=service_name, lang=lang,
                           mpp_name=settings.get("mpp_name"), desk=settings.get("desk"))
        tmp = ""
        try:  # whole or not at all: a temporary file beside the target, then renamed
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(pdf)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            self.problem.setText(self.tr("Laporan tidak bisa disimpan ke {path}: {error}").format(
                path=str(target), error=exc.strerror or type(exc).__name__))
            self.problem.setAccessibleName(self.problem.text())
            self.problem.setVisible(True)
            return None
        self.ctx.store.audit(s.officer, "export", None, detail=f"report {day.isoformat()}")
        done = self.tr("Laporan harian disimpan ke {path}").format(path=str(target))
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(done, 15_000)
        announce(self, done)
        return target

    def _update_banner(self) -> None:
        try:
            text = limits.offline_banner(self.ctx.store, self.ctx.settings)
        except Exception:  # the banner is a reminder; never stop the page over it
            text = None
        self.banner.setText(text or "")
        self.banner.setAccessibleName(text or "")
        self.banner.setVisible(bool(text))

    # -- sync ---------------------------------------------------------------------------------

    def on_progress(self, p: SyncProgress) -> None:
        if p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(min(p.done, p.total))
            self.progress.setVisible(
                p.state in ("sending", "sent", "needs_correction", "retrying", "uploading")
            )
        if p.application_id and self.isVisible():
            self.update_application(p.application_id)

    def on_finished(self, _report: SyncReport) -> None:
        self.progress.setVisible(False)
        if self.isVisible():  # a hidden page reads the list when it is shown (enter)
            self.refresh()

    def on_status(self, status: SyncStatus) -> None:
        self.sync_line.setText(status_line(status))
        self.sync_line.setAccessibleName(self.sync_line.text())
        problem = problem_text(status)
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.problem.setVisible(bool(problem))
        self.login_button.setVisible(status.kind == "needs_login")
        self.sync_button.setEnabled(status.kind not in ("offline_only", "paused"))
        if status.kind != "sending":
            self.progress.setVisible(False)


def status_line(status: SyncStatus) -> str:
    """The last successful sync, and what the worker is doing now."""
    when = (
        QCoreApplication.translate("ApplicationsPage", "Terakhir berhasil sinkron: {time}").format(
            time=_local_time(status.last_sync_at)
        )
        if status.last_sync_at
        else QCoreApplication.translate("ApplicationsPage", "Belum pernah berhasil sinkron.")
    )
    now = {
        "sending": QCoreApplication.translate("ApplicationsPage", "Sedang mengirim…"),
        "ok": QCoreApplication.translate("ApplicationsPage", "Semua permohonan sudah terkirim."),
        "partial": status.message,
        "paused": QCoreApplication.translate(
            "ApplicationsPage", "Pengiriman berhenti selama loket terkunci."
        ),
        "idle": "",
    }.get(status.kind, "")
    return f"{when} {now}".strip()


def problem_text(status: SyncStatus) -> str:
    """A clear message when sync cannot happen, saying that nothing is lost; '' when all is well."""
    if status.kind == "offline_only":
        return QCoreApplication.translate(
            "ApplicationsPage",
            "Loket ini bekerja tanpa server (alamat server kosong di Pengaturan). Permohonan tetap "
            "tersimpan di komputer ini dan tidak dikirim.",
        )
    if status.kind == "unreachable":
        return QCoreApplication.translate(
            "ApplicationsPage",
            "Server tidak bisa dihubungi: {error} Permohonan tetap tersimpan dan akan terkirim sendiri "
            "begitu server bisa dihubungi.",
        ).format(error=status.message)
    if status.kind == "misconfigured":
        return QCoreApplication.translate(
            "ApplicationsPage", "Pengaturan server salah: {error} Periksa alamat server di Pengaturan."
        ).format(error=status.message)
    if status.kind == "needs_login":
        return QCoreApplication.translate(
            "ApplicationsPage",
            "Perlu masuk lagi ke server: {error} Tekan “Masuk lagi ke server” di halaman Permohonan. "
            "Permohonan tetap tersimpan.",
        ).format(error=status.message)
    if status.kind == "error":
        return QCoreApplication.translate(
            "ApplicationsPage", "Sinkronisasi gagal: {error} Permohonan tetap tersimpan."
        ).format(error=status.message)
    return ""

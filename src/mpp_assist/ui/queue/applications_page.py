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

from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QTableView,
    QWidget,
)

from mpp_assist import clock
from mpp_assist.atomic import write_atomic
from mpp_assist.forms.catalogue import UnknownService
from mpp_assist.masking import mask_name
from mpp_assist.search.access import scope_for
from mpp_assist.search.terms import parse_query
from mpp_assist.security import session as security_session
from mpp_assist.store import Application
from mpp_assist.store.queue import QueueFilter
from mpp_assist.sync import limits, outbox
from mpp_assist.ui.inclusion.speech_panel import announce
from mpp_assist.ui.queue.applications_model import PAGE, ApplicationsModel
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.sync_worker import SyncStatus, SyncWorker
from mpp_assist.ui.shell.widgets import ButtonRow, Labelled, ScrollingBody, button, heading, paragraph
from mpp_assist.ui.shell.words import back_office_text, deadline_text, history_lines, state_text
from mpp_assist.ui.shell.words import local_time as _local_time

if TYPE_CHECKING:
    from mpp_assist.sync.runner import SyncProgress, SyncReport

COLUMNS = 7  # receipt number, service, applicant, state, official number, back office, note


def masked_name(app: Application) -> str:
    """The applicant's name masked (``S***i R***u``): enough for the officer to find the row, no more."""
    return mask_name(str(app.answers.get("nama_lengkap") or app.answers.get("nama") or ""))


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
        # At large text sizes the page scrolls as one; the table keeps room for a few rows.
        self.body = ScrollingBody(self)
        layout = self.body.layout
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

        # Find: one search box (NIK/KK, phone, receipt or official number, or a name), then filters.
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)  # one query when the officer pauses, not one per key
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.service_filter = QComboBox()
        self.service_filter.setObjectName("serviceFilter")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("periodFilter")
        for combo in (self.state_filter, self.service_filter, self.period_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.action_filter = QCheckBox()
        self.action_filter.setObjectName("needsActionFilter")
        self.action_filter.toggled.connect(lambda _on: self.apply_filters())
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("Cari NIK, nomor KK, nomor tanda") + 40)
        # Each with its visible label (the label relation a screen reader follows, not a placeholder).
        self.search_box, self.state_box, self.service_box, self.period_box = (
            Labelled(w) for w in (self.search, self.state_filter, self.service_filter, self.period_filter)
        )
        layout.addWidget(ButtonRow([self.search_box, self.state_box, self.service_box, self.period_box,
                                    self.action_filter]))
        self.counts = paragraph("", role="hint")
        self.counts.setObjectName("stateCounts")
        layout.addWidget(self.counts)

        self.model = ApplicationsModel(ctx.store, self._cells, self._headers, parent=self)
        self.table = QTableView()
        self.table.setObjectName("applicationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line per row; the whole row is in the detail below
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # newest first
        # Fixed row heights and column widths from the text size: sizing to contents would read
        # (and decrypt) every row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.activated.connect(lambda _i: self._reprint_selected())
        # Both: Qt makes a row current on focus without selecting it, and selecting the current row
        # changes the selection only.
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected_changed())
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._selected_changed())
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.table, 1)
        self.empty = paragraph("", role="hint")
        layout.addWidget(self.empty)
        self.detail = paragraph("", role="body")
        self.detail.setObjectName("applicationDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it with Tab
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setVisible(False)
        layout.addWidget(self.detail)
        self._viewed: set[str] = set()  # details opened this visit (each one audited once)

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
        # On as many lines as the text size needs: the page never widens the window.
        self.actions = ButtonRow([self.sync_button, self.reprint_button, self.correct_button, self.login_button,
                                  self.report_button, self.back_button])
        layout.addWidget(self.actions)
        self.sync_button.clicked.connect(worker.sync_now)
        self.reprint_button.clicked.connect(self._reprint_selected)
        self.correct_button.clicked.connect(self._correct_selected)
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
        self.update_report_button()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Permohonan di loket ini"))
        self.heading.setAccessibleName(self.heading.text())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.table.setAccessibleName(self.tr("Daftar permohonan"))
        self.search.setPlaceholderText(self.tr("Cari NIK, nomor KK, nomor tanda terima, telepon, atau nama"))
        self.search_box.set_text(self.tr("Cari permohonan"), self.search.placeholderText())
        self.action_filter.setText(self.tr("Perlu tindakan"))
        self._fill_filters()
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

    def _headers(self) -> list[str]:
        return [
            self.tr("Nomor tanda terima"),
            self.tr("Layanan"),
            self.tr("Pemohon"),
            self.tr("Keadaan"),
            self.tr("Nomor resmi"),
            self.tr("Status layanan"),
            self.tr("Keterangan"),
        ]

    def _fill_filters(self) -> None:
        """The filter choices in the current language, keeping what was chosen."""
        chosen = (self.state_filter.currentData(), self.service_filter.currentData(), self.period_filter.currentData())
        for combo in (self.state_filter, self.service_filter, self.period_filter):
            combo.blockSignals(True)
            combo.clear()
        self.state_filter.addItem(self.tr("Semua keadaan"), "")
        for state in ("waiting", "sending", "sent", "needs_correction"):
            self.state_filter.addItem(state_text(state), state)
        self.service_filter.addItem(self.tr("Semua layanan"), "")
        for definition in self.ctx.catalogue.services():
            self.service_filter.addItem(definition.name.get(self.ctx.lang), definition.id)
        for text, days in ((self.tr("Semua tanggal"), 0), (self.tr("Hari ini"), 1), (self.tr("7 hari terakhir"), 7),
                           (self.tr("30 hari terakhir"), 30)):
            self.period_filter.addItem(text, days)
        for box, name, value in (
            (self.state_box, self.tr("Keadaan"), chosen[0]),
            (self.service_box, self.tr("Layanan"), chosen[1]),
            (self.period_box, self.tr("Tanggal"), chosen[2]),
        ):
            box.set_text(name)
            combo = box.field
            at = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(0, at))
            combo.blockSignals(False)

    def current_filter(self) -> QueueFilter:
        text = self.search.text().strip()
        query = parse_query(text) if text else None
        scope = scope_for(security_session.current())
        state = self.state_filter.currentData() or ""
        days = int(self.period_filter.currentData() or 0)
        since = None
        if days:
            # Midnight at the desk (its zone setting), not in the host clock's zone.
            start = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
            since = (start - timedelta(days=days - 1)).astimezone(UTC).isoformat()
        return QueueFilter(
            states=(state,) if state else (),
            service_id=self.service_filter.currentData() or None,
            since=since,
            needs_action=self.action_filter.isChecked(),
            officer=scope.officer_for(query.kind if query is not None else "list"),
            search=text,
        )

    def show_receipt_number(self, number: str) -> None:
        """Just that application, selected (its number searched: one indexed look-up, nothing else opened)."""
        for combo in (self.state_filter, self.service_filter, self.period_filter):
            combo.setCurrentIndex(0)
        self.action_filter.setChecked(False)
        self.search.setText(number)
        self.apply_filters()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.refresh()

    def enter(self) -> None:
        self._viewed.clear()
        self._size_columns()
        self.update_report_button()
        self.refresh()
        self.on_status(self.worker.status)
        if self.model.rowCount() and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):  # (not while being built)
            self._size_columns()

    def _size_columns(self) -> None:
        """Widths and row height from the text size now (rows shrink back after 200 %)."""
        fm = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(fm.lineSpacing() + 14)
        self.table.setMinimumHeight(fm.lineSpacing() * 8)
        header = self.table.horizontalHeader()
        heads = self._headers()
        samples = ("DEMO-01-20261203-0000", "", mask_name("Wwwwww Wwwwww Wwwwww"), "Menunggu dikirim", "0000000000000",
                   heads[5], "")
        for col, sample in enumerate(samples):
            if sample:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, fm.horizontalAdvance(sample) + 24)
        for col in (1, COLUMNS - 1):  # the service and the note take the rest (the whole text: detail)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    # -- rows ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The rows that match the search and filters (read as they are shown), counts, the banner."""
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        counts = self.model.counts()
        total = self.model.rowCount()
        self.counts.setText(" · ".join(
            [self.tr("{n} permohonan").format(n=total)]
            + [f"{state_text(state)} {n}" for state, n in sorted(counts.items())]
        ))
        self.counts.setAccessibleName(self.counts.text())
        filtered = bool(self.search.text().strip()) or any(
            c.currentIndex() > 0 for c in (self.state_filter, self.service_filter, self.period_filter)
        ) or self.action_filter.isChecked()
        empty = (self.tr("Tidak ada permohonan yang cocok.") if filtered
                 else self.tr("Belum ada permohonan di loket ini."))
        self.empty.setText(empty if not total else "")
        self.empty.setVisible(not total)
        row = self.model.find_row(selected, limit=PAGE) if selected else None  # among the first rows
        if row is not None:
            self.table.selectRow(row)
        self._update_banner()
        self._selected_changed()

    @property
    def row_of(self) -> dict[str, int]:
        """Row of each application read so far (the rows the officer has had on screen)."""
        out: dict[str, int] = {}
        for r in range(self.model.rowCount()):
            app_id = self.model.data(self.model.index(r, 0), Qt.ItemDataRole.UserRole)
            if app_id:
                out[app_id] = r
            if r > 500:  # never a whole-desk read: this is for the rows at hand
                break
        return out

    def update_application(self, app_id: str) -> None:
        if self.model.refresh_application(app_id):
            if app_id == self.selected_id():
                self._selected_changed()
            return
        if self.model.find_row(app_id, limit=PAGE) is None and self.ctx.store.get_application(app_id) is not None:
            self.refresh()  # new, or moved into the rows shown: count and read again

    def _cells(self, app: Application) -> list[str]:
        try:
            service = self.ctx.catalogue.get(app.service_id).name.get(self.ctx.lang)
        except UnknownService:  # a service no longer in the catalogue: its id is still meaningful
            service = app.service_id
        note = ""
        if app.status == "needs_correction":
            note = _reasons(outbox.entry(self.ctx.store, app.id))
        elif app.server_status == "rejected" and app.server_reason:
            note = app.server_reason
        return [
            app.receipt_number,
            service,
            masked_name(app),
            state_text(app.status),
            app.official_number or "",
            back_office_text(app.server_status) if app.status == "sent" else "",
            note,
        ]

    def row_texts(self, app_id: str) -> list[str]:
        """What the row of ``app_id`` says (tests and the screen reader's view of one row)."""
        r = self.model.find_row(app_id)
        if r is None:
            return []
        return [str(self.model.data(self.model.index(r, c))) for c in range(COLUMNS)]

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)

    def _selected_changed(self) -> None:
        self._update_correct_button()
        self._show_detail()

    def _show_detail(self) -> None:
        """The selected application's details below the table; opening one is audited as a view."""
        app_id = self.selected_id()
        if app_id is None:
            self.detail.setVisible(False)
            return
        officer = self.ctx.officer
        if app_id in self._viewed:
            app = self.ctx.store.get_application(app_id)
        else:
            app = self.ctx.store.view_application(app_id, officer)
            self._viewed.add(app_id)
        if app is None:
            self.detail.setVisible(False)
            return
        cells = self._cells(app)
        heads = self._headers()
        lines = [f"{heads[c]}: {cells[c]}" for c in range(COLUMNS) if cells[c]]
        lines.append(self.tr("Dibuat: {time}").format(time=_local_time(app.created_at)))
        from mpp_assist.receipts.history import print_count

        printed = print_count(self.ctx.store, app.id)
        if printed:
            lines.append(self.tr("Tanda terima dicetak: {n} kali").format(n=printed))
        if due := deadline_text(app, self.ctx.catalogue):
            lines.append(due)
        if history := history_lines(self.ctx.store, app.id):
            lines.append(self.tr("Riwayat:"))
            lines += [f"  {h}" for h in history[-8:]]  # the latest; the audit trail has them all
        text = "\n".join(lines)
        self.detail.setText(text)
        self.detail.setAccessibleName(self.tr("Rincian permohonan"))
        self.detail.setAccessibleDescription(text)
        self.detail.setVisible(True)

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

    def update_report_button(self) -> None:
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
            self.update_report_button()
            return None
        day = clock.today()  # the desk's date: late in the evening the host's UTC date is still yesterday
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
            except UnknownService:  # a service no longer in the catalogue: its id is still meaningful
                return service_id

        settings = self.ctx.settings
        pdf = build_report(self.ctx.store.list_applications(), day, service_name=service_name, lang=lang,
                           mpp_name=settings.get("mpp_name"), desk=settings.get("desk"))
        try:
            write_atomic(target, pdf)  # whole or not at all
        except OSError as exc:
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


def _sentence(text: str) -> str:
    """A message that ends as a sentence, so the next one does not run into it."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


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
        ).format(error=_sentence(status.message))
    if status.kind == "misconfigured":
        return QCoreApplication.translate(
            "ApplicationsPage", "Pengaturan server salah: {error} Periksa alamat server di Pengaturan."
        ).format(error=_sentence(status.message))
    if status.kind == "needs_login":
        return QCoreApplication.translate(
            "ApplicationsPage",
            "Perlu masuk lagi ke server: {error} Tekan “Masuk lagi ke server” di halaman Permohonan. "
            "Permohonan tetap tersimpan.",
        ).format(error=_sentence(status.message))
    if status.kind == "error":
        return QCoreApplication.translate(
            "ApplicationsPage", "Sinkronisasi gagal: {error} Permohonan tetap tersimpan."
        ).format(error=_sentence(status.message))
    return ""

"""*Laporan*: the desk's reports, each saved as a PDF the officer chooses where to keep.

- the day's desk report (applications, service times), for a supervisor — the queue's own report;
- the satisfaction survey (SKM) of a period, scored as the regulation prescribes (``survey.report``),
  from the answers given at this desk;
- the service times of a period (waiting and service time per service, no-shows, applications finished
  within their promised time; ``receipts.sla_report``), from the MPP's server — the report
  ``mpp-assist report sla`` writes, fetched off the UI thread.
Each save is whole or not at all (``atomic.write_atomic``) and recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFileDialog, QFormLayout, QFrame, QVBoxLayout, QWidget

from mpp_assist import clock, logs
from mpp_assist.atomic import write_atomic
from mpp_assist.forms.catalogue import UnknownService
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.places import Place
from mpp_assist.ui.shell.widgets import button, follow_focus, heading, paragraph, scroll_area


class ReportsPage(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        *,
        daily_report: Callable[[], Path | None] | None = None,
        announce: Callable[[str], None] = lambda _text: None,
        period_report: Callable[[date, date], dict[str, Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``period_report(start, end)``: the service-times report from the server (default: through the
        desk's queue client; it raises ``BackendError`` with the officer's words when it cannot)."""
        super().__init__(parent)
        self.ctx, self.announce = ctx, announce
        self.period_report = period_report or self._from_server
        self.setObjectName("reportsPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        layout = QVBoxLayout(body)
        # Three cards are taller than a 1366×768 screen at 200 %: the page scrolls, the window does not grow.
        self.scroll = scroll_area(self.tr("Laporan"), body)
        follow_focus(self.scroll)
        outer.addWidget(self.scroll)
        self.heading = heading(self.tr("Laporan"))
        layout.addWidget(self.heading)

        daily = QFrame()
        daily.setProperty("role", "card")
        d = QVBoxLayout(daily)
        d.addWidget(heading(self.tr("Laporan harian loket"), level=2))
        d.addWidget(paragraph(self.tr("Permohonan hari ini dan waktu layanannya. Untuk penyelia.")))
        self.daily_button = button(self.tr("Simpan laporan harian (PDF)"))
        self.daily_button.setEnabled(daily_report is not None)
        if daily_report is not None:
            self.daily_button.clicked.connect(daily_report)
        d.addWidget(self.daily_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(daily)

        survey = QFrame()
        survey.setProperty("role", "card")
        v = QVBoxLayout(survey)
        v.addWidget(heading(self.tr("Survei kepuasan masyarakat (SKM)"), level=2))
        v.addWidget(paragraph(self.tr(
            "Nilai indeks kepuasan dari jawaban pemohon di loket ini, dihitung sesuai peraturan.")))
        self.survey_from, self.survey_to = self._period(v)
        self.survey_button = button(self.tr("Simpan laporan survei (PDF)"))
        self.survey_button.clicked.connect(self.save_survey_report)
        v.addWidget(self.survey_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(survey)

        times = QFrame()
        times.setProperty("role", "card")
        s = QVBoxLayout(times)
        s.addWidget(heading(self.tr("Waktu layanan dan janji layanan"), level=2))
        s.addWidget(paragraph(self.tr(
            "Waktu tunggu dan waktu layanan tiap layanan, yang tidak hadir, dan permohonan yang selesai dalam"
            " jangka waktu yang dijanjikan. Dari server MPP.")))
        self.sla_from, self.sla_to = self._period(s)
        self.sla_button = button(self.tr("Simpan laporan waktu layanan (PDF)"))
        self.sla_button.clicked.connect(self.save_sla_report)
        s.addWidget(self.sla_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(times)

        self.status = paragraph("", role="hint")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _period(self, card: QVBoxLayout) -> tuple[QDateEdit, QDateEdit]:
        """From the first of this month to today (the desk's day), as two labelled date fields."""
        form = QFormLayout()
        today = clock.today()
        start, end = QDateEdit(QDate(today.year, today.month, 1)), QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((start, self.tr("Dari tanggal")), (end, self.tr("Sampai tanggal"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
            form.addRow(name, edit)
        card.addLayout(form)
        return start, end

    def _chosen_period(self, start_edit: QDateEdit, end_edit: QDateEdit) -> tuple[date, date] | None:
        start, end = start_edit.date().toPython(), end_edit.date().toPython()
        if not isinstance(start, date) or not isinstance(end, date) or start > end:
            self._say(self.tr("Tanggal awal harus sebelum tanggal akhir."), problem=True)
            return None
        return start, end

    def _pdf_target(self, suggested: str) -> Path | None:
        chosen = self.ask_path(suggested)
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")

    def _save(self, target: Path, data: bytes, detail: str, done: str) -> Path | None:
        """Write the report whole or not at all, audit it, and say where it went."""
        try:
            write_atomic(target, data)
        except OSError as exc:
            self._say(self.tr("Laporan tidak bisa disimpan ke {path}: {error}").format(
                path=str(target), error=exc.strerror or type(exc).__name__), problem=True)
            return None
        self.ctx.store.audit(self.ctx.officer, "export", None, detail=detail)
        self._say(done.format(path=str(target)))
        return target

    def enter(self) -> None:
        self.survey_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_path(self, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan"), str(Path.home() / suggested), self.tr("Berkas PDF (*.pdf)"),
            options=QFileDialog.Option.DontUseNativeDialog,  # in the desk's language, on every OS
        )
        return path or None

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setProperty("role", "error" if problem else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(True)
        self.announce(text)

    def save_survey_report(self) -> Path | None:
        from mpp_assist.survey import report, storage  # reportlab only when asked

        period = self._chosen_period(self.survey_from, self.survey_to)
        if period is None:
            return None
        start, end = period
        target = self._pdf_target(f"survei-skm-{start.isoformat()}-{end.isoformat()}.pdf")
        if target is None:
            return None
        lang, catalogue, store, settings = self.ctx.lang, self.ctx.catalogue, self.ctx.store, self.ctx.settings

        def service_name(service_id: str) -> str:
            try:
                return catalogue.get(service_id).name.get(lang)
            except UnknownService:  # a service no longer offered: its id still says which
                return service_id

        summary = report.summarise(
            storage.responses(store, start, end), start, end, populations=storage.served(store, start, end),
            service_name=service_name, lang=lang,
        )
        data = report.build_pdf(summary, lang=lang, mpp_name=settings.get("mpp_name"), desk=settings.get("desk"))
        return self._save(target, data, f"survey {start}..{end} pdf",
                          self.tr("Laporan survei disimpan ke {path}"))

    def _from_server(self, start: date, end: date) -> dict[str, Any]:
        from mpp_assist.sync.client import BackendError
        from mpp_assist.ui.antrian.antrian_page import signed_in_client

        client = signed_in_client(self.ctx.settings)  # (on the task's thread: the token is in the keyring)
        if client is None:
            raise BackendError(QCoreApplication.translate(
                "ReportsPage", "Laporan ini dibuat dari server MPP. Atur alamat server dan masuk dulu di Pengaturan."))
        return client.report(start, end)

    def save_sla_report(self) -> None:
        """Fetch the period's service times from the server (off the UI thread), then save the PDF."""
        period = self._chosen_period(self.sla_from, self.sla_to)
        if period is None:
            return
        start, end = period
        target = self._pdf_target(f"waktu-layanan-{start.isoformat()}-{end.isoformat()}.pdf")
        if target is None:
            return
        lang, mpp_name, fetch = self.ctx.lang, self.ctx.settings.get("mpp_name"), self.period_report

        def task() -> bytes:
            from mpp_assist.receipts.sla_report import build_sla_report  # reportlab only when asked

            return build_sla_report(fetch(start, end), lang=lang, mpp_name=mpp_name)

        self.sla_button.setEnabled(False)
        self._say(self.tr("Mengambil laporan waktu layanan dari server …"))
        self.ctx.tasks.run_in_background(task, lambda future: self._sla_done(future, target, start, end))

    def _sla_done(self, future: Future, target: Path, start: date, end: date) -> None:
        self.sla_button.setEnabled(True)
        try:
            data = future.result()
        except Exception as exc:  # the server's refusal or absence, in its words; a bug, by its type (logged)
            self._say(self.tr("Laporan waktu layanan belum bisa dibuat: {error}").format(
                error=logs.failure_text(exc, "service-times report")), problem=True)
            return
        self._save(target, data, f"sla {start}..{end} pdf", self.tr("Laporan waktu layanan disimpan ke {path}"))


def reports_place() -> Place:
    """*Laporan* in the rail; the daily report is saved as the queue saves it (through the window)."""
    return Place(
        id="reports",
        label=lambda: QCoreApplication.translate("Places", "Laporan"),
        icon="mdi6.chart-box-outline",
        factory=lambda host: ReportsPage(
            host.ctx, daily_report=host.save_report if host.has_daily_report() else None, announce=host.announce
        ),
        description=lambda: QCoreApplication.translate(
            "Places", "Laporan harian, survei kepuasan (SKM) dan waktu layanan"),
        order=50,
        keep_applicant=True,
    )

"""*Laporan*: the desk's reports, each saved as a PDF the officer chooses where to keep.

- the day's desk report (applications, service times), for a supervisor — the queue's own report;
- the satisfaction survey (SKM) of a period, scored as the regulation prescribes (``survey.report``),
  from the answers given at this desk.
Each save is whole or not at all (``atomic.write_atomic``) and recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFileDialog, QFormLayout, QFrame, QVBoxLayout, QWidget

from mpp_assist.atomic import write_atomic
from mpp_assist.forms.catalogue import UnknownService
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.places import Place
from mpp_assist.ui.shell.widgets import button, heading, paragraph


class ReportsPage(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        *,
        daily_report: Callable[[], Path | None] | None = None,
        announce: Callable[[str], None] = lambda _text: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.announce = ctx, announce
        self.setObjectName("reportsPage")
        layout = QVBoxLayout(self)
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
        form = QFormLayout()
        today = ctx.today()
        self.survey_from = QDateEdit(QDate(today.year, today.month, 1))
        self.survey_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.survey_from, self.tr("Dari tanggal")), (self.survey_to, self.tr("Sampai tanggal"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
            form.addRow(name, edit)
        v.addLayout(form)
        self.survey_button = button(self.tr("Simpan laporan survei (PDF)"))
        self.survey_button.clicked.connect(self.save_survey_report)
        v.addWidget(self.survey_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(survey)

        self.status = paragraph("", role="hint")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        layout.addStretch(1)

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

        start = self.survey_from.date().toPython()
        end = self.survey_to.date().toPython()
        if not isinstance(start, date) or not isinstance(end, date) or start > end:
            self._say(self.tr("Tanggal awal harus sebelum tanggal akhir."), problem=True)
            return None
        chosen = self.ask_path(f"survei-skm-{start.isoformat()}-{end.isoformat()}.pdf")
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
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
        try:
            write_atomic(target, data)
        except OSError as exc:
            self._say(self.tr("Laporan tidak bisa disimpan ke {path}: {error}").format(
                path=str(target), error=exc.strerror or type(exc).__name__), problem=True)
            return None
        store.audit(self.ctx.officer, "export", None, detail=f"survey {start}..{end} pdf")
        self._say(self.tr("Laporan survei disimpan ke {path}").format(path=str(target)))
        return target


def reports_place() -> Place:
    """*Laporan* in the rail; the daily report is saved as the queue saves it (through the window)."""
    return Place(
        id="reports",
        label=lambda: QCoreApplication.translate("Places", "Laporan"),
        icon="mdi6.chart-box-outline",
        factory=lambda host: ReportsPage(
            host.ctx, daily_report=host.save_report if host.has_daily_report() else None, announce=host.announce
        ),
        description=lambda: QCoreApplication.translate("Places", "Laporan harian dan survei kepuasan (SKM)"),
        order=50,
        keep_applicant=True,
    )

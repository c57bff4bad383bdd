"""Check answers before submitting: every answer with "Ubah", "Tidak diisi" for skipped ones, then submit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMessageBox, QWidget

from mpp_assist.forms import ERROR, Problem
from mpp_assist.ui.desk.requirements_page import sptjm_number, state_label
from mpp_assist.ui.desk.section_page import FormPage
from mpp_assist.ui.shell.widgets import heading, link_button, paragraph

if TYPE_CHECKING:
    from mpp_assist.ui.desk.form_flow import FormFlow


class CheckAnswersPage(FormPage):
    page_id = "check"

    def __init__(self, flow: FormFlow) -> None:
        super().__init__(
            flow, self.tr("Periksa jawaban sebelum mengirim"), flow.definition.name.get(flow.ctx.lang)
        )
        self.continue_button.setText(self.tr("Kirim permohonan"))
        self.continue_button.setAccessibleName(self.tr("Kirim permohonan"))
        self.continue_button.setAccessibleDescription(
            self.tr("Simpan permohonan dan antrekan untuk dikirim, lalu tampilkan tanda terima")
        )
        self.change_links: dict[str, QWidget] = {}
        self.duplicate_dialog: QMessageBox | None = None  # open while the officer decides (tests reach it)
        self.values: dict[str, QLabel] = {}
        lang = self.lang
        session = flow.session

        requirements = session.requirements()
        if requirements:
            grid = self._grid(self.tr("Dokumen persyaratan"))
            marks = flow.state().requirements
            for r in requirements:
                state = marks.get(r.id)
                self._row(grid, r.name.get(lang), state_label(state, sptjm_number(flow.definition.id, r.id)) if state
                          else self.tr("Belum ditandai"),
                          f"requirement:{r.id}", "requirements")

        for section in session.summary(lang):
            grid = self._grid(section.title)
            for row in section.rows:
                f = session.field(row.path)
                fixed = f.calculate is not None or f.read_only
                self._row(grid, row.label, row.value, row.path, None if fixed else row.path)
        # The applicant's own word: everything read back aloud, then signed or a witnessed thumbprint.
        # The answers and the speech are looked up when read back: a flow that opens on this page (a
        # resumed draft) gets the window's speech only after it is built.
        from mpp_assist.ui.word.applicant_word_panel import ApplicantWordPanel

        self.word_panel = ApplicantWordPanel(
            flow.definition, lambda: flow.answers, officer_name=str(flow.ctx.settings.get("officer")),
            speak=lambda text: flow.speak(text), reads_self=flow.reads_self,
        )
        self.content.addWidget(self.word_panel)
        self._show_remaining_problems()

    def _grid(self, title: str) -> QGridLayout:
        """One grid for the whole page, so answers line up from section to section.

        As GOV.UK's summary list: question, answer, *Ubah*, a line under each row, and no wider than
        a line of reading (about 100 characters, growing with the text) so *Ubah* stays near its answer.
        """
        if not hasattr(self, "_table"):
            box = QWidget()
            box.setObjectName("answersTable")
            self.ensurePolished()
            box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 100)
            self._table = QGridLayout(box)
            self._table.setContentsMargins(0, 0, 0, 0)
            self._table.setColumnStretch(0, 3)
            self._table.setColumnStretch(1, 5)
            self.content.addWidget(box)
        row = self._table.rowCount()
        self._table.addWidget(heading(title, level=2), row, 0, 1, 3)
        return self._table

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        box = self.findChild(QWidget, "answersTable")
        if event.type() == QEvent.Type.FontChange and box is not None:  # the text size changed, live
            box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 100)

    def _row(self, grid: QGridLayout, label: str, value: str, key: str, change_to: str | None) -> None:
        r = grid.rowCount()
        name = QLabel(label)
        name.setProperty("role", "key")
        name.setWordWrap(True)
        shown = paragraph(value, role="value")
        shown.setAccessibleName(f"{label}: {value}")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(name, r, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(shown, r, 1, Qt.AlignmentFlag.AlignTop)
        self.values[key] = shown
        if change_to:
            link = link_button(self.tr("Ubah"), description=self.tr("Ubah {label}").format(label=label))
            link.setAccessibleName(self.tr("Ubah {label}").format(label=label))
            link.clicked.connect(lambda _c=False, target=change_to: self.flow.change(target))
            grid.addWidget(link, r, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            self.change_links[key] = link
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setProperty("role", "row-line")
        grid.addWidget(line, r + 1, 0, 1, 3)

    def _show_remaining_problems(self, problems: list[Problem] | None = None) -> bool:
        problems = problems if problems is not None else self.flow.problems(severity=ERROR)
        errors = [p for p in problems if p.severity == ERROR and self.flow.relevant(p.field)]
        if errors:
            self.summary.show_problems(
                [(p.message(self.lang), lambda path=p.field: self.flow.change(path)) for p in errors]
            )
        return bool(errors)

    def enter(self, focus_path: str | None = None) -> None:
        if self.summary.isVisible():
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.heading.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_on(self) -> None:
        missing = self.word_panel.problem()
        if missing:  # e.g. not yet read back to an applicant who does not read
            self.summary.show_problems([(missing, lambda: self.word_panel.setFocus())])
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        warning = self.flow.duplicate()
        if warning is not None:
            self._ask_duplicate(warning.message(), warning.existing[0].receipt_number)
            return
        self._submit()

    def _ask_duplicate(self, message: str, receipt_number: str) -> None:
        """*Sudah ada permohonan … lanjutkan?*: Lanjutkan submits; Batal leaves everything as it was;
        *Lihat permohonan itu* shows the open one in Permohonan (this one stays in its draft)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Permohonan yang belum selesai"), message,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("duplicateDialog")
        go = box.addButton(self.tr("Lanjutkan"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        look = box.addButton(self.tr("Lihat permohonan itu"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(stop)  # Enter does not file a second one by accident
        box.setEscapeButton(stop)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.duplicate_dialog = None
            if box.clickedButton() is go:
                self._submit()
            elif box.clickedButton() is look:
                self.flow.show_existing.emit(receipt_number)
            else:
                self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

        box.finished.connect(answered)
        self.duplicate_dialog = box
        box.open()  # not exec(): the window's event loop (sync, lock) runs while the officer decides

    def _submit(self) -> None:
        self.continue_button.setEnabled(False)
        result = self.flow.submit(word=self.word_panel.word() if self.word_panel.given() else None)
        if result is None:
            return  # the window moves on to the receipt
        self.continue_button.setEnabled(True)
        if isinstance(result, str):
            self.summary.show_problems([(result, lambda: self.continue_button.setFocus())])
        else:
            self._show_remaining_problems(result)

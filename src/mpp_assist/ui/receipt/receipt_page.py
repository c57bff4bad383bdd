"""After submitting: the confirmation, the receipt preview, print / save, the paper forms, another service,
"Pemohon baru"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mpp_assist.store import Application
from mpp_assist.ui.receipt.receipt_preview import ReceiptPreview
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.taskman import Future
from mpp_assist.ui.shell.widgets import ButtonRow, ScrollingBody, button, heading, paragraph


class ReceiptPage(QWidget):
    new_applicant = Signal()
    another_service = Signal()  # the same applicant applies for another service (their data is kept)
    survey_requested = Signal()  # the officer offers the satisfaction survey (runs on the applicant display)
    printed = Signal(str)  # the application's id, once its receipt went to the printer (not a cancelled dialog)

    def __init__(
        self,
        ctx: AppContext,
        application: Application,
        parent: QWidget | None = None,
        *,
        reprint: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.application = application
        self.reprint = reprint  # "Cetak ulang" from the application list: printed or saved as a reprint
        self.setObjectName("receiptPage")
        # Everything scrolls together at large text sizes rather than squeezing the words.
        self.body = ScrollingBody(self)
        self.scroll = self.body.scroll
        layout = self.body.layout

        panel = QFrame()
        panel.setProperty("role", "confirmation")
        pl = QVBoxLayout(panel)
        title = self.tr("Cetak ulang tanda terima") if reprint else self.tr("Permohonan tersimpan")
        self.heading = heading(title)
        pl.addWidget(self.heading)
        self.number = paragraph(
            self.tr("Nomor tanda terima: {number}").format(number=application.receipt_number), role="lead"
        )
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pl.addWidget(self.number)
        # Only a desk with a server sends by itself; an offline desk's applications leave by bundle.
        self.queued = paragraph(
            self.tr("Permohonan sudah disimpan di komputer ini dan menunggu dikirim. Permohonan terkirim "
                    "sendiri begitu ada sambungan ke server.")
            if ctx.settings.get("backend_url")
            else self.tr("Permohonan sudah disimpan di komputer ini. Loket ini bekerja tanpa server.")
        )
        pl.addWidget(self.queued)
        layout.addWidget(panel)

        self.print_button = button(
            self.tr("Cetak tanda terima"), role="primary", description=self.tr("Buka jendela cetak (Ctrl+P)")
        )
        self.save_button = button(
            self.tr("Simpan PDF"), description=self.tr("Simpan tanda terima sebagai berkas PDF")
        )
        self.paper_button = button(
            self.tr("Formulir kertas"),
            description=self.tr("Cetak formulir resmi permohonan ini, terisi jawabannya (A4 atau F4)"),
        )
        self.paper_button.setObjectName("paperForms")
        self.new_button = button(
            self.tr("Pemohon baru"),
            description=self.tr("Hapus semua data pemohon ini dari layar dan mulai lagi"),
        )
        self.another_button = button(
            self.tr("Layanan lain untuk pemohon ini"),
            description=self.tr("Pilih layanan berikutnya; data pemohon ini diisi otomatis, tidak ditanya lagi"),
        )
        self.survey_button = button(
            self.tr("Minta penilaian (SKM)"),
            description=self.tr("Survei kepuasan di layar pemohon; pemohon boleh melewatinya"),
        )
        self.survey_button.setObjectName("requestSurvey")
        # Two lines when one does not fit (250 % text): never wider than the page.
        self.actions = ButtonRow(
            [self.print_button, self.save_button, self.paper_button, self.survey_button, self.another_button,
             self.new_button]
        )
        layout.addWidget(self.actions)
        # This receipt's own print (the desk's defaults are in Pengaturan): large letters for an
        # applicant who reads poorly, or both languages.
        self.large_print = QCheckBox(self.tr("Huruf besar"))
        self.large_print.setObjectName("receiptLargePrint")
        self.large_print.setAccessibleDescription(self.tr("Tanda terima dengan huruf besar, untuk penglihatan kurang"))
        self.large_print.setChecked(bool(ctx.settings.get("receipt_large_print")))
        self.language = QComboBox()
        self.language.setObjectName("receiptLanguage")
        for value, text in (("id", self.tr("Bahasa Indonesia")), ("en", self.tr("Bahasa Inggris")),
                            ("both", self.tr("Dua bahasa"))):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.get("receipt_lang"))))
        language_label = QLabel(self.tr("Bahasa tanda terima"))
        language_label.setBuddy(self.language)
        self.language.setAccessibleName(language_label.text())
        choices = QHBoxLayout()
        choices.addWidget(self.large_print)
        choices.addSpacing(16)
        choices.addWidget(language_label)
        choices.addWidget(self.language)
        choices.addStretch(1)
        layout.addLayout(choices)
        self.large_print.toggled.connect(lambda _on: self._build())
        self.language.currentIndexChanged.connect(lambda _i: self._build())
        if reprint:  # hide() only: setVisible(True) on a button not yet in a window would open it as one
            for w in (self.queued, self.new_button, self.another_button, self.survey_button):
                w.hide()
        self.message = paragraph("", role="status")
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.preview = ReceiptPreview(ctx.tasks)
        # Room for the receipt's top, number and QR code whatever the text size; the rest scrolls.
        self.preview.setMinimumHeight(max(320, self.fontMetrics().lineSpacing() * 12))
        layout.addWidget(self.preview, 1)

        self.print_button.clicked.connect(self.print_receipt)
        self.save_button.clicked.connect(self.save_receipt)
        self.new_button.clicked.connect(self.new_applicant)
        self.another_button.clicked.connect(self.another_service)
        self.survey_button.clicked.connect(self.survey_requested)
        self.paper_button.clicked.connect(self.open_paper_forms)
        self.paper_dialog = None
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_receipt)
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)
        self.setFocusProxy(self.print_button)
        self._generation = 0
        self._build()

    def _build(self) -> None:
        if self.ctx.receipt_pdf is None:
            self.preview.status.setText(self.tr("Tanda terima belum bisa dibuat di versi ini."))
            return
        app, make = self.application, self.ctx.receipt_pdf
        choices = self.choices()
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)  # until the receipt shown is the one that will be printed
        self._generation += 1
        generation = self._generation
        self.ctx.tasks.run_in_background(
            lambda: make(app, reprint=self.reprint, **choices), lambda f: self._built(f, generation)
        )

    def choices(self) -> dict[str, object]:
        """This receipt's large print and language, as chosen on the page."""
        return {"large_print": self.large_print.isChecked(), "lang": str(self.language.currentData())}

    def _built(self, future: Future, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # the officer changed the choices meanwhile: the newer receipt is on its way
        try:
            pdf = future.result()
        except Exception as exc:  # the application is stored; only the paper failed
            self.preview.status.setText(
                self.tr("Tanda terima tidak bisa dibuat: {error}. Permohonan tetap tersimpan.").format(
                    error=exc
                )
            )
            return
        self.preview.set_pdf(
            pdf, self.tr("Tanda terima nomor {number}").format(number=self.application.receipt_number)
        )
        for b in (self.print_button, self.save_button):
            b.setEnabled(True)

    def open_paper_forms(self) -> None:
        """*Formulir kertas*: this application's paper forms, previewed and printed like the receipt."""
        from mpp_assist.ui.receipt.paper_form_dialog import PaperFormDialog

        dialog = PaperFormDialog(self.ctx, self.application, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "paper_dialog", None))
        self.paper_dialog = dialog
        dialog.open()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(True)

    def print_receipt(self) -> None:
        if not self.preview.pdf:
            return
        if self.preview.print_with_dialog():
            self._record("print_receipt")
            self._say(self.tr("Tanda terima dikirim ke pencetak."))
            self.printed.emit(self.application.id)

    def save_receipt(self) -> None:
        if not self.preview.pdf:
            return
        try:
            path = self.preview.save_with_dialog(f"tanda-terima-{self.application.receipt_number}.pdf")
        except OSError as exc:
            self._say(self.tr("Berkas tidak bisa disimpan: {error}").format(error=exc.strerror or exc))
            return
        if path is not None:
            self._record("save_receipt")
            self._say(self.tr("Tanda terima disimpan: {path}").format(path=path))

    def _record(self, action: str) -> None:
        """The print or save in the audit trail (a reprint as "dicetak ulang oleh … pada …")."""
        officer = self.ctx.officer  # the signed-in officer, not only the desk's setting
        if self.reprint:
            from mpp_assist.receipts.history import record_print

            layout = self.ctx.settings.get("receipt_layout")
            record_print(self.ctx.store, self.application.id, officer, layout=layout, reprint=True)
            return
        self.ctx.store.audit(officer, action, self.application.id)

"""*Formulir kertas*: the paper forms of one stored application, chosen, previewed and printed or saved.

Opened from the receipt page (and its reprint). The forms are the application's own
(``paperforms.available_forms``: the service's official forms or the summary form, and the SPTJM
the requirement checklist offers); the officer picks one, the paper (A4 or F4/folio) and large
print. The PDF is built off the UI thread (``ctx.tasks``) and shown in the receipt's own
``ReceiptPreview``, which prints those bytes through the system print dialog or saves them
unchanged. Where CUPS is installed (``lp``), *Cetak ke pencetak* sends the same bytes to the chosen
CUPS queue through ``printing.cups.print_form``, as the CLI's ``form-print --print`` does, with the
job's paper set to the form's (F4: 215 × 330 mm). Every print or save is in the audit trail
(``paperforms.record_print``). When the consent record says the applicant does not read for
themselves, the form says it was *dibacakan kepada pemohon*.
"""

from __future__ import annotations

import shutil

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from mpp_assist.store import Application
from mpp_assist.ui.receipt.receipt_preview import PreviewWords, ReceiptPreview
from mpp_assist.ui.shell.context import AppContext
from mpp_assist.ui.shell.taskman import Future
from mpp_assist.ui.shell.widgets import ButtonRow, ScrollingBody, button, heading, paragraph, size_to_text

F4_SIZE = QPageSize(QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch)


class PaperFormDialog(QDialog):
    def __init__(self, ctx: AppContext, application: Application, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from mpp_assist.paperforms import available_forms

        self.ctx = ctx
        self.application = application
        self.setObjectName("paperFormDialog")
        self.setWindowTitle(self.tr("Formulir kertas"))
        self.definition = ctx.catalogue.version(application.service_id, application.form_version) \
            or ctx.catalogue.get(application.service_id)
        self.offered = available_forms(application, self.definition)
        from mpp_assist.security import consent

        self.reads_self = consent.reads_self_for(ctx.store, application.id)

        self.body = ScrollingBody(self)
        layout = self.body.layout
        self.heading = heading(self.tr("Formulir kertas"))
        layout.addWidget(self.heading)
        layout.addWidget(paragraph(
            self.tr("Permohonan nomor {number}. Pilih formulir, kertas dan ukuran huruf; formulir terisi "
                    "jawaban permohonan ini.").format(number=application.receipt_number)
        ))
        forms_label = QLabel(self.tr("Formulir"))
        layout.addWidget(forms_label)
        self.forms = QListWidget()
        self.forms.setObjectName("paperFormList")
        forms_label.setBuddy(self.forms)
        self.forms.setAccessibleName(forms_label.text())
        for offered in self.offered:
            text = f"{offered.code} — {offered.title}"
            if offered.replaces:
                note = (self.tr("pengganti: {items}") if offered.needed
                        else self.tr("bila tidak ada: {items}"))
                text += " (" + note.format(items="; ".join(offered.replaces)) + ")"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, offered.code)
            item.setToolTip(text)
            self.forms.addItem(item)
        self.forms.setWordWrap(True)
        rows = max(1, min(len(self.offered), 4))
        self.forms.setMinimumHeight(self.forms.fontMetrics().lineSpacing() * (rows + 1))
        self.forms.setMaximumHeight(self.forms.fontMetrics().lineSpacing() * (rows * 2 + 2))
        self.forms.setCurrentRow(0)
        layout.addWidget(self.forms)

        self.paper = QComboBox()
        self.paper.setObjectName("paperFormPaper")
        for value, text in (("a4", self.tr("A4")), ("f4", self.tr("F4 / folio (215 × 330 mm)"))):
            self.paper.addItem(text, value)
        paper_label = QLabel(self.tr("Kertas"))
        paper_label.setBuddy(self.paper)
        self.paper.setAccessibleName(paper_label.text())
        self.large_print = QCheckBox(self.tr("Huruf besar"))
        self.large_print.setObjectName("paperFormLargePrint")
        self.large_print.setAccessibleDescription(self.tr("Formulir dengan huruf besar, untuk penglihatan kurang"))
        choices = QHBoxLayout()
        choices.addWidget(paper_label)
        choices.addWidget(self.paper)
        choices.addSpacing(16)
        choices.addWidget(self.large_print)
        choices.addStretch(1)
        layout.addLayout(choices)

        self.print_button = button(self.tr("Cetak formulir"), role="primary",
                                   description=self.tr("Buka jendela cetak (Ctrl+P)"))
        self.save_button = button(self.tr("Simpan PDF"), description=self.tr("Simpan formulir sebagai berkas PDF"))
        self.close_button = button(self.tr("Tutup"))
        layout.addWidget(ButtonRow([self.print_button, self.save_button, self.close_button]))

        # CUPS: the same lp path as receipts, the job's paper set to the form's.
        self.printer = QComboBox()
        self.printer.setObjectName("paperFormPrinter")
        self.printer.addItem(self.tr("Pencetak utama"), "")
        printer_label = QLabel(self.tr("Pencetak (CUPS)"))
        printer_label.setBuddy(self.printer)
        self.printer.setAccessibleName(printer_label.text())
        self.cups_button = button(self.tr("Cetak ke pencetak"),
                                  description=self.tr("Kirim formulir langsung ke pencetak yang dipilih"))
        self.cups_row = ButtonRow([printer_label, self.printer, self.cups_button])  # wraps at large text
        layout.addWidget(self.cups_row)
        self.cups_row.setVisible(shutil.which("lp") is not None)  # Windows: the print dialog only
        self.message = paragraph("", role="status")
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.preview = ReceiptPreview(ctx.tasks, words=PreviewWords(
            preparing=self.tr("Menyiapkan formulir…"),
            ready=self.tr("Formulir siap dicetak."),
            preview_name=self.tr("Pratinjau formulir"),
            print_title=self.tr("Cetak formulir"),
            save_title=self.tr("Simpan formulir"),
        ))
        self.preview.setMinimumHeight(max(320, self.fontMetrics().lineSpacing() * 12))
        layout.addWidget(self.preview, 1)

        self.forms.currentRowChanged.connect(lambda _row: self._build())
        self.paper.currentIndexChanged.connect(lambda _i: self._build())
        self.large_print.toggled.connect(lambda _on: self._build())
        self.print_button.clicked.connect(self.print_form)
        self.cups_button.clicked.connect(self.print_to_cups)
        self.save_button.clicked.connect(self.save_form)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_form)
        self.forms.setFocus()
        self._generation = 0
        self.built: dict[str, object] = {}  # the choices the form on show was made with
        size_to_text(self, 90, 40)
        self._build()
        if not self.cups_row.isHidden():
            self._list_printers()

    # -- what is chosen ----------------------------------------------------------

    def code(self) -> str:
        item = self.forms.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else self.offered[0].code

    def choices(self) -> dict[str, object]:
        """The form, paper and large print as chosen in the dialog."""
        return {"code": self.code(), "paper": str(self.paper.currentData()),
                "large_print": self.large_print.isChecked()}

    def _build(self) -> None:
        from mpp_assist.paperforms import build_form

        app, definition, settings = self.application, self.definition, self.ctx.settings
        choices = self.choices()
        for b in (self.print_button, self.save_button, self.cups_button):
            b.setEnabled(False)  # until the form shown is the one that will be printed
        self.preview.status.setText(self.preview.words.preparing)
        self._generation += 1
        generation = self._generation
        mpp_name, public_url = settings.get("mpp_name"), settings.get("public_url")
        self.ctx.tasks.run_in_background(
            lambda: build_form(app, definition, str(choices["code"]), paper=str(choices["paper"]),
                               large_print=bool(choices["large_print"]), mpp_name=mpp_name,
                               public_base_url=public_url, reads_self=self.reads_self),
            lambda f: self._built(f, generation, choices),
        )

    def _built(self, future: Future, generation: int, choices: dict[str, object]) -> None:
        if generation != self._generation:
            return  # the officer changed the choices meanwhile: the newer form is on its way
        try:
            pdf = future.result()
        except Exception as exc:  # the application is stored; only this paper failed
            self.preview.status.setText(self.tr("Formulir tidak bisa dibuat: {error}").format(error=exc))
            return
        self.built = choices
        self.preview.set_pdf(pdf, self.tr("Formulir {code} permohonan {number}").format(
            code=choices["code"], number=self.application.receipt_number))
        for b in (self.print_button, self.save_button, self.cups_button):
            b.setEnabled(True)

    def _list_printers(self) -> None:
        from mpp_assist.printing.cups import list_printers

        def listed(future: Future) -> None:
            try:
                names = future.result()
            except Exception:  # no list: the default printer stays the only choice
                return
            wanted = self.ctx.settings.get("receipt_printer")
            for name in names:
                self.printer.addItem(name, name)
            if wanted and self.printer.findData(wanted) >= 0:
                self.printer.setCurrentIndex(self.printer.findData(wanted))

        self.ctx.tasks.run_in_background(list_printers, listed)

    # -- print, save -------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(True)

    def print_form(self) -> None:
        if not self.preview.pdf or not self.print_button.isEnabled():
            return
        paper = str(self.built["paper"])
        size = F4_SIZE if paper == "f4" else QPageSize(QPageSize.PageSizeId.A4)
        if self.preview.print_with_dialog(page_size=size):
            self._record()
            self._say(self.tr("Formulir {code} dikirim ke pencetak.").format(code=self.built["code"]))

    def print_to_cups(self) -> None:
        """The form on show to the chosen CUPS queue (``lp -o media=…``), off the UI thread."""
        if not self.preview.pdf or not self.cups_button.isEnabled():
            return
        from mpp_assist.printing.cups import print_form

        pdf, built = self.preview.pdf, dict(self.built)
        printer = str(self.printer.currentData() or "")
        title = f"{built['code']}-{self.application.receipt_number}"
        self.cups_button.setEnabled(False)
        self._say(self.tr("Mengirim formulir {code} ke pencetak…").format(code=built["code"]))
        self.ctx.tasks.run_in_background(
            lambda: print_form(pdf, printer or None, paper=str(built["paper"]), title=title),
            lambda f: self._sent(f, built, printer),
        )

    def _sent(self, future: Future, built: dict[str, object], printer: str) -> None:
        from mpp_assist.printing import PrintError

        self.cups_button.setEnabled(True)
        try:
            job = future.result()
        except (PrintError, ValueError) as exc:
            self._say(self.tr("Formulir tidak tercetak: {error}").format(error=getattr(exc, "message", exc)))
            return
        self.built = built
        self._record()
        self._say(self.tr("Formulir {code} dikirim ke {printer} (tugas {job}).").format(
            code=built["code"], printer=printer or self.tr("pencetak utama"), job=job or "—"))

    def save_form(self) -> None:
        if not self.preview.pdf or not self.save_button.isEnabled():
            return
        code = str(self.built["code"])
        try:
            path = self.preview.save_with_dialog(f"{code}-{self.application.receipt_number}.pdf")
        except OSError as exc:
            self._say(self.tr("Berkas tidak bisa disimpan: {error}").format(error=exc.strerror or exc))
            return
        if path is not None:
            self._record()
            self._say(self.tr("Formulir {code} disimpan: {path}").format(code=code, path=path))

    def _record(self) -> None:
        """The print or save in the audit trail: which form, on which paper, by whom."""
        from mpp_assist.paperforms import record_print

        record_print(self.ctx.store, self.application.id, self.ctx.settings.get("officer"),
                     code=str(self.built["code"]), paper=str(self.built["paper"]))

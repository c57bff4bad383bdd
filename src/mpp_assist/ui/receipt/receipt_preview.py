"""Shows the exact receipt PDF as the applicant will get it, and prints or saves those bytes.

The PDF comes from ``mpp_assist.receipts`` (or ``mpp_assist.paperforms``: the paper form dialog
uses the same preview with its own ``PreviewWords``); pages are rendered to images with
pypdfium2 (on white, off the UI thread) so what is previewed is what is printed.
Printing goes through ``QPrintDialog``; saving writes the PDF bytes unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.atomic import write_atomic
from mpp_assist.ui.shell.taskman import Future, TaskManager
from mpp_assist.ui.shell.widgets import paragraph

PREVIEW_DPI = 110


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of ``pdf`` as an opaque image at ``dpi`` (safe on a worker thread)."""
    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in doc:
            bitmap = page.render(
                scale=dpi / 72, fill_color=(255, 255, 255, 255), rev_byteorder=True, prefer_bgrx=True
            )
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
            ).copy()  # copy: the buffer dies with the bitmap
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        doc.close()
    return images


def page_texts(pdf: bytes) -> list[str]:
    """The words of every page of ``pdf``, line by line, as printed: what a screen reader reads of a
    page shown as a picture (WCAG 1.1.1). From the bytes themselves, so the words are the paper's."""
    doc = pdfium.PdfDocument(pdf)
    texts = []
    try:
        for page in doc:
            textpage = page.get_textpage()
            lines = textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n").split("\n")
            texts.append("\n".join(line.strip() for line in lines if line.strip()))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return texts


@dataclass(frozen=True)
class PreviewWords:
    """What the preview says of the document it shows (already translated by its caller)."""

    preparing: str
    ready: str
    preview_name: str
    print_title: str
    save_title: str


class ReceiptPreview(QWidget):
    """Scrollable pages of one PDF; ``rendered`` fires when the images are on screen. Each page
    is a picture named "Halaman 1 dari 2" whose accessible description is its text.

    ``words``: what the document is called (default: the receipt's words).
    """

    rendered = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None, *,
                 words: PreviewWords | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.pdf: bytes = b""
        self.pages: list[QImage] = []
        self.words = words or PreviewWords(
            preparing=self.tr("Menyiapkan tanda terima…"),
            ready=self.tr("Tanda terima siap dicetak."),
            preview_name=self.tr("Pratinjau tanda terima"),
            print_title=self.tr("Cetak tanda terima"),
            save_title=self.tr("Simpan tanda terima"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = paragraph(self.words.preparing, role="status")
        layout.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.words.preview_name)
        self.canvas = QWidget()
        self.canvas_layout = QVBoxLayout(self.canvas)
        self.canvas_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.canvas)
        layout.addWidget(self.scroll, 1)

    def set_pdf(self, pdf: bytes, summary: str = "") -> None:
        """Show ``pdf``; ``summary`` is the accessible description of the page images."""
        self.pdf = pdf
        self._summary = summary
        dpi = self._dpi = self.preview_dpi()
        self.tasks.run_in_background(lambda: (render_pages(pdf, dpi), page_texts(pdf)), self._show)

    def preview_dpi(self) -> float:
        """The preview grows with the officer's text size (200 % text: a receipt twice as large)."""
        from mpp_assist.ui.shell.theme import BASE_POINT_SIZE

        self.ensurePolished()
        return PREVIEW_DPI * max(1.0, self.fontInfo().pointSizeF() / BASE_POINT_SIZE)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.pdf and self.preview_dpi() != getattr(self, "_dpi", 0):
            self.set_pdf(self.pdf, getattr(self, "_summary", ""))  # the text size changed, live

    def _show(self, future: Future) -> None:
        try:
            self.pages, texts = future.result()
        except Exception as exc:  # a PDF pdfium cannot read: say so, keep the bytes savable
            self.status.setText(self.tr("Pratinjau tidak bisa ditampilkan: {error}").format(error=exc))
            return
        while self.canvas_layout.count():
            item = self.canvas_layout.takeAt(0)
            if item.widget():
                old = item.widget()
                old.hide()  # at once: deleteLater alone left the old page painted under the new
                old.setParent(None)  # type: ignore[call-overload]  # and out of the canvas now
                old.deleteLater()
        for number, image in enumerate(self.pages, 1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setProperty("role", "page")
            label.setAccessibleName(
                self.tr("Halaman {n} dari {total}").format(n=number, total=len(self.pages))
            )
            # The picture's words for a screen reader: what it is, then the page's own text.
            words = texts[number - 1] if number <= len(texts) else ""
            label.setAccessibleDescription("\n".join(t for t in (self._summary, words) if t))
            self.canvas_layout.addWidget(label)
        self.status.setText(self.words.ready)
        self.status.setAccessibleName(self.status.text())
        self.rendered.emit()

    def clear(self) -> None:
        self.pdf = b""
        self.pages = []
        while self.canvas_layout.count():
            item = self.canvas_layout.takeAt(0)
            if item.widget():
                old = item.widget()
                old.hide()  # at once: deleteLater alone left the old page painted under the new
                old.setParent(None)  # type: ignore[call-overload]  # and out of the canvas now
                old.deleteLater()

    # -- printing and saving ------------------------------------------------

    def print_to(self, printer: QPrinter) -> bool:
        """Paint every page onto ``printer``, each scaled to fit the printable area."""
        if not self.pdf:
            return False
        images = render_pages(self.pdf, min(printer.resolution(), 300))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for i, image in enumerate(images):
                if i:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel)
                scale = min(area.width() / image.width(), area.height() / image.height())
                target = QRectF(0, 0, image.width() * scale, image.height() * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True

    def print_with_dialog(self, make_dialog: Callable[[QPrinter], QDialog] | None = None, *,
                          page_size: QPageSize | None = None) -> bool:
        """The system print dialog, then every page; ``page_size``: the paper the dialog starts on (F4)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if page_size is not None:
            printer.setPageSize(page_size)
        dialog = (make_dialog or (lambda p: QPrintDialog(p, self)))(printer)
        dialog.setWindowTitle(self.words.print_title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def save_with_dialog(self, suggested_name: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.words.save_title,
            str(Path.home() / suggested_name),
            self.tr("Berkas PDF (*.pdf)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:  # whole or not at all, readable by this user only: a receipt names its applicant
            write_atomic(target, self.pdf, private=True)
        except OSError as exc:  # a full disk, a read-only stick: said, and the PDF is still here to save
            self.status.setText(self.tr("PDF tidak bisa disimpan ke {path}: {error}").format(
                path=str(target), error=exc.strerror or type(exc).__name__))
            self.status.setAccessibleName(self.status.text())
            return None
        return target

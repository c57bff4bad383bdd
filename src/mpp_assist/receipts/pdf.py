"""Drawing a ``ReceiptContent`` as a PDF with reportlab, for any ``Layout``.

A tiny flow layout: each block (text, labelled row, rule, QR) becomes pieces of
known height, one per printed line, so A4/A5 can break across pages between any
two lines and a roll's length is simply the sum of its pieces.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from itertools import zip_longest

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mpp_assist.i18n import QT_TRANSLATE_NOOP
from mpp_assist.receipts import fonts
from mpp_assist.receipts.content import ReceiptContent, Row, tr
from mpp_assist.receipts.layouts import Layout

LEADING = 1.28
BREAK_AFTER = "-/.,;:_"


@dataclass
class Piece:
    height: float
    draw: Callable[[Canvas, float, float], None]  # (canvas, left x, top y)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``.

    "\\n" forces a break; a word too long for a line breaks after - / . or anywhere.
    """
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            candidate = f"{line} {word}" if line else word
            if fonts.string_width(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
                line = ""
            while fonts.string_width(word, font, size) > width:
                head, word = _split_word(word, font, size, width)
                out.append(head)
            line = word
        out.append(line)
    return out


def _split_word(word: str, font: str, size: float, width: float) -> tuple[str, str]:
    cut = 1
    while cut < len(word) and fonts.string_width(word[: cut + 1], font, size) <= width:
        cut += 1
    nice = max((i + 1 for i in range(cut) if word[i] in BREAK_AFTER), default=0)
    cut = nice if nice > cut // 2 else cut
    return word[:cut], word[cut:]


class Flow:
    def __init__(self, lay: Layout) -> None:
        self.lay = lay
        self.pieces: list[Piece] = []

    def space(self, height: float) -> None:
        self.pieces.append(Piece(height, lambda c, x, y: None))

    def text(
        self,
        text: str,
        size: float,
        *,
        bold: bool = False,
        align: str = "left",
        indent: float = 0.0,
        width: float | None = None,
        prefix: str = "",
    ) -> None:
        """A paragraph; ``prefix`` (a bullet or ✓) hangs left of the wrapped lines."""
        font = fonts.BOLD if bold else fonts.REGULAR
        full = width or self.lay.frame_width
        hang = fonts.string_width(prefix + " ", font, size) if prefix else 0.0
        lines = wrap(text, font, size, full - indent - hang)
        for i, line in enumerate(lines):
            self.pieces.append(
                Piece(size * LEADING, self._line(line, font, size, align, indent, hang, full,
                                                 prefix if i == 0 else ""))
            )

    @staticmethod
    def _line(line: str, font: str, size: float, align: str, indent: float, hang: float, width: float,
              prefix: str) -> Callable[[Canvas, float, float], None]:
        def draw(c: Canvas, x: float, y: float) -> None:
            c.setFont(font, size)
            base = y - size
            if prefix:
                c.drawString(x + indent, base, prefix)
            if align == "center":
                c.drawCentredString(x + width / 2, base, line)
            else:
                c.drawString(x + indent + hang, base, line)

        return draw

    def row(
        self, row: Row, size: float, *, bold_value: bool = False, label_size: float | None = None
    ) -> None:
        """A label and its value: side by side on wide paper, label above value on a roll."""
        if not self.lay.wide:
            self.text(row.label, label_size or size, bold=True)
            self.text(row.value, size, bold=bold_value)
            return
        label_w = self.lay.frame_width * 0.32
        value_w = self.lay.frame_width - label_w
        label_lines = wrap(row.label, fonts.BOLD, size, label_w - 4 * mm)
        value_font = fonts.BOLD if bold_value else fonts.REGULAR
        value_lines = wrap(row.value, value_font, size, value_w)
        for label, value in zip_longest(label_lines, value_lines, fillvalue=""):
            def draw(c: Canvas, x: float, y: float, label: str = label, value: str = value) -> None:
                c.setFont(fonts.BOLD, size)
                c.drawString(x, y - size, label)
                c.setFont(value_font, size)
                c.drawString(x + label_w, y - size, value)

            self.pieces.append(Piece(size * LEADING, draw))

    def rule(self, gap: float) -> None:
        width = self.lay.frame_width

        def draw(c: Canvas, x: float, y: float) -> None:
            c.setLineWidth(0.6)
            c.line(x, y - gap / 2, x + width, y - gap / 2)

        self.pieces.append(Piece(gap, draw))

    def qr(self, url: str, side: float) -> None:
        width = self.lay.frame_width
        left = (width - side) / 2
        self.pieces.append(Piece(side, lambda c, x, y: draw_qr(c, url, x + left, y - side, side)))


def draw_qr(c: Canvas, url: str, x: float, y: float, side: float) -> None:
    """A vector QR code (quiet zone included) with its lower-left corner at (x, y)."""
    fonts.register()
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    d = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0],
                initialFontName=fonts.REGULAR)  # else Helvetica is referenced, unembedded
    d.add(widget)
    renderPDF.draw(d, c, x, y)


def _header(flow: Flow, rc: ReceiptContent, width: float | None) -> None:
    lay = flow.lay
    align = "left" if lay.wide else "center"
    flow.text(rc.mpp_name, lay.heading, bold=True, align=align, width=width)
    flow.text(rc.desk, lay.body, align=align, width=width)
    flow.space(lay.body * 0.4)
    flow.text(rc.title, lay.title, bold=True, align=align, width=width)
    if rc.reprint:
        flow.text(rc.reprint, lay.body, bold=True, align=align, width=width)
    flow.space(lay.body * 0.4)
    flow.text(rc.service, lay.heading, bold=True, align=align, width=width)
    if rc.agency:
        flow.text(rc.agency, lay.body, align=align, width=width)
    flow.space(lay.body * 0.5)
    flow.text(rc.number_label, lay.small, align=align, width=width)
    flow.text(rc.receipt_number, lay.number, bold=True, align=align, width=width)


def build_flow(rc: ReceiptContent, lay: Layout) -> tuple[Flow, float]:
    """The receipt as pieces; also the height the header must keep clear for a floating QR."""
    flow = Flow(lay)
    qr_float = 0.0
    if lay.wide:
        header_w = lay.frame_width - lay.qr - 4 * mm
        _header(flow, rc, header_w)
        flow.space(lay.body * 0.3)
        for row in (rc.official, rc.tracking):
            flow.text(f"{row.label}: {row.value}", lay.body, width=header_w)
        used = sum(p.height for p in flow.pieces)
        qr_float = lay.qr
        if used < lay.qr:
            flow.space(lay.qr - used)
    else:
        _header(flow, rc, None)
        flow.space(lay.body * 0.5)
        flow.qr(rc.tracking_url, lay.qr)
        flow.text(rc.tracking.label, lay.small, align="center")
        flow.text(rc.tracking.value, lay.body, bold=True, align="center")
        flow.space(lay.body * 0.3)
        flow.row(rc.official, lay.body, label_size=lay.small)
    gap = lay.body * 1.1
    flow.rule(gap)
    for row in rc.applicant:
        flow.row(row, lay.body, label_size=lay.small)
    if rc.requirements:
        flow.rule(gap)
        flow.text(rc.requirements_heading, lay.heading, bold=True)
        for req in rc.requirements:
            mark = "✓" if req.done else "☐"
            flow.text(f"{req.name} — {req.state}", lay.body, prefix=mark, bold=not req.done)
    flow.rule(gap)
    fee_value = rc.fee.value + (f"\n({rc.fee_words})" if rc.fee_words else "")
    flow.row(Row(rc.fee.label, fee_value), lay.body, label_size=lay.small)
    flow.row(rc.estimate, lay.body, bold_value=True, label_size=lay.small)
    flow.space(lay.body * 0.5)
    flow.text(rc.pickup_heading, lay.heading, bold=True)
    for item in rc.pickup:
        flow.text(item, lay.body, prefix="•")
    flow.space(lay.body * 0.5)
    flow.text(rc.status_heading, lay.heading, bold=True)
    flow.text(rc.status, lay.body)
    flow.rule(gap)
    flow.text(rc.privacy, lay.small)
    return flow, qr_float


def render(rc: ReceiptContent, lay: Layout) -> bytes:
    """The PDF bytes of ``rc`` on ``lay``: rolls as one page of computed length, A4/A5 paginated."""
    fonts.register()
    flow, qr_float = build_flow(rc, lay)
    buf = io.BytesIO()
    if lay.roll:
        height = sum(p.height for p in flow.pieces) + 2 * lay.margin_y
        pages = [flow.pieces]
        page_h = height
    else:
        page_h = lay.height or 0.0
        footer = lay.small * 2
        room = page_h - 2 * lay.margin_y - footer
        pages, used = [[]], 0.0
        for piece in flow.pieces:
            if used + piece.height > room and pages[-1]:
                pages.append([])
                used = 0.0
            pages[-1].append(piece)
            used += piece.height
    c = Canvas(buf, pagesize=(lay.width, page_h), invariant=True, initialFontName=fonts.REGULAR,
               initialFontSize=lay.body)
    c.setTitle(f"{rc.title} {rc.receipt_number}")
    c.setAuthor(rc.mpp_name)
    c.setCreator("MPP Assist")
    for number, page in enumerate(pages, start=1):
        y = page_h - lay.margin_y
        if number == 1 and qr_float:
            draw_qr(c, rc.tracking_url, lay.width - lay.margin_x - lay.qr, y - lay.qr, lay.qr)
        for piece in page:
            piece.draw(c, lay.margin_x, y)
            y -= piece.height
        if len(pages) > 1:
            c.setFont(fonts.REGULAR, lay.small)
            c.drawRightString(
                lay.width - lay.margin_x, lay.margin_y,
                tr(rc.lang, QT_TRANSLATE_NOOP("Receipt", "{number} — halaman {page}/{pages}")).format(
                    number=rc.receipt_number, page=number, pages=len(pages)
                ),
            )
        c.showPage()
    c.save()
    return buf.getvalue()

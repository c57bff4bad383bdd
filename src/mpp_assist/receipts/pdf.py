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
from mpp_assist.receipts.layouts import Layout, scaled

LEADING = 1.28
BREAK_AFTER = "-/.,;:_"


@dataclass
class Piece:
    height: float
    draw: Callable[[Canvas, float, float], None]  # (canvas, left x, top y)
    block: int = 0  # pieces of one block (a paragraph, a heading and what follows) stay on one page


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
        self._block = 0
        self._keep_next = False

    def _start(self, keep_with_next: bool = False) -> None:
        if not self._keep_next:
            self._block += 1
        self._keep_next = keep_with_next

    def _add(self, height: float, draw: Callable[[Canvas, float, float], None]) -> None:
        self.pieces.append(Piece(height, draw, self._block))

    def space(self, height: float) -> None:
        self._start()
        self._add(height, lambda c, x, y: None)

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
        keep_with_next: bool = False,
    ) -> None:
        """A paragraph; ``prefix`` (a bullet or ✓) hangs left of the wrapped lines."""
        self._start(keep_with_next)
        font = fonts.BOLD if bold else fonts.REGULAR
        full = width or self.lay.frame_width
        hang = fonts.string_width(prefix + " ", font, size) if prefix else 0.0
        lines = wrap(text, font, size, full - indent - hang)
        for i, line in enumerate(lines):
            self._add(size * LEADING, self._line(line, font, size, align, indent, hang, full,
                                                 prefix if i == 0 else ""))

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
            self.text(row.label, label_size or size, bold=True, keep_with_next=True)
            self.text(row.value, size, bold=bold_value)
            return
        self._start()
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

            self._add(size * LEADING, draw)

    def rule(self, gap: float) -> None:
        width = self.lay.frame_width

        def draw(c: Canvas, x: float, y: float) -> None:
            c.setLineWidth(0.6)
            c.line(x, y - gap / 2, x + width, y - gap / 2)

        self._start()
        self._add(gap, draw)

    def qr(self, url: str, side: float) -> None:
        width = self.lay.frame_width
        left = (width - side) / 2
        self._start()
        self._add(side, lambda c, x, y: draw_qr(c, url, x + left, y - side, side))


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
    _applicant_word(flow, rc, lay)
    if rc.requirements:
        flow.rule(gap)
        flow.text(rc.requirements_heading, lay.heading, bold=True, keep_with_next=True)
        for req in rc.requirements:
            mark = "✓" if req.done else "☐"
            flow.text(f"{req.name} — {req.state}", lay.body, prefix=mark, bold=not req.done)
    flow.rule(gap)
    fee_value = rc.fee.value + (f"\n({rc.fee_words})" if rc.fee_words else "")
    flow.row(Row(rc.fee.label, fee_value), lay.body, label_size=lay.small)
    flow.row(rc.estimate, lay.body, bold_value=True, label_size=lay.small)
    flow.space(lay.body * 0.5)
    flow.text(rc.pickup_heading, lay.heading, bold=True, keep_with_next=True)
    for item in rc.pickup:
        flow.text(item, lay.body, prefix="•")
    flow.space(lay.body * 0.5)
    flow.text(rc.status_heading, lay.heading, bold=True, keep_with_next=True)
    flow.text(rc.status, lay.body)
    flow.text(rc.tracking_url, lay.body, bold=True)
    flow.rule(gap)
    flow.text(rc.privacy, lay.small)
    return flow, qr_float


def _applicant_word(flow: Flow, rc: ReceiptContent, lay: Layout) -> None:
    """The applicant's signature drawn from its strokes, or the witnessed thumbprint, and the read-back."""
    from mpp_assist.attestation import READ_BACK_CONFIRMATION, SIGNATURE, THUMBPRINT
    from mpp_assist.receipts.ink import draw_signature

    word = rc.extra.get("word")
    if word is None:
        return
    if word.read_back_confirmed:
        flow.text("✓ " + tr(rc.lang, READ_BACK_CONFIRMATION, "Attestation"), lay.small)
    if word.mode == SIGNATURE and word.signature is not None:
        label = tr(rc.lang, QT_TRANSLATE_NOOP("Receipt", "Tanda tangan pemohon"))
        flow.text(label, lay.small, bold=True, keep_with_next=True)
        box_h = (22 if lay.large else 16) * mm
        box_w = min(flow.lay.frame_width, 70 * mm)
        sig = word.signature
        flow._start()
        flow._add(box_h, lambda c, x, y: draw_signature(c, sig, x, y - box_h, box_w, box_h))
    elif word.mode == THUMBPRINT and word.thumbprint is not None:
        text = tr(rc.lang, QT_TRANSLATE_NOOP("Receipt", "Cap jempol pada formulir, disaksikan oleh {officer}."))
        flow.text(text.format(officer=word.thumbprint.officer_name), lay.small)


def paginate(pieces: list[Piece], room: float) -> list[list[Piece]]:
    """Pieces in pages of height ``room``; a block that does not fit moves whole to the next page."""
    pages: list[list[Piece]] = [[]]
    used = 0.0
    for piece in pieces:
        if used + piece.height > room and pages[-1]:
            page = pages[-1]
            start = len(page)
            while start > 0 and page[start - 1].block == piece.block:
                start -= 1
            carried = page[start:] if start > 0 else []  # a block taller than a page still splits
            del page[len(page) - len(carried):]
            pages.append(carried)
            used = sum(p.height for p in carried)
        pages[-1].append(piece)
        used += piece.height
    return pages


def _fit(rc: ReceiptContent, lay: Layout) -> tuple[Layout, Flow, float]:
    """The layout and flow to draw: normal print shrinks a little (to 80 %) to stay on one sheet."""
    factors = (1.0,) if lay.roll or lay.large else (1.0, 0.93, 0.86, 0.8)
    for factor in factors:
        current = scaled(lay, factor) if factor != 1.0 else lay
        flow, qr_float = build_flow(rc, current)
        if lay.roll or sum(p.height for p in flow.pieces) <= (lay.height or 0.0) - 2 * lay.margin_y:
            break
    return current, flow, qr_float


def render(rc: ReceiptContent, lay: Layout) -> bytes:
    """The PDF bytes of ``rc`` on ``lay``: rolls as one page of computed length, A4/A5 paginated."""
    fonts.register()
    lay, flow, qr_float = _fit(rc, lay)
    buf = io.BytesIO()
    if lay.roll:
        page_h = sum(p.height for p in flow.pieces) + 2 * lay.margin_y
        pages = [flow.pieces]
    else:
        page_h = lay.height or 0.0
        room = page_h - 2 * lay.margin_y
        pages = [flow.pieces]
        if sum(p.height for p in flow.pieces) > room:
            pages = paginate(flow.pieces, room - lay.small * 2)  # keep room for the page number
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
            where = tr(rc.lang, QT_TRANSLATE_NOOP("Receipt", "halaman {page}/{pages}"))
            c.drawRightString(lay.width - lay.margin_x, lay.margin_y,
                              f"{rc.receipt_number} — " + where.format(page=number, pages=len(pages)))
        c.showPage()
    c.save()
    return buf.getvalue()

"""Drawing a ``ReceiptContent`` as a PDF with reportlab, for any ``Layout``.

A tiny flow layout: each block (text, labelled row, rule, QR) becomes pieces of
known height, one per printed line, so A4/A5 can break across pages between any
two lines and a roll's length is simply the sum of its pieces.

Rolls (58/80 mm) have a layout of their own, short enough for large print: the QR
and the numbers first, each number on one line (shrunk to the roll's width, never
broken: a receipt number split over three lines is read wrongly), then sections
under headings, with the requirements grouped by their state and the documents
still to bring listed once, under what to bring. A4/A5 keep the QR beside the
header; large print tightens spacing and headings (never below 16 pt) to stay on
one sheet, and normal print shrinks to 80 % at most; a receipt that must still
break does so at its normal size, so no page holds a lone sentence.
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
from mpp_assist.receipts.content import COPY_RECEIVED, ORIGINAL_SEEN, SPTJM, ReceiptContent, Row, tr
from mpp_assist.receipts.layouts import LARGE_PRINT_MIN_PT, Layout, scaled

LEADING = 1.28
LEADING_TIGHT = 1.16  # large print: 16 pt lines need less air between them
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
    def __init__(self, lay: Layout, leading: float = LEADING) -> None:
        self.lay = lay
        self.leading = leading
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
            self._add(size * self.leading, self._line(line, font, size, align, indent, hang, full,
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

            self._add(size * self.leading, draw)

    def fit_line(self, text: str, size: float, *, bold: bool = True, align: str = "center",
                 keep_with_next: bool = False, width: float | None = None) -> None:
        """``text`` on one line, at ``size`` or as much smaller as the frame needs: for numbers, never split."""
        self._start(keep_with_next)
        font = fonts.BOLD if bold else fonts.REGULAR
        width = width or self.lay.frame_width
        natural = fonts.string_width(text, font, size)
        used = size if natural <= width else size * width / natural * 0.995
        self._add(used * self.leading, self._line(text, font, used, align, 0.0, 0.0, width, ""))

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
    flow.text(rc.number_label, lay.small, align=align, width=width, keep_with_next=True)
    flow.fit_line(rc.receipt_number, lay.number, align=align, width=width)


def _fee_value(rc: ReceiptContent) -> str:
    """The amount, its words on the line under it, then the catalogue's note (or a free service's basis)."""
    lines = [rc.fee.value]
    if rc.fee_words:
        lines.append(f"({rc.fee_words})")
    if rc.fee_note:
        lines.append(rc.fee_note)
    return "\n".join(lines)


def build_flow(rc: ReceiptContent, lay: Layout, leading: float = LEADING) -> tuple[Flow, float]:
    """The receipt as pieces; also the height the header must keep clear for a floating QR."""
    if lay.roll:
        return build_roll_flow(rc, lay, leading), 0.0
    flow = Flow(lay, leading)
    qr_float = 0.0
    if lay.wide:
        header_w = lay.frame_width - lay.qr - 4 * mm
        _header(flow, rc, header_w)
        flow.space(lay.body * 0.3)
        for row in (rc.official, rc.tracking):
            if row is rc.official and lay.large and not _official_known(rc):
                continue  # large print: "comes once the data is sent" only once it is there
            flow.text(f"{row.label}: {row.value}", lay.body, width=header_w)
        used = sum(p.height for p in flow.pieces)
        qr_float = lay.qr
        if used < lay.qr:
            flow.space(lay.qr - used)
    else:  # a narrow sheet (A5 in large print): the QR under the header
        _header(flow, rc, None)
        flow.space(lay.body * 0.5)
        flow.qr(rc.tracking_url, lay.qr)
        flow.text(rc.tracking.label, lay.small, align="center", keep_with_next=True)
        flow.fit_line(rc.tracking.value, lay.body)
        flow.space(lay.body * 0.3)
        if not (lay.large and not _official_known(rc)):
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
    flow.row(Row(rc.fee.label, _fee_value(rc)), lay.body, label_size=lay.small)
    flow.row(rc.estimate, lay.body, bold_value=True, label_size=lay.small)
    flow.space(lay.body * 0.5)
    flow.text(rc.pickup_heading, lay.heading, bold=True, keep_with_next=True)
    for item in rc.pickup:
        if not (lay.large and item == rc.pickup_missing):  # large print: the list above says it once
            flow.text(item, lay.body, prefix="•")
    flow.space(lay.body * 0.5)
    flow.text(rc.status_heading, lay.heading, bold=True, keep_with_next=True)
    flow.text(rc.status_short if lay.large and rc.status_short else rc.status, lay.body)
    flow.text(rc.tracking_url, lay.body, bold=True)
    flow.rule(gap)
    flow.text(rc.privacy_short if lay.large and rc.privacy_short else rc.privacy, lay.small)
    return flow, qr_float


def build_roll_flow(rc: ReceiptContent, lay: Layout, leading: float = LEADING) -> Flow:
    """A roll receipt: QR and numbers first, then short sections under headings (see the module docstring)."""
    flow = Flow(lay, leading)
    centre = "center"
    gap = lay.body * (0.6 if lay.large else 0.9)
    flow.text(rc.mpp_name, lay.heading, bold=True, align=centre)
    flow.text(rc.desk, lay.small, align=centre)
    flow.space(lay.body * 0.3)
    flow.qr(rc.tracking_url, min(lay.qr, flow.lay.frame_width, 32 * mm if lay.large else lay.qr))
    flow.text(rc.tracking.label, lay.small, align=centre, keep_with_next=True)
    flow.fit_line(rc.tracking.value, lay.body)
    flow.space(lay.body * 0.3)
    flow.text(rc.number_label, lay.small, align=centre, keep_with_next=True)
    flow.fit_line(rc.receipt_number, lay.number)
    if rc.reprint:
        flow.text(rc.reprint, lay.small, bold=True, align=centre)
    flow.rule(gap)
    flow.text(rc.title, lay.heading, bold=True, align=centre)
    flow.text(rc.service, lay.body, bold=True, align=centre)
    if rc.agency and not lay.large:  # large print: the service names where it goes; the agency is long
        flow.text(rc.agency, lay.small, align=centre)
    flow.rule(gap)
    for row in rc.applicant:
        _roll_row(flow, row, lay)
    if _official_known(rc):
        flow.text(rc.official.label, lay.small, bold=True, keep_with_next=True)
        flow.fit_line(rc.official.value, lay.body, align="left")
    elif not lay.large:  # "comes once the data is sent": on a large-print roll only once it is there
        flow.text(f"{rc.official.label}: {rc.official.value}", lay.small)
    _applicant_word(flow, rc, lay)
    received = [r for r in rc.requirements if r.done]
    if received:
        flow.rule(gap)
        flow.text(rc.requirements_heading, lay.heading, bold=True, keep_with_next=True)
        for key in (ORIGINAL_SEEN, COPY_RECEIVED, SPTJM):
            group = [r for r in received if r.key == key]
            if not group:
                continue
            flow.text(rc.state_headings.get(key, key), lay.small, bold=True, keep_with_next=True)
            for req in group:
                flow.text(req.name + (f" ({req.sptjm_form})" if req.sptjm_form else ""), lay.body, prefix="✓")
    flow.rule(gap)
    flow.text(rc.fee.label, lay.small, bold=True, keep_with_next=True)
    flow.text(rc.fee.value, lay.body, bold=True, keep_with_next=bool(rc.fee_words or rc.fee_note))
    if rc.fee_words and not lay.large:  # large print: the figures; the words would add a third to the fee
        flow.text(f"({rc.fee_words})", lay.small, keep_with_next=bool(rc.fee_note))
    if rc.fee_note:
        flow.text(rc.fee_note, lay.small)
    flow.space(lay.body * 0.3)
    flow.text(rc.estimate.label, lay.small, bold=True, keep_with_next=True)
    flow.text(rc.estimate.value, lay.body, bold=True)
    flow.rule(gap)
    flow.text(rc.pickup_heading, lay.heading, bold=True, keep_with_next=True)
    for item in rc.pickup:
        if item != rc.pickup_missing:
            flow.text(item, lay.body, prefix="•")
    if rc.to_bring:
        flow.text(rc.state_headings.get("to_bring", ""), lay.small, bold=True, keep_with_next=True)
        for name in rc.to_bring:
            flow.text(name, lay.body, bold=True, prefix="☐")
    flow.rule(gap)
    flow.text(rc.status_heading, lay.heading, bold=True, keep_with_next=True)
    if not lay.large:  # large print: the QR above and the address say it
        flow.text(rc.status_short or rc.status, lay.body)
    flow.text(rc.tracking_url.split("://", 1)[-1], lay.small)
    flow.rule(gap)
    flow.text(rc.privacy_short if lay.large and rc.privacy_short else rc.privacy, lay.small)
    return flow


def _official_known(rc: ReceiptContent) -> bool:
    return bool(rc.extra.get("official_known"))


def _roll_row(flow: Flow, row: Row, lay: Layout) -> None:
    """A label and its value on a roll: on one line when both fit, a number alone on its line."""
    inline = f"{row.label}: {row.value}"
    if fonts.string_width(inline, fonts.REGULAR, lay.body) <= flow.lay.frame_width:
        flow.text(inline, lay.body)
        return
    flow.text(row.label, lay.small, bold=True, keep_with_next=True)
    if _is_number(row.value):
        flow.fit_line(row.value, lay.body, bold=False, align="left")
    else:
        flow.text(row.value, lay.body)


def _is_number(value: str) -> bool:
    """A NIK (masked), a code or a number (digits, capitals, * - . /), not words ("17 Maret 2026")."""
    return any(ch.isdigit() for ch in value) and not any(ch.islower() for ch in value)


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
    """Pieces in pages of height ``room``; a block that does not fit moves whole to the next page,
    and the last page is never a lone sentence: blocks move to it from the page before."""
    pages = _paginate(pieces, room)
    if len(pages) > 1:
        last, before = pages[-1], pages[-2]
        want = room * 0.3
        while sum(p.height for p in last) < want:
            start = len(before)
            while start > 0 and before[start - 1].block == before[-1].block:
                start -= 1
            moved = before[start:]
            if start == 0 or sum(p.height for p in last + moved) > room:
                break
            del before[start:]
            last[:0] = moved
    return pages


def _paginate(pieces: list[Piece], room: float) -> list[list[Piece]]:
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
    """The layout and flow to draw, on one sheet where it can be.

    Normal print shrinks a little (to 80 %); large print tightens its lines and shrinks headings
    and the QR, never below 16 pt. A receipt that still needs two sheets is drawn at its own size,
    so that its second page carries a real part of it rather than one sentence.
    """
    if lay.roll:
        leading = LEADING_TIGHT if lay.large else LEADING
        return lay, build_flow(rc, lay, leading)[0], 0.0
    if lay.large:
        tries = [(1.0, LEADING), (1.0, LEADING_TIGHT), (0.92, LEADING_TIGHT), (0.85, LEADING_TIGHT),
                 (0.8, LEADING_TIGHT)]
    else:
        tries = [(1.0, LEADING), (0.93, LEADING), (0.86, LEADING), (0.8, LEADING), (0.8, LEADING_TIGHT)]
    room = (lay.height or 0.0) - 2 * lay.margin_y
    floor = LARGE_PRINT_MIN_PT if lay.large else 0.0
    for factor, leading in tries:
        current = scaled(lay, factor, floor) if factor != 1.0 else lay
        flow, qr_float = build_flow(rc, current, leading)
        if sum(p.height for p in flow.pieces) <= room:
            return current, flow, qr_float
    flow, qr_float = build_flow(rc, lay, LEADING_TIGHT if lay.large else LEADING)
    return lay, flow, qr_float


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
            where = where.format(page=number, pages=len(pages))
            footer = f"{rc.receipt_number} — {where}"
            if fonts.string_width(footer, fonts.REGULAR, lay.small) > lay.frame_width:
                footer = where  # the receipt number heads the first page
            c.drawRightString(lay.width - lay.margin_x, lay.margin_y, footer)
        c.showPage()
    c.save()
    return buf.getvalue()

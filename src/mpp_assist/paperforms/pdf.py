"""Drawing a ``FormContent`` on A4 or F4 with the receipt's flow layout, QR and font.

The form code sits boxed in the top right corner of every page, as on the regulation's annex;
the receipt's QR (the same tracking address) beside the header of the first page; the
signature block — officer, applicant (strokes, or the box for an inked thumbprint with the
officer's attestation), second declarant and witnesses — after the answers, kept on one page.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mpp_assist.attestation import READ_BACK_CONFIRMATION, SIGNATURE, THUMBPRINT
from mpp_assist.i18n import QT_TRANSLATE_NOOP
from mpp_assist.paperforms.content import Choices, FormContent, Group, Heading, Line, Para
from mpp_assist.receipts import fonts
from mpp_assist.receipts.content import Row, tr
from mpp_assist.receipts.ink import draw_signature
from mpp_assist.receipts.layouts import Layout
from mpp_assist.receipts.pdf import LEADING, Flow, draw_qr, paginate, wrap

TICKED, EMPTY = "☒", "☐"


class FormFlow(Flow):
    """The receipt's flow with the pieces a form needs: boxes to sign in or print a thumb in."""

    def signatures(self, columns: list[tuple[str, str, Callable[[Canvas, float, float, float, float], None]]],
                   box_h: float) -> None:
        """Side-by-side columns: a label above a box, the name in brackets below; kept together."""
        lay = self.lay
        gap = 6 * mm
        col_w = (lay.frame_width - gap * (len(columns) - 1)) / len(columns)
        label_lines = [wrap(label, fonts.REGULAR, lay.body, col_w) for label, _n, _d in columns]
        name_lines = [wrap(f"( {name or '……………………'} )", fonts.BOLD, lay.body, col_w) for _l, name, _d in columns]
        top_h = max(len(x) for x in label_lines) * lay.body * LEADING
        bottom_h = max(len(x) for x in name_lines) * lay.body * LEADING
        height = top_h + box_h + bottom_h + lay.body * 0.6

        def draw(c: Canvas, x: float, y: float) -> None:
            for i, (_label, _name, fill) in enumerate(columns):
                left = x + i * (col_w + gap)
                c.setFont(fonts.REGULAR, lay.body)
                for n, line in enumerate(label_lines[i]):
                    c.drawCentredString(left + col_w / 2, y - lay.body - n * lay.body * LEADING, line)
                box_top = y - top_h - lay.body * 0.3
                fill(c, left, box_top - box_h, col_w, box_h)
                c.setFont(fonts.BOLD, lay.body)
                for n, line in enumerate(name_lines[i]):
                    c.drawCentredString(left + col_w / 2, box_top - box_h - lay.body * 1.1 - n * lay.body * LEADING,
                                        line)

        self._start()
        self._add(height, draw)


    def row(self, row: Row, size: float, *, bold_value: bool = False, label_size: float | None = None) -> None:
        """As the receipt's row, but when both label and answer wrap, the label goes above the answer:
        side by side their lines would interleave, and a verifier (or pdftotext) could not read the answer whole."""
        if self.lay.wide:
            label_w = self.lay.frame_width * 0.32
            label_lines = wrap(row.label, fonts.BOLD, size, label_w - 4 * mm)
            value_font = fonts.BOLD if bold_value else fonts.REGULAR
            value_lines = wrap(row.value, value_font, size, self.lay.frame_width - label_w)
            if len(label_lines) > 1 and len(value_lines) > 1:
                self.text(row.label, size, bold=True, keep_with_next=True)
                self.text(row.value, size, bold=bold_value, indent=label_w)
                return
        super().row(row, size, bold_value=bold_value, label_size=label_size)

    def choices(self, label: str, options: tuple[tuple[str, bool], ...]) -> None:
        """A numbered item with its choices as tick boxes, as many to a line as fit (as on the annex)."""
        lay = self.lay
        size = lay.body
        if not lay.wide:  # large print: the label on its own line, the boxes below it
            self.text(label, size, bold=True, keep_with_next=True)
        label_w = lay.frame_width * 0.32 if lay.wide else 0.0
        value_w = lay.frame_width - label_w
        gap = 5 * mm
        cells = [f"{TICKED if on else EMPTY} {text}" for text, on in options]
        widths = [fonts.string_width(cell, fonts.BOLD, size) for cell in cells]
        lines: list[list[tuple[str, bool]]] = [[]]
        used = 0.0
        for cell, width, (_t, on) in zip(cells, widths, options, strict=True):
            if lines[-1] and used + width > value_w:
                lines.append([])
                used = 0.0
            if width > value_w:  # one long choice: its own wrapped lines
                lines[-1:] = [*([] if not lines[-1] else [lines[-1]]),
                              *[[(part, on)] for part in wrap(cell, fonts.BOLD, size, value_w)]]
                lines.append([])
                used = 0.0
                continue
            lines[-1].append((cell, on))
            used += width + gap
        lines = [line for line in lines if line]
        label_lines = wrap(label, fonts.BOLD, size, label_w - 4 * mm) if lay.wide else []
        self._start()
        for i in range(max(len(lines), len(label_lines))):
            row = lines[i] if i < len(lines) else []
            head = label_lines[i] if i < len(label_lines) else ""

            def draw(c: Canvas, x: float, y: float, row: list[tuple[str, bool]] = row, head: str = head) -> None:
                c.setFont(fonts.BOLD, size)
                c.drawString(x, y - size, head)
                left = x + label_w
                for cell, on in row:
                    font = fonts.BOLD if on else fonts.REGULAR
                    c.setFont(font, size)
                    c.drawString(left, y - size, cell)
                    left += fonts.string_width(cell, fonts.BOLD, size) + gap

            self._add(size * LEADING, draw)


def _blank(note: str = "", size: float = 8) -> Callable[[Canvas, float, float, float, float], None]:
    def fill(c: Canvas, x: float, y: float, w: float, h: float) -> None:
        if note:
            c.setFont(fonts.REGULAR, size)
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(x + 2, y + h - size - 2, note)
            c.setFillColorRGB(0, 0, 0)
    return fill


def _framed(inner: Callable[[Canvas, float, float, float, float], None]
            ) -> Callable[[Canvas, float, float, float, float], None]:
    def fill(c: Canvas, x: float, y: float, w: float, h: float) -> None:
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(x, y, w, h)
        c.setDash()
        inner(c, x, y, w, h)
    return fill


def _thumb_box(label: str, size: float) -> Callable[[Canvas, float, float, float, float], None]:
    def fill(c: Canvas, x: float, y: float, w: float, h: float) -> None:
        side = min(h, w)
        left = x + (w - side) / 2
        c.setLineWidth(0.9)
        c.rect(left, y, side, side)
        c.setFont(fonts.REGULAR, size)
        c.setFillColorRGB(0.45, 0.45, 0.45)
        c.drawCentredString(left + side / 2, y + 3, label)
        c.setFillColorRGB(0, 0, 0)
    return fill


def build_flow(fc: FormContent, lay: Layout) -> Flow:
    flow = FormFlow(lay)
    header_w = lay.frame_width - lay.qr - 4 * mm
    flow.text(fc.mpp_name, lay.heading, bold=True, width=header_w)
    flow.text(fc.agency, lay.body, width=header_w)
    flow.text(fc.service, lay.body, width=header_w)
    flow.text(f"{fc.receipt_label}: {fc.receipt_number}", lay.body, bold=True, width=header_w)
    used = sum(p.height for p in flow.pieces)
    flow.space(max(lay.qr + 2 * mm - used, lay.body * 0.6))  # the QR floats right of these lines
    flow.text(fc.title, lay.title, bold=True, align="center")
    if fc.subtitle:
        flow.text(fc.subtitle, lay.body, align="center")
    flow.rule(lay.body * 1.1)
    for block in fc.blocks:
        if isinstance(block, Heading):
            flow.space(lay.body * 0.4)
            flow.text(block.text, lay.heading, bold=True, keep_with_next=True)
        elif isinstance(block, Line):
            flow.row(Row(block.label, block.value or "……………………"), lay.body)
        elif isinstance(block, Choices):
            flow.choices(block.label, block.options)
        elif isinstance(block, Group):
            flow.text(block.title, lay.body, bold=True, keep_with_next=True)
            for line in block.lines:
                flow.row(Row(f"   {line.label}", line.value or "……………………"), lay.body)
        elif isinstance(block, Para):
            flow.space(lay.body * 0.35)
            flow.text(block.text, lay.body, bold=block.bold)
            flow.space(lay.body * 0.35)
    _signature_block(flow, fc, lay)
    return flow


def _signature_block(flow: FormFlow, fc: FormContent, lay: Layout) -> None:
    word = fc.word
    box_h = (34 if lay.large else 26) * mm
    flow.rule(lay.body * 1.1)
    if fc.read_to:
        flow.text(tr(fc.lang, QT_TRANSLATE_NOOP(
            "PaperForm", "Pemohon tidak membaca sendiri: isi formulir ini dibacakan kepada pemohon oleh petugas.")),
            lay.body, bold=True)
    if word is not None and word.read_back_confirmed:
        flow.text("✓ " + tr(fc.lang, READ_BACK_CONFIRMATION, "Attestation"), lay.body, bold=True)
    meterai = tr(fc.lang, QT_TRANSLATE_NOOP("PaperForm", "Meterai Rp10.000")) if fc.kind == "sptjm" else ""
    note = _blank(meterai, lay.small)
    mode = word.mode if word is not None and fc.applicant_signs else ""
    if word is not None and mode == SIGNATURE and word.signature is not None:
        sig = word.signature

        def signed(c: Canvas, x: float, y: float, w: float, h: float) -> None:
            note(c, x, y, w, h)
            draw_signature(c, sig, x, y, w, h)

        applicant = _framed(signed)
    elif mode == THUMBPRINT:
        applicant = _thumb_box(tr(fc.lang, QT_TRANSLATE_NOOP("PaperForm", "cap jempol")), lay.small)
    else:
        applicant = _framed(note)
    signer = f"{fc.place_date}\n{fc.signer_label}"
    columns = [(tr(fc.lang, QT_TRANSLATE_NOOP("PaperForm", "Mengetahui,")) + "\n" + fc.officer_label,
                fc.officer_name, _framed(_blank()))]
    if fc.second_signer_name:
        columns.append(("\n" + fc.signer_label, fc.second_signer_name, _framed(note)))
    columns.append((signer, fc.signer_name, applicant))
    flow.space(lay.body * 0.3)
    flow.signatures(columns, box_h)
    if word is not None and mode == THUMBPRINT and word.thumbprint is not None:
        flow.text(word.thumbprint.text(fc.signer_name, fc.lang), lay.body)
    if fc.witnesses:
        flow.space(lay.body * 0.3)
        label = tr(fc.lang, QT_TRANSLATE_NOOP("PaperForm", "Saksi {n}"))
        flow.signatures([(label.format(n=i + 1), name, _framed(_blank()))
                         for i, name in enumerate(fc.witnesses[:3])], box_h * 0.7)


def _code_box(c: Canvas, lay: Layout, code: str, page_h: float) -> float:
    """The form code boxed in the top right corner; returns the box's height."""
    size = lay.number
    width = fonts.string_width(code, fonts.BOLD, size) + size
    height = size * 1.6
    x = lay.width - lay.margin_x - width
    y = page_h - lay.margin_y - height
    c.setLineWidth(1)
    c.rect(x, y, width, height)
    c.setFont(fonts.BOLD, size)
    c.drawCentredString(x + width / 2, y + height * 0.3, code)
    return height


def render(fc: FormContent, lay: Layout) -> bytes:
    """The PDF bytes of the form, paginated, each page with its code box and page number."""
    fonts.register()
    flow = build_flow(fc, lay)
    page_h = lay.height or 0.0
    code_h = lay.number * 1.6 + 2 * mm
    room = page_h - 2 * lay.margin_y - lay.small * 2 - code_h  # below the code box, above the footer
    pages = paginate(flow.pieces, room) if sum(p.height for p in flow.pieces) > room else [flow.pieces]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(lay.width, page_h), invariant=True, initialFontName=fonts.REGULAR,
               initialFontSize=lay.body)
    c.setTitle(f"{fc.code} {fc.title} — {fc.receipt_number}")
    c.setAuthor(fc.mpp_name)
    c.setCreator("MPP Assist")
    where = tr(fc.lang, QT_TRANSLATE_NOOP("PaperForm", "halaman {page}/{pages}"))
    for number, page in enumerate(pages, start=1):
        _code_box(c, lay, fc.code, page_h)
        y = page_h - lay.margin_y - code_h
        if number == 1:
            draw_qr(c, fc.tracking_url, lay.width - lay.margin_x - lay.qr, y - lay.qr, lay.qr)
        for piece in page:
            piece.draw(c, lay.margin_x, y)
            y -= piece.height
        c.setFont(fonts.REGULAR, lay.small)
        c.drawString(lay.margin_x, lay.margin_y * 0.6, fc.code)
        c.drawRightString(lay.width - lay.margin_x, lay.margin_y * 0.6,
                          f"{fc.receipt_number} — " + where.format(page=number, pages=len(pages)))
        c.showPage()
    c.save()
    return buf.getvalue()

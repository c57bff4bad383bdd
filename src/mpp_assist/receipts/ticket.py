"""The queue ticket (karcis antrean) as PDF, for the thermal roll (80/58 mm) and A4/A5.

The number very large, the service, the time taken, the people ahead, and a QR to the public
ticket page (``<public_url>/antrian/tiket/<code>``: position only, no name, no NIK). Laid out with
the receipt's flow (``receipts.pdf``), so fonts, QR and roll length behave as on a receipt.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from mpp_assist.i18n import QT_TRANSLATE_NOOP
from mpp_assist.receipts import fonts
from mpp_assist.receipts.content import format_datetime, tr
from mpp_assist.receipts.layouts import layout as get_layout
from mpp_assist.receipts.pdf import Flow

CTX = "Ticket"


@dataclass(frozen=True)
class TicketContent:
    lang: str
    mpp_name: str
    title: str
    number: str
    service: str
    priority: str  # "" for the regular lane
    taken: str
    ahead: str
    url: str  # "" when the ticket has no public page (a desk's offline ticket before it is handed over)
    scan: str
    privacy: str


def ticket_url(public_url: str, code: str) -> str:
    return f"{public_url.rstrip('/')}/antrian/tiket/{code}" if public_url and code else ""


def build_ticket_content(
    *, number: str, service: str, taken_at: datetime, people_ahead: int, priority: bool, url: str,
    mpp_name: str, lang: str = "id",
) -> TicketContent:
    def t(source: str) -> str:
        return tr(lang, source, CTX)

    ahead = (t(QT_TRANSLATE_NOOP("Ticket", "Tidak ada orang di depan Anda")) if people_ahead == 0
             else t(QT_TRANSLATE_NOOP("Ticket", "{n} orang di depan Anda")).format(n=people_ahead))
    return TicketContent(
        lang=lang,
        mpp_name=mpp_name,
        title=t(QT_TRANSLATE_NOOP("Ticket", "Nomor antrean")),
        number=number,
        service=service,
        priority=t(QT_TRANSLATE_NOOP("Ticket", "Jalur prioritas")) if priority else "",
        taken=t(QT_TRANSLATE_NOOP("Ticket", "Diambil {when}")).format(when=format_datetime(taken_at, lang)),
        ahead=ahead,
        url=url,
        scan=t(QT_TRANSLATE_NOOP("Ticket", "Pindai untuk melihat giliran Anda")) if url else "",
        privacy=t(QT_TRANSLATE_NOOP("Ticket", "Dengarkan panggilan nomor Anda. Karcis ini tanpa data pribadi.")),
    )


def _flow(content: TicketContent, name: str, large_print: bool) -> Flow:
    lay = get_layout(name, large_print)
    flow = Flow(lay)
    flow.text(content.mpp_name, lay.heading, bold=True, align="center")
    flow.space(lay.body * 0.4)
    flow.text(content.title, lay.body, align="center")
    flow.text(content.number, lay.title * 2.6, bold=True, align="center")  # read from arm's length
    if content.priority:
        flow.text(content.priority, lay.heading, bold=True, align="center")
    flow.space(lay.body * 0.3)
    flow.text(content.service, lay.heading, bold=True, align="center")
    flow.text(content.taken, lay.body, align="center")
    flow.text(content.ahead, lay.body, bold=True, align="center")
    if content.url:
        flow.space(lay.body * 0.5)
        flow.qr(content.url, lay.qr)
        flow.text(content.scan, lay.small, align="center")
    flow.space(lay.body * 0.5)
    flow.text(content.privacy, lay.small, align="center")
    return flow


def ticket_pdf(content: TicketContent, layout_name: str = "80mm", large_print: bool = False) -> bytes:
    """The ticket as one page: a roll as long as its content, A4/A5 with the ticket at the top."""
    fonts.register()
    lay = get_layout(layout_name, large_print)
    flow = _flow(content, layout_name, large_print)
    height = lay.height or sum(p.height for p in flow.pieces) + 2 * lay.margin_y
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(lay.width, height), invariant=True, initialFontName=fonts.REGULAR,
               initialFontSize=lay.body)
    c.setTitle(f"{content.title} {content.number}")
    c.setAuthor(content.mpp_name)
    c.setCreator("MPP Assist")
    y = height - lay.margin_y
    for piece in flow.pieces:
        piece.draw(c, lay.margin_x, y)
        y -= piece.height
    c.showPage()
    c.save()
    return buf.getvalue()


def desk_ticket_content(ticket: Any, service: str, settings: Any, lang: str) -> TicketContent:
    """What the karcis of a ticket just taken says (``queue.desk.DeskTicket``: number, taken_at,
    people_ahead, priority, public_code): one way for the CLI, the desk's *Ambil nomor* and the ticket
    kiosk, on paper or a thermal roll. The time is the desk's (``clock``)."""
    from mpp_assist import clock

    return build_ticket_content(
        number=ticket.number, service=service,
        taken_at=clock.local(datetime.fromtimestamp(ticket.taken_at, tz=UTC)),
        people_ahead=ticket.people_ahead, priority=ticket.priority, mpp_name=settings.get("mpp_name"), lang=lang,
        url=ticket_url(settings.get("public_url"), ticket.public_code),
    )


def desk_ticket_pdf(ticket: Any, service: str, settings: Any, lang: str) -> bytes:
    """The karcis as a PDF, laid out as the desk's receipts are."""
    content = desk_ticket_content(ticket, service, settings, lang)
    return ticket_pdf(content, settings.get("receipt_layout"), settings.get("receipt_large_print"))

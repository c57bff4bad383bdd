"""The queue ticket on a direct ESC/POS thermal printer: the number double size, the printer's own QR."""

from __future__ import annotations

from typing import Any

from escpos.constants import QR_ECLEVEL_M
from escpos.exceptions import Error as EscposError

from mpp_assist.i18n import translate
from mpp_assist.printing.errors import PrintError
from mpp_assist.printing.thermal import COLUMNS, _Writer, open_printer
from mpp_assist.receipts.ticket import TicketContent


def write_ticket(printer: Any, content: TicketContent, *, layout: str = "80mm", large_print: bool = False,
                 cut: bool = True) -> None:
    w = _Writer(printer, COLUMNS.get(layout, 48), large_print)
    printer.hw("INIT")
    w.para(content.mpp_name, bold=True, align="center")
    w.para(content.title, align="center")
    printer.set(align="center", bold=True, double_width=True, double_height=True)
    printer.textln(content.number)  # always double size, large print or not
    if content.priority:
        w.para(content.priority, bold=True, align="center")
    w.para(content.service, bold=True, align="center")
    w.para(content.taken, align="center")
    w.para(content.ahead, bold=True, align="center")
    if content.url:
        w.style(align="center")
        printer.qr(content.url, ec=QR_ECLEVEL_M, size=8 if layout == "80mm" else 6, native=True)
        w.para(content.scan, align="center")
    w.para(content.privacy, align="center")
    w.style()
    if cut:
        printer.cut()


def print_ticket_escpos(content: TicketContent, settings: Any, *, layout: str | None = None) -> None:
    """Print ``content`` on the settings' thermal printer; PrintError says what went wrong."""
    layout = layout or settings.get("receipt_layout")
    if layout not in COLUMNS:
        layout = "80mm"
    printer = open_printer(settings)
    try:
        write_ticket(printer, content, layout=layout, large_print=settings.get("receipt_large_print"))
    except (EscposError, OSError) as exc:
        raise PrintError(translate("Printing", "Pencetakan karcis terputus: {error}").format(error=exc)) from None
    finally:
        printer.close()


def print_desk_ticket(ticket: Any, service: str, settings: Any, lang: str) -> None:
    """A ticket just taken, on the desk's printer: the thermal one when the settings name one, else the
    system printer (CUPS). ``PrintError`` says what went wrong (the number is still on screen)."""
    from mpp_assist.receipts.ticket import desk_ticket_content, desk_ticket_pdf

    if settings.get("escpos_connection") in ("network", "usb"):
        print_ticket_escpos(desk_ticket_content(ticket, service, settings, lang), settings)
        return
    from mpp_assist.printing.cups import print_pdf_bytes

    print_pdf_bytes(desk_ticket_pdf(ticket, service, settings, lang), settings.get("receipt_printer") or None,
                    title=ticket.number)

"""Direct ESC/POS printing (python-escpos) to a 58/80 mm receipt printer with no system driver.

The same ``ReceiptContent`` as the PDF, laid out as text for the printer's own
font: 48 columns on an 80 mm roll (576 dots, 12-dot font A), 32 on a 58 mm
roll (384 dots); large print doubles width and height (24 / 16 columns). The
QR code is the printer's native one (``GS ( k``), so the tracking address goes
to the printer as text and it draws the code at full resolution.

Printer text is ASCII: accents are dropped and symbols replaced (✓ → [v]), so
no printer code page can turn an Indonesian receipt into mojibake.
"""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Any

from escpos.constants import QR_ECLEVEL_M
from escpos.exceptions import Error as EscposError

from mpp_assist.i18n import translate
from mpp_assist.printing.errors import PrintError
from mpp_assist.receipts.content import ReceiptContent, Row

COLUMNS = {"80mm": 48, "58mm": 32}
_SYMBOLS = str.maketrans({"—": "-", "–": "-", "•": "-", "✓": "v", "☐": " ", "“": '"', "”": '"', "’": "'"})


def ascii_text(text: str) -> str:
    """``text`` as plain ASCII for any printer code page ("Désirée — ✓" → "Desiree - v")."""
    text = unicodedata.normalize("NFKD", text.translate(_SYMBOLS))
    return text.encode("ascii", "ignore").decode("ascii")


class _Writer:
    def __init__(self, printer: Any, columns: int, large: bool) -> None:
        self.p = printer
        self.large = large
        self.columns = columns // 2 if large else columns

    def style(self, *, bold: bool = False, align: str = "left", tall: bool = False) -> None:
        """Large print doubles width and height; ``tall`` (the receipt number) doubles the height only."""
        wide, high = self.large, self.large or tall
        self.p.set(align=align, bold=bold, double_width=wide, double_height=high, normal_textsize=not high)

    def para(self, text: str, *, bold: bool = False, align: str = "left", indent: str = "",
             tall: bool = False) -> None:
        self.style(bold=bold, align=align, tall=tall)
        width = self.columns - len(indent) if align == "left" else self.columns
        for i, line in enumerate(textwrap.wrap(ascii_text(text), width, break_on_hyphens=True) or [""]):
            lead = indent if i == 0 else " " * len(indent)
            self.p.textln((lead if align == "left" else "") + line)

    def row(self, row: Row) -> None:
        self.para(row.label, bold=True)
        self.para(row.value)

    def rule(self) -> None:
        self.style()
        self.p.textln("-" * self.columns)


def write_receipt(printer: Any, rc: ReceiptContent, *, layout: str = "80mm", large_print: bool = False,
                  cut: bool = True) -> None:
    """Send ``rc`` to an open python-escpos printer: text, native QR code, then a cut."""
    w = _Writer(printer, COLUMNS.get(layout, 48), large_print)
    printer.hw("INIT")
    w.para(rc.mpp_name, bold=True, align="center")
    w.para(rc.desk, align="center")
    w.para(rc.title, bold=True, align="center")
    if rc.reprint:
        w.para(rc.reprint, bold=True, align="center")
    w.para(rc.service, bold=True, align="center")
    if rc.agency:
        w.para(rc.agency, align="center")
    w.para(rc.number_label, align="center")
    w.para(rc.receipt_number, bold=True, align="center", tall=True)
    w.style(align="center")
    module = 8 if large_print or layout == "80mm" else 6  # dots per QR module
    printer.qr(rc.tracking_url, ec=QR_ECLEVEL_M, size=module, native=True)
    w.para(rc.tracking.label, align="center")
    w.para(rc.tracking.value, bold=True, align="center")
    w.row(rc.official)
    w.rule()
    for row in rc.applicant:
        w.row(row)
    if rc.requirements:
        w.rule()
        w.para(rc.requirements_heading, bold=True)
        for req in rc.requirements:
            w.para(f"{req.name} - {req.state}", indent="[v] " if req.done else "[ ] ", bold=not req.done)
    w.rule()
    w.row(Row(rc.fee.label, rc.fee.value + (f" ({rc.fee_words})" if rc.fee_words else "")))
    if rc.fee_note:
        w.para(rc.fee_note)
    w.row(rc.estimate)
    w.para(rc.pickup_heading, bold=True)
    for item in rc.pickup:
        w.para(item, indent="- ")
    w.para(rc.status_heading, bold=True)
    w.para(rc.status)
    w.para(rc.tracking_url, bold=True)
    w.rule()
    w.para(rc.privacy)
    w.style()
    if cut:
        printer.cut()


def open_printer(settings: Any) -> Any:
    """The ESC/POS printer chosen in the settings (network host:port or USB vendor:product)."""
    kind = settings.get("escpos_connection")
    try:
        if kind == "network":
            from escpos.printer import Network

            host = settings.get("escpos_host").strip()
            if not host:
                raise PrintError(translate("Printing", "Alamat pencetak termal belum diisi di pengaturan."))
            printer = Network(host, settings.get("escpos_port"), timeout=15)
            printer.open()
            return printer
        if kind == "usb":
            from escpos.printer import Usb

            try:
                vendor, product = (int(x, 16) for x in settings.get("escpos_usb").split(":"))
            except ValueError:
                raise PrintError(translate(
                    "Printing", "Tulis pencetak USB sebagai vendor:produk heksadesimal, misalnya 0416:5011."
                )) from None
            if not Usb.is_usable():
                raise PrintError(translate("Printing", "Pencetakan USB memerlukan pyusb dan libusb."))
            printer = Usb(vendor, product)
            printer.open()
            return printer
    except EscposError as exc:
        message = translate("Printing", "Pencetak termal tidak bisa dihubungi: {error}")
        raise PrintError(message.format(error=exc)) from None
    raise PrintError(translate("Printing", "Belum ada pencetak termal yang dipilih di pengaturan."))


def print_receipt_escpos(rc: ReceiptContent, settings: Any, *, layout: str | None = None,
                         large_print: bool | None = None) -> None:
    """Print ``rc`` on the settings' thermal printer; PrintError says what went wrong."""
    layout = layout or settings.get("receipt_layout")
    if layout not in COLUMNS:
        layout = "80mm"
    printer = open_printer(settings)
    try:
        write_receipt(printer, rc, layout=layout,
                      large_print=settings.get("receipt_large_print") if large_print is None else large_print)
    except (EscposError, OSError) as exc:
        message = translate("Printing", "Pencetakan terputus: {error}. Cetak ulang tanda terima ini.")
        raise PrintError(message.format(error=exc)) from None
    finally:
        printer.close()

"""The queue ticket read back: PDF text and QR (300 dpi, zbarimg) on every paper, and ESC/POS bytes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from mpp_assist.printing.ticket import print_ticket_escpos
from mpp_assist.receipts.ticket import TicketContent, build_ticket_content, ticket_pdf, ticket_url
from mpp_assist.settings import Settings
from printer_support import CapturingPrinter

from .conftest import URL_BASE, decode_qr, pdf_text, require_tools
from .test_escpos import GS_QR_STORE, printed_lines

URL = ticket_url(URL_BASE, "kode-karcis-123")


def content(lang: str = "id", ahead: int = 4, url: str = URL, priority: bool = True) -> TicketContent:
    return build_ticket_content(number="A012", service="KTP-el baru", taken_at=datetime(2026, 3, 17, 9, 5).astimezone(),
                                people_ahead=ahead, priority=priority, url=url, mpp_name="MPP Kota Sukamaju",
                                lang=lang)


@pytest.mark.parametrize("layout", ["80mm", "58mm", "a4", "a5"])
def test_ticket_pdf_says_number_service_time_ahead_and_links_its_page(layout: str, tmp_path: Path) -> None:
    require_tools("pdftoppm", "zbarimg")
    path = tmp_path / "karcis.pdf"
    path.write_bytes(ticket_pdf(content(), layout))
    text = " ".join(pdf_text(path).split())
    for expected in ("MPP Kota Sukamaju", "Nomor antrean", "A012", "Jalur prioritas", "KTP-el baru", "17 Maret 2026",
                     "4 orang di depan Anda", "tanpa data pribadi"):
        assert expected in text, (expected, text)
    assert decode_qr(path, tmp_path) == [URL]
    page = PdfReader(path).pages[0]
    width = float(page.mediabox.width)
    assert width == pytest.approx({"80mm": 80 * mm, "58mm": 58 * mm}.get(layout, width))


def test_english_ticket_and_one_without_a_page(tmp_path: Path) -> None:
    path = tmp_path / "karcis.pdf"
    path.write_bytes(ticket_pdf(content("en", ahead=0, url="", priority=False), "80mm", large_print=True))
    text = " ".join(pdf_text(path).split())
    assert "Queue number" in text and "Nobody is ahead of you" in text and "Priority" not in text
    assert "Scan" not in text
    assert ticket_url("", "x") == "" and ticket_url("https://a.example/", "k") == "https://a.example/antrian/tiket/k"


def test_ticket_on_a_thermal_printer() -> None:
    printer = CapturingPrinter()
    try:
        settings = Settings()
        settings.set("escpos_connection", "network")
        settings.set("escpos_host", "127.0.0.1")
        settings.set("escpos_port", printer.port)
        print_ticket_escpos(content(), settings, layout="58mm")
        assert printer.done.wait(30)
        data = printer.data
    finally:
        printer.close()
    lines = list(printed_lines(data))
    assert "A012" in lines and "4 orang di depan Anda" in " ".join(lines)
    assert GS_QR_STORE in data and URL.encode() in data
    assert max(len(line) for line in lines) <= 32

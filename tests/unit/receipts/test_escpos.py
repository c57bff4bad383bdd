"""ESC/POS printing to a real TCP socket on 127.0.0.1 that captures the bytes, as a network printer would."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator

import pytest

from mpp_assist.printing import PrintError
from mpp_assist.printing.thermal import ascii_text, print_receipt_escpos
from mpp_assist.receipts.content import build_content
from mpp_assist.settings import Settings
from printer_support import CapturingPrinter

from .conftest import FULL_NIK, URL_BASE, Definition, make_app

GS_QR_STORE = b"\x1d(k"  # GS ( k: the printer's own QR code
CUT = b"\x1dV"


CONTROL = re.compile(rb"\x1b@|\x1b[!Eat\-M].|\x1d!.|\x1dV.?.?")


def printed_lines(data: bytes) -> Iterator[str]:
    """The text lines as the printer prints them: control sequences and the QR command removed."""
    for raw in data.split(b"\n"):
        if GS_QR_STORE in raw:
            raw = raw[raw.rindex(b"1Q0") + 3 :]
        yield CONTROL.sub(b"", raw).decode("ascii").rstrip()


@pytest.fixture
def printer() -> Iterator[CapturingPrinter]:
    printer = CapturingPrinter()
    yield printer
    printer.close()


@pytest.fixture
def settings(printer: CapturingPrinter) -> Settings:
    s = Settings()
    s.set("escpos_connection", "network")
    s.set("escpos_host", "127.0.0.1")
    s.set("escpos_port", printer.port)
    return s


@pytest.mark.parametrize(("layout", "large", "columns"), [("80mm", False, 48), ("58mm", False, 32),
                                                           ("80mm", True, 24), ("58mm", True, 16)])
def test_receipt_bytes(printer, settings, layout: str, large: bool, columns: int) -> None:
    app = make_app()
    rc = build_content(app, Definition(), public_base_url=URL_BASE)
    print_receipt_escpos(rc, settings, layout=layout, large_print=large)
    assert printer.done.wait(30)
    data = printer.data
    assert data.startswith(b"\x1b@")  # initialised
    lines = list(printed_lines(data))
    assert app.receipt_number in "".join(lines)  # a 16-column roll wraps it
    assert "3201 **** **** 0001" in " ".join(lines)
    assert FULL_NIK.encode() not in data
    url = f"{URL_BASE}/lacak/{app.tracking_code}".encode()
    assert GS_QR_STORE in data and url in data
    assert CUT in data[-8:]
    assert "Kamis, 2 April 2026 (7 hari kerja)" in " ".join(lines)
    assert max(len(line) for line in lines) <= columns
    double = b"\x1b!0"  # ESC ! with double width and double height
    assert (double in data) == large


def test_no_printer_listening(settings) -> None:
    free = socket.create_server(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()
    settings.set("escpos_port", port)
    with pytest.raises(PrintError, match="tidak bisa dihubungi"):
        print_receipt_escpos(build_content(make_app(), Definition()), settings)


def test_not_configured() -> None:
    with pytest.raises(PrintError, match="Belum ada pencetak termal"):
        print_receipt_escpos(build_content(make_app(), Definition()), Settings())


def test_ascii_text() -> None:
    assert ascii_text("Désirée — ✓ • “ok”") == 'Desiree - v - "ok"'

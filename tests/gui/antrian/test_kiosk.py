"""The ticket kiosk: one touch for a service (read aloud), the priority lane, a printed ticket, the number large."""

from __future__ import annotations

import io
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt

from mpp_assist.forms import load_catalogue
from mpp_assist.receipts.ticket import desk_ticket_pdf
from mpp_assist.settings import Settings
from mpp_assist.ui.antrian.antrian_page import desk_queue_for
from mpp_assist.ui.antrian.kiosk import KioskButton, KioskWindow
from mpp_assist.ui.shell.taskman import TaskManager

pytestmark = pytest.mark.gui


@pytest.fixture
def kiosk(qtbot: Any) -> tuple[KioskWindow, list[tuple[bytes, str]], list[str]]:
    settings = Settings()  # no server: the kiosk's own queue
    printed: list[tuple[bytes, str]] = []
    spoken: list[str] = []
    window = KioskWindow(load_catalogue(), settings, TaskManager(synchronous=True), lambda: desk_queue_for(settings),
                         # The spooler is not ours: what would be printed is kept.
                         print_ticket=lambda t, service: printed.append((desk_ticket_pdf(t, service, settings, "id"),
                                                                         t.number)),
                         speak=spoken.append)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, printed, spoken


def test_one_touch_takes_prints_and_says_the_ticket(qtbot: Any, kiosk: Any) -> None:
    window, printed, spoken = kiosk
    # One large button per service group, in the desk's order.
    assert list(window.group_buttons) == ["kependudukan", "kepolisian", "keimigrasian", "kesehatan", "perizinan"]
    adminduk = window.group_buttons["kependudukan"]
    assert adminduk.words() == "Kependudukan" == adminduk.accessibleName()
    adminduk.setFocus()
    assert spoken[-1] == "Kependudukan"  # a button says what it is when it gets the focus

    # A group of several services: its services, said aloud, large, with a way back.
    qtbot.mouseClick(adminduk, Qt.MouseButton.LeftButton)
    page = window.group_pages["kependudukan"]
    assert window.pages.currentWidget() is page
    ktp = window.buttons["ktp-el"]
    assert ktp.hasFocus() and ktp.words() == "KTP Elektronik (KTP-el)"
    # Said in one go: the group, then each of its services (no button's name cutting off the next).
    assert spoken[-1].startswith("Kependudukan: silakan pilih layanan. KTP Elektronik (KTP-el), Kartu Keluarga")
    assert "Akta Kelahiran" in spoken[-1] and "Surat Pindah" in spoken[-1]
    assert {b.objectName() for b in page.findChildren(type(ktp))} == {
        "kiosk-ktp-el", "kiosk-kartu-keluarga", "kiosk-akta-kelahiran", "kiosk-pindah-datang", "kioskBack"}
    kk = window.buttons["kartu-keluarga"]
    qtbot.keyClick(ktp, Qt.Key.Key_Tab)
    assert kk.hasFocus() and spoken[-1] == kk.words()  # the keyboard moves between them, each read out
    qtbot.keyClick(kk, Qt.Key.Key_Backtab)
    assert ktp.hasFocus()
    qtbot.keyClick(ktp, Qt.Key.Key_Space)
    number = window.number.text()
    assert window.pages.currentWidget() is window.done and number
    [(pdf, printed_number)] = printed
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert printed_number == number and number in text and "KTP" in text
    assert number in spoken[-1] and "Tidak ada orang di depan Anda" in window.detail.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # ready for the next person
    assert window.pages.currentWidget() is window.start

    window.priority.click()
    assert "Prioritas dipilih" in window.priority.words()
    qtbot.mouseClick(window.group_buttons["kependudukan"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(type(ktp), "kioskBack"), Qt.MouseButton.LeftButton)  # Kembali
    assert window.pages.currentWidget() is window.start and window.priority.isChecked()  # the choice stays
    qtbot.mouseClick(window.group_buttons["kependudukan"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Escape is Kembali too
    assert window.pages.currentWidget() is window.start
    qtbot.mouseClick(window.group_buttons["kependudukan"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.buttons["kartu-keluarga"], Qt.MouseButton.LeftButton)
    assert len(printed) == 2 and "prioritas" in "".join(
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(printed[-1][0])).pages).lower()
    window.ready()
    assert not window.priority.isChecked()  # the next person starts in the regular lane


def test_a_group_of_one_service_takes_its_ticket_at_once(qtbot: Any, kiosk: Any) -> None:
    window, printed, spoken = kiosk
    police = window.group_buttons["kepolisian"]
    assert police.words() == "Kepolisian" and "SKCK" in police.accessibleDescription()
    qtbot.mouseClick(police, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.done
    [(pdf, number)] = printed
    assert "SKCK" in "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert number in spoken[-1] and "Surat Keterangan Catatan Kepolisian" in window.detail.text()


def test_a_printer_out_of_paper_still_shows_the_number(qtbot: Any) -> None:
    settings = Settings()

    def jammed(_ticket: Any, _service: str) -> None:
        from mpp_assist.printing.errors import PrintError

        raise PrintError("Kertas habis")

    window = KioskWindow(load_catalogue(), settings, TaskManager(synchronous=True), lambda: desk_queue_for(settings),
                         print_ticket=jammed)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.buttons["skck"], Qt.MouseButton.LeftButton)
    assert window.number.text() and "ingat nomor ini" in window.detail.text()


@pytest.mark.parametrize("scale", [200, 250])
def test_at_large_text_every_kiosk_button_shows_all_its_words(qtbot: Any, scale: int) -> None:
    """1366×768 at 200 and 250 %: the long *Prioritas* button and every service wrap, the number taken fits
    the width (smaller only when it must), nothing is cut."""
    from PySide6.QtWidgets import QApplication

    from mpp_assist.ui.shell.theme import ThemeManager

    from ..inclusion.test_accessibility import text_overflows

    settings = Settings()
    settings.set("font_scale", scale)
    theme = ThemeManager(QApplication.instance(), settings)
    try:
        window = KioskWindow(load_catalogue(), settings, TaskManager(synchronous=True),
                             lambda: desk_queue_for(settings), print_ticket=lambda _t, _s: None)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        problems: list[str] = []
        for name, show in [("start", window.ready), ("priority", window.priority.click),
                           *((f"group {g}", lambda g=g: window.open_group(g)) for g in window.group_pages),
                           ("number", lambda: window.take("skck"))]:  # the kiosk's own long DEMO-01-A001
            show()
            QApplication.processEvents()
            window.grab().save(f"/tmp/floor-kiosk-{scale}-{name.replace(' ', '-')}.png")
            need = window.minimumSizeHint()
            if need.width() > 1366 or need.height() > 768:
                problems.append(f"{name}: the kiosk needs {need.width()}×{need.height()}")
            problems += [f"{name}: {p}" for p in text_overflows(window)]
            for b in window.findChildren(KioskButton):
                if not b.isVisible():
                    continue
                if b.mapTo(window, b.rect().bottomRight()).x() > window.width():
                    problems.append(f"{name}: {b.objectName()} runs off the screen")
                room, fm, lines = b.text_room(), b.fontMetrics(), b.lines()  # what its paint shows, and where
                if max(fm.horizontalAdvance(line) for line in lines) > room.width() + 1:
                    problems.append(f"{name}: {b.words()!r} is wider than its button")
                if fm.lineSpacing() * len(lines) > room.height() + 1 or " ".join(lines) != b.words():
                    problems.append(f"{name}: {b.words()!r} needs {len(lines)} lines, has {room.height()}px")
        assert window.pages.currentWidget() is window.done and window.number.text().startswith("DEMO-01-")
        number = window.number  # smaller only as much as it must: it still spans most of the screen
        assert number.fontMetrics().horizontalAdvance(number.text()) > 0.8 * window.width()
        assert not problems, "\n".join(problems)
    finally:
        theme.close()

"""Antrian at the desk: a ticket issued, called aloud (and on the applicant display), served, its receipt ending it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mpp_assist.forms import load_catalogue
from mpp_assist.queue.local import TicketLinks

from ..desk_driver import print_to_file
from ..speech_helpers import GatedPlayer

pytestmark = pytest.mark.gui

EXAMPLE = load_catalogue().get("ktp-el").example_answers()


def test_a_ticket_is_called_aloud_served_and_ended_by_its_receipt(
    qtbot: Any, open_desk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ctx, window = open_desk(settings={"applicant_display": True}, size=(1366, 768))  # no server: own queue
    spoken: list[str] = []
    window.speak_call = spoken.append  # the desk's speakers for a call (a person listens)
    window.show_place("antrian")
    page = window.place_pages["antrian"]
    assert QApplication.focusWidget() is page.call_button

    page.service.setCurrentIndex(page.service.findData("ktp-el"))
    page.print_ticket.setChecked(False)  # (printing: the next test)
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    assert page.taken.isVisible() and "DEMO-01" in page.taken.text()  # the desk's own numbers, offline
    assert "sendiri" in page.status.text()  # it says plainly that it runs a queue of its own

    page.call_button.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F6)
    ticket = page.ticket
    assert ticket is not None and page.number.text() == ticket.number
    assert spoken and spoken[-1] == ticket.spoken and "loket" in ticket.spoken.lower()
    display = window.inclusion.display
    qtbot.waitUntil(lambda: f"Nomor antrean {ticket.number}" in display.visible_texts())
    assert page.recall_button.isEnabled() and page.start_button.isEnabled()
    qtbot.mouseClick(page.recall_button, Qt.MouseButton.LeftButton)
    assert len(spoken) == 2  # said again

    # Served: the application made for it is linked, and printing its receipt ends the ticket.
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    flow = window.flow
    assert flow is not None and flow.definition.id == "ktp-el"
    for key, value in EXAMPLE.items():
        flow.set_answer(key, value)
    with qtbot.waitSignal(window.application_submitted) as submitted:
        assert flow.submit() is None
    application = submitted.args[0]
    link = TicketLinks().get(application.id)
    assert link is not None and link.number == ticket.number and link.receipt_printed_at is None
    print_to_file(monkeypatch, tmp_path / "printed.pdf")
    receipt = window.receipt
    qtbot.waitUntil(receipt.print_button.isEnabled)
    qtbot.mouseClick(receipt.print_button, Qt.MouseButton.LeftButton)
    assert TicketLinks().get(application.id).receipt_printed_at is not None


def test_nobody_waiting_is_said_plainly(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    window.show_place("antrian")
    page = window.place_pages["antrian"]
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    assert page.ticket is None and "Tidak ada" in page.number.text()
    assert not page.recall_button.isEnabled()


def test_a_ticket_issued_at_the_desk_is_printed_on_its_thermal_printer(qtbot: Any, open_desk: Any) -> None:
    from printer_support import CapturingPrinter  # tests/ is on sys.path

    sink = CapturingPrinter()  # a real TCP socket where the ESC/POS bytes arrive
    try:
        ctx, window = open_desk(settings={"escpos_connection": "network", "escpos_host": "127.0.0.1",
                                          "escpos_port": sink.port})
        window.show_place("antrian")
        page = window.place_pages["antrian"]
        qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
        number = page.taken.text().split()[2]
        qtbot.waitUntil(lambda: number.encode() in sink.data, timeout=10_000)

        ctx.settings.set("escpos_port", 9)  # nobody listens there: the printer is off
        qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "tidak tercetak" in page.message.text(), timeout=15_000)
        assert page.taken.isVisible()  # the number is still there to write down
    finally:
        sink.close()


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")
def take_and_call(qtbot: Any, window: Any) -> tuple[Any, GatedPlayer]:
    """A ticket taken and called with F6 on Antrian, said to the end; the page and what was played."""
    player = GatedPlayer()  # the desk's sound card: what it is handed, in order
    player.release.set()
    speech = window.inclusion.speech
    speech.speaker.player = player
    window.show_place("antrian")
    page = window.place_pages["antrian"]
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    page.call_button.setFocus()
    with qtbot.waitSignal(speech.event, check_params_cb=lambda e: e.kind == "finished", timeout=60_000):
        qtbot.keyClick(page, Qt.Key.Key_F6)
    return page, player


def test_a_call_at_the_desk_chimes_then_says_the_sentence(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    page, player = take_and_call(qtbot, window)
    assert page.ticket is not None and "loket" in page.ticket.spoken
    assert player.files == ["chime.wav", "utterance-1.wav"]  # the chime, then the sentence
    finished = {"check_params_cb": lambda e: e.kind == "finished", "timeout": 60_000}
    with qtbot.waitSignal(window.inclusion.speech.event, **finished):
        qtbot.mouseClick(page.recall_button, Qt.MouseButton.LeftButton)  # Panggil ulang: the chime again
    assert player.files[2:] == ["chime.wav", "utterance-2.wav"]


def test_the_hall_display_opens_from_the_antrian_place(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk  # no server set: the hall display says so instead of showing numbers
    window.show_place("antrian")
    page = window.place_pages["antrian"]
    assert page.hall_button.text() == "Buka layar aula"
    qtbot.mouseClick(page.hall_button, Qt.MouseButton.LeftButton)
    hall = page.hall
    assert hall is not None
    qtbot.waitExposed(hall)
    qtbot.waitUntil(hall.banner.isVisible)
    assert "belum diatur" in hall.banner.text()
    qtbot.mouseClick(page.hall_button, Qt.MouseButton.LeftButton)
    assert page.hall is hall  # one hall display, brought to the front
    # The hall display reads the server's queue: a call from the desk's own queue (no server) is not on
    # it, so the desk still says it itself.
    spoken: list[str] = []
    window.speak_call = spoken.append
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    assert page.ticket is not None and page.ticket.source == "local" and spoken == [page.ticket.spoken]
    hall.close()
    qtbot.waitUntil(lambda: page.hall is None)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")
def test_with_the_hall_display_open_the_hall_says_the_desks_call_once(
    qtbot: Any, open_desk: Any, backend: Any
) -> None:
    from ..sync_desk import sign_desk_in

    backend.start()
    sign_desk_in(backend)
    _ctx, window = open_desk()
    desk_said: list[str] = []
    window.speak_call = desk_said.append
    window.show_place("antrian")
    page = window.place_pages["antrian"]
    qtbot.mouseClick(page.hall_button, Qt.MouseButton.LeftButton)
    hall = page.hall
    assert hall is not None and hall.speech is not None
    player = GatedPlayer()  # the hall's speakers
    player.release.set()
    hall.speech.speaker.player = player
    qtbot.waitUntil(lambda: hall._seen is not None, timeout=30_000)  # it has read the (empty) queue once

    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    page.call_button.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F6)
    ticket = page.ticket
    assert ticket is not None and ticket.source == "server"
    qtbot.waitUntil(lambda: hall.number.text() == ticket.number, timeout=30_000)
    qtbot.waitUntil(lambda: len(player.files) == 2, timeout=60_000)
    assert player.files == ["chime.wav", "utterance-1.wav"]
    assert desk_said == []  # said once, by the hall display, not twice
    hall.close()


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")
def test_the_chime_can_be_turned_off_in_settings(qtbot: Any, desk: Any) -> None:
    ctx, window = desk
    dialog = window.settings_dialog()  # Pengaturan, where the speech options are
    chime = dialog.fields["call_chime"]
    assert chime.isChecked() and chime.accessibleName() == "Bunyi sebelum panggilan"
    chime.setFocus()
    qtbot.keyClick(chime, Qt.Key.Key_Space)
    dialog.accept()  # Simpan
    assert ctx.settings.get("call_chime") is False
    page, player = take_and_call(qtbot, window)
    assert page.ticket is not None and player.files == ["utterance-1.wav"]  # the sentence alone


def _served_to_receipt(qtbot: Any, window: Any) -> Any:
    """A ticket taken, called, its application filled in and stored; the receipt page up. The application."""
    window.show_place("antrian")
    page = window.place_pages["antrian"]
    page.print_ticket.setChecked(False)
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    assert page.ticket is not None
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    flow = window.flow
    for key, value in EXAMPLE.items():
        flow.set_answer(key, value)
    with qtbot.waitSignal(window.application_submitted) as submitted:
        assert flow.submit() is None
    qtbot.waitUntil(window.receipt.print_button.isEnabled)
    return submitted.args[0]


def test_only_a_printed_receipt_ends_the_ticket_however_it_was_printed(
    qtbot: Any, desk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from mpp_assist.ui.receipt import receipt_preview

    _ctx, window = desk
    window.speak_call = lambda _text: None
    application = _served_to_receipt(qtbot, window)

    class Cancelled(QDialog):  # the officer closes the print dialog: nothing is printed
        def __init__(self, _printer: Any, parent: Any = None) -> None:
            super().__init__(parent)

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(receipt_preview, "QPrintDialog", Cancelled)
    qtbot.mouseClick(window.receipt.print_button, Qt.MouseButton.LeftButton)
    assert TicketLinks().get(application.id).receipt_printed_at is None

    print_to_file(monkeypatch, tmp_path / "printed.pdf")
    window.receipt.print_button.setFocus()
    qtbot.keyClick(window.receipt.print_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    assert (tmp_path / "printed.pdf").exists()
    assert TicketLinks().get(application.id).receipt_printed_at is not None


@pytest.mark.parametrize("docked", [False, True], ids=["alone", "beside-the-applicant-display"])
def test_at_200_percent_the_page_reflows_to_its_width(qtbot: Any, open_desk: Any, docked: bool) -> None:
    """1366×768 at 200 % (and the applicant display docked beside it): the notice, the service list and the
    priority choice wrap or shorten; nothing is wider than the page (nothing hides past its right edge)."""
    from ..inclusion.test_accessibility import text_overflows

    _ctx, window = open_desk(settings={"font_scale": 200, "applicant_display": docked,
                                       "backend_url": "https://127.0.0.1:9"}, size=(1366, 768))
    window.show_place("antrian")
    page = window.place_pages["antrian"]
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)  # the long "cannot reach the server" notice
    assert "tidak bisa dihubungi" in page.status.text()
    QApplication.processEvents()
    scroll = page.body.scroll
    body = scroll.widget()
    name = "docked" if docked else "alone"
    for y in (0, scroll.verticalScrollBar().maximum()):
        scroll.verticalScrollBar().setValue(y)
        window.grab().save(f"/tmp/floor-antrian-200-{name}-{y}.png")
    room = scroll.viewport().width()
    assert body.minimumSizeHint().width() <= room, (body.minimumSizeHint().width(), room)
    assert body.width() <= room
    ends = {w: w.mapTo(body, w.rect().topRight()).x() for w in body.findChildren(QWidget) if w.isVisibleTo(body)}
    wide = [f"{type(w).__name__} {w.objectName()} ends at {x}px in {room}px" for w, x in ends.items() if x > room]
    assert not wide, "\n".join(wide)
    assert not text_overflows(page)


def _page_on_own_queue(qtbot: Any, window: Any, rules: Any) -> Any:
    """An Antrian page on the desk's own queue under ``rules`` (the MPP's skip window, e.g. 0 minutes)."""
    from mpp_assist.queue.desk import DeskQueue
    from mpp_assist.queue.local import LocalQueue
    from mpp_assist.ui.antrian.antrian_page import AntrianPage

    page = AntrianPage(window, lambda: DeskQueue(None, "DEMO-01", LocalQueue("DEMO-01", rules), TicketLinks()))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.print_ticket.setChecked(False)
    return page


def test_lewati_brings_a_ticket_back_once_then_says_it_is_a_no_show(qtbot: Any, desk: Any) -> None:
    from mpp_assist.queue.rules import QueueRules

    _ctx, window = desk
    window.speak_call = lambda _text: None
    page = _page_on_own_queue(qtbot, window, QueueRules(skip_return_minutes=0, returns_allowed=1))
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    number = page.ticket.number
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert "kembali ke antrean" in page.message.text() and page.ticket is None
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)  # back in line (after 0 minutes here)
    assert page.ticket is not None and page.ticket.number == number
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)  # not there again: that was its one return
    assert "tidak dipanggil lagi" in page.message.text() and "kembali" not in page.message.text()
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    assert page.ticket is None


def test_alihkan_moves_a_ticket_to_another_service_or_desk(qtbot: Any, desk: Any) -> None:
    from mpp_assist.queue.rules import QueueRules

    _ctx, window = desk
    window.speak_call = lambda _text: None
    page = _page_on_own_queue(qtbot, window, QueueRules())
    page.service.setCurrentIndex(page.service.findData("ktp-el"))
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    number = page.ticket.number
    qtbot.mouseClick(page.transfer_button, Qt.MouseButton.LeftButton)
    dialog = page.transfer_dialog
    assert dialog is not None and dialog.isVisible() and number in dialog.windowTitle()
    assert dialog.service.findData("ktp-el") == -1  # (its own service is not a place to move it to)

    qtbot.keyClick(dialog.desk, Qt.Key.Key_Return)  # neither a desk nor a service: said, not sent
    assert dialog.isVisible() and dialog.error.isVisible() and "loket atau layanan" in dialog.error.text()

    dialog.service.setFocus()
    while dialog.service.currentData() != "kartu-keluarga":
        qtbot.keyClick(dialog.service, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.service, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "dialihkan" in page.message.text() and page.ticket is None
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)  # it kept its place in line
    assert page.ticket is not None and (page.ticket.number, page.ticket.service_id) == (number, "kartu-keluarga")

    qtbot.mouseClick(page.transfer_button, Qt.MouseButton.LeftButton)  # now to another desk
    dialog = page.transfer_dialog
    qtbot.keyClicks(dialog.desk, "LOKET-09")
    qtbot.keyClick(dialog.desk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    assert page.ticket is None  # LOKET-09's now, not this desk's
    [moved] = page.queue.local.waiting()
    assert (moved.number, moved.target_desk) == (number, "LOKET-09")


def test_an_application_links_only_to_the_ticket_it_was_started_from(qtbot: Any, desk: Any) -> None:
    """A ticket opened with Mulai permohonan and left (the citizen went away): once the next one is called,
    an application made without *Mulai permohonan* is not put on the old ticket's time."""
    _ctx, window = desk
    window.speak_call = lambda _text: None
    window.show_place("antrian")
    page = window.place_pages["antrian"]
    page.print_ticket.setChecked(False)
    for _ in range(2):
        qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)  # the form opens ... and is left
    window.show_place("antrian")
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)  # the next citizen
    assert page.ticket is not None
    window.start_service("ktp-el", person=True)  # from Layanan, not from this ticket
    flow = window.flow
    for key, value in EXAMPLE.items():
        flow.set_answer(key, value)
    with qtbot.waitSignal(window.application_submitted) as submitted:
        assert flow.submit() is None
    assert TicketLinks().get(submitted.args[0].id) is None

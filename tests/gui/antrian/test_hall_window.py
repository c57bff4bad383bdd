"""The hall display: a real server on 127.0.0.1, tickets taken and called by a desk, the number shown
large and said with the chime (the speech queue observed); an unreachable server said plainly."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backend_support import ServerProcess
from mpp_assist.queue.spoken import call_sentence
from mpp_assist.settings import Settings
from mpp_assist.speech.engines import EspeakEngine
from mpp_assist.sync import credentials
from mpp_assist.sync.queue_client import QueueClient
from mpp_assist.ui.antrian.hall_window import HallWindow, hall_client_for, open_hall
from mpp_assist.ui.inclusion.speech_panel import SpeechController
from mpp_assist.ui.shell.taskman import TaskManager

from ..speech_helpers import GatedPlayer
from ..sync_desk import OFFICER, sign_desk_in

pytestmark = [pytest.mark.gui, pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")]
POLL_MS = 100


@pytest.fixture
def hall(qtbot: Any) -> Iterator[Any]:
    """Opens a hall display as ``mpp-assist layar`` does, on this computer's settings; closed after."""
    opened: list[tuple[HallWindow, TaskManager]] = []

    def open_(size: tuple[int, int] = (1366, 768)) -> tuple[HallWindow, GatedPlayer, list[str]]:
        settings = Settings()
        player = GatedPlayer()  # the TV's speakers: each WAV handed over, in order
        player.release.set()
        speech = SpeechController(settings, EspeakEngine, player)
        said: list[str] = []
        speech.event.connect(lambda e: said.append(e.text) if e.kind == "started" else None)
        tasks = TaskManager()  # real worker threads: the UI thread never waits for the server
        window = HallWindow(tasks, lambda: hall_client_for(settings), speech, poll_ms=POLL_MS, owns_speech=True,
                            desk=str(settings.get("desk")))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, tasks))
        return window, player, said

    yield open_
    for window, tasks in opened:
        window.close()
        assert tasks.wait(30_000)


def _desk_client(server: ServerProcess) -> QueueClient:
    token = credentials.saved_token(server.url, OFFICER)
    assert token
    return QueueClient(server.url, token)


def test_a_call_appears_large_and_is_said_with_the_chime(qtbot: Any, backend: ServerProcess, hall: Any,
                                                         tmp_path: Path) -> None:
    backend.start()
    sign_desk_in(backend)
    desk = _desk_client(backend)
    for _ in range(3):
        desk.take("ktp-el")
    before = desk.call_next()["ticket"]["number"]  # called before the hall display was switched on

    window, player, said = hall()
    qtbot.waitUntil(lambda: window.number.text() == before, timeout=30_000)
    assert "DESK-A" in window.desk.text()
    assert player.files == []  # an old call is shown, not said

    called_ticket = desk.call_next()["ticket"]
    called = called_ticket["number"]
    qtbot.waitUntil(lambda: window.number.text() == called, timeout=30_000)
    assert window.recent_texts() == [before]
    qtbot.waitUntil(lambda: len(player.files) == 2, timeout=60_000)
    assert player.files == ["chime.wav", "utterance-1.wav"]  # the chime, then the sentence
    assert said == [call_sentence(called, "DESK-A")]

    # Two calls between two polls: both said, one after the other, neither cutting off the other.
    third_ticket = desk.call_next()["ticket"]
    third = third_ticket["number"]
    assert desk.recall(third_ticket["id"])["ticket"]["number"] == third  # Panggil ulang
    qtbot.waitUntil(lambda: len(said) == 3, timeout=60_000)
    assert said[1:] == [call_sentence(third, "DESK-A")] * 2
    qtbot.waitUntil(lambda: len(player.files) == 6, timeout=60_000)
    assert player.files[2:] == ["chime.wav", "utterance-2.wav", "chime.wav", "utterance-3.wav"]
    assert window.number.text() == third and window.recent_texts() == [called, before]  # each number once

    for size, name in (((1366, 768), "1366"), ((1920, 1080), "1920")):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: (window.width(), window.height()) == size)
        _fits(window)
        window.grab().save(str(tmp_path / f"hall-{name}.png"))
        window.grab().save(f"/tmp/floor-hall-{name}.png")


def test_the_hall_leaves_the_chime_out_when_the_desk_says_so(qtbot: Any, backend: ServerProcess, hall: Any) -> None:
    backend.start()
    sign_desk_in(backend)
    Settings().set("call_chime", False)  # Pengaturan > Bunyi sebelum panggilan, off on this computer
    desk = _desk_client(backend)
    window, player, said = hall()
    qtbot.waitUntil(lambda: window._seen is not None, timeout=30_000)  # the (empty) queue read once
    desk.take("ktp-el")
    called = desk.call_next()["ticket"]["number"]
    qtbot.waitUntil(lambda: said == [call_sentence(called, "DESK-A")], timeout=60_000)
    qtbot.waitUntil(lambda: len(player.files) == 1, timeout=60_000)
    assert player.files == ["utterance-1.wav"]  # the sentence, no chime before it


def test_the_hall_shows_the_floor_of_its_own_mpp(qtbot: Any, backend: ServerProcess) -> None:
    """One backend, two MPPs: the TV (no officer signed in on it) shows the calls of its desk's MPP."""
    from mpp_assist.server.db import open_engine, session_factory
    from mpp_assist.server.queue import assign_desk

    engine = open_engine(backend.db_url)
    with session_factory(engine)() as session:
        assign_desk(session, "DESK-B", "mpp-sebelah")  # budi's desk, on the other MPP's floor
    engine.dispose()
    backend.start()
    settings = Settings()
    settings.set("backend_url", backend.url)
    settings.set("desk", "DESK-B")  # the hall computer's desk code (from the admin's preset)
    here = QueueClient(backend.url, backend.token("budi"))
    there = QueueClient(backend.url, backend.token("ana"))  # the default MPP, calling too
    here.take("ktp-el")
    there.take("ktp-el")
    there.take("ktp-el")
    ours = here.call_next("DESK-B")["ticket"]["number"]
    there.call_next("DESK-A")
    tasks = TaskManager()
    window = open_hall(settings, tasks)  # as ``mpp-assist layar`` opens it
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window._seen is not None, timeout=30_000)
        assert window.number.text() == ours and "DESK-B" in window.desk.text()
    finally:
        window.close()
        assert tasks.wait(30_000)


def _fits(window: HallWindow) -> None:
    """The called number is whole on the screen and fills a good part of it (read across a hall)."""
    number = window.number
    advance = number.fontMetrics().horizontalAdvance(number.text())
    assert advance <= number.width(), (advance, number.width())
    assert number.fontMetrics().height() > window.height() * 0.2


def test_an_unreachable_server_is_said_plainly_and_tried_again(qtbot: Any, backend: ServerProcess, hall: Any,
                                                                tmp_path: Path) -> None:
    Settings().set("backend_url", backend.url)  # the server is not started yet: nobody answers there
    window, _player, _said = hall()
    qtbot.waitUntil(window.banner.isVisible, timeout=30_000)
    assert "tidak bisa dihubungi" in window.banner.text() and "Traceback" not in window.banner.text()
    window.grab().save("/tmp/floor-hall-unreachable.png")
    backend.start()  # it comes back: the hall display finds it by itself
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=60_000)


def test_no_server_set_is_said(qtbot: Any, hall: Any) -> None:
    window, _player, _said = hall()
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert "belum diatur" in window.banner.text()


def test_escape_and_f11_leave_and_enter_full_screen(qtbot: Any, hall: Any) -> None:
    window, _player, _said = hall()
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert QApplication.activeWindow() in (window, None)


def test_mpp_assist_layar_opens_it_full_screen_on_the_chosen_screen(qtbot: Any) -> None:
    from mpp_assist.cli import build_parser
    from mpp_assist.cli.kiosk_cmds import _hall

    args = build_parser().parse_args(["layar", "--screen", "0"])
    assert args.func is _hall and args.screen == 0
    tasks = TaskManager()
    window = open_hall(Settings(), tasks, screen=0)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(window.isFullScreen)
        assert window.screen() is QApplication.screens()[0]
        qtbot.waitUntil(window.banner.isVisible)  # (no server set on this computer yet)
    finally:
        window.close()
        assert tasks.wait(30_000)

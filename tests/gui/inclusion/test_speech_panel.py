"""Speech in the window: real espeak-ng synthesis off the UI thread; the UI keeps running meanwhile."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from mpp_assist.settings import Settings
from mpp_assist.speech.engines import EspeakEngine, Voice
from mpp_assist.ui.inclusion.speech_panel import SpeechController, SpeechPanel, describe_focus, describe_page

from ..speech_helpers import GatedPlayer

pytestmark = [pytest.mark.gui, pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")]

LONG_TEXT = " ".join(["Permohonan KTP elektronik Anda sedang diproses, biaya Rp 0."] * 12)


@pytest.fixture
def player() -> GatedPlayer:
    return GatedPlayer()


@pytest.fixture
def controller(qtbot, player: GatedPlayer) -> Iterator[SpeechController]:
    c = SpeechController(Settings(), EspeakEngine, player)
    qtbot.waitUntil(lambda: c.status is not None, timeout=30000)
    yield c
    player.release.set()
    c.close()


class Question(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Data pemohon"))
        self.nik = QLineEdit("3201234567890001")
        self.nik.setAccessibleName("NIK")
        self.nik.setAccessibleDescription("16 angka, lihat Kartu Keluarga")
        self.reason = QComboBox()
        self.reason.addItems(["Baru", "Hilang", "Rusak"])
        self.reason.setAccessibleName("Alasan permohonan")
        layout.addWidget(self.nik)
        layout.addWidget(self.reason)


def test_the_event_loop_keeps_running_while_a_long_text_is_spoken(qtbot, controller, player) -> None:
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(controller.speaking_changed, timeout=60000) as started:
        controller.say(LONG_TEXT)
    assert started.args == [True]
    assert player.playing.wait(30)  # "started" is announced just before the WAV reaches the player
    assert player.played and player.played[0][0] > 20  # a long text really was synthesised
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 10, timeout=10000)  # timers fire while it speaks
    assert controller.speaking and player.playing.is_set()
    with qtbot.waitSignal(controller.speaking_changed, timeout=10000) as ended:
        controller.stop()
    assert ended.args == [False]
    timer.stop()


def test_panel_reads_the_focused_question_then_repeats_and_stops(qtbot, controller, player) -> None:
    q = Question()
    qtbot.addWidget(q)
    q.show()
    q.nik.setFocus()
    text = describe_focus(q.nik)
    assert text.startswith("NIK. 16 angka, lihat Kartu Keluarga.")
    assert "3201234567890001" in text
    panel = SpeechPanel(controller, lambda: describe_focus(q.nik), lambda: describe_page(q))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.speak_button.isEnabled()
    with qtbot.waitSignal(controller.speaking_changed, timeout=30000):
        panel.speak_button.click()
    assert panel.status.text() == "Membacakan…"
    assert panel.stop_button.isEnabled()
    assert player.playing.wait(30)
    # Sixteen digits read one by one in groups: several seconds, not a single huge number.
    assert player.played[-1][0] > 5
    with qtbot.waitSignal(controller.speaking_changed, timeout=10000):
        panel.stop_button.click()
    assert panel.status.text() == ""
    player.release.set()
    with qtbot.waitSignal(controller.event, timeout=30000,
                          check_params_cb=lambda e: e.kind == "finished"):
        panel.repeat_button.click()
    assert len(player.played) == 2


def test_describe_choices_and_page(qtbot) -> None:
    q = Question()
    qtbot.addWidget(q)
    q.show()
    said = describe_focus(q.reason)
    assert said == "Alasan permohonan. Pilihan: Baru, Hilang, Rusak. Isian: Baru."
    page = describe_page(q)
    assert page.splitlines()[0] == "Data pemohon."
    assert "NIK" in page and "Alasan permohonan" in page


class NoIndonesian(EspeakEngine):
    def voices(self) -> list[Voice]:
        return [v for v in super().voices() if not v.speaks("id")]


def test_without_an_indonesian_voice_the_panel_says_so(qtbot, player) -> None:
    c = SpeechController(Settings(), NoIndonesian, player)
    try:
        panel = SpeechPanel(c, lambda: "halo", lambda: "halo")
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: c.status is not None, timeout=30000)
        assert not panel.speak_button.isEnabled()
        assert panel.status.text() == "Tidak ada suara"  # the header keeps one line
        assert "Tidak ada suara Bahasa Indonesia" in panel.status.accessibleName()
        assert panel.status.toolTip() == panel.status.accessibleName()
    finally:
        c.close()


def test_rate_setting_reaches_the_speaker(qtbot, controller) -> None:
    controller.settings.set("speech_rate", 220)
    assert controller.speaker.rate == 220

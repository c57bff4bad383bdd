"""The speaker worker: real espeak-ng synthesis; the sound card is the one thing replaced.

``GatedPlayer`` (tests/speech_players.py) stands in for a sound device: every step is awaited as
a condition, never a sleep.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from mpp_assist.speech.engines import EspeakEngine, Voice
from mpp_assist.speech.speaker import Speaker, SpeechEvent, speech_dir
from speech_players import GatedPlayer  # tests/ is on sys.path

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")

TIMEOUT = 60


class Recorder:
    def __init__(self) -> None:
        self.events: list[SpeechEvent] = []
        self.changed = threading.Condition()

    def __call__(self, event: SpeechEvent) -> None:
        with self.changed:
            self.events.append(event)
            self.changed.notify_all()

    def kinds(self) -> list[tuple[str, str]]:
        return [(e.kind, e.text) for e in self.events if e.kind != "status"]

    def wait_for(self, kind: str, text: str = "") -> SpeechEvent:
        def found() -> SpeechEvent | None:
            return next((e for e in self.events if e.kind == kind and (not text or e.text == text)), None)

        with self.changed:
            assert self.changed.wait_for(found, TIMEOUT), f"no {kind} event; got {self.kinds()}"
            event = found()
            assert event is not None
            return event


@pytest.fixture
def speaker():
    player, recorder = GatedPlayer(), Recorder()
    sp = Speaker(engine_factory=EspeakEngine, player=player, rate=150, on_event=recorder)
    yield sp, player, recorder
    player.release.set()
    sp.close()


def test_speaks_audible_indonesian_and_removes_the_wav(speaker) -> None:
    sp, player, rec = speaker
    player.release.set()
    sp.say("NIK 3201234567890001")
    rec.wait_for("finished", "NIK 3201234567890001")
    assert sp.wait_idle(TIMEOUT)
    seconds, rms = player.played[0]
    assert rms > 0.02
    assert seconds > 3  # sixteen digits read one by one, not "three quadrillion…"
    assert sp.status is not None and sp.status.available
    assert not list(speech_dir().glob("*.wav")), "spoken personal data must not stay on disk"


def test_a_new_request_replaces_the_current_one(speaker) -> None:
    sp, player, rec = speaker
    sp.say("Teks pertama yang panjang sekali.")
    assert player.playing.wait(TIMEOUT)
    player.release.set()
    sp.say("Teks kedua.")
    rec.wait_for("finished", "Teks kedua.")
    assert sp.wait_idle(TIMEOUT)
    assert rec.kinds()[:2] == [("started", "Teks pertama yang panjang sekali."),
                                ("stopped", "Teks pertama yang panjang sekali.")]
    assert ("finished", "Teks pertama yang panjang sekali.") not in rec.kinds()


def test_stop_and_repeat(speaker) -> None:
    sp, player, rec = speaker
    assert not sp.repeat()  # nothing said yet
    sp.say("Silakan periksa jawaban Anda.")
    assert player.playing.wait(TIMEOUT)
    sp.stop()
    rec.wait_for("stopped")
    assert sp.wait_idle(TIMEOUT)
    player.release.set()
    assert sp.repeat()
    rec.wait_for("finished", "Silakan periksa jawaban Anda.")
    assert len(player.played) == 2
    sp.forget()  # new applicant: nothing of theirs can be repeated
    assert not sp.repeat()


def test_rate_is_applied_to_the_next_utterance(speaker) -> None:
    sp, player, rec = speaker
    player.release.set()
    text = "Tanggal lahir 17-08-1945, biaya Rp 1.250.000."
    sp.set_rate(100)
    sp.say(text)
    rec.wait_for("finished", text)
    sp.wait_idle(TIMEOUT)
    rec.events.clear()
    sp.set_rate(280)
    sp.say(text)
    rec.wait_for("finished", text)
    assert player.played[1][0] < 0.7 * player.played[0][0]


class NoIndonesian(EspeakEngine):
    def voices(self) -> list[Voice]:
        return [v for v in super().voices() if not v.speaks("id")]


def test_no_indonesian_voice_is_reported_and_nothing_is_played() -> None:
    player, rec = GatedPlayer(), Recorder()
    sp = Speaker(engine_factory=NoIndonesian, player=player, on_event=rec)
    try:
        status = rec.wait_for("status").status
        assert status is not None and not status.available
        assert "Tidak ada suara Bahasa Indonesia" in status.message
        sp.say("Selamat pagi")
        error = rec.wait_for("error")
        assert "Tidak ada suara Bahasa Indonesia" in error.message
        assert player.played == []
    finally:
        sp.close()


def test_english_text_uses_an_english_voice(speaker) -> None:
    sp, player, rec = speaker
    player.release.set()
    sp.say("Good morning", lang="en")
    rec.wait_for("finished", "Good morning")
    assert player.played[0][1] > 0.02


def test_playback_failure_is_reported_not_raised(tmp_path: Path) -> None:
    from mpp_assist.speech.player import CommandPlayer

    rec = Recorder()
    # "false" is a player that always fails, like aplay on a machine without a sound card.
    sp = Speaker(engine_factory=EspeakEngine, player=CommandPlayer(shutil.which("false") or "false", []),
                 on_event=rec)
    try:
        sp.say("Halo")
        message = rec.wait_for("error").message
        assert message.startswith("Suara tidak bisa diputar: komputer ini tidak punya pengeras suara")
        assert sp.wait_idle(TIMEOUT)
        # Said before anyone pressed "read aloud": the voice check found nothing to hear it with.
        assert sp.status is not None and sp.status.available and sp.status.sound == message
    finally:
        sp.close()


@pytest.mark.logs_errors
def test_a_listener_that_raises_is_logged_without_the_text_and_the_worker_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    player, rec = GatedPlayer(), Recorder()
    failures = threading.Event()

    def listener(event: SpeechEvent) -> None:
        rec(event)
        if event.kind == "started":
            failures.set()
            raise ValueError(event.text)

    with caplog.at_level(logging.ERROR, logger="mpp_assist.speech.speaker"):
        sp = Speaker(engine_factory=EspeakEngine, player=player, on_event=listener)
        try:
            sp.say("Siti Nurhaliza")
            assert failures.wait(TIMEOUT)
            player.release.set()
            rec.wait_for("finished", "Siti Nurhaliza")  # the worker carried on past the broken listener
        finally:
            player.release.set()
            sp.close()
    assert "speech listener failed on started (ValueError)" in caplog.text
    assert "Siti" not in caplog.text


def test_a_players_own_error_text_goes_to_the_log_not_to_the_officer(caplog: pytest.LogCaptureFixture) -> None:
    import logging
    import sys

    from mpp_assist.speech.player import CommandPlayer

    # A real program failing as sox does on a machine without a sound device.
    sox_like = CommandPlayer(sys.executable, [
        "-c", "import sys; sys.stderr.write('play WARN alsa: can\\'t open audio device default\\n'); sys.exit(2)"])
    with caplog.at_level(logging.WARNING, logger="mpp_assist.speech.player"):
        said = sox_like.probe()
    assert said.startswith("Suara tidak bisa diputar") and "alsa" not in said
    assert "can't open audio device" in caplog.text
    assert CommandPlayer(shutil.which("true") or "true", []).probe() == ""

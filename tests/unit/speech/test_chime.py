"""The call chime: a real WAV made in Python (two tones, high then low), played before the sentence."""

from __future__ import annotations

import array
import itertools
import shutil
import sys
import threading
import wave
from pathlib import Path

import pytest

from mpp_assist.speech.chime import GAP, RATE, TONES, chime_seconds, write_chime
from mpp_assist.speech.engines import EspeakEngine
from mpp_assist.speech.speaker import Speaker, SpeechEvent
from speech_players import GatedPlayer, wav_stats  # tests/ is on sys.path

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")
TIMEOUT = 60


def _samples(path: Path) -> tuple[array.array[int], int]:
    with wave.open(str(path), "rb") as f:
        assert (f.getnchannels(), f.getsampwidth(), f.getcomptype()) == (1, 2, "NONE")
        rate = f.getframerate()
        samples = array.array("h", f.readframes(f.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples, rate


def _frequency(samples: array.array[int], rate: int) -> float:
    """The pitch of a pure tone from its zero crossings (rising and falling: two per period)."""
    signs = [s < 0 for s in samples if s]  # (a sample of exactly 0 is neither side)
    crossings = sum(1 for a, b in itertools.pairwise(signs) if a != b)
    return crossings / 2 / (len(samples) / rate)


def test_the_chime_is_a_valid_wav_of_two_tones_high_then_low(tmp_path: Path) -> None:
    wav = write_chime(tmp_path / "chime.wav")
    seconds, rms = wav_stats(wav)
    assert seconds == pytest.approx(chime_seconds(), abs=0.001) and 0.5 < seconds < 1.5  # short
    assert rms > 0.05  # loud enough for a hall
    samples, rate = _samples(wav)
    assert rate == RATE and max(abs(s) for s in samples) < 32767  # never clipped
    (f1, s1), (f2, s2) = TONES
    first = samples[int(0.02 * rate): int(s1 * 0.7 * rate)]  # inside each tone, away from its ends
    start2 = int((s1 + GAP) * rate)
    second = samples[start2 + int(0.02 * rate): start2 + int(s2 * 0.7 * rate)]
    assert _frequency(first, rate) == pytest.approx(f1, rel=0.03)
    assert _frequency(second, rate) == pytest.approx(f2, rel=0.03)
    assert f1 > f2  # "ding-dong"
    # No click: it starts and ends near silence, and the gap between the tones is silent.
    assert abs(samples[0]) < 200 and max(abs(s) for s in samples[-50:]) < 200
    assert max(abs(s) for s in samples[int(s1 * rate) + 5: start2 - 5]) == 0


class _Events:
    def __init__(self) -> None:
        self.events: list[SpeechEvent] = []
        self.cond = threading.Condition()

    def __call__(self, event: SpeechEvent) -> None:
        with self.cond:
            self.events.append(event)
            self.cond.notify_all()

    def wait(self, kind: str) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: any(e.kind == kind for e in self.events), TIMEOUT), self.events


@needs_espeak
def test_a_call_plays_the_chime_then_the_sentence_through_the_one_player() -> None:
    player, events = GatedPlayer(), _Events()
    player.release.set()
    sp = Speaker(engine_factory=EspeakEngine, player=player, on_event=events)
    try:
        sp.say("Nomor antrean A dua belas, silakan ke loket tiga", chime=True)
        events.wait("finished")
        assert sp.wait_idle(TIMEOUT)
        assert player.files == ["chime.wav", "utterance-1.wav"]
        assert player.played[0][0] == pytest.approx(chime_seconds(), abs=0.001)
        assert player.played[1][0] > 2  # the sentence itself, spoken
        events.events.clear()
        assert sp.repeat() is True  # repeating a call repeats its chime too
        events.wait("finished")
        assert sp.wait_idle(TIMEOUT)
        assert player.files[2:] == ["chime.wav", "utterance-2.wav"]
        events.events.clear()
        sp.say("Silakan periksa jawaban Anda.")  # anything else: no chime
        events.wait("finished")
        assert sp.wait_idle(TIMEOUT)
        assert player.files[4:] == ["utterance-3.wav"]
    finally:
        sp.close()


@needs_espeak
def test_stopped_during_the_chime_the_sentence_is_not_played() -> None:
    player, events = GatedPlayer(), _Events()  # "plays" until released or stopped
    sp = Speaker(engine_factory=EspeakEngine, player=player, on_event=events)
    try:
        sp.say("Nomor antrean B satu, silakan ke loket satu", chime=True)
        assert player.playing.wait(TIMEOUT)
        assert player.files == ["chime.wav"]
        sp.stop()
        events.wait("stopped")
        assert sp.wait_idle(TIMEOUT)
        assert player.files == ["chime.wav"]
    finally:
        player.release.set()
        sp.close()

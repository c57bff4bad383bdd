"""A stand-in for the sound card (tests have none), shared by the speech unit and GUI tests.

``GatedPlayer`` checks what it is handed is a WAV (recording its length and loudness) and "plays"
until the test releases it or the speaker stops it, so every step is awaited as a condition.
"""

from __future__ import annotations

import array
import math
import sys
import threading
import wave
from pathlib import Path


def wav_stats(path: Path) -> tuple[float, float]:
    """(seconds, RMS as a fraction of full scale) of a 16-bit PCM WAV."""
    with wave.open(str(path), "rb") as f:
        assert f.getsampwidth() == 2, "expected 16-bit PCM"
        frames = f.readframes(f.getnframes())
        seconds = f.getnframes() / f.getframerate()
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return seconds, 0.0
    return seconds, math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768


class GatedPlayer:
    name = "gated"

    def __init__(self) -> None:
        self.played: list[tuple[float, float]] = []  # (seconds, rms) of each WAV handed over
        self.files: list[str] = []  # the name of each WAV handed over, in order
        self.playing = threading.Event()
        self.release = threading.Event()
        self._stop = threading.Event()

    def play(self, wav: Path) -> None:
        self.played.append(wav_stats(wav))
        self.files.append(wav.name)
        self._stop.clear()
        self.playing.set()
        while not (self.release.is_set() or self._stop.is_set()):
            self._stop.wait(0.01)
        self.playing.clear()

    def stop(self) -> None:
        self._stop.set()

    def probe(self) -> str:
        return ""  # the loudspeakers a test cannot own are there (the probe's silence is not recorded)


class NoSoundPlayer:
    """A desk with no loudspeaker or headset: every sound fails as the real player's would."""

    name = "none"

    def play(self, wav: Path) -> None:
        from mpp_assist.speech.engines import SpeechError
        from mpp_assist.speech.player import no_sound_text

        raise SpeechError(no_sound_text())

    def stop(self) -> None:
        pass

    def probe(self) -> str:
        from mpp_assist.speech.player import no_sound_text

        return no_sound_text()

"""A stand-in for the sound card (tests have none): checks each WAV is speech, plays until released."""

from __future__ import annotations

import threading
from pathlib import Path

from mpp_assist.speech.player import wav_seconds


class GatedPlayer:
    name = "gated"

    def __init__(self) -> None:
        self.played: list[float] = []  # seconds of each WAV handed over
        self.playing = threading.Event()
        self.release = threading.Event()
        self._stop = threading.Event()

    def play(self, wav: Path) -> None:
        self.played.append(wav_seconds(wav))
        self._stop.clear()
        self.playing.set()
        while not (self.release.is_set() or self._stop.is_set()):
            self._stop.wait(0.01)
        self.playing.clear()

    def stop(self) -> None:
        self._stop.set()

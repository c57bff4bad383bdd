"""Reading a WAV back: its duration and loudness (RMS), with the standard library only."""

from __future__ import annotations

import array
import math
import sys
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
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768
    return seconds, rms


def assert_speech(path: Path, words: int, rate: int) -> None:
    """Audible (not silence) and about as long as ``words`` spoken at ``rate`` words per minute."""
    seconds, rms = wav_stats(path)
    expected = words * 60 / rate
    assert rms > 0.02, f"{path} is nearly silent (RMS {rms:.4f})"
    assert 0.3 * expected < seconds < 3 * expected + 1, f"{seconds:.2f}s for {words} words at {rate} wpm"

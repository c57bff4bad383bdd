"""Checking a WAV holds speech: audible, and about as long as the text."""

from __future__ import annotations

from pathlib import Path

from speech_players import wav_stats  # tests/ is on sys.path

__all__ = ["assert_speech", "wav_stats"]


def assert_speech(path: Path, words: int, rate: int) -> None:
    """Audible (not silence) and about as long as ``words`` spoken at ``rate`` words per minute."""
    seconds, rms = wav_stats(path)
    expected = words * 60 / rate
    assert rms > 0.02, f"{path} is nearly silent (RMS {rms:.4f})"
    assert 0.3 * expected < seconds < 3 * expected + 1, f"{seconds:.2f}s for {words} words at {rate} wpm"

"""The two-tone chime before a call in the hall ("ding-dong"), made here: no sound file is shipped.

Two sine tones, the first higher than the second, each with a short fade in and a bell-like
decay (no click at either end), written as 16-bit mono PCM with the standard ``wave`` module.
It is played by the speaker (``speech.speaker``) through the same player as the sentence after it.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

RATE = 22_050  # samples per second (espeak-ng's own rate)
TONES = ((659.25, 0.30), (523.25, 0.50))  # (Hz, seconds): E5 then C5
AMPLITUDE = 0.5  # of full scale: heard across a hall, never clipped
FADE_IN = 0.01  # seconds
GAP = 0.04  # seconds of silence between the tones


def chime_samples(rate: int = RATE) -> array.array[int]:
    """The chime as signed 16-bit samples."""
    out = array.array("h")
    fade_in = max(1, int(FADE_IN * rate))
    for index, (freq, seconds) in enumerate(TONES):
        n = int(seconds * rate)
        step = 2 * math.pi * freq / rate
        for i in range(n):
            envelope = min(1.0, i / fade_in) * math.exp(-3.0 * i / n) * (1.0 - i / n)  # decays to 0
            out.append(int(32767 * AMPLITUDE * envelope * math.sin(step * i)))
        if index < len(TONES) - 1:
            out.extend([0] * int(GAP * rate))
    return out


def write_chime(path: Path, rate: int = RATE) -> Path:
    """Write the chime to ``path`` (a WAV) and return it."""
    samples = chime_samples(rate)
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(samples.tobytes())
    return path


def chime_seconds(rate: int = RATE) -> float:
    return (sum(int(s * rate) for _f, s in TONES) + int(GAP * rate) * (len(TONES) - 1)) / rate

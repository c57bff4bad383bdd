"""Playing a WAV file, stoppable from another thread, with no Qt and no extra Python packages.

- Windows: ``winsound.PlaySound`` (standard library), asynchronous, stopped with ``PlaySound(None)``.
- macOS: ``afplay``. Linux: the first of ``paplay`` (PulseAudio/PipeWire), ``pw-play``, ``aplay``
  (ALSA) and sox's ``play`` that is installed.
A machine without a sound device or player still synthesises (and the CLI can write the WAV);
playing then reports "no sound output" in plain words instead of failing silently, and ``probe``
(a tenth of a second of silence, played when the voice is checked) lets the settings say so
before anyone presses "read aloud". The player's own error text goes to the log, not the screen.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from pathlib import Path
from typing import Protocol

from mpp_assist.i18n import translate
from mpp_assist.speech.engines import SpeechError

LINUX_PLAYERS = (
    ("paplay", []),
    ("pw-play", []),
    ("aplay", ["-q"]),
    ("play", ["-q"]),
)


logger = logging.getLogger(__name__)


class Player(Protocol):
    name: str

    def play(self, wav: Path) -> None:
        """Play ``wav`` to the end or until ``stop()``; raise SpeechError if it cannot be played."""
        ...

    def stop(self) -> None: ...

    def probe(self) -> str:
        """"" when sound can be played here; else why not, in the officer's words."""
        ...


def no_sound_text() -> str:
    return translate(
        "Speech",
        "Suara tidak bisa diputar: komputer ini tidak punya pengeras suara atau headset yang bisa dipakai. "
        "Periksa kabel dan pengaturan suara komputer.",
    )


def probe_by_playing(player: Player) -> str:
    """Play a tenth of a second of silence: "" if it played, else the player's message."""
    with tempfile.TemporaryDirectory(prefix="mpp-sound-") as folder:
        silence = Path(folder) / "silence.wav"
        with wave.open(str(silence), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes(b"\0\0" * 1600)
        try:
            player.play(silence)
        except (SpeechError, OSError) as exc:
            return str(exc) if isinstance(exc, SpeechError) else no_sound_text()
    return ""


def wav_seconds(wav: Path) -> float:
    with wave.open(str(wav), "rb") as f:
        return f.getnframes() / float(f.getframerate() or 1)


def _last_line(err: bytes) -> str:
    lines = [ln.strip() for ln in err.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1][:160] if lines else ""


class CommandPlayer:
    def __init__(self, program: str, args: list[str]) -> None:
        self.program = program
        self.args = args
        self.name = Path(program).name
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    def play(self, wav: Path) -> None:
        with self._lock:
            self._proc = subprocess.Popen(
                [self.program, *self.args, str(wav)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            proc = self._proc
        _, err = proc.communicate()
        with self._lock:
            self._proc = None
        # A negative code means we stopped it (terminate); anything else non-zero is a real failure.
        if proc.returncode > 0:
            # The player's words (sox, ALSA: English, technical) are for the log; the officer gets plain ones.
            logger.warning("%s could not play (exit %s): %s", self.name, proc.returncode, _last_line(err))
            raise SpeechError(no_sound_text())

    def probe(self) -> str:
        return probe_by_playing(self)

    def stop(self) -> None:
        with self._lock:
            if self._proc is not None:
                with contextlib.suppress(OSError):
                    self._proc.terminate()


class WinsoundPlayer:
    name = "winsound"

    def __init__(self) -> None:
        self._stopped = threading.Event()

    def play(self, wav: Path) -> None:
        import winsound  # type: ignore[import-not-found]  # Windows only

        self._stopped.clear()
        winsound.PlaySound(str(wav), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)
        # PlaySound has no "wait until done" in async mode: wait for the clip's length or stop().
        if self._stopped.wait(wav_seconds(wav) + 0.2):
            winsound.PlaySound(None, 0)

    def stop(self) -> None:
        self._stopped.set()

    def probe(self) -> str:
        return probe_by_playing(self)


class NoPlayer:
    """No sound output on this machine: every play() says so."""

    name = "none"

    def play(self, wav: Path) -> None:
        raise SpeechError(self.probe())

    def stop(self) -> None:
        return

    def probe(self) -> str:
        return no_sound_text()


def default_player() -> Player:
    if sys.platform == "win32":
        return WinsoundPlayer()
    if sys.platform == "darwin" and shutil.which("afplay"):
        return CommandPlayer(shutil.which("afplay") or "afplay", [])
    for program, args in LINUX_PLAYERS:
        path = shutil.which(program)
        if path:
            return CommandPlayer(path, args)
    return NoPlayer()

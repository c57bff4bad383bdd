"""Speech engines behind one interface: text in, a WAV file out.

Every utterance is synthesised to a WAV file and then played (``speech.player``). That gives
reliable Stop and Repeat on every platform and makes speech testable (tests read the WAV back),
and it sidesteps pyttsx3 2.99 on Windows SAPI5 speaking only the first ``runAndWait`` utterance.

Two engines:
- ``EspeakEngine`` runs the ``espeak-ng`` program (Linux; Indonesian voice ``id``/``poz/id``).
  Preferred where present: a subprocess can be cancelled and prints nothing of its own.
- ``Pyttsx3Engine`` drives pyttsx3 (SAPI5 on Windows, NSSpeechSynthesizer on macOS, libespeak on
  Linux). On SAPI5 a fresh pyttsx3 engine is made for every utterance, the documented workaround.

Neither engine is thread-safe; ``speech.speaker.Speaker`` owns one from a single worker thread.
"""

from __future__ import annotations

import contextlib
import io
import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from mpp_assist.i18n import translate

logger = logging.getLogger(__name__)


class SpeechError(Exception):
    """Synthesis failed; the message is for the officer (already translated)."""


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...] = field(default_factory=tuple)

    def speaks(self, lang: str) -> bool:
        """Whether this voice is for ``lang`` ("id", "en"): "id", "id-ID", "id_ID", "ind", "poz/id"."""
        wanted = {"id": ("id", "ind"), "en": ("en", "eng")}.get(lang, (lang,))
        tags = [t.lower().replace("_", "-") for t in self.languages]
        tags.append(self.id.lower().rsplit("/", 1)[-1])
        if any(t.split("-")[0] in wanted for t in tags if t):
            return True
        return lang == "id" and any(w in self.name.lower() for w in ("indonesia", "andika", "gadis"))


class Engine(Protocol):
    name: str

    def voices(self) -> list[Voice]: ...

    def synthesise(self, text: str, wav: Path, voice: str, rate: int) -> None:
        """Write ``text`` spoken by ``voice`` at ``rate`` words per minute to ``wav``."""
        ...

    def cancel(self) -> None:
        """Abandon a synthesis in progress (called from another thread); may be a no-op."""
        ...


def best_voice(voices: list[Voice], lang: str, preferred: str = "") -> Voice | None:
    """``preferred`` if it speaks ``lang``, else the first voice that does, else None (never a stand-in)."""
    for v in voices:
        if v.id == preferred and v.speaks(lang):
            return v
    # espeak-ng lists the mbrola Indonesian voice too; it needs extra data files, so prefer plain ones.
    candidates = [v for v in voices if v.speaks(lang)]
    candidates.sort(key=lambda v: v.id.startswith("mb/"))
    return candidates[0] if candidates else None


class EspeakEngine:
    name = "espeak-ng"

    def __init__(self, program: str | None = None) -> None:
        found = program or shutil.which("espeak-ng") or shutil.which("espeak")
        if not found:
            raise SpeechError(translate("Speech", "Program espeak-ng tidak ditemukan."))
        self.program = found
        self._proc: subprocess.Popen[bytes] | None = None
        self._cancelled = False

    def voices(self) -> list[Voice]:
        out = subprocess.run(
            [self.program, "--voices"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
        voices = []
        for line in out.splitlines()[1:]:
            # Pty Language Age/Gender VoiceName File Other-languages
            cols = line.split()
            if len(cols) >= 5:
                voices.append(Voice(id=cols[4], name=cols[3], languages=(cols[1],)))
        return voices

    def synthesise(self, text: str, wav: Path, voice: str, rate: int) -> None:
        self._cancelled = False
        # Text goes in on stdin, never on the command line (length limits, leading dashes).
        self._proc = subprocess.Popen(
            [self.program, "-v", voice, "-s", str(rate), "-w", str(wav), "--stdin"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _, err = self._proc.communicate(text.encode("utf-8"), timeout=300)
        except subprocess.TimeoutExpired as exc:
            self._proc.kill()
            self._proc.communicate()
            raise SpeechError(translate("Speech", "Sintesis suara terlalu lama dan dihentikan.")) from exc
        finally:
            code = self._proc.returncode
            self._proc = None
        if self._cancelled:
            return
        if code != 0 or not wav.exists():
            detail = err.decode("utf-8", "replace").strip()[:200]
            raise SpeechError(
                translate("Speech", "espeak-ng gagal membuat suara: {detail}").format(detail=detail)
            )

    def cancel(self) -> None:
        self._cancelled = True
        proc = self._proc
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.terminate()


class Pyttsx3Engine:
    name = "pyttsx3"

    def __init__(self, driver: str | None = None) -> None:
        try:
            import pyttsx3  # noqa: F401 - a missing or broken install is reported, not raised
        except Exception as exc:
            raise SpeechError(translate("Speech", "Mesin suara pyttsx3 tidak tersedia.")) from exc
        self.driver = driver
        self._engine = None

    def _make(self):  # type: ignore[no-untyped-def]
        from pyttsx3.engine import Engine as _Pyttsx3

        # pyttsx3.init() caches one engine per driver; SAPI5 then stays silent after its first
        # utterance, so on Windows every utterance gets a new engine. Elsewhere one is reused.
        if self._engine is None or sys.platform == "win32":
            try:
                self._engine = _Pyttsx3(self.driver)
            except Exception as exc:  # each platform's driver (SAPI5, NSSpeech, eSpeak) fails in its own way
                # The officer sees "not available"; the log keeps why (a driver's message, never spoken text).
                logger.warning("pyttsx3 driver %s did not start: %s: %s", self.driver or "default",
                               type(exc).__name__, exc)
                raise SpeechError(translate("Speech", "Mesin suara pyttsx3 tidak tersedia.")) from exc
        return self._engine

    def voices(self) -> list[Voice]:
        engine = self._make()
        return [
            Voice(
                id=str(v.id),
                name=str(v.name or ""),
                languages=tuple(
                    lang.decode("ascii", "ignore") if isinstance(lang, bytes) else str(lang)
                    for lang in (v.languages or [])
                ),
            )
            for v in engine.getProperty("voices")
        ]

    def synthesise(self, text: str, wav: Path, voice: str, rate: int) -> None:
        # pyttsx3 2.99's libespeak driver drops the audio when the last chunk arrives together with
        # the end-of-message event (an empty WAV, now and then): try again, a few times at most.
        for _attempt in range(3):
            engine = self._make()
            engine.setProperty("voice", voice)
            engine.setProperty("rate", rate)
            engine.save_to_file(text, str(wav))
            # The libespeak driver prints "Audio saved to …"; keep the CLI's output clean.
            with contextlib.redirect_stdout(io.StringIO()):
                engine.runAndWait()
            if wav.exists() and wav.stat().st_size > 44:
                return
        raise SpeechError(translate("Speech", "Mesin suara tidak menghasilkan suara."))

    def cancel(self) -> None:
        # pyttsx3 cannot abandon a file synthesis; the speaker discards the result instead.
        return


def default_engine() -> Engine:
    """espeak-ng where installed (Linux), else pyttsx3 with the platform's own voices."""
    errors: list[str] = []
    for make in (EspeakEngine, Pyttsx3Engine):
        try:
            return make()
        except SpeechError as exc:
            errors.append(str(exc))
    raise SpeechError(" ".join(errors))


def make_engine(name: str) -> Engine:
    if name == "espeak-ng":
        return EspeakEngine()
    if name == "pyttsx3":
        return Pyttsx3Engine()
    return default_engine()

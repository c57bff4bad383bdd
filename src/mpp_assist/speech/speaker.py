"""The speaker: one worker thread owns the engine; the newest request replaces the current one.

``say(text)`` returns at once; ``say(text, chime=True)`` (a call in the hall) plays the two-tone
chime (``speech.chime``) through the same player first. The worker verbalises the text
(Indonesian numbers, dates, money), synthesises it to a WAV under the data home, plays it, and
deletes the WAV (spoken answers are personal data). Stop ends the current utterance; Repeat says
the last text again. Events are reported through a callback *from the worker thread*; the UI
bridges them to Qt signals.

It never reads Indonesian with an English voice: when no Indonesian voice exists it reports that
(``SpeechStatus.message``) and stays silent.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from mpp_assist.i18n import translate
from mpp_assist.paths import data_home
from mpp_assist.speech.chime import write_chime
from mpp_assist.speech.engines import Engine, SpeechError, Voice, best_voice, default_engine
from mpp_assist.speech.player import Player, default_player
from mpp_assist.speech.verbalise import speakable

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpeechStatus:
    engine: str
    voice: Voice | None  # the voice that will read Indonesian, or None
    message: str  # for the officer: which voice, or why there is none
    choices: tuple[Voice, ...] = ()  # every installed voice for the language (for the settings)

    # Why nothing can be heard on this machine now ("" when it can). Reading aloud stays available:
    # a headset plugged in later is heard without a restart; until then, this is what is said.
    sound: str = ""

    @property
    def available(self) -> bool:
        return self.voice is not None


@dataclass(frozen=True)
class SpeechEvent:
    kind: str  # "status" | "started" | "finished" | "stopped" | "error"
    text: str = ""
    message: str = ""
    status: SpeechStatus | None = None


def speech_dir() -> Path:
    return data_home() / "speech"


def voice_status(engine: Engine, lang: str = "id", preferred: str = "") -> SpeechStatus:
    """Which voice reads ``lang`` on this machine, in words the officer understands."""
    try:
        voices = engine.voices()
    except (SpeechError, OSError) as exc:
        return SpeechStatus(engine.name, None, str(exc))
    voice = best_voice(voices, lang, preferred)
    choices = tuple(v for v in voices if v.speaks(lang))
    if voice is None:
        if lang == "id":
            msg = translate(
                "Speech",
                "Tidak ada suara Bahasa Indonesia di komputer ini, jadi teks tidak dibacakan. "
                "Pasang suara Indonesia (Linux: paket espeak-ng; Windows: Pengaturan > Waktu & bahasa "
                "> Ucapan > Tambah suara > Bahasa Indonesia).",
            )
        else:
            msg = translate("Speech", "Tidak ada suara untuk bahasa {lang}.").format(lang=lang)
        return SpeechStatus(engine.name, None, msg)
    msg = translate("Speech", "Suara: {voice} ({engine})").format(voice=voice.name, engine=engine.name)
    return SpeechStatus(engine.name, voice, msg, choices)


@dataclass(frozen=True)
class _Request:
    generation: int
    text: str
    lang: str
    chime: bool = False


class Speaker:
    def __init__(
        self,
        engine_factory: Callable[[], Engine] = default_engine,
        player: Player | None = None,
        rate: int = 150,
        voice: str = "",
        on_event: Callable[[SpeechEvent], None] | None = None,
    ) -> None:
        self._engine_factory = engine_factory
        self._engine: Engine | None = None
        self.player = player or default_player()
        self.rate = rate
        self.voice = voice
        self.on_event = on_event or (lambda _e: None)
        self.status: SpeechStatus | None = None
        self._cond = threading.Condition()
        self._generation = 0
        self._pending: _Request | None = None
        self._recheck = True
        self._closed = False
        self._busy = False
        self._last: tuple[str, str, bool] | None = None
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    # --- requests (any thread) -----------------------------------------------------------------

    def say(self, text: str, lang: str = "id", *, chime: bool = False) -> None:
        """Speak ``text``, replacing whatever is being spoken now; ``chime``: the call chime first."""
        text = text.strip()
        if not text:
            return
        with self._cond:
            self._generation += 1
            self._pending = _Request(self._generation, text, lang, chime)
            self._last = (text, lang, chime)
            self._idle.clear()
            self._interrupt()
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._generation += 1
            self._pending = None
            self._interrupt()
            self._cond.notify_all()

    def repeat(self) -> bool:
        """Say the last text again; False when there is nothing to repeat."""
        if self._last is None:
            return False
        text, lang, chime = self._last
        self.say(text, lang, chime=chime)
        return True

    def forget(self) -> None:
        """Stop and drop the last text (new applicant, lock): nothing of them can be repeated."""
        self._last = None
        self.stop()

    def set_rate(self, rate: int) -> None:
        self.rate = rate

    def set_voice(self, voice: str) -> None:
        with self._cond:
            self.voice = voice
            self._recheck = True
            self._cond.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        return self._idle.wait(timeout)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._generation += 1
            self._pending = None
            self._interrupt()
            self._cond.notify_all()
        self._thread.join(timeout=10)
        shutil.rmtree(speech_dir(), ignore_errors=True)

    def _interrupt(self) -> None:
        if self._engine is not None:
            self._engine.cancel()
        self.player.stop()

    # --- worker thread ---------------------------------------------------------------------------

    def _current(self, generation: int) -> bool:
        with self._cond:
            return generation == self._generation and not self._closed

    def _emit(self, event: SpeechEvent) -> None:
        try:
            self.on_event(event)
        except Exception as exc:  # a broken listener must not kill the speech worker
            # The type only: the event may carry the text being read aloud (an applicant's name).
            logger.error("speech listener failed on %s (%s)", event.kind, type(exc).__name__)

    def _run(self) -> None:
        folder = speech_dir()
        shutil.rmtree(folder, ignore_errors=True)  # leftovers of a crash
        while True:
            with self._cond:
                while not self._closed and self._pending is None and not self._recheck:
                    if not self._busy:
                        self._idle.set()
                    self._cond.wait()
                if self._closed:
                    self._idle.set()
                    return
                recheck, self._recheck = self._recheck, False
                request, self._pending = self._pending, None
                self._busy = request is not None
            if recheck or self._engine is None:
                self._check_voice()
            if request is not None:
                self._speak(request, folder)
                with self._cond:
                    self._busy = False

    def _check_voice(self) -> None:
        try:
            if self._engine is None:
                self._engine = self._engine_factory()
            self.status = voice_status(self._engine, "id", self.voice)
            sound = self.player.probe() if self.status.voice is not None else ""
            if sound:  # a voice to read with, but nothing to hear it through: said before the first F8
                self.status = replace(self.status, sound=sound)
        except SpeechError as exc:
            self.status = SpeechStatus("", None, str(exc))
        self._emit(SpeechEvent("status", status=self.status))

    def _speak(self, request: _Request, folder: Path) -> None:
        engine = self._engine
        voice = None
        if engine is not None:
            voice = (
                self.status.voice
                if request.lang == "id" and self.status
                else voice_status(engine, request.lang).voice
            )
        if engine is None or voice is None:
            message = self.status.message if self.status and request.lang == "id" else ""
            if engine is not None and request.lang != "id":
                message = voice_status(engine, request.lang).message
            if request.chime:  # no voice: the hall still hears that a number is called
                with contextlib.suppress(SpeechError, OSError):
                    self.player.play(self._chime(folder))
            self._emit(SpeechEvent("error", request.text, message))
            return
        text = speakable(request.text) if request.lang == "id" else request.text
        folder.mkdir(parents=True, exist_ok=True)
        wav = folder / f"utterance-{request.generation}.wav"
        try:
            engine.synthesise(text, wav, voice.id, self.rate)
            if not self._current(request.generation):
                self._emit(SpeechEvent("stopped", request.text))
                return
            self._emit(SpeechEvent("started", request.text))
            if request.chime:
                self.player.play(self._chime(folder))
                if not self._current(request.generation):
                    self._emit(SpeechEvent("stopped", request.text))
                    return
            self.player.play(wav)
            kind = "finished" if self._current(request.generation) else "stopped"
            self._emit(SpeechEvent(kind, request.text))
        except SpeechError as exc:
            self._emit(SpeechEvent("error", request.text, str(exc)))
        except OSError as exc:
            self._emit(SpeechEvent("error", request.text, str(exc)))
        finally:
            with contextlib.suppress(OSError):
                wav.unlink()

    @staticmethod
    def _chime(folder: Path) -> Path:
        """The chime's WAV, made once per run (the folder is emptied at start and close)."""
        path = folder / "chime.wav"
        return path if path.exists() else write_chime(path)


def synthesise_to_file(text: str, wav: Path, lang: str = "id", rate: int = 150, voice: str = "",
                       engine: Engine | None = None) -> SpeechStatus:
    """Synthesise ``text`` to ``wav`` in this thread (the CLI and tests); raises SpeechError."""
    engine = engine or default_engine()
    status = voice_status(engine, lang, voice)
    if status.voice is None:
        raise SpeechError(status.message)
    engine.synthesise(speakable(text) if lang == "id" else text, wav, status.voice.id, rate)
    return status

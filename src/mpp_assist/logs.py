"""The desk's log: one rotating file in the data home, with nothing personal in it, and every crash recorded.

``setup()`` sends the ``mpp_assist`` loggers (and Python's warnings) to ``<data home>/logs/mpp-assist.log``
(1 MB, five old files kept; 0600 in a 0700 folder). Every record passes ``Redactor`` first: NIK and
KK numbers (16 digits, however they are spaced), phone numbers, e-mail addresses, any other long run
of digits, and the names of the applicants being served now (``remember_names``; memory only,
``forget_names`` on *Pemohon baru*) are replaced before anything is written, in the message and in a
traceback alike.

``install_crash_handlers(on_crash)`` records what nothing caught — ``sys.excepthook`` (the UI thread,
Qt's slots included), ``threading.excepthook`` and, through ``faulthandler``, a hard crash of the
interpreter (``faulthandler.log``) — and then calls ``on_crash`` (the window shows the officer an
Indonesian dialog; the answers already typed are safe: every one is in the durable draft).

Plain Python: the CLI uses the same log.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from mpp_assist.atomic import PRIVATE_FILE, PRIVATE_FOLDER

LOG_NAME = "mpp-assist.log"
FAULT_NAME = "faulthandler.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
ROOT = "mpp_assist"

# A 16-digit NIK or KK number, with or without spaces, dots or dashes between the digits.
_ID = re.compile(r"(?<!\d)(?:\d[ .\-]?){15}\d(?!\d)")
# An Indonesian phone number: 08…, 62 8…, +62 8…, with spaces or dashes.
_PHONE = re.compile(r"(?<![\d+])(?:\+?62[ \-]?|0)8(?:[ \-]?\d){7,12}(?!\d)")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_DIGITS = re.compile(r"\d{8,}")  # anything else long enough to be a number about a person
_MIN_NAME = 3  # shorter "names" (initials) would mask ordinary words

_names: set[str] = set()
_names_lock = threading.Lock()
_fault_file: IO[str] | None = None


def remember_names(names: Iterable[str]) -> None:
    """The names of the applicant (and family) being served: masked in the log until ``forget_names``."""
    with _names_lock:
        _names.update(n.strip() for n in names if isinstance(n, str) and len(n.strip()) >= _MIN_NAME)


def forget_names() -> None:
    with _names_lock:
        _names.clear()


def redact(text: str) -> str:
    """``text`` with every personal detail the log must not hold replaced by what it was."""
    text = _EMAIL.sub("[EMAIL]", text)
    text = _ID.sub("[NIK/KK]", text)
    text = _PHONE.sub("[TELEPON]", text)
    text = _DIGITS.sub("[ANGKA]", text)
    with _names_lock:
        names = sorted(_names, key=len, reverse=True)  # "Siti Aminah" before "Siti"
    for name in names:
        text = re.sub(re.escape(name), "[NAMA]", text, flags=re.IGNORECASE)
    return text


class Redactor(logging.Filter):
    """Rewrites a record so that what a handler formats holds no personal detail."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record: keep what can be kept
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = redact(message), ()
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip())
            record.exc_info = None  # the formatter would format the raw one again
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """The rotating file, and each file it starts, readable by this user only."""

    def _open(self) -> Any:
        stream = super()._open()
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.baseFilename, PRIVATE_FILE)
        return stream


def log_folder(home: Path | None = None) -> Path:
    if home is None:
        from mpp_assist.paths import data_home

        home = data_home()
    folder = home / "logs"
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, PRIVATE_FOLDER)
    return folder


def log_path(home: Path | None = None) -> Path:
    return log_folder(home) / LOG_NAME


def setup(home: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to the data home's rotating file (once per process; a second call moves it to ``home``)."""
    path = log_path(home)
    root = logging.getLogger(ROOT)
    for old in [h for h in root.handlers if isinstance(h, _PrivateRotatingHandler)]:
        root.removeHandler(old)
        old.close()
    handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redactor())
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    warnings_logger = logging.getLogger("py.warnings")
    if handler not in warnings_logger.handlers:
        warnings_logger.addHandler(handler)
    return path


def failure_text(exc: BaseException, what: str) -> str:
    """The officer's words for a task that failed: the error's own message (``.message``, the app's errors
    all have one) — or, for anything else (a bug), its type, and the traceback into the log."""
    message = str(getattr(exc, "message", "") or "")
    if not message:
        logging.getLogger(f"{ROOT}.tasks").error("%s failed", what, exc_info=exc)
    return message or type(exc).__name__


CrashCallback = Callable[[Path], None]


def install_crash_handlers(on_crash: CrashCallback | None = None, home: Path | None = None) -> None:
    """Record every uncaught exception (any thread) and hard crash in the log, then tell ``on_crash``."""
    global _fault_file
    path = log_path(home)
    log = logging.getLogger(f"{ROOT}.crash")

    def record(kind: str, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            return
        log.critical("uncaught %s in %s", exc_type.__name__, kind, exc_info=(exc_type, exc, tb))
        if on_crash is not None:
            try:
                on_crash(path)
            except Exception:  # the report of a crash must never crash
                log.exception("crash report failed")

    def on_main(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        record("the main thread", exc_type, exc, tb)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread is not None else "?"
            record(f"thread {name}", args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = on_main
    threading.excepthook = on_thread
    if _fault_file is None:
        fault = log_folder(home) / FAULT_NAME
        _fault_file = open(fault, "a", encoding="utf-8")
        if os.name == "posix":
            os.chmod(fault, PRIVATE_FILE)
        faulthandler.enable(file=_fault_file, all_threads=True)

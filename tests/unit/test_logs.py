"""The desk's log: redacted before it is written, private, and every uncaught error recorded."""

from __future__ import annotations

import faulthandler
import logging
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mpp_assist import logs

NIK = "3201234567890001"


@pytest.fixture
def log_file(data_home: Path) -> Iterator[Path]:
    path = logs.setup(data_home)
    yield path
    logs.forget_names()
    for h in logging.getLogger(logs.ROOT).handlers:
        h.flush()


def written(path: Path) -> str:
    for h in logging.getLogger(logs.ROOT).handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "gone", "mark"),
    [
        (f"NIK {NIK} ditolak", NIK, "[NIK/KK]"),
        ("KK 3201 2345 6789 0001", "3201 2345 6789 0001", "[NIK/KK]"),
        ("KK 3201.2345.6789.0001", "6789", "[NIK/KK]"),
        ("telepon 0812-3456-7890", "3456", "[TELEPON]"),
        ("telepon +62 812 3456 7890", "812 3456", "[TELEPON]"),
        ("surel siti.aminah@contoh.go.id", "siti.aminah", "[EMAIL]"),
        ("nomor 12345678901", "12345678901", "[ANGKA]"),
    ],
)
def test_personal_numbers_are_replaced(text: str, gone: str, mark: str) -> None:
    out = logs.redact(text)
    assert gone not in out and mark in out


def test_short_numbers_and_ordinary_words_are_kept() -> None:
    assert logs.redact("port 8443, 3 permohonan, versi 2025.1") == "port 8443, 3 permohonan, versi 2025.1"


@pytest.mark.logs_errors
def test_the_file_is_private_and_holds_no_nik_name_or_phone_even_in_a_traceback(log_file: Path) -> None:
    logs.remember_names(["Siti Aminah", "Bu"])  # (too short to mask safely: kept)
    log = logging.getLogger("mpp_assist.test")
    try:
        raise ValueError(f"answers {{'nik': '{NIK}', 'nama_lengkap': 'SITI AMINAH', 'hp': '081234567890'}}")
    except ValueError:
        log.exception("sending %s failed", NIK)
    text = written(log_file)
    assert "sending [NIK/KK] failed" in text and "ValueError" in text and "Traceback" in text
    assert NIK not in text and "SITI AMINAH" not in text.upper().replace("[NAMA]", "") and "081234567890" not in text
    assert "[NAMA]" in text and "[TELEPON]" in text
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    handler = next(h for h in logging.getLogger(logs.ROOT).handlers if hasattr(h, "maxBytes"))
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS
    logs.forget_names()
    log.warning("Siti Aminah lagi")
    assert "Siti Aminah lagi" in written(log_file)  # the next applicant's log is not masked with the last one's


@pytest.mark.logs_errors
def test_an_uncaught_error_in_any_thread_is_recorded_and_reported(log_file: Path) -> None:
    reported: list[Path] = []
    saved = sys.excepthook, threading.excepthook
    try:
        logs.install_crash_handlers(reported.append)
        try:
            raise RuntimeError(f"boom {NIK}")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)  # what Python calls for an uncaught error

        def fail() -> None:
            raise KeyError("in a worker")

        worker = threading.Thread(target=fail, name="sync-pass")
        worker.start()
        worker.join()
    finally:
        sys.excepthook, threading.excepthook = saved
        faulthandler.enable(file=sys.__stderr__, all_threads=True)  # the test run's own, back
    text = written(log_file)
    assert "uncaught RuntimeError in the main thread" in text and NIK not in text
    assert "uncaught KeyError in thread sync-pass" in text
    assert reported == [log_file, log_file]
    assert (log_file.parent / logs.FAULT_NAME).exists()  # hard crashes (segfaults) are written there

"""The CLI reads the files it is given with limits and strictly, as real processes: no traceback, no hang.

Before: a 100,000-deep answers file was a RecursionError, 5,000 digits a ValueError traceback,
``/dev/zero`` as answers or as a scan filled memory until a MemoryError, and a FIFO hung the command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mpp_assist.forms import load_catalogue
from mpp_assist.store import Store

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero")


def run(*args: str, home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mpp_assist", *args],
        capture_output=True, text=True, input=stdin, env={**os.environ, "MPP_ASSIST_HOME": str(home)},
        timeout=120, check=False,  # a safety net for a hang, not a timing assertion
    )


def refused(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert words in done.stderr + done.stdout, done.stderr[-2000:]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "Bertingkat terlalu dalam"),
        ('{"umur": ' + "9" * 5000 + "}", "umur: angka terlalu besar"),
        ('{"umur": NaN}', "umur: NaN dan Infinity bukan angka JSON"),
        ('{"nama": "a", "nama": "b"}', "nama: nama ini muncul dua kali"),
        ("", "Bukan JSON yang sah (baris 1, kolom 1)"),
    ],
)
def test_an_answers_file_that_is_not_strict_json_is_named_not_a_traceback(
    tmp_path: Path, data_home: Path, text: str, words: str
) -> None:
    answers = tmp_path / "jawaban.json"
    answers.write_text(text, encoding="utf-8")
    refused(run("apply", "ktp-el", "--answers", str(answers), home=data_home), words)
    refused(run("apply", "ktp-el", "--answers", "-", home=data_home, stdin=text), words)


@posix_only
def test_dev_zero_and_a_fifo_as_answers_are_refused_at_once(tmp_path: Path, data_home: Path) -> None:
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo), str(tmp_path)):
        refused(run("apply", "ktp-el", "--answers", path, home=data_home), "bukan berkas biasa")


def test_a_huge_answers_file_is_refused_by_its_size(tmp_path: Path, data_home: Path) -> None:
    answers = tmp_path / "besar.json"
    with answers.open("wb") as f:
        f.truncate(17 * 1024 * 1024)  # sparse: no time spent writing it
    refused(run("apply", "ktp-el", "--answers", str(answers), home=data_home), "terlalu besar")


@posix_only
def test_dev_zero_or_a_fifo_as_a_scan_is_a_problem_on_the_field(tmp_path: Path, data_home: Path) -> None:
    fifo = tmp_path / "pipa.png"
    os.mkfifo(fifo)
    base = {**load_catalogue().get("ktp-el").example_answers(), "jenis_permohonan": "rusak"}
    for scan in ("/dev/zero", str(fifo)):
        answers = tmp_path / "jawaban.json"
        answers.write_text(json.dumps({**base, "pindaian_kk": scan}), encoding="utf-8")
        done = run("apply", "ktp-el", "--answers", str(answers), home=data_home)
        assert done.returncode == 2 and done.stdout.startswith("pindaian_kk: "), done.stdout + done.stderr
        assert "Traceback" not in done.stderr
    with Store() as store:
        assert store.list_applications() == []


@posix_only
def test_scan_refuses_a_fifo_and_dev_zero(tmp_path: Path, data_home: Path) -> None:
    fifo = tmp_path / "ktp.jpg"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        refused(run("scan", path, home=data_home), "bukan berkas biasa")

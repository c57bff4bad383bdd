"""``mpp-assist speak`` run as a real process with a temporary data home."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .wavcheck import assert_speech

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPP_ASSIST_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "mpp_assist", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_speak_to_wav(tmp_path: Path, data_home: Path) -> None:
    wav = tmp_path / "fee.wav"
    done = run("speak", "Biaya Rp 1.250.000", "--to", str(wav), home=data_home)
    assert done.returncode == 0, done.stderr
    assert str(wav) in done.stdout
    assert_speech(wav, words=7, rate=150)


def test_speak_english_and_bad_input(tmp_path: Path, data_home: Path) -> None:
    wav = tmp_path / "en.wav"
    done = run("--lang", "en", "speak", "Your application has been received", "--lang", "en",
               "--to", str(wav), home=data_home)
    assert done.returncode == 0, done.stderr
    assert_speech(wav, words=5, rate=150)

    empty = run("speak", "   ", home=data_home)
    assert empty.returncode == 2 and "Tidak ada teks" in empty.stderr
    slow = run("--lang", "en", "speak", "x", "--rate", "5", home=data_home)
    assert slow.returncode == 2 and "words per minute" in slow.stderr
    assert "Traceback" not in empty.stderr + slow.stderr

    unwritable = run("speak", "halo", "--to", str(tmp_path / "missing" / "x.wav"), home=data_home)
    assert unwritable.returncode != 0 and "Traceback" not in unwritable.stderr


def test_speak_voices_reports_the_indonesian_voice(data_home: Path) -> None:
    done = run("speak", "-", "--voices", home=data_home)
    assert done.returncode == 0, done.stderr
    assert "Indonesian" in done.stdout

"""``mpp-assist survey add`` and ``survey report`` run as real processes on a temporary data home."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpp_assist import clock

# The hand-built worked example of tests/unit/survey/test_ikm.py (IKM 80.83, B).
WORKED = [
    "4,4,3,4,3,4,4,2,3", "3,3,3,4,3,3,4,2,3", "4,3,2,4,3,3,4,3,3", "3,3,3,4,4,3,3,2,4", "4,4,3,4,3,4,4,3,3",
    "3,3,2,4,3,3,3,2,3", "4,3,3,4,3,3,4,2,3", "3,4,3,4,4,4,4,3,3", "4,3,3,3,3,3,4,2,4", "3,3,2,4,3,3,3,2,3",
]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPP_ASSIST_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "mpp_assist", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def stored(home: Path) -> int:
    db = home / "mpp-assist.sqlite3"
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM survey_responses").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data home holding the worked example for ktp-el on 2026-11-02, one paspor response a day later."""
    home = tmp_path_factory.mktemp("survey-cli")
    for i, answers in enumerate(WORKED):
        extra = ["--sex", "P", "--age", "34", "--education", "sma"] if i == 0 else []
        done = run("survey", "add", "--service", "ktp-el", "--answers", answers, "--date", "2026-11-02",
                   *extra, home=home)
        assert done.returncode == 0, done.stderr
    done = run("survey", "add", "--service", "paspor", "--answers", "4,4,4,4,4,4,4,4,-", "--date", "2026-11-03",
               "--mode", "interview", "--suggestion", "Petugas sabar sekali.", "--json", home=home)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["mode"] == "interview" and out["answers"][8] is None and "nik" not in out
    return home


def test_report_json(home: Path) -> None:
    done = run("survey", "report", "--from", "2026-11-01", "--to", "2026-11-30", "--service", "ktp-el", "--json",
               home=home)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["respondents"] == 10
    assert out["nrr"] == {"u1": 3.5, "u2": 3.3, "u3": 2.7, "u4": 3.9, "u5": 3.2, "u6": 3.3, "u7": 3.7, "u8": 2.3,
                          "u9": 3.2}
    assert (out["ikm"], out["mutu"], out["kinerja"]) == (80.83, "B", "Baik")
    assert out["profile"]["age"] == {"30-39": 1} and out["profile"]["education"] == {"SMA": 1}
    every = json.loads(run("survey", "report", "--from", "2026-11-01", "--to", "2026-11-30", "--json",
                           "--population", "150", home=home).stdout)
    assert every["respondents"] == 11 and every["required_sample"] == 108
    assert every["nrr"]["u9"] == 3.2  # ten answers for U9: the interview skipped it
    assert every["suggestions"] == ["Petugas sabar sekali."]
    text = run("survey", "report", "--from", "2026-11-01", "--to", "2026-11-30", home=home)
    assert text.returncode == 0 and "U8" in text.stdout


def test_report_files(home: Path, tmp_path: Path) -> None:
    pdf, table = tmp_path / "skm.pdf", tmp_path / "skm.csv"
    done = run("survey", "report", "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(pdf), home=home)
    assert done.returncode == 0, done.stderr
    flat = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Laporan Survei Kepuasan Masyarakat" in flat and "Petugas sabar sekali." in flat
    done = run("--lang", "en", "survey", "report", "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(table),
               home=home)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert sum(1 for r in rows if r and r[0].isdigit()) == 11
    audit = run("audit", "show", "--json", home=home)
    assert sum(1 for e in json.loads(audit.stdout) if e["action"] == "export") == 2


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--answers", "4,3,4,4,3,3,4,2,3,4"], "Harus ada 9 jawaban"),
        (["--answers", "4,3,4,5,3,3,4,2,3"], "harus 1, 2, 3 atau 4, bukan 5"),
        (["--answers", "4,3,4,x,3,3,4,2,3"], "bukan x"),
        (["--answers", "4,3,4,4,3,3,4,2,3", "--date", "2026-02-30"], "Tanggal tidak ada"),
        (["--answers", "4,3,4,4,3,3,4,2,3", "--date", (clock.today() + timedelta(days=2)).isoformat()],
         "masa depan"),
        (["--answers", "4,3,4,4,3,3,4,2,3", "--suggestion", "wa 081234567890"], "nomor panjang"),
        (["--answers", "4,3,4,4,3,3,4,2,3", "--education", "D3"], "Pendidikan"),
        (["--answers", "4,3,4,4,3,3,4,2,3", "--age", "tua"], "Usia"),
    ],
)
def test_bad_input_stores_nothing(tmp_path: Path, args: list[str], says: str) -> None:
    done = run("survey", "add", "--service", "ktp-el", *args, home=tmp_path)
    assert done.returncode == 2, done.stdout
    assert says in done.stderr and "Traceback" not in done.stderr
    assert stored(tmp_path) == 0


def test_unknown_service_and_bad_report_requests(tmp_path: Path) -> None:
    done = run("survey", "add", "--service", "no-such", "--answers", "4,3,4,4,3,3,4,2,3", home=tmp_path)
    assert done.returncode == 2 and "Layanan tidak dikenal: no-such" in done.stderr
    assert stored(tmp_path) == 0
    for args, says in (
        (["--from", "2026-11-30", "--to", "2026-11-01"], "--from"),
        (["--from", "2026-11-31", "--to", "2026-12-01"], "Tanggal tidak ada"),
        (["--from", "2026-11-01", "--to", "2026-11-30", "-o", str(tmp_path / "x.docx")], ".pdf atau .csv"),
        (["--from", "2026-11-01", "--to", "2026-11-30", "--service", "no-such"], "Layanan tidak dikenal"),
    ):
        done = run("survey", "report", *args, home=tmp_path)
        assert done.returncode == 2 and says in done.stderr, (args, done.stderr)
    en = run("--lang", "en", "survey", "add", "--service", "ktp-el", "--answers", "5,3,4,4,3,3,4,2,3", home=tmp_path)
    assert en.returncode == 2 and "must be 1, 2, 3 or 4" in en.stderr

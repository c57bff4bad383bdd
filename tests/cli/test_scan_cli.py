"""``mpp-assist scan`` as a real process: a generated card read to JSON; hostile files refused cleanly."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from documents import hostile, synth
from mpp_assist.documents import KTP_FIELDS


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPP_ASSIST_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "mpp_assist", *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)


@pytest.mark.slow
def test_a_clean_ktp_is_printed_as_json_with_the_issue_field_names(tmp_path: Path, data_home: Path) -> None:
    card = synth.make_ktp(random.Random(104))
    path = tmp_path / "ktp.jpg"
    synth.render_ktp(card).save(path, "JPEG", quality=92)
    done = run("scan", str(path), "--kind", "auto", "--json", home=data_home)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"kind", "fields", "members", "confidence"}
    assert out["kind"] == "ktp" and out["members"] == []
    assert list(out["fields"]) == list(KTP_FIELDS)
    assert {k: v["value"] for k, v in out["fields"].items()} == card.truth()
    assert 0 < out["confidence"] <= 1
    assert all(set(v) == {"value", "confidence", "box", "raw", "problems"} for v in out["fields"].values())


@pytest.mark.parametrize("name", sorted(hostile.FILES))
def test_hostile_files_exit_non_zero_with_a_message(name: str, tmp_path: Path, data_home: Path) -> None:
    path = tmp_path / name
    path.write_bytes(hostile.FILES[name]())
    done = run("scan", str(path), "--json", home=data_home)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() and "Traceback" not in done.stderr


def test_a_missing_file_and_english_messages(tmp_path: Path, data_home: Path) -> None:
    done = run("--lang", "en", "scan", str(tmp_path / "none.jpg"), home=data_home)
    assert done.returncode == 1 and "File not found" in done.stderr


def test_an_unknown_kind_is_a_usage_error(tmp_path: Path, data_home: Path) -> None:
    done = run("scan", str(tmp_path / "x.jpg"), "--kind", "sim", home=data_home)
    assert done.returncode == 2

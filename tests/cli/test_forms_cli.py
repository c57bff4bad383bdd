"""``mpp-assist form``, ``apply`` and ``validate-form`` run as real processes with a temporary data home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mpp_assist.forms import load_catalogue
from mpp_assist.forms.catalogue import definition_files

SERVICES = [d.id for d in load_catalogue().services()]


def run(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPP_ASSIST_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "mpp_assist", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("service_id", SERVICES)
def test_every_example_is_accepted_by_apply(service_id: str, tmp_path: Path, data_home: Path) -> None:
    example = run("form", service_id, "--example", home=data_home)
    assert example.returncode == 0, example.stderr
    answers = tmp_path / "answers.json"
    answers.write_text(example.stdout, encoding="utf-8")
    done = run("apply", service_id, "--answers", str(answers), "--json", home=data_home)
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["id"] and result["receipt_number"] and result["service_id"] == service_id
    listed = run("list", "--json", home=data_home)
    assert [a["id"] for a in json.loads(listed.stdout)] == [result["id"]]


def test_apply_run_again_stores_nothing_twice(tmp_path: Path, data_home: Path) -> None:
    """A command killed after its commit, before it said so, is run again by the officer: the open
    application of this NIK and service is named, not made twice (``--again`` when a new one is meant)."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps(load_catalogue().get("ktp-el").example_answers()), encoding="utf-8")
    first = json.loads(run("apply", "ktp-el", "--answers", str(path), "--json", home=data_home).stdout)
    again = run("apply", "ktp-el", "--answers", str(path), "--json", home=data_home)
    assert again.returncode == 3 and first["receipt_number"] in again.stderr and "--again" in again.stderr
    assert [a["id"] for a in json.loads(run("list", "--json", home=data_home).stdout)] == [first["id"]]
    english = run("--lang", "en", "apply", "ktp-el", "--answers", str(path), home=data_home)
    assert english.returncode == 3 and "already" in english.stderr
    meant = run("apply", "ktp-el", "--answers", str(path), "--json", "--again", home=data_home)
    assert meant.returncode == 0, meant.stderr
    assert len(json.loads(run("list", "--json", home=data_home).stdout)) == 2


def test_a_malformed_nik_exits_2_naming_the_field(tmp_path: Path, data_home: Path) -> None:
    answers = load_catalogue().get("ktp-el").example_answers()
    answers["nik"] = "3273O157089OOO01"
    path = tmp_path / "a.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    done = run("apply", "ktp-el", "--answers", str(path), home=data_home)
    assert done.returncode == 2
    assert done.stdout.splitlines() == ["nik: NIK hanya berisi angka. Hapus huruf atau tanda lain"]
    english = run("--lang", "en", "apply", "ktp-el", "--answers", str(path), home=data_home)
    assert english.stdout.splitlines() == ["nik: A NIK has digits only. Remove letters or other signs"]
    assert json.loads(run("list", "--json", home=data_home).stdout) == []  # nothing stored


@pytest.mark.parametrize("path", definition_files(), ids=lambda p: p.stem)
def test_validate_form_accepts_every_shipped_definition(path: Path, data_home: Path) -> None:
    example = path.with_name(f"{path.stem}.example.json")
    done = run("validate-form", str(path), "--answers", str(example), home=data_home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"Benar: {path.stem} versi ")


def test_validate_form_lists_every_problem_with_its_location(tmp_path: Path, data_home: Path) -> None:
    data = load_catalogue().get("ktp-el").to_json()
    data["sections"][1]["fields"][4]["relevant"] = "tgl_lahir > today()"
    data["sections"][2]["fields"][1]["constraint"] = "regex(., '[0-9]{1,3}'"
    data["sections"][1]["fields"][5]["calculate"] = "age(nama_lengkap)"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    done = run("--lang", "en", "validate-form", str(bad), home=data_home)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{bad}: sections[1].fields[4].relevant: unknown field 'tgl_lahir'",
        f"{bad}: sections[1].fields[5].calculate: function 'age' does not accept text",
        f"{bad}: sections[2].fields[1].constraint: expected ')' but found end of expression",
    ]
    assert "3 problem(s) found" in done.stderr and "Traceback" not in done.stderr


def test_validate_form_reports_schema_problems_and_bad_json(tmp_path: Path, data_home: Path) -> None:
    data = load_catalogue().get("ktp-el").to_json()
    data["fee"] = "gratis"
    data["sections"][0]["fields"][0]["type"] = "pilihan"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    done = run("validate-form", str(bad), home=data_home)
    assert done.returncode == 1
    assert f"{bad}: fee: harus bertipe integer" in done.stdout.splitlines()
    assert any(
        line.startswith(f"{bad}: sections[0].fields[0].type: 'pilihan' tidak dikenal")
        for line in done.stdout.splitlines()
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": ', encoding="utf-8")
    done = run("validate-form", str(broken), home=data_home)
    assert done.returncode == 1 and "bukan JSON yang benar" in done.stderr and "Traceback" not in done.stderr


def test_validate_form_checks_answers_too(tmp_path: Path, data_home: Path) -> None:
    d = load_catalogue().get("ktp-el")
    answers = d.example_answers()
    answers["tanggal_lahir"] = "31 Februari 1990"
    answers["kode_pos"] = "40153"
    a = tmp_path / "a.json"
    a.write_text(json.dumps(answers), encoding="utf-8")
    done = run("validate-form", str(d.source), "--answers", str(a), home=data_home)
    assert done.returncode == 2
    message = "Tanggal lahir: tanggal itu tidak ada, bulan Februari hanya sampai tanggal 28"
    assert f"{a}: tanggal_lahir: galat: {message}" in done.stdout.splitlines()
    assert any(
        "kode_pos: peringatan: Kode pos desa/kelurahan yang dipilih adalah 40152" in line
        for line in done.stdout.splitlines()
    )

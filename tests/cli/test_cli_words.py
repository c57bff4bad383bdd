"""What the CLI says on its own: argparse's words in the CLI's language, answers it will not keep, and
an application named by too few characters. Real processes with a temporary data home."""

from __future__ import annotations

import argparse
import inspect
import json
import re
from pathlib import Path

import pytest
from test_receipt_cli import run

from mpp_assist.cli import argparse_text
from mpp_assist.forms import load_catalogue

ENGLISH = ("usage:", "options:", "positional arguments", "error:", "the following arguments are required",
           "show this help", "invalid choice", "invalid int value", "expected one argument")


def test_argparse_speaks_indonesian(data_home: Path) -> None:
    missing = run("apply", home=data_home)
    assert missing.returncode == 2
    assert "penggunaan: mpp-assist apply" in missing.stderr
    assert "mpp-assist apply: kesalahan: argumen berikut wajib diisi: SERVICE_ID, --answers" in missing.stderr
    helped = run("apply", "--help", home=data_home)
    assert "pilihan:" in helped.stdout and "argumen posisi:" in helped.stdout
    assert "tampilkan bantuan ini lalu keluar" in helped.stdout
    top = run("--help", home=data_home).stdout
    assert "tampilkan nomor versi lalu keluar" in top
    wrong = [
        run("--lang", "zz", home=data_home).stderr,  # invalid choice
        run("server", "--port", "abc", home=data_home).stderr,  # invalid int value
        run("apply", "ktp-el", "--answers", home=data_home).stderr,  # expected one argument
        run("list", "--tidak-ada", home=data_home).stderr,  # unrecognized arguments
    ]
    assert "pilihan tidak sah: 'zz' (pilih dari 'id', 'en')" in wrong[0]
    assert "nilai int tidak sah: 'abc'" in wrong[1] and "perlu satu nilai" in wrong[2]
    assert "argumen tidak dikenal: --tidak-ada" in wrong[3]
    for text in [missing.stderr, helped.stdout, top, *wrong]:
        assert not [w for w in ENGLISH if w in text], text


def test_argparse_speaks_english_with_lang_en(data_home: Path) -> None:
    missing = run("--lang", "en", "apply", home=data_home)
    assert "usage: mpp-assist apply" in missing.stderr
    assert "mpp-assist apply: error: the following arguments are required: SERVICE_ID, --answers" in missing.stderr
    assert "options:" in run("--lang", "en", "apply", "--help", home=data_home).stdout


def test_every_user_facing_argparse_text_has_our_words() -> None:
    """A message argparse writes to a user (not the ones that only a programmer's mistake triggers)."""
    ids = set(re.findall(r"""\b_\(\s*(['"])(.*?)\1\s*\)""", inspect.getsource(argparse)))
    programmer = re.compile(r"invalid conflict|cannot|conflicting|dest= is required|mutually exclusive|"
                            r"is not callable|__call__|invalid argument for positionals|argument \"-\" with mode|"
                            r"unexpected option string")
    shown = {text.encode().decode("unicode_escape") for _q, text in ids if not programmer.search(text)}
    assert shown - set(argparse_text.TEXTS) == set()


def test_unknown_answers_are_named_not_dropped_silently(tmp_path: Path, data_home: Path) -> None:
    answers = load_catalogue().get("kartu-keluarga").example_answers()
    answers["nama_kepala_keluargaa"] = "salah ketik"
    answers["anggota_keluarga"][0]["hubungann"] = "anak"
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    done = run("apply", "kartu-keluarga", "--answers", str(tmp_path / "a.json"), "--json", home=data_home)
    assert done.returncode == 0, done.stderr
    assert "tidak ada di formulir kartu-keluarga dan tidak disimpan" in done.stderr
    assert "nama_kepala_keluargaa" in done.stderr and "anggota_keluarga[0].hubungann" in done.stderr
    assert json.loads(done.stdout)["id"]  # the JSON on stdout stays clean


@pytest.fixture
def two(tmp_path: Path, data_home: Path) -> list[dict]:
    (tmp_path / "a.json").write_text(json.dumps(load_catalogue().get("ktp-el").example_answers()), encoding="utf-8")
    made = []
    for _ in range(2):
        done = run("apply", "ktp-el", "--answers", str(tmp_path / "a.json"), "--json", "--again", home=data_home)
        assert done.returncode == 0, done.stderr
        made.append(json.loads(done.stdout))
    return made


def test_a_short_or_ambiguous_id_says_so_and_lists_the_matches(tmp_path: Path, data_home: Path, two: list) -> None:
    out = str(tmp_path / "r.pdf")
    shared = two[0]["receipt_number"].rsplit("-", 1)[0]  # DESK-YYYYMMDD: both receipts start so
    both = run("receipt", shared.lower(), "-o", out, home=data_home)
    assert both.returncode == 1 and "Traceback" not in both.stderr
    assert f"{shared.lower()} cocok dengan 2 permohonan: ketik lebih banyak karakter." in both.stderr
    assert all(a["id"] in both.stderr and a["receipt_number"] in both.stderr for a in two)

    first, other = two[0]["id"], two[1]["id"]
    receipt = two[0]["receipt_number"]  # "d" would also start both receipt numbers (DEMO-…)
    k = next(n for n in range(1, 6) if first[:n] != other[:n] and not receipt.startswith(first[:n].upper()))
    short = run("receipt", first[:k], "-o", out, home=data_home)
    assert short.returncode == 1 and "terlalu pendek (1 permohonan cocok)" in short.stderr and first in short.stderr

    whole = run("receipt", two[1]["receipt_number"][:-1], "-o", out, home=data_home)  # ends 000: still both
    assert "cocok dengan 2" in whole.stderr
    assert run("receipt", first[:8], "-o", out, home=data_home).returncode == 0  # enough characters
    nothing = run("receipt", "zzzz", "-o", out, home=data_home)
    assert nothing.returncode == 1 and "Permohonan tidak ditemukan: zzzz" in nothing.stderr

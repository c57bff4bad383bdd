"""``mpp-assist form-print`` run as a real process with a temporary data home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from mpp_assist.forms import load_catalogue
from unit.receipts.test_cups import QUEUE, _wait_for_output, cups  # noqa: F401 - the cupsd fixture


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPP_ASSIST_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "mpp_assist", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def text_of(path: Path) -> str:
    return "".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.fixture
def applied(tmp_path: Path, data_home: Path) -> dict:
    answers = load_catalogue().get("akta-kelahiran").example_answers()
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    done = run("apply", "akta-kelahiran", "--answers", str(tmp_path / "a.json"), "--json", home=data_home)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_list_and_print_the_forms_of_an_application(tmp_path: Path, data_home: Path, applied: dict) -> None:
    listed = run("form-print", "--list", applied["id"], home=data_home)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("F-2.01\tFORMULIR PELAPORAN PENCATATAN SIPIL")
    assert any(line.startswith("F-2.03\t") and "Surat keterangan kelahiran" in line for line in lines)
    as_json = json.loads(run("form-print", "--list", applied["receipt_number"], "--json", home=data_home).stdout)
    assert [f["code"] for f in as_json] == ["F-2.01", "F-2.03", "F-2.04"]

    out = tmp_path / "f201.pdf"
    done = run("form-print", applied["receipt_number"], "-o", str(out), home=data_home)
    assert done.returncode == 0, done.stderr
    assert "F-2.01" in done.stdout and applied["receipt_number"] in done.stdout
    text = text_of(out)
    for answer in ("AgusWibowo", "3273010101900003", "RizkyWibowo", "HendraGunawan", "2September2025"):
        assert answer in text
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(210 * mm, abs=0.5)

    folio = tmp_path / "sptjm.pdf"
    done = run("form-print", applied["id"], "--form", "f-2.03", "--paper", "f4", "--large", "-o", str(folio),
               home=data_home)
    assert done.returncode == 0, done.stderr
    page = PdfReader(folio).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (
        pytest.approx(215 * mm, abs=0.5), pytest.approx(330 * mm, abs=0.5))
    assert "SURATPERNYATAANTANGGUNGJAWABMUTLAK" in text_of(folio)

    audit = json.loads(run("audit", "show", "--application", applied["id"], "--json", home=data_home).stdout)
    printed = [e["detail"] for e in audit if e["action"] == "paper_form_printed"]
    assert printed == ["F-2.01 (a4)", "F-2.03 (f4)"]


def test_bad_ids_codes_and_paper_get_plain_messages(tmp_path: Path, data_home: Path, applied: dict) -> None:
    missing = run("form-print", "no-such-application", "-o", str(tmp_path / "x.pdf"), home=data_home)
    assert missing.returncode == 1
    assert "Permohonan tidak ditemukan: no-such-application" in missing.stderr
    assert "Traceback" not in missing.stderr

    bad_code = run("form-print", applied["id"], "--form", "F-9.99", "-o", str(tmp_path / "x.pdf"), home=data_home)
    assert bad_code.returncode == 2
    assert "F-9.99" in bad_code.stderr and "F-2.01" in bad_code.stderr and "Traceback" not in bad_code.stderr

    bad_paper = run("form-print", applied["id"], "--paper", "letter", "-o", str(tmp_path / "x.pdf"), home=data_home)
    assert bad_paper.returncode == 2 and "letter" in bad_paper.stderr

    nowhere = run("form-print", applied["id"], home=data_home)
    assert nowhere.returncode == 2 and "-o FILE.pdf" in nowhere.stderr

    english = run("--lang", "en", "form-print", applied["id"], "--form", "X", "-o", str(tmp_path / "x.pdf"),
                  home=data_home)
    assert english.returncode == 2 and "Form X" in english.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_form_printed_through_cups(cups: str, tmp_path: Path, data_home: Path, applied: dict) -> None:  # noqa: F811
    env = {**os.environ, "MPP_ASSIST_HOME": str(data_home), "CUPS_SERVER": cups}
    done = subprocess.run([sys.executable, "-m", "mpp_assist", "form-print", applied["id"], "--paper", "f4",
                           "--print", QUEUE], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert QUEUE in done.stdout
    out = _wait_for_output(cups, f"F-2.01-{applied['receipt_number']}")  # the job is titled code-receipt
    try:
        reader = PdfReader(out)
        assert "FORMULIRPELAPORANPENCATATANSIPIL" in "".join(reader.pages[0].extract_text().split())
        assert float(reader.pages[0].mediabox.height) == pytest.approx(330 * mm, abs=2)
    finally:
        out.unlink()
    assert not list(data_home.glob("cetak-*"))  # the temporary copy for lp is gone

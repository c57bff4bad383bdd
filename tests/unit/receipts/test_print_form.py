"""Paper forms through CUPS's lp with the form's paper (F4 = 215 × 330 mm), and what the consent record's
"does the applicant read for themselves?" puts on the form and in the application's history (issue 18).

Only the ``lp``/``lpstat`` processes are faked (``printer_support.fake_cups``); the PDF, the store, the
consent record and the audit trail are real.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from mpp_assist.applications import submit
from mpp_assist.forms import load_catalogue
from mpp_assist.paperforms import build_form
from mpp_assist.printing import PrintError
from mpp_assist.printing.cups import list_printers, print_form
from mpp_assist.security import audit, consent
from mpp_assist.store import Store
from printer_support import fake_cups, fake_jobs

READ_TO = "dibacakan kepada pemohon"


def squash(text: str) -> str:
    return "".join(text.split())


def text_of(path: Path) -> str:
    return squash("\n".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir, jobs = fake_cups(tmp_path / "cups")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LP_DIR", str(jobs))
    return jobs


def _akta(store: Store, *, reads_self: bool):
    definition = load_catalogue().get("akta-kelahiran")
    consent.record(store, draft_id="d-1", given_by="applicant", method="thumbprint", officer="demo",
                   consenter_name="Agus Wibowo", reads_self=reads_self)
    app = submit(store, definition, definition.example_answers(), officer="demo", desk="DEMO-01", draft_id="d-1")
    return app, definition


@pytest.mark.parametrize(("paper", "media", "size"), [
    ("f4", "Custom.215x330mm", (215, 330)), ("a4", "A4", (210, 297)),
])
def test_a_form_goes_to_lp_with_its_paper(data_home: Path, cups: Path, paper: str, media: str,
                                          size: tuple[int, int]) -> None:
    with Store() as store:
        app, definition = _akta(store, reads_self=True)
        pdf = build_form(app, definition, "F-2.01", paper=paper)
    job = print_form(pdf, "kantor-f4", paper=paper, title=f"F-2.01-{app.receipt_number}")
    assert job == "fake-0"
    [(args, printed)] = fake_jobs(cups)
    assert args[args.index("-d") + 1] == "kantor-f4"
    assert args[args.index("-t") + 1] == f"F-2.01-{app.receipt_number}"
    assert f"media={media}" in [args[i + 1] for i, a in enumerate(args) if a == "-o"]
    page = PdfReader(printed).pages[0]
    assert (round(float(page.mediabox.width) / mm), round(float(page.mediabox.height) / mm)) == size
    assert printed.read_bytes() == pdf  # the very bytes of the form
    assert not list(data_home.glob("cetak-*"))  # the temporary copy for lp is gone


def test_printer_refusal_and_unknown_paper(data_home: Path, cups: Path) -> None:
    assert list_printers() == ["kantor-f4", "struk-80mm"]
    with pytest.raises(PrintError, match="broken"):
        print_form(b"%PDF-1.4\n%%EOF\n", "broken", paper="f4")
    with pytest.raises(ValueError, match="letter"):
        print_form(b"%PDF-1.4\n%%EOF\n", None, paper="letter")


@pytest.mark.parametrize("reads_self", [True, False])
def test_the_consent_record_keeps_whether_the_applicant_reads(data_home: Path, reads_self: bool) -> None:
    with Store() as store:
        app, definition = _akta(store, reads_self=reads_self)
        [record] = consent.for_application(store, app.id)
        assert record.reads_self is reads_self
        assert consent.reads_self_for(store, app.id) is reads_self
        raw = store.conn.execute("SELECT subject FROM consents").fetchone()[0]
        assert "reads_self" not in str(raw)  # sealed with the names
        details = [e.detail for e in audit.entries(store) if e.action == "consent"]
        assert details and details[-1].endswith("/reads-self" if reads_self else "/read-to")
        pdf = build_form(app, definition, "F-2.01", reads_self=consent.reads_self_for(store, app.id))
    path = data_home / "f.pdf"
    path.write_bytes(pdf)
    assert (squash(READ_TO) in text_of(path)) is (not reads_self)


def test_an_application_with_no_consent_record_on_this_desk(data_home: Path) -> None:
    with Store() as store:
        definition = load_catalogue().get("ktp-el")
        app = submit(store, definition, definition.example_answers(), officer="demo", desk="DEMO-01")
        assert consent.reads_self_for(store, app.id) is None
        pdf = build_form(app, definition, reads_self=None)
    path = data_home / "f.pdf"
    path.write_bytes(pdf)
    assert squash(READ_TO) not in text_of(path)


def test_the_history_shows_the_consent_and_the_reading(data_home: Path) -> None:
    from mpp_assist.ui.shell.words import history_lines

    with Store() as store:
        app, _definition = _akta(store, reads_self=False)
        lines = history_lines(store, app.id)
    [line] = [line for line in lines if "persetujuan dicatat" in line]
    assert "pemohon sendiri" in line and "cap jempol" in line and READ_TO in line
    assert lines.index(line) == 0  # in time order: the consent came before the application


def test_cli_form_print_sends_f4_to_lp(data_home: Path, tmp_path: Path) -> None:
    bin_dir, jobs = fake_cups(tmp_path / "cups")
    env = {**os.environ, "MPP_ASSIST_HOME": str(data_home), "FAKE_LP_DIR": str(jobs),
           "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(load_catalogue().get("akta-kelahiran").example_answers()), encoding="utf-8")
    applied = subprocess.run([sys.executable, "-m", "mpp_assist", "apply", "akta-kelahiran", "--answers",
                              str(answers), "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert applied.returncode == 0, applied.stderr
    number = json.loads(applied.stdout)["receipt_number"]
    done = subprocess.run([sys.executable, "-m", "mpp_assist", "form-print", number, "--paper", "f4",
                           "--print", "kantor-f4"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "kantor-f4" in done.stdout and "fake-0" in done.stdout
    [(args, printed)] = fake_jobs(jobs)
    assert "media=Custom.215x330mm" in args and args[args.index("-t") + 1] == f"F-2.01-{number}"
    page = PdfReader(printed).pages[0]
    assert (round(float(page.mediabox.width) / mm), round(float(page.mediabox.height) / mm)) == (215, 330)
    assert "FORMULIRPELAPORANPENCATATANSIPIL" in text_of(printed)
    refused = subprocess.run([sys.executable, "-m", "mpp_assist", "form-print", number, "--print", "broken"],
                             capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 1 and "broken" in refused.stderr and "Traceback" not in refused.stderr

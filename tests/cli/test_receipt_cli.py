"""``mpp-assist receipt`` and ``mpp-assist report`` run as real processes with a temporary data home."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from mpp_assist import clock
from mpp_assist.forms import load_catalogue
from mpp_assist.receipts import DEFAULT_PUBLIC_URL, mask_nik
from mpp_assist.settings import Settings


def run(*args: str, home: Path, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPP_ASSIST_HOME": str(home), **(env or {})}
    return subprocess.run([sys.executable, "-m", "mpp_assist", *args], capture_output=True, text=True,
                          env=env, input=stdin, timeout=120, check=False)


def text_of(path: Path) -> str:
    return "".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.fixture
def applied(tmp_path: Path, data_home: Path) -> dict:
    answers = load_catalogue().get("ktp-el").example_answers()
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    done = run("apply", "ktp-el", "--answers", str(tmp_path / "a.json"), "--json", home=data_home)
    assert done.returncode == 0, done.stderr
    return {**json.loads(done.stdout), "nik": answers["nik"]}


def test_receipt_for_an_applied_application(tmp_path: Path, data_home: Path, applied: dict) -> None:
    out = tmp_path / "r.pdf"
    done = run("receipt", applied["id"], "-o", str(out), home=data_home)
    assert done.returncode == 0, done.stderr
    assert applied["receipt_number"] in done.stdout
    text = text_of(out)
    assert applied["receipt_number"] in text
    assert "KTPElektronik" in text
    assert "".join(mask_nik(applied["nik"]).split()) in text
    assert applied["nik"] not in text
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(210 * mm, abs=0.5)

    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                   check=True)
    png = next(tmp_path.glob("p*.png"))
    qr = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True).stdout
    assert qr.split() == [f"{DEFAULT_PUBLIC_URL}/lacak/{applied['tracking_code']}"]

    # The second print is a reprint: marked on the paper and in the audit trail.
    again = tmp_path / "r2.pdf"
    done = run("receipt", applied["receipt_number"], "--layout", "58mm", "--large-print", "--lang", "en",
               "-o", str(again), home=data_home)
    assert done.returncode == 0, done.stderr
    text = text_of(again)
    assert "REPRINT" in text and "Receiptnumber" in text
    assert float(PdfReader(again).pages[0].mediabox.width) == pytest.approx(58 * mm, abs=0.5)

    audit = run("audit", "show", "--application", applied["id"], "--json", home=data_home)
    assert audit.returncode == 0, audit.stderr
    actions = [e["action"] for e in json.loads(audit.stdout)]
    assert actions.count("receipt_printed") == 1 and actions.count("receipt_reprinted") == 1
    assert "dicetak ulang oleh" in audit.stdout


def test_receipt_problems_are_plain_messages(tmp_path: Path, data_home: Path, applied: dict) -> None:
    missing = run("receipt", "no-such-application", "-o", str(tmp_path / "x.pdf"), home=data_home)
    assert missing.returncode == 1
    assert "Permohonan tidak ditemukan: no-such-application" in missing.stderr
    assert "Traceback" not in missing.stderr

    nowhere = run("receipt", applied["id"], "-o", str(tmp_path / "no" / "such" / "r.pdf"), home=data_home)
    assert nowhere.returncode == 1
    assert "Berkas tidak bisa ditulis" in nowhere.stderr and "Traceback" not in nowhere.stderr

    bad_layout = run("receipt", applied["id"], "--layout", "letter", "-o", str(tmp_path / "x.pdf"),
                     home=data_home)
    assert bad_layout.returncode == 2 and "letter" in bad_layout.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_daily_report(tmp_path: Path, data_home: Path, applied: dict) -> None:
    out = tmp_path / "report.pdf"
    done = run("report", "--date", clock.today().isoformat(), "-o", str(out), home=data_home)  # the desk's day
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "Laporanharianloket" in text
    assert "1permohonan:0terkirim,1menunggu" in text
    assert "KTPElektronik" in text
    assert applied["nik"] not in text

    bad = run("report", "--date", "2026-02-30", "-o", str(out), home=data_home)
    assert bad.returncode == 2 and "2026-02-30" in bad.stderr
    exported = run("audit", "show", "--json", home=data_home)
    assert [e["detail"] for e in json.loads(exported.stdout) if e["action"] == "export"] == [
        f"report {clock.today().isoformat()}"
    ]


def test_daily_report_needs_a_supervisor(tmp_path: Path, data_home: Path, applied: dict) -> None:
    for name, role in (("sari", "officer"), ("budi", "supervisor")):
        added = run("officer", "add", name, "--role", role, "--password-stdin", home=data_home,
                    stdin=f"{name}-pin-1\n")
        assert added.returncode == 0, added.stderr
    out = tmp_path / "report.pdf"
    as_sari = {"MPP_ASSIST_OFFICER": "sari", "MPP_ASSIST_PASSWORD": "sari-pin-1"}
    denied = run("report", "-o", str(out), home=data_home, env=as_sari)
    assert denied.returncode == 4 and "supervisor" in denied.stderr and "Traceback" not in denied.stderr
    assert not out.exists()
    as_budi = {"MPP_ASSIST_OFFICER": "budi", "MPP_ASSIST_PASSWORD": "budi-pin-1"}
    done = run("report", "-o", str(out), home=data_home, env=as_budi)
    assert done.returncode == 0, done.stderr
    assert "KTPElektronik" in text_of(out)


def test_receipt_to_an_escpos_network_printer(data_home: Path, applied: dict) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.append(chunk)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    settings = Settings()
    settings.set("escpos_connection", "network")
    settings.set("escpos_host", "127.0.0.1")
    settings.set("escpos_port", server.getsockname()[1])
    settings.set("receipt_layout", "58mm")
    try:
        done = run("receipt", applied["id"], "--escpos", home=data_home)
        assert done.returncode == 0, done.stderr
        thread.join(60)
    finally:
        server.close()
    data = b"".join(received)
    assert applied["receipt_number"].encode() in data
    assert f"/lacak/{applied['tracking_code']}".encode() in data
    assert applied["nik"].encode() not in data

    nowhere = run("receipt", applied["id"], home=data_home)
    assert nowhere.returncode == 2 and "-o FILE.pdf" in nowhere.stderr

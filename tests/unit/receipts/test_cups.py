"""Printing a receipt to a real CUPS queue (cups-pdf) through ``print_pdf``: a PDF file comes out.

The test starts its own cupsd with its own configuration, socket and spool in a
temporary folder, so it neither needs nor touches a system CUPS. cups-pdf's
backend runs only as root (CUPS starts 0700 backends as root only), so the test
is skipped, saying why, where that cannot be.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpp_assist.printing import PrintError
from mpp_assist.printing.cups import list_printers, print_pdf
from mpp_assist.receipts import build_receipt

from .conftest import Definition, make_app

BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
QUEUE = "mpp-receipts-test"


def _why_not() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "cups-pdf's backend runs only when cupsd runs as root"
    for need in ("cupsd", "lpadmin", "lp", "lpstat"):
        if shutil.which(need) is None:
            return f"{need} is not installed (Debian packages cups, printer-driver-cups-pdf)"
    if not BACKEND.exists() or not PPD.exists():
        return "cups-pdf is not installed (Debian package printer-driver-cups-pdf)"
    return None


def _wait(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def cups() -> Iterator[str]:
    reason = _why_not()
    if reason:
        pytest.skip(f"cannot run a CUPS server here: {reason}")
    # Not under pytest's 0700 temp folder: CUPS runs its filters as user "lp", who must reach the spool.
    root = Path(tempfile.mkdtemp(prefix="mpp-cups-"))
    root.chmod(0o755)
    for sub in ("conf", "conf/ppd", "state", "cache", "spool", "tmp", "log"):
        (root / sub).mkdir()
        (root / sub).chmod(0o755)
    (root / "tmp").chmod(0o1777)
    sock = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel info\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n    Allow all\n  </Limit>\n</Policy>\n"
    )
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}/conf\nStateDir {root}/state\nCacheDir {root}/cache\nRequestRoot {root}/spool\n"
        f"TempDir {root}/tmp\nAccessLog {root}/log/access_log\nErrorLog {root}/log/error_log\n"
        f"PageLog {root}/log/page_log\nSystemGroup root\n"
    )
    daemon = subprocess.Popen(
        ["cupsd", "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        try:
            _wait(lambda: sock.exists() or daemon.poll() is not None, 30, "cupsd's socket")
        except AssertionError:
            pytest.skip("cupsd did not start within 30 s")
        if daemon.poll() is not None:
            pytest.skip(f"cupsd cannot run here: {daemon.stderr.read().decode(errors='replace')[-300:]}")
        subprocess.run(["lpadmin", "-h", str(sock), "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
                       check=True, capture_output=True)
        yield str(sock)
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)


def _stopped(server: str) -> str | None:
    """CUPS's reason when the queue stopped on an error (e.g. "Filter failed"), else None."""
    out = subprocess.run(["lpstat", "-h", server, "-p", QUEUE], capture_output=True, text=True).stdout
    return out if "disabled" in out else None


def _output_dirs(user: str) -> list[Path]:
    # Debian's cups-pdf.conf: "Out ${HOME}/PDF" for known users, its ANONYMOUS spool otherwise.
    return [Path(pwd.getpwnam(user).pw_dir) / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]


def test_receipt_printed_to_cups_pdf(cups: str, tmp_path: Path) -> None:
    app = make_app()
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(build_receipt(app, Definition(), layout="80mm"))
    title = f"mpp-receipt-{uuid.uuid4().hex[:10]}"

    job = print_pdf(pdf, QUEUE, title=title, server=cups)
    assert job.startswith(QUEUE + "-")

    out = _wait_for_output(cups, title)
    try:
        assert out.read_bytes().startswith(b"%PDF")
        text = "".join(PdfReader(out).pages[0].extract_text().split())
        assert app.receipt_number in text
    finally:
        out.unlink()


def test_printer_list_and_unknown_printer(cups: str, tmp_path: Path) -> None:
    assert QUEUE in list_printers(server=cups)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(build_receipt(make_app(), Definition(), layout="58mm"))
    with pytest.raises(PrintError, match="no-such-printer"):
        print_pdf(pdf, "no-such-printer", server=cups)
    with pytest.raises(PrintError, match="tidak ada"):
        print_pdf(tmp_path / "missing.pdf", QUEUE, server=cups)


def _wait_for_output(cups: str, title: str) -> Path:
    folders = _output_dirs(pwd.getpwuid(os.geteuid()).pw_name)

    def printed() -> Path | None:
        failure = _stopped(cups)
        if failure:
            raise AssertionError(f"the CUPS queue stopped: {failure}")
        for path in (p for folder in folders if folder.is_dir() for p in folder.glob(f"{title}*.pdf")):
            if path.read_bytes().rstrip().endswith(b"%%EOF"):
                return path
        return None

    return _wait(printed, 120, f"cups-pdf to write {title}.pdf")


def test_cli_receipt_print(cups: str, tmp_path: Path, data_home: Path) -> None:
    from mpp_assist.forms import load_catalogue

    env = {**os.environ, "MPP_ASSIST_HOME": str(data_home), "CUPS_SERVER": cups}
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(load_catalogue().get("ktp-el").example_answers()), encoding="utf-8")
    applied = subprocess.run([sys.executable, "-m", "mpp_assist", "apply", "ktp-el", "--answers",
                              str(answers), "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert applied.returncode == 0, applied.stderr
    number = json.loads(applied.stdout)["receipt_number"]
    done = subprocess.run([sys.executable, "-m", "mpp_assist", "receipt", number, "--layout", "58mm",
                           "--print", QUEUE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert QUEUE in done.stdout
    out = _wait_for_output(cups, number)  # the job is titled with the receipt number
    try:
        assert number in "".join(PdfReader(out).pages[0].extract_text().split())
    finally:
        out.unlink()
    assert not list(data_home.glob("cetak-*"))  # the temporary copy for lp is gone

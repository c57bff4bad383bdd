"""Printing a PDF on a system printer through CUPS's ``lp`` (Linux, macOS).

``server`` is a CUPS server or socket (``lp -h``); by default the system's own,
or ``$CUPS_SERVER``. On Windows the desk prints through the Qt print dialog.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from mpp_assist.i18n import translate
from mpp_assist.paths import data_home
from mpp_assist.printing.errors import PrintError

_JOB = re.compile(r"request id is (\S+)")


def _lp_tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        raise PrintError(
            translate("Printing", "Perintah {tool} (CUPS) tidak ada di komputer ini. Pasang CUPS atau cetak "
                                  "lewat dialog cetak.").format(tool=name)
        )
    return exe


def _server_args(server: str | None) -> list[str]:
    return ["-h", server] if server else []


def print_pdf(
    path: str | Path,
    printer: str | None = None,
    *,
    title: str | None = None,
    copies: int = 1,
    options: dict[str, str] | None = None,
    server: str | None = None,
) -> str:
    """Queue the PDF at ``path`` on ``printer`` (None or "": the default printer); return the job id.

    ``options`` are CUPS job options (``{"media": "Custom.80x200mm"}``). Raises PrintError
    (no CUPS, unknown printer, printer refusing jobs) with a plain message.
    """
    pdf = Path(path)
    if not pdf.is_file():
        raise PrintError(translate("Printing", "Berkas yang akan dicetak tidak ada: {path}").format(path=pdf))
    args = [_lp_tool("lp"), *_server_args(server)]
    if printer:
        args += ["-d", printer]
    if title:
        args += ["-t", title]
    if copies != 1:
        args += ["-n", str(int(copies))]
    for key, value in (options or {}).items():
        args += ["-o", f"{key}={value}"]
    args += ["--", str(pdf)]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        message = translate("Printing", "Pencetak tidak menjawab: {error}")
        raise PrintError(message.format(error=exc)) from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().removeprefix("lp: ")
        raise PrintError(
            translate("Printing", "Tidak bisa mencetak ke {printer}: {error}").format(
                printer=printer or translate("Printing", "pencetak utama"), error=detail
            )
        )
    match = _JOB.search(done.stdout)
    return match.group(1) if match else ""


def print_pdf_bytes(
    pdf: bytes, printer: str | None = None, *, title: str = "MPP Assist", **kwargs: Any
) -> str:
    """``print_pdf`` for PDF bytes: a temporary file under the data home, removed once ``lp`` has sent it."""
    with tempfile.TemporaryDirectory(dir=data_home(), prefix="cetak-") as folder:
        path = Path(folder) / "receipt.pdf"
        path.write_bytes(pdf)
        return print_pdf(path, printer, title=title, **kwargs)  # lp uploads the file before returning


def print_form(
    pdf: bytes, printer: str | None = None, *, paper: str = "a4", title: str = "MPP Assist", **kwargs: Any
) -> str:
    """A paper form (``paperforms.build_form``) on ``printer``, on its own paper: ``lp -o media=A4`` or
    ``media=Custom.215x330mm`` for F4/folio, so that CUPS neither fits an F4 form onto A4 nor crops it."""
    from mpp_assist.paperforms.layouts import MEDIA

    try:
        media = MEDIA[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(MEDIA)}") from None
    options = {**(kwargs.pop("options", None) or {}), "media": media}
    return print_pdf_bytes(pdf, printer, title=title, options=options, **kwargs)


def list_printers(server: str | None = None) -> list[str]:
    """The names of the CUPS queues on this machine (empty when CUPS is missing or has none)."""
    exe = shutil.which("lpstat")
    if exe is None:
        return []
    done = subprocess.run([exe, *_server_args(server), "-e"], capture_output=True, text=True, timeout=30,
                          check=False)
    return [line.strip() for line in done.stdout.splitlines() if line.strip()] if done.returncode == 0 else []

"""Fixtures for receipt tests: a stored application and its service definition."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpp_assist.forms.text import Text
from mpp_assist.store import Application

FULL_NIK = "3201234567890001"
MASKED_NIK = "3201 **** **** 0001"
URL_BASE = "https://lacak.contoh.go.id"


@dataclass(frozen=True)
class Req:
    id: str
    name: Text
    hint: Text = field(default_factory=Text)


@dataclass
class Definition:
    """The parts of a ``FormDefinition`` a receipt reads."""

    id: str = "ktp-el"
    version: str = "1"
    name: Text = field(
        default_factory=lambda: Text({"id": "KTP-el baru atau pengganti", "en": "KTP-el identity card"})
    )
    agency: Text = field(default_factory=lambda: Text(
        {"id": "Dinas Kependudukan dan Pencatatan Sipil", "en": "Population and Civil Registration Office"}
    ))
    fee: int = 1_250_000
    service_days: int = 7
    requirements: list[Req] = field(default_factory=lambda: [
        Req("kk", Text({"id": "Kartu Keluarga", "en": "Family card"})),
        Req("surat_hilang", Text({"id": "Surat kehilangan dari polisi", "en": "Police loss report"})),
        Req("ktp_rusak", Text({"id": "KTP-el yang rusak", "en": "The damaged card"})),
    ])


def make_app(**changes) -> Application:
    values = dict(
        id="6f1c1d7e-0000-4000-8000-000000000001", service_id="ktp-el", form_version="1",
        answers={"nik": FULL_NIK, "nama_lengkap": "Siti Nurhaliza"},
        receipt_number="DEMO-01-20260317-0001", tracking_code="ABCD-EFGH-JKMN-PQRS", officer="budi",
        desk="DEMO-01", status="waiting", created_at="2026-03-17T03:15:00+00:00",
        updated_at="2026-03-17T03:15:00+00:00",
        requirements={"kk": "original_seen", "surat_hilang": "sptjm"},
    )
    values.update(changes)
    return Application(**values)


@pytest.fixture
def app() -> Application:
    return make_app()


@pytest.fixture
def definition() -> Definition:
    return Definition()


def pdf_text(path: Path) -> str:
    """The PDF's text (pypdf: unlike pdftotext it keeps the hyphen of a number wrapped at a hyphen)."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def decode_qr(pdf: Path, tmp: Path) -> list[str]:
    """Render at 300 dpi on white (pdftoppm's default paper colour) and decode every QR code."""
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp / "page")], check=True)
    found: list[str] = []
    for png in sorted(tmp.glob("page*.png")):
        out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                             capture_output=True, text=True)
        found += [line for line in out.stdout.splitlines() if line]
    return found


def require_tools(*names: str) -> None:
    missing = [n for n in names if shutil.which(n) is None]
    if missing:
        pytest.fail(f"needed tools missing (see .ci/run APT_PACKAGES): {', '.join(missing)}")

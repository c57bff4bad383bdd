"""The applicant's signature and thumbprint on the receipt (drawn from the sealed strokes)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpp_assist.attestation import ApplicantWord, Signature, Thumbprint, with_word
from mpp_assist.receipts import build_receipt

from .conftest import FULL_NIK, make_app, pdf_text

INK = b".05 .1 .35 RG"  # receipts.ink's stroke colour, as reportlab writes it


def signature() -> Signature:
    return Signature.from_strokes(400, 120, [
        [(10 + i * 3, 60 + 30 * math.sin(i / 5), i * 10, 0.2 + 0.7 * abs(math.sin(i / 7))) for i in range(120)],
    ])


def content_streams(path: Path) -> bytes:
    return b"".join(page.get_contents().get_data() for page in PdfReader(path).pages)


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_signature_is_drawn_and_the_read_back_noted(tmp_path: Path, definition, layout: str) -> None:
    word = ApplicantWord(False, True, "signature", signature())
    app = make_app(answers=with_word({"nik": FULL_NIK, "nama_lengkap": "Siti Nurhaliza"}, word))
    path = tmp_path / "r.pdf"
    path.write_bytes(build_receipt(app, definition, layout=layout))
    text = "".join(pdf_text(path).split())
    assert "Tandatanganpemohon" in text
    assert "Isipermohonantelahdibacakandandibenarkanolehpemohon" in text
    assert INK in content_streams(path)
    assert FULL_NIK not in text  # the word changes nothing about masking

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(build_receipt(make_app(), definition, layout=layout))
    assert INK not in content_streams(plain) and "Tandatangan" not in "".join(pdf_text(plain).split())


def test_thumbprint_names_the_witness(tmp_path: Path, definition) -> None:
    word = ApplicantWord(False, True, "thumbprint", thumbprint=Thumbprint("known", True, True, "Budi Hartono"))
    path = tmp_path / "r.pdf"
    path.write_bytes(build_receipt(make_app(answers=with_word({"nama_lengkap": "Siti"}, word)), definition,
                                   lang="en"))
    text = " ".join(pdf_text(path).split())
    assert "witnessed by Budi Hartono" in text or "disaksikan oleh Budi Hartono" in text

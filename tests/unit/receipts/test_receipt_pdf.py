"""Receipt PDFs read back: text, QR (rendered at 300 dpi, decoded with zbarimg), page size, type size."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from mpp_assist.receipts import build_receipt, mask_nik, tracking_url
from mpp_assist.receipts.content import build_content
from mpp_assist.receipts.pdf import wrap

from .conftest import FULL_NIK, MASKED_NIK, URL_BASE, decode_qr, make_app, pdf_text, require_tools

WIDTHS = {"a4": 210 * mm, "a5": 148 * mm, "80mm": 80 * mm, "58mm": 58 * mm}
LAYOUTS = list(WIDTHS)


def squash(text: str) -> str:
    """Text without whitespace: a number wrapped over two lines on a narrow roll still matches."""
    return "".join(text.split())


def write(tmp_path: Path, pdf: bytes, name: str = "receipt.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout(tmp_path: Path, app, definition, layout: str, large: bool) -> None:
    require_tools("pdftotext", "pdftoppm", "zbarimg")
    pdf = build_receipt(app, definition, layout=layout, large_print=large, public_base_url=URL_BASE)
    path = write(tmp_path, pdf)

    text = pdf_text(path)
    flat = squash(text)
    assert squash(app.receipt_number) in flat
    assert squash("KTP-el baru atau pengganti") in flat
    assert squash(MASKED_NIK) in flat
    assert FULL_NIK not in flat
    assert FULL_NIK.encode() not in pdf

    assert decode_qr(path, tmp_path) == [f"{URL_BASE}/lacak/{app.tracking_code}"]

    pages = PdfReader(path).pages
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(WIDTHS[layout], abs=0.5)
    if layout in ("80mm", "58mm"):
        assert len(pages) == 1  # one roll, as long as the content

    numbers = {squash(app.receipt_number), squash(app.tracking_code), squash(MASKED_NIK)}
    with pdfplumber.open(path) as doc:
        lines = [line for page in doc.pages for line in page.extract_text_lines()]
    sizes = [round(ch["size"], 2) for line in lines for ch in line["chars"] if not ch["text"].isspace()]
    assert sizes
    if large:
        # A number kept on one line may be shrunk to the paper's width; nothing else is below 16 pt.
        others = [round(ch["size"], 2) for line in lines if squash(line["text"]) not in numbers
                  for ch in line["chars"] if not ch["text"].isspace()]
        assert min(others) >= 16
    else:
        assert min(sizes) < 16  # the normal receipt is not accidentally large print


def test_font_is_embedded(tmp_path: Path, app, definition) -> None:
    path = write(tmp_path, build_receipt(app, definition))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), out
    assert "DejaVuSans" in out


def test_contents(tmp_path: Path, app, definition) -> None:
    pdf = build_receipt(app, definition, mpp_name="MPP Kabupaten Bogor", desk="L-07")
    text = pdf_text(write(tmp_path, pdf))
    for expected in [
        "MPP Kabupaten Bogor",
        "Loket L-07",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Siti Nurhaliza",
        "budi",
        "Selasa, 17 Maret 2026",
        "Rp 1.250.000",
        "satu juta dua ratus lima puluh ribu rupiah",
        # 18-24 March 2026 are Nyepi, Idul Fitri and cuti bersama.
        "Kamis, 2 April 2026 (7 hari kerja)",
        "Kartu Keluarga — asli sudah diperlihatkan",
        "diganti SPTJM",
        "KTP-el yang rusak — masih harus dibawa",
        "Dokumen yang belum lengkap: KTP-el yang rusak",
        "ABCD-EFGH-JKMN-PQRS",
        "UU No. 27/2022",
        "menyusul setelah data terkirim",
    ]:
        assert squash(expected) in squash(text), expected
    assert "CETAK ULANG" not in text


def test_reprint_shows_local_and_official_number(tmp_path: Path, definition) -> None:
    app = make_app(official_number="3201-KTP-2026-000123", status="sent")
    when = datetime(2026, 3, 20, 2, 0, tzinfo=UTC)
    text = pdf_text(write(tmp_path, build_receipt(app, definition, reprint=True, now=when, layout="80mm")))
    assert "CETAK ULANG" in text
    assert squash(app.receipt_number) in squash(text)
    assert "3201-KTP-2026-000123" in squash(text)


def test_free_service_has_no_words(tmp_path: Path, app, definition) -> None:
    definition.fee = 0
    text = pdf_text(write(tmp_path, build_receipt(app, definition)))
    assert "Tidak dipungut biaya" in text
    assert "Dasar hukum" not in text  # this definition names no basis: the sentence without it
    assert "rupiah)" not in text


def test_full_nik_never_appears_even_when_repeated_in_an_answer(tmp_path: Path, definition) -> None:
    app = make_app(answers={"nik": FULL_NIK, "nama_lengkap": f"Siti {FULL_NIK[:8]} {FULL_NIK[8:]}"})
    pdf = build_receipt(app, definition, layout="58mm")
    text = squash(pdf_text(write(tmp_path, pdf)))
    assert FULL_NIK not in text
    assert text.count(squash(MASKED_NIK)) == 2


@pytest.mark.parametrize("lang", ["en", "both"])
def test_english_and_both(tmp_path: Path, app, definition, lang: str) -> None:
    text = squash(pdf_text(write(tmp_path, build_receipt(app, definition, lang=lang))))
    assert squash("Receipt number") in text
    assert squash("KTP-el identity card") in text
    assert squash("one million two hundred fifty thousand rupiah") in text
    assert squash("Thursday, 2 April") in text and squash("(7 working days)") in text
    if lang == "both":
        assert squash("Nomor tanda terima / Receipt number") in text
        assert squash("satu juta dua ratus lima puluh ribu rupiah") in text
    else:
        assert "Nomortandaterima" not in text


def test_roll_grows_with_content(app, definition, tmp_path: Path) -> None:
    short = PdfReader(write(tmp_path, build_receipt(app, definition, layout="80mm"), "a.pdf")).pages[0]
    definition.requirements = definition.requirements * 4
    long = PdfReader(write(tmp_path, build_receipt(app, definition, layout="80mm"), "b.pdf")).pages[0]
    assert float(long.mediabox.height) > float(short.mediabox.height) > float(short.mediabox.width)


def test_large_print_a5_breaks_across_pages(tmp_path: Path, app, definition) -> None:
    definition.requirements = definition.requirements * 5
    path = write(tmp_path, build_receipt(app, definition, layout="a5", large_print=True))
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    assert "halaman 2/" in pdf_text(path)
    assert min(size for size in _sizes(path)) >= 16


def test_unknown_layout_and_language(app, definition) -> None:
    with pytest.raises(ValueError, match="layout"):
        build_receipt(app, definition, layout="letter")
    with pytest.raises(ValueError, match="language"):
        build_receipt(app, definition, lang="jv")


def test_mask_nik_and_tracking_url() -> None:
    assert mask_nik(FULL_NIK) == MASKED_NIK
    assert mask_nik("3201 2345 6789 0001") == MASKED_NIK
    assert mask_nik("12") == "****"
    assert tracking_url("https://x.go.id/", "AB-CD") == "https://x.go.id/lacak/AB-CD"


def test_wrap_breaks_long_words_at_hyphens() -> None:
    from mpp_assist.receipts import fonts

    lines = wrap("DEMO-01-20260317-0001", fonts.BOLD, 16, 100)
    assert len(lines) > 1 and lines[0].endswith("-")
    assert "".join(lines) == "DEMO-01-20260317-0001"


def test_content_states_are_translated(app, definition) -> None:
    rc = build_content(app, definition, lang="en")
    assert [r.done for r in rc.requirements] == [True, True, False]
    assert rc.requirements[2].state == "still to bring"


@pytest.mark.parametrize(("reason", "listed", "absent"), [
    ("baru", ["Kartu Keluarga (KK)"], ["kepolisian"]),
    ("hilang", ["Kartu Keluarga (KK)", "Surat keterangan kehilangan dari kepolisian"], ["KTP-el lama"]),
])
def test_real_catalogue_ktp_el(tmp_path: Path, reason: str, listed: list[str], absent: list[str]) -> None:
    from mpp_assist.forms import load_catalogue

    definition = load_catalogue().get("ktp-el")
    answers = {**definition.example_answers(), "jenis_permohonan": reason}
    app = make_app(answers=answers, requirements={"kk": "copy_received"})
    text = pdf_text(write(tmp_path, build_receipt(app, definition, layout="80mm")))
    flat = squash(text)
    assert squash(definition.name.get("id")) in flat
    assert squash(mask_nik(answers["nik"])) in flat and answers["nik"] not in flat
    assert squash(answers["nama_lengkap"]) in flat
    for item in listed:
        assert squash(item) in flat, item
    for item in absent:
        assert squash(item) not in flat, item
    assert squash("Fotokopi diterima ✓ Kartu Keluarga (KK)") in flat  # a roll groups them by state
    if definition.fee == 0:
        assert squash("Tidak dipungut biaya") in flat


def _sizes(path: Path) -> list[float]:
    with pdfplumber.open(path) as doc:
        return [round(ch["size"], 2) for page in doc.pages for ch in page.chars if not ch["text"].isspace()]


def test_normal_print_shrinks_to_stay_on_one_sheet(tmp_path: Path, app, definition) -> None:
    path = write(tmp_path, build_receipt(app, definition, layout="a5", lang="both"))
    assert len(PdfReader(path).pages) == 1
    assert 7.5 * 0.8 - 0.01 <= min(_sizes(path)) < 7.5  # it did shrink, but not below 80 %

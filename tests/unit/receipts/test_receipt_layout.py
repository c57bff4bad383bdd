"""How receipts are laid out, measured from the PDF: roll length, page counts, where the QR and the
numbers are, and what a free service, an appointment and a birth certificate say (issue 14, 18)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from mpp_assist.forms import load_catalogue
from mpp_assist.receipts import build_receipt, mask_nik

from .conftest import decode_qr, make_app, pdf_text, require_tools


def squash(text: str) -> str:
    return "".join(text.split())


def real(service: str, **changes):
    definition = load_catalogue().get(service)
    values = {"service_id": service, "form_version": definition.version,
              "answers": definition.example_answers(), "requirements": {}}
    values.update(changes)
    return make_app(**values), definition


def write(tmp_path: Path, pdf: bytes, name: str = "r.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def lines_of(path: Path) -> list[dict]:
    with pdfplumber.open(path) as doc:
        return [line | {"page": n} for n, page in enumerate(doc.pages) for line in page.extract_text_lines()]


def height_mm(path: Path) -> float:
    return float(PdfReader(path).pages[0].mediabox.height) / mm


# Roll lengths in large print before this layout (measured: 9c87028), for the passport receipt.
BEFORE = {("58mm", "id"): 918, ("58mm", "both"): 1568, ("80mm", "id"): 680, ("80mm", "both"): 1090}


@pytest.mark.parametrize(("layout", "lang"), list(BEFORE))
def test_large_print_roll_is_about_half_as_long(tmp_path: Path, layout: str, lang: str) -> None:
    app, definition = real("paspor")
    path = write(tmp_path, build_receipt(app, definition, layout=layout, large_print=True, lang=lang))
    assert len(PdfReader(path).pages) == 1
    assert height_mm(path) <= 0.6 * BEFORE[(layout, lang)]
    # Not by dropping what the applicant needs: the numbers, the service, the documents to bring.
    flat = squash(pdf_text(path))
    for needed in (app.receipt_number, app.tracking_code, "Paspor biasa", "Kartu Keluarga", "Rp 350.000",
                   mask_nik(app.answers["nik"]), "lacak.mpp-assist.example/lacak/"):
        assert squash(needed) in flat, needed


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("layout", ["58mm", "80mm", "a5", "a4"])
def test_numbers_are_never_broken_over_lines(tmp_path: Path, layout: str, large: bool) -> None:
    app, definition = real("akta-kelahiran")
    path = write(tmp_path, build_receipt(app, definition, layout=layout, large_print=large, lang="both"))
    texts = [line["text"] for line in lines_of(path)]
    nik = mask_nik(app.answers["nik_pelapor"])
    for number in (app.receipt_number, app.tracking_code, nik):
        assert any(number in text for text in texts), (number, texts[:30])


@pytest.mark.parametrize("layout", ["58mm", "80mm"])
def test_roll_puts_the_qr_before_the_numbers(tmp_path: Path, layout: str) -> None:
    require_tools("pdftoppm", "zbarimg")
    app, definition = real("ktp-el")
    path = write(tmp_path, build_receipt(app, definition, layout=layout, large_print=True))
    assert decode_qr(path, tmp_path) == [f"https://lacak.mpp-assist.example/lacak/{app.tracking_code}"]
    with pdfplumber.open(path) as doc:
        page = doc.pages[0]
        qr_top = min(r["top"] for r in page.rects if r["width"] < 3 * mm)  # the QR's modules
        lines = page.extract_text_lines()
    number_top = next(line["top"] for line in lines if app.receipt_number in line["text"])
    title_top = next(line["top"] for line in lines if "TANDA" in line["text"])
    assert qr_top < number_top < title_top


@pytest.mark.parametrize("service", ["paspor", "akta-kelahiran", "ktp-el"])
def test_a4_large_print_fits_one_page(tmp_path: Path, service: str) -> None:
    app, definition = real(service)
    path = write(tmp_path, build_receipt(app, definition, layout="a4", large_print=True))
    assert len(PdfReader(path).pages) == 1
    with pdfplumber.open(path) as doc:
        page = doc.pages[0]
        sizes = [round(ch["size"], 2) for ch in page.chars if not ch["text"].isspace()]
        bottom = max(ch["bottom"] for ch in page.chars)
    assert min(sizes) >= 16
    assert bottom > page.height * 0.6  # it uses the sheet, not half of it


def test_a5_bilingual_fits_one_sheet(tmp_path: Path) -> None:
    app, definition = real("paspor")
    path = write(tmp_path, build_receipt(app, definition, layout="a5", lang="both"))
    assert len(PdfReader(path).pages) == 1


@pytest.mark.parametrize(("service", "layout", "lang"), [
    ("ktp-el", "a5", "id"), ("paspor", "a5", "both"), ("paspor", "a4", "both"), ("akta-kelahiran", "a4", "both"),
])
def test_a_receipt_that_breaks_leaves_no_lone_sentence(tmp_path: Path, service: str, layout: str,
                                                       lang: str) -> None:
    app, definition = real(service)
    path = write(tmp_path, build_receipt(app, definition, layout=layout, large_print=True, lang=lang))
    lines = lines_of(path)
    pages = max(line["page"] for line in lines) + 1
    assert pages >= 2
    last = [line for line in lines if line["page"] == pages - 1 and "halaman" not in line["text"]]
    assert len(last) >= 6, [line["text"] for line in last]


def test_free_service_says_so_with_its_legal_basis(tmp_path: Path) -> None:
    app, definition = real("ktp-el")
    text = squash(pdf_text(write(tmp_path, build_receipt(app, definition, lang="both"))))
    assert squash("Tidak dipungut biaya / Free of charge") in text
    assert squash("Dasar hukum: UU 24/2013 Pasal 79A. / Legal basis: Law 24/2013 Article 79A.") in text
    assert "Gratis" not in text


def test_free_service_without_a_basis_and_with_more_to_say(tmp_path: Path) -> None:
    app, definition = real("nib")
    text = pdf_text(write(tmp_path, build_receipt(app, definition)))
    assert "Tidak dipungut biaya" in text and "Dasar hukum" not in text
    assert "tanpa biaya" not in text  # its note says only that it is free: said once
    app, definition = real("bpjs-kesehatan")
    flat = squash(pdf_text(write(tmp_path, build_receipt(app, definition, layout="58mm"), "b.pdf")))
    assert squash("Tidak dipungut biaya") in flat and squash("Iuran bulanan per orang") in flat


@pytest.mark.parametrize("layout", ["a4", "a5", "80mm"])
def test_amount_in_words_sits_under_the_amount(tmp_path: Path, layout: str) -> None:
    app, definition = real("paspor")
    with pdfplumber.open(write(tmp_path, build_receipt(app, definition, layout=layout))) as doc:
        page = doc.pages[0]
        amount = page.search("Rp 350.000", regex=False)[0]
        words = page.search("(tiga ratus", regex=False)[0]
        same_line = [ch for ch in page.chars if abs(ch["top"] - amount["top"]) < 2 and ch["x0"] > amount["x1"] + 1]
    assert not [ch for ch in same_line if not ch["text"].isspace()]  # the amount alone, not run into the note
    assert words["x0"] == pytest.approx(amount["x0"], abs=1)  # under it, aligned with it
    assert 0 <= words["top"] - amount["bottom"] < (amount["bottom"] - amount["top"])  # on the very next line


@pytest.mark.parametrize("lang", ["id", "en"])
def test_passport_appointment_is_not_a_collection(tmp_path: Path, lang: str) -> None:
    app, definition = real("paspor")
    text = pdf_text(write(tmp_path, build_receipt(app, definition, lang=lang)))
    assert "mengambil hasil" not in text and "collect the result" not in text
    assert ("janji temu, bawa" if lang == "id" else "appointment, bring") in text
    app, definition = real("ktp-el")
    text = pdf_text(write(tmp_path, build_receipt(app, definition, lang=lang), "k.pdf"))
    assert ("Saat mengambil hasil, bawa" if lang == "id" else "When you collect the result, bring") in text


@pytest.mark.parametrize("layout", ["a4", "58mm"])
def test_birth_certificate_names_the_child_and_the_reporter(tmp_path: Path, layout: str) -> None:
    app, definition = real("akta-kelahiran")
    flat = squash(pdf_text(write(tmp_path, build_receipt(app, definition, layout=layout))))
    assert squash("Nama pemohon") in flat and squash(app.answers["nama_pelapor"]) in flat
    assert squash("Nama anak") in flat and squash(app.answers["nama_anak"]) in flat


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_a_requirement_replaced_by_an_sptjm_names_its_form(tmp_path: Path, layout: str) -> None:
    app, definition = real("akta-kelahiran", requirements={"surat_kelahiran": "sptjm", "buku_nikah": "sptjm"})
    flat = squash(pdf_text(write(tmp_path, build_receipt(app, definition, layout=layout))))
    assert "F-2.03" in flat and "F-2.04" in flat
    if layout == "a4":
        assert squash("diganti SPTJM F-2.03 (surat pernyataan)") in flat

"""Paper forms read back: every answer of every service's example on every form, QR at 300 dpi, F4, large print."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from mpp_assist.attestation import ApplicantWord, Signature, Thumbprint, with_word
from mpp_assist.forms import load_catalogue, regions
from mpp_assist.forms.session import FormSession
from mpp_assist.paperforms import UnknownForm, available_forms, build_form
from mpp_assist.store import Application
from unit.receipts.conftest import require_tools

URL = "https://lacak.contoh.go.id"
CATALOGUE = load_catalogue()
INK = b".05 .1 .35 RG"  # the signature's stroke colour in the page's content stream


def squash(text: str) -> str:
    return "".join(text.split())


def make_app(service_id: str, answers: dict[str, Any] | None = None, word: ApplicantWord | None = None,
             sptjm: bool = True) -> Application:
    definition = CATALOGUE.get(service_id)
    stored = definition.normalise(answers if answers is not None else definition.example_answers())
    if word is not None:
        stored = with_word(stored, word)
    return Application(
        id="6f1c1d7e-0000-4000-8000-000000000018", service_id=service_id, form_version=definition.version,
        answers=stored, receipt_number="DEMO-01-20261203-0007", tracking_code="ABCD-EFGH-JKMN-PQRS",
        officer="budi", desk="DEMO-01", status="waiting", created_at="2026-12-03T03:15:00+00:00",
        updated_at="2026-12-03T03:15:00+00:00",
        requirements={r.id: "sptjm" for r in definition.requirements if r.sptjm_allowed and sptjm},
    )


def expected_answers(service_id: str, answers: dict[str, Any]) -> list[tuple[str, ...]]:
    """Every answer as the paper may show it: its display text, or (a region) each of its levels' names."""
    session = FormSession(CATALOGUE.get(service_id), answers)
    out = []
    for section in session.summary("id"):
        for row in section.rows:
            f = session.field(row.path)
            if f.type == "repeat" or not row.answered:
                continue
            levels = tuple(r.name for r in regions.lineage(str(session.value(row.path)))) if f.type == "region" else ()
            out.append((row.value, *levels))
    return out


def missing_from(text: str, expected: list[tuple[str, ...]]) -> list[str]:
    def shown(shown_as: str, *levels: str) -> bool:
        return squash(shown_as) in text or (bool(levels) and all(squash(name) in text for name in levels))

    return [e[0] for e in expected if not shown(*e)]


def all_service_ids() -> list[str]:
    return sorted(p.name.removesuffix(".example.json")
                  for p in Path(CATALOGUE.get("ktp-el").source).parent.glob("*.example.json"))


def pdf_text(pdf: bytes, tmp: Path) -> str:
    path = tmp / "form.pdf"
    path.write_bytes(pdf)
    return squash("\n".join(page.extract_text() for page in PdfReader(path).pages))


def signature() -> Signature:
    return Signature.from_strokes(480, 160, [
        [(20 + i * 2.5, 80 + 40 * math.sin(i / 5), i * 9, 0.3 + 0.6 * abs(math.sin(i / 8))) for i in range(150)],
    ])


FORMS = [(sid, f.code) for sid in all_service_ids() for f in available_forms(make_app(sid), CATALOGUE.get(sid))]


def test_every_service_has_a_form_and_the_dukcapil_ones_are_official() -> None:
    codes = {sid: [c for s, c in FORMS if s == sid] for sid in all_service_ids()}
    assert codes["kartu-keluarga"][:2] == ["F-1.01", "F-1.02"]
    assert codes["ktp-el"][0] == "F-1.02"
    assert codes["pindah-datang"][0] == "F-1.03"
    assert codes["akta-kelahiran"] == ["F-2.01", "F-2.03", "F-2.04"]
    for sid in ("bpjs-kesehatan", "paspor", "skck"):
        assert codes[sid][0] == "RINGKASAN"


@pytest.mark.parametrize(("service_id", "code"), FORMS)
def test_every_form_carries_every_answer_the_code_the_receipt_number_and_the_qr(
    tmp_path: Path, service_id: str, code: str
) -> None:
    require_tools("pdftoppm", "zbarimg")
    app = make_app(service_id)
    pdf = build_form(app, CATALOGUE.get(service_id), code, public_base_url=URL)
    text = pdf_text(pdf, tmp_path)
    assert missing_from(text, expected_answers(service_id, app.answers)) == []
    assert squash(code) in text and app.receipt_number in text
    assert "budi" in text  # the officer
    assert first_page_qr(tmp_path / "form.pdf", tmp_path) == [f"{URL}/lacak/{app.tracking_code}"]


def test_sworn_statements_offered_when_their_requirement_applies(tmp_path: Path) -> None:
    kk = CATALOGUE.get("kartu-keluarga")
    new_family = {**kk.example_answers(), "jenis_permohonan": "baru"}
    new_family.pop("alasan_perubahan", None)
    app = make_app("kartu-keluarga", new_family)
    offered = {f.code: f for f in available_forms(app, kk)}
    assert offered["F-1.05"].needed and offered["F-1.05"].kind == "sptjm"
    assert "Buku nikah" in offered["F-1.05"].replaces[0]
    text = pdf_text(build_form(app, kk, "F-1.05"), tmp_path)
    assert squash("SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK PERKAWINAN BELUM TERCATAT") in text
    assert squash("Meterai Rp10.000") in text and "BudiSantoso" in text

    # Not marked as replaced on the checklist: still offered (to print in advance), not needed.
    app = make_app("kartu-keluarga", new_family, sptjm=False)
    assert not {f.code: f for f in available_forms(app, kk)}["F-1.05"].needed


def test_signature_strokes_are_drawn_with_the_read_back_confirmation(tmp_path: Path) -> None:
    definition = CATALOGUE.get("ktp-el")
    signed = make_app("ktp-el", word=ApplicantWord(False, True, "signature", signature()))
    unsigned = make_app("ktp-el")
    pdf = build_form(signed, definition, "F-1.02")
    content = b"".join(p.get_contents().get_data() for p in PdfReader(_write(tmp_path, pdf)).pages)
    assert INK in content
    assert squash("Isi permohonan telah dibacakan dan dibenarkan oleh pemohon") in pdf_text(pdf, tmp_path)
    plain = build_form(unsigned, definition, "F-1.02")
    assert INK not in b"".join(p.get_contents().get_data() for p in PdfReader(_write(tmp_path, plain)).pages)
    assert squash("dibacakan dan dibenarkan") not in pdf_text(plain, tmp_path)


def test_thumbprint_prints_the_box_and_the_officers_attestation(tmp_path: Path) -> None:
    definition = CATALOGUE.get("akta-kelahiran")
    word = ApplicantWord(False, True, "thumbprint", thumbprint=Thumbprint("known", True, True, "Budi Hartono"))
    text = pdf_text(build_form(make_app("akta-kelahiran", word=word), definition, "F-2.01"), tmp_path)
    assert squash("cap jempol") in text
    assert squash("Saya, Budi Hartono, petugas yang menyaksikan, menyatakan bahwa pemohon Agus Wibowo") in text
    assert squash("dibubuhkan di hadapan saya (KUHPerdata Pasal 1874)") in text
    assert squash("( Budi Hartono )") in text  # the witnessing officer signs as the officer


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_page_sizes_and_large_print_fit(tmp_path: Path, paper: str, large: bool) -> None:
    definition = CATALOGUE.get("kartu-keluarga")  # the longest form: three family members
    app = make_app("kartu-keluarga", word=ApplicantWord(True, False, "signature", signature()))
    path = _write(tmp_path, build_form(app, definition, "F-1.01", paper=paper, large_print=large))
    width, height = (215 * mm, 330 * mm) if paper == "f4" else (210 * mm, 297 * mm)
    with pdfplumber.open(path) as doc:
        for page in doc.pages:
            assert (float(page.width), float(page.height)) == (pytest.approx(width, abs=0.5),
                                                              pytest.approx(height, abs=0.5))
            chars = [ch for ch in page.chars if not ch["text"].isspace()]
            assert chars
            assert all(ch["x0"] >= 10 * mm - 0.5 and ch["x1"] <= width - 10 * mm + 0.5 for ch in chars)
            assert all(ch["top"] >= 0 and ch["bottom"] <= height - 5 * mm for ch in chars)
            sizes = {round(ch["size"], 2) for ch in chars}
            assert (min(sizes) >= 16) if large else (min(sizes) < 16)
    text = squash("\n".join(p.extract_text() for p in PdfReader(path).pages))
    assert missing_from(text, expected_answers("kartu-keluarga", app.answers)) == []


def test_an_unknown_code_names_the_forms_there_are() -> None:
    app = make_app("ktp-el")
    with pytest.raises(UnknownForm) as err:
        build_form(app, CATALOGUE.get("ktp-el"), "F-9.99")
    assert "F-9.99" in err.value.message and "F-1.02" in err.value.message
    with pytest.raises(ValueError, match="letter"):
        build_form(app, CATALOGUE.get("ktp-el"), "F-1.02", paper="letter")


def test_the_reserved_key_never_prints_as_an_answer(tmp_path: Path) -> None:
    app = make_app("skck", word=ApplicantWord(True, False, "signature", signature()))
    text = pdf_text(build_form(app, CATALOGUE.get("skck")), tmp_path)
    assert "_applicant_word" not in text and "s1:" not in text


def first_page_qr(pdf: Path, tmp: Path) -> list[str]:
    """The QR codes on page 1 rendered at 300 dpi on white (pdftoppm's default), as the receipt tests do."""
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp / "qr")], check=True)
    png = next(tmp.glob("qr*.png"))
    out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                         capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line]


def _write(tmp: Path, pdf: bytes) -> Path:
    path = tmp / f"f{len(list(tmp.glob('f*.pdf')))}.pdf"
    path.write_bytes(pdf)
    return path


def test_the_applicants_signature_goes_only_in_the_applicants_own_box(tmp_path: Path) -> None:
    definition = CATALOGUE.get("akta-kelahiran")
    word = ApplicantWord(False, True, "signature", signature())
    own = make_app("akta-kelahiran", word=word)  # the reporter is the father, a declarant of F-2.04
    drawn = build_form(own, definition, "F-2.04")
    assert INK in b"".join(p.get_contents().get_data() for p in PdfReader(_write(tmp_path, drawn)).pages)
    other = {**definition.example_answers(), "nama_pelapor": "Joko Susilo", "nik_pelapor": "3273010202800005",
             "hubungan_pelapor": "keluarga"}
    pdf = build_form(make_app("akta-kelahiran", other, word=word), definition, "F-2.04")
    assert INK not in b"".join(p.get_contents().get_data() for p in PdfReader(_write(tmp_path, pdf)).pages)
    assert squash("dibacakan dan dibenarkan") in pdf_text(pdf, tmp_path)  # the read-back still noted


def test_a_requirement_with_no_official_statement_gets_the_plain_sptjm(tmp_path: Path) -> None:
    definition = CATALOGUE.get("nib")
    larger = {**definition.example_answers(), "modal_usaha": 2_000_000_000}  # a small, not micro, business
    app = make_app("nib", larger)
    [sptjm] = [f for f in available_forms(app, definition) if f.kind == "sptjm"]
    assert sptjm.code == "SPTJM" and sptjm.needed and "Bukti penguasaan tempat usaha" in sptjm.replaces
    text = pdf_text(build_form(app, definition, "SPTJM"), tmp_path)
    assert squash("SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK") in text
    assert squash("Bukti penguasaan tempat usaha") in text  # the document it stands in for
    assert missing_from(text, expected_answers("nib", app.answers)) == []


def test_every_sptjm_the_checklist_offers_is_a_printable_form_with_the_number_it_names() -> None:
    """Issue 18: a requirement the checklist lets an SPTJM replace has that SPTJM among the forms."""
    from mpp_assist.paperforms import catalogue
    from mpp_assist.receipts.content import relevant_requirements

    # The data names only real requirements that allow a statement, and only forms that exist.
    for service_id, mapping in catalogue._data()["sptjm"].items():
        requirements = {r.id: r for r in CATALOGUE.get(service_id).requirements}
        for requirement_id, code in mapping.items():
            assert requirements[requirement_id].sptjm_allowed, (service_id, requirement_id)
            assert catalogue.spec(code).kind == "sptjm", code
            assert catalogue.sptjm_number(service_id, requirement_id) == code  # as the checklist names it
    assert catalogue.sptjm_number("nib", "any") == ""  # the plain SPTJM has no number of its own

    for service_id in all_service_ids():
        definition = CATALOGUE.get(service_id)
        app = make_app(service_id)
        offered = {f.code: f for f in available_forms(app, definition)}
        for r in relevant_requirements(definition, app.answers):
            if not r.sptjm_allowed:
                continue
            code = catalogue.sptjm_form(service_id, r.id)
            assert code in offered, (service_id, r.id)
            assert r.name.get("id") in offered[code].replaces and offered[code].needed
            assert build_form(app, definition, code)[:5] == b"%PDF-"

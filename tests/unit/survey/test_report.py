"""The period report: a real PDF read back (pypdf and pdftotext) and the CSV parsed back."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpp_assist.survey import report

from .conftest import DAY, WORKED_EXAMPLE, responses

START, END = date(2026, 11, 1), date(2026, 11, 30)


def data():
    rows = responses(profile={"sex": "P", "education": "SMA"}) + responses(
        [(4,) * 9, (3,) * 9], service="paspor", profile={"occupation": "SWASTA"}, suggestion="Loket paspor ramah."
    )
    rows.append(responses([(2,) * 9], day=date(2026, 10, 31))[0])  # outside the period
    names = {"ktp-el": "KTP Elektronik", "paspor": "Paspor"}
    return rows, report.summarise(rows, START, END, populations={"ktp-el": 120, "paspor": 30},
                                  service_name=names.get)


def test_summary_per_service_and_overall() -> None:
    _rows, summary = data()
    out = summary.to_json()
    assert out["respondents"] == 12 and out["population"] == 150 and out["required_sample"] == 108
    ktp = next(s for s in out["services"] if s["service_id"] == "ktp-el")
    assert ktp["ikm"] == 80.83 and ktp["mutu"] == "B" and ktp["required_sample"] == 92
    assert ktp["lowest"] == ["u8", "u3", "u5"]
    paspor = next(s for s in out["services"] if s["service_id"] == "paspor")
    assert paspor["ikm"] == 87.5 and paspor["nrr"]["u1"] == 3.5 and paspor["required_sample"] == 28
    assert out["profile"]["sex"] == {"P": 10} and out["profile"]["occupation"] == {"SWASTA": 2}
    assert out["suggestions"] == ["Loket paspor ramah.", "Loket paspor ramah."]


def test_pdf_says_what_the_figures_are(tmp_path: Path) -> None:
    _rows, summary = data()
    pdf = report.build_pdf(summary, mpp_name="MPP Kota Contoh", desk="DESK-A")
    path = tmp_path / "skm.pdf"
    path.write_bytes(pdf)
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    flat = " ".join(text.split())
    assert "Laporan Survei Kepuasan Masyarakat" in flat
    assert "MPP Kota Contoh" in flat and "1 November 2026 – 30 November 2026" in flat
    assert "Responden: 10 dari sampel minimum 92 (populasi 120)." in flat
    assert "Sampel belum cukup: kurang 82 responden." in flat
    assert "IKM 80.83 — mutu B, kinerja Baik." in flat
    assert "U8 Penanganan pengaduan, saran dan masukan" in flat
    assert "Profil responden" in flat and "Perempuan" in flat
    assert "Loket paspor ramah." in flat
    assert "Tanpa data pribadi" in flat
    if shutil.which("pdftotext"):
        plain = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout
        assert "80.83" in plain and "Paspor" in plain
    assert b"/FontFile2" in pdf  # the bundled DejaVu is embedded


def test_pdf_in_english_and_empty() -> None:
    empty = report.summarise([], START, END, lang="en")
    path_text = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(report.build_pdf(empty, lang="en"))).pages
    )
    assert "Community Satisfaction Survey" in " ".join(path_text.split())
    assert "No respondents" in path_text


def test_csv_one_row_per_respondent_then_the_summary() -> None:
    rows, summary = data()
    text = report.build_csv(summary, rows)
    assert text.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(text[1:])))
    head = next(i for i, r in enumerate(table) if r[:3] == ["No", "Layanan", "U1"])
    assert table[head] == ["No", "Layanan", *[f"U{i}" for i in range(1, 10)], "Jenis kelamin", "Usia",
                           "Pendidikan", "Pekerjaan", "Cara"]
    body = table[head + 1 : head + 13]
    assert [r[0] for r in body] == [str(i) for i in range(1, 13)]
    ktp_rows = sorted(tuple(int(v) for v in r[2:11]) for r in body if r[1] == "ktp-el")
    assert ktp_rows == sorted(WORKED_EXAMPLE)
    assert all(r[11] == "P" and r[13] == "SMA" for r in body if r[1] == "ktp-el")
    assert table[head + 13] == []
    by_label = {r[1]: r[2:] for r in table if len(r) > 2 and r[0] == ""}
    assert by_label["IKM"] == [str(summary.overall.index.ikm)]
    lines = {r[0]: r for r in table[head + 20 :] if r}
    assert lines["ktp-el"][1:3] == ["10", "92"] and lines["ktp-el"][12] == "80.83"
    assert lines["ktp-el"][-1] == "U8 U3 U5"
    assert ["Loket paspor ramah."] in table
    assert str(DAY) not in text.split("Saran")[0].split("Periode")[1].split("\n", 2)[2]  # no day per row


@pytest.mark.parametrize("lang", ["id", "en"])
def test_csv_in_both_languages(lang: str) -> None:
    rows, summary = data()
    assert "U9" in report.build_csv(summary, rows, lang)

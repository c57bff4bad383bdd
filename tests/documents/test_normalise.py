"""Printed text → form values: look-alike digits, dates, and every value set the forms use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mpp_assist.forms
from mpp_assist.documents import normalise as norm
from mpp_assist.documents.fill import rt_rw

SERVICES = Path(mpp_assist.forms.__file__).parent / "services"


def _choices(service: str, field_id: str) -> set[str]:
    definition = json.loads((SERVICES / f"{service}.json").read_text(encoding="utf-8"))

    def walk(fields: list[dict]) -> dict | None:
        for f in fields:
            if f["id"] == field_id and "choices" in f:
                return f
            found = walk(f.get("fields", []))
            if found:
                return found
        return None

    for section in definition["sections"]:
        f = walk(section["fields"])
        if f:
            return {c["value"] for c in f["choices"]}
    raise AssertionError(field_id)


@pytest.mark.parametrize(
    ("table", "service", "field_id"),
    [
        (norm.SEX, "kartu-keluarga", "jenis_kelamin"),
        (norm.RELIGION, "kartu-keluarga", "agama"),
        (norm.MARITAL, "kartu-keluarga", "status_perkawinan"),
        (norm.RELATION, "kartu-keluarga", "hubungan"),
        (norm.EDUCATION, "kartu-keluarga", "pendidikan"),
        (norm.RELIGION, "ktp-el", "agama"),
        (norm.MARITAL, "ktp-el", "status_perkawinan"),
    ],
)
def test_every_value_read_is_one_the_form_accepts(table: dict[str, str], service: str, field_id: str) -> None:
    assert set(table.values()) <= _choices(service, field_id)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3201O14508900OO3", "3201014508900003"),  # O read for 0
        ("320I0145089000S3", "3201014508900053"),  # I for 1, S for 5
        ("No. 3201014508900003", "3201014508900003"),  # the "No" is a word, not digits
        ("No.3201014508900003", "3201014508900003"),  # ... also when the space was not read
        ("NO3201014508900003", "3201014508900003"),
        ("3201 0145 0890 0003", "3201014508900003"),
    ],
)
def test_numbers_read_through_ocr_look_alikes(text: str, expected: str) -> None:
    assert norm.number(text, 16)[0] == expected


def test_a_number_of_the_wrong_length_is_not_read() -> None:
    assert norm.number("320101450890003", 16) == (None, 0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("05-08-1990", "1990-08-05"), ("05-O8-1990", "1990-08-05"), ("5-8-1990", "1990-08-05"),
     ("31-02-1990", None), ("05081990", "1990-08-05"), ("SEUMUR HIDUP", None)],
)
def test_dates_are_day_first_and_real(text: str, expected: str | None) -> None:
    assert norm.iso_date(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        ("LAKI-LAKI", norm.SEX, "L"), ("PEREMPUAN", norm.SEX, "P"), ("PEREMPUN", norm.SEX, "P"),
        ("ISLAM", norm.RELIGION, "islam"), ("KATHOLIK", norm.RELIGION, "katolik"), ("BUDHA", norm.RELIGION, "buddha"),
        ("KAWIN TERCATAT", norm.MARITAL, "kawin"), ("BELUM KAWIN", norm.MARITAL, "belum_kawin"),
        ("CERAI MATI", norm.MARITAL, "cerai_mati"), ("SLTA/SEDERAJAT", norm.EDUCATION, "sma"),
        ("DIPLOMA IV/STRATA I", norm.EDUCATION, "s1"), ("AKADEMI/DIPLOMA III/S. MUDA", norm.EDUCATION, "diploma"),
        ("XYZZY", norm.RELIGION, None), ("", norm.SEX, None),
    ],
)
def test_value_sets(text: str, table: dict[str, str], expected: str | None) -> None:
    assert norm.choice(text, table)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("KEPALA KELUARGA", "kepala_keluarga"), ("ISTRI", "istri"), ("ANAK", "anak"), ("FAMILI LAIN", "famili_lain"),
     ("ORANG TUA", "orang_tua"), ("PEMBANTU", "lainnya"), ("ANAX", None)],
)
def test_relationships(text: str, expected: str | None) -> None:
    assert norm.relation(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [("A", "A"), ("AB", "AB"), ("0", "O"), ("B+", "B+"), ("-", None)])
def test_blood_group(text: str, expected: str | None) -> None:
    assert norm.blood(text)[0] == expected


def test_place_and_date_split_on_the_last_comma() -> None:
    assert norm.place_and_date("KOTA BARU, LAMPUNG, 05-08-1990") == ("KOTA BARU, LAMPUNG", "05-08-1990")
    assert norm.place_and_date("BOGOR 05-08-1990") == ("BOGOR", "05-08-1990")


def test_rt_rw_and_address() -> None:
    assert rt_rw("005/012") == (("005", 1.0), ("012", 1.0))
    assert rt_rw("OO5/O12")[0][0] == "005"
    assert rt_rw("5/12") == ((None, 0.0), (None, 0.0))
    assert norm.address("JL. MAWAR NO.12") == "JL. MAWAR NO. 12"
    assert norm.address("JL. MELATINO.111") == "JL. MELATI NO. 111"
    assert norm.address("KP. CASINO") == "KP. CASINO"

"""NPWP, phone, email, postcode, NIB, names and dates as people type them."""

from __future__ import annotations

from datetime import date

import pytest

from mpp_assist.forms.dates import parse_date
from mpp_assist.forms.problems import ERROR, WARNING
from mpp_assist.forms.validators import (
    check_email,
    check_name,
    check_nib,
    check_npwp,
    check_phone,
    check_postcode,
    format_npwp,
    format_phone,
)

TODAY = date(2026, 11, 27)


def codes(result) -> list[tuple[str, str]]:
    return [(sev, code) for sev, code, _p in result.findings]


# --- NPWP ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["01.300.066.6-091.000", "013000666091000", "0013000666091000", "3273011708450001"]
)
def test_npwp_forms_that_are_valid(raw: str) -> None:
    assert check_npwp(raw, today=TODAY).ok


def test_npwp_is_shown_as_on_the_card() -> None:
    assert format_npwp(check_npwp("013000666091000", today=TODAY).value) == "01.300.066.6-091.000"


@pytest.mark.parametrize(
    "raw,code",
    [
        ("01.300.066.7-091.000", "npwp_checksum"),  # wrong check digit
        ("0013000667091000", "npwp_checksum"),
        ("3273013208450001", "npwp_nik"),  # 16 digits that are not a real NIK
        ("01.300.066.6-091", "npwp_length"),
        ("01.300.066.6-091.00A", "npwp_digits"),
    ],
)
def test_npwp_problems(raw: str, code: str) -> None:
    assert codes(check_npwp(raw, today=TODAY)) == [(ERROR, code)]


# --- phone ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw,e164,shown",
    [
        ("081234567890", "+6281234567890", "0812-3456-7890"),
        ("0812-3456-7890", "+6281234567890", "0812-3456-7890"),
        ("+62 812 3456 7890", "+6281234567890", "0812-3456-7890"),
        ("62812345678 90", "+6281234567890", "0812-3456-7890"),
        ("(021) 5551234", "+62215551234", "(021) 5551234"),
        ("0361 234567", "+62361234567", "(0361) 234567"),
    ],
)
def test_phone_is_stored_e164_and_shown_nationally(raw: str, e164: str, shown: str) -> None:
    result = check_phone(raw)
    assert result.ok and result.value == e164
    assert format_phone(result.value) == shown


@pytest.mark.parametrize(
    "raw", ["0812345", "08123456789012345", "+1 202 555 0100", "telepon saya", "", 12, None]
)
def test_phone_problems(raw: object) -> None:
    assert codes(check_phone(raw)) == [(ERROR, "phone_invalid")]


# --- email, postcode, NIB ------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["nama@contoh.co.id", "Siti.Nur+mpp@Contoh.CO.ID", "a_b-c@sub.domain.id"])
def test_email_shapes_that_pass(raw: str) -> None:
    result = check_email(raw)
    assert result.ok and result.value.split("@")[1] == raw.split("@")[1].lower()


@pytest.mark.parametrize(
    "raw", ["nama", "nama@", "@contoh.id", "nama@contoh", "na ma@contoh.id", "nama@@contoh.id", "a@b.c"]
)
def test_email_shapes_that_fail(raw: str) -> None:
    assert codes(check_email(raw)) == [(ERROR, "email_invalid")]


def test_postcode_is_checked_against_the_village() -> None:
    assert codes(check_postcode("40152", expected="40152")) == []
    mismatch = check_postcode("40153", expected="40152")
    assert mismatch.ok and mismatch.value == "40153"
    assert codes(mismatch) == [(WARNING, "postcode_mismatch")]
    assert codes(check_postcode("4015")) == [(ERROR, "postcode_invalid")]
    assert codes(check_postcode("01234")) == [(ERROR, "postcode_invalid")]


def test_nib_has_13_digits() -> None:
    assert check_nib("9120 0012 3456 7").value == "9120001234567"
    assert codes(check_nib("912000123456")) == [(ERROR, "nib_invalid")]
    assert check_nib("912000123456").findings[0][2] == {"count": 12}


# --- names ---------------------------------------------------------------------------------------

REAL_NAMES = [
    "Soekarno",
    "Suharto",
    "Nur'aini",
    "Nur’aini",
    "Dr. Ir. H. Soekarno, M.Sc.",
    "I Gusti Ngurah Rai",
    "Ni Luh Putu Ayu",
    "Raden Ajeng Kartini",
    "Tjut Nyak Dhien",
    "Muh. Ali",
    "Sri Sultan Hamengkubuwono X",
    "Yohanes Surya, Ph.D.",
    "Andi Mallarangeng",
    "Siti Nurbaya-Putri",
    "Prof. Dr. Mochtar Kusumaatmadja, S.H., LL.M.",
    "Oey Hong Lee",
    "A",
    "Bona Ventura (Ventje)",
    "Hj. Ratu Atut Chosiyah",
    "Ṣāliḥ Ḥasan",
]


@pytest.mark.parametrize("name", REAL_NAMES)
def test_real_names_are_never_rejected(name: str) -> None:
    result = check_name(name)
    assert result.ok and codes(result) == [] and result.value == name


def test_odd_characters_in_a_name_only_warn() -> None:
    result = check_name("Budi 123")
    assert result.ok and codes(result) == [(WARNING, "name_characters")]
    assert check_name("  Budi   Santoso ").value == "Budi Santoso"


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "17 Agustus 1945",
        "17 agustus 1945",
        "17 agu 1945",
        "17 Agt 1945",
        "17 August 1945",
        "August 17, 1945",
        "17 Aug 1945",
        "17/08/1945",
        "17-8-1945",
        "17.08.1945",
        "1945-08-17",
        "17 8 1945",
        "17081945",
        {"day": 17, "month": 8, "year": 1945},
        {"day": "17", "month": "Agustus", "year": "1945"},
    ],
)
def test_dates_are_read_as_people_write_them(raw: object) -> None:
    assert parse_date(raw).value == date(1945, 8, 17)


@pytest.mark.parametrize(
    "raw,code",
    [
        ("31 Februari 1990", "date_not_exist"),
        ("29 Februari 2001", "date_not_exist"),
        ("31/04/2000", "date_not_exist"),
        ("17 13 1945", "date_month"),
        ("17 8 45", "date_year"),
        ("17 agustus", "date_missing_part"),
        ({"day": 17, "month": 8}, "date_missing_part"),
        ("kemarin", "date_format"),
        ("17 bulan 1945", "date_format"),
        (None, "date_format"),
    ],
)
def test_dates_that_cannot_be_read_say_why(raw: object, code: str) -> None:
    assert parse_date(raw).code == code


def test_31_february_says_the_date_does_not_exist() -> None:
    from mpp_assist.forms.problems import Problem

    r = parse_date("31 Februari 1990")
    problem = Problem("tanggal_lahir", ERROR, r.code, {"label": "Tanggal lahir", **r.params})
    assert "tanggal itu tidak ada" in problem.message("id")
    assert "Februari hanya sampai tanggal 28" in problem.message("id")
    assert "that date does not exist" in problem.message("en") and "February" in problem.message("en")


def test_29_february_in_a_leap_year_is_fine() -> None:
    assert parse_date("29 Februari 2024").value == date(2024, 2, 29)


def test_today_is_the_date_in_indonesias_easternmost_zone() -> None:
    from datetime import UTC, datetime, timedelta

    from mpp_assist.forms import dates

    before = (datetime.now(UTC) + timedelta(hours=9)).date()
    assert dates.today() in (before, before + timedelta(days=1))
    assert dates.INDONESIA_LATEST.utcoffset(None) == timedelta(hours=9)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10 Nopember 1945", date(1945, 11, 10)),  # KBBI's non-standard November, on many old documents
        ("17 Djanuari 1950", date(1950, 1, 17)),  # the pre-1972 spellings
        ("1 Djuni 1960", date(1960, 6, 1)),
        ("5 djuli 1955", date(1955, 7, 5)),
        ("Nopember 10, 1945", date(1945, 11, 10)),
    ],
)
def test_old_month_spellings_on_old_documents_are_read(raw: str, expected: date) -> None:
    assert parse_date(raw).value == expected

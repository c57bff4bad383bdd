"""NIK checks across every province, with the cases that trip simpler validators."""

from __future__ import annotations

from datetime import date

import pytest

from mpp_assist.forms.problems import ERROR, WARNING
from mpp_assist.forms.validators import check_kk, check_nik, decode_nik, nik_info

TODAY = date(2026, 11, 27)

# One current district per province (Kemendagri codes; 91–96 are the Papua provinces after the 2022 splits).
PROVINCES = [
    ("11", "110101"),  # Aceh
    ("12", "120101"),  # Sumatera Utara
    ("13", "130101"),  # Sumatera Barat
    ("14", "140101"),  # Riau
    ("15", "150101"),  # Jambi
    ("16", "160107"),  # Sumatera Selatan
    ("17", "170101"),  # Bengkulu
    ("18", "180104"),  # Lampung
    ("19", "190101"),  # Kepulauan Bangka Belitung
    ("21", "210104"),  # Kepulauan Riau
    ("31", "310101"),  # DKI Jakarta
    ("32", "320101"),  # Jawa Barat
    ("33", "330101"),  # Jawa Tengah
    ("34", "340101"),  # DI Yogyakarta
    ("35", "350101"),  # Jawa Timur
    ("36", "360101"),  # Banten
    ("51", "510101"),  # Bali
    ("52", "520101"),  # Nusa Tenggara Barat
    ("53", "530104"),  # Nusa Tenggara Timur
    ("61", "610101"),  # Kalimantan Barat
    ("62", "620101"),  # Kalimantan Tengah
    ("63", "630101"),  # Kalimantan Selatan
    ("64", "640101"),  # Kalimantan Timur
    ("65", "650101"),  # Kalimantan Utara (python-stdnum rejects 65xx)
    ("71", "710105"),  # Sulawesi Utara
    ("72", "720101"),  # Sulawesi Tengah
    ("73", "730101"),  # Sulawesi Selatan
    ("74", "740101"),  # Sulawesi Tenggara
    ("75", "750101"),  # Gorontalo
    ("76", "760101"),  # Sulawesi Barat
    ("81", "810101"),  # Maluku
    ("82", "820101"),  # Maluku Utara
    ("91", "910301"),  # Papua
    ("92", "920203"),  # Papua Barat
    ("93", "930101"),  # Papua Selatan
    ("94", "940101"),  # Papua Tengah
    ("95", "950101"),  # Papua Pegunungan
    ("96", "960101"),  # Papua Barat Daya
]


def test_the_table_covers_all_38_provinces() -> None:
    assert len({p for p, _ in PROVINCES}) == 38


def codes(result) -> list[tuple[str, str]]:
    return [(sev, code) for sev, code, _p in result.findings]


@pytest.mark.parametrize("province,district", PROVINCES)
def test_a_man_and_a_woman_from_every_province_pass(province: str, district: str) -> None:
    man = check_nik(f"{district}170845" + "0001", today=TODAY)
    woman = check_nik(f"{district}570890" + "0123", today=TODAY)
    assert man.ok and codes(man) == [] and man.value == f"{district}1708450001"
    assert woman.ok and codes(woman) == []
    assert nik_info(man.value, TODAY).sex == "L"
    info = nik_info(woman.value, TODAY)
    assert info.sex == "P" and info.birth_dates == (date(1990, 8, 17),)


@pytest.mark.parametrize(
    "nik,birth,sex",
    [
        ("3273011708450001", date(1945, 8, 17), "L"),
        ("3273015708450001", date(1945, 8, 17), "P"),  # women: day + 40
        ("3273017112990001", date(1999, 12, 31), "P"),  # 31 + 40 = 71, the highest day
        ("3273014101010001", date(2001, 1, 1), "P"),
        ("3273012902000001", date(2000, 2, 29), "L"),  # 29 February in a leap year (2000, not 1900)
        ("3273016902960001", date(1996, 2, 29), "P"),  # 29 February, woman
    ],
)
def test_birth_date_and_sex_are_decoded(nik: str, birth: date, sex: str) -> None:
    info = nik_info(nik, TODAY)
    assert info is not None and info.sex == sex and info.birth_dates == (birth,)


def test_century_is_chosen_so_the_age_is_0_to_110() -> None:
    # 28-11-26 is tomorrow in 2026, so it can only be 1926 (age 99).
    assert nik_info("3273012811260001", TODAY).birth_dates == (date(1926, 11, 28),)
    # 27-11-16: 2016 (age 10) or 1916 (exactly 110): both are possible people.
    assert nik_info("3273012711160001", TODAY).birth_dates == (date(2016, 11, 27), date(1916, 11, 27))
    # 28-11-16: 2016 (age 9) or 1916 (age 109).
    assert len(nik_info("3273012811160001", TODAY).birth_dates) == 2
    # 26-11-16 in 1916 would be 110 and a day... still 110 completed years; 1915 is out of range entirely.
    assert nik_info("3273012611150001", TODAY).birth_dates == (date(2015, 11, 26),)


def test_born_today_is_age_0_or_a_centenarian() -> None:
    assert nik_info("3273012711260001", TODAY).birth_dates == (date(2026, 11, 27), date(1926, 11, 27))


def test_29_february_in_a_year_that_is_not_leap_is_an_error() -> None:
    result = check_nik("3273012902010001", today=TODAY)  # 2001 and 1901 are not leap years
    assert codes(result) == [(ERROR, "nik_date")]
    assert decode_nik("3273012902010001", TODAY) == "date"


def test_a_code_that_only_existed_before_the_papua_split_still_passes() -> None:
    # 91.01 was Kabupaten Merauke (Papua) until 2022; it is 93.01 (Papua Selatan) now. NIKs keep the old code.
    result = check_nik("9101011708800001", today=TODAY)
    assert result.ok and codes(result) == []


def test_a_code_added_in_2025_passes() -> None:
    assert codes(check_nik("9202311708800001", today=TODAY)) == []


def test_an_unknown_region_code_is_a_warning_never_a_block() -> None:
    result = check_nik("9999991708800001", today=TODAY)
    assert result.ok and result.value == "9999991708800001"
    assert codes(result) == [(WARNING, "nik_region_unknown")]
    assert result.findings[0][2] == {"code": "999999"}


@pytest.mark.parametrize(
    "raw,code",
    [
        ("", "nik_length"),
        ("327301170845000", "nik_length"),  # 15 digits
        ("32730117084500011", "nik_length"),  # 17 digits
        ("3273O11708450001", "nik_digits"),  # letter O for zero
        ("NIK 3273011708450001", "nik_digits"),
        ("३२७३०११७०८४५०००१", "nik_digits"),  # Devanagari digits are not ASCII digits
        ("3273010008450001", "nik_date"),  # day 00
        ("3273013208450001", "nik_date"),  # day 32
        ("3273014008450001", "nik_date"),  # day 40 (neither a man's nor a woman's day)
        ("3273017208450001", "nik_date"),  # 72 = 32 + 40
        ("3273011713450001", "nik_date"),  # month 13
        ("3273011700450001", "nik_date"),  # month 00
        ("3273013102900001", "nik_date"),  # 31 February
        ("3273011708450000", "nik_serial"),  # serial 0000
    ],
)
def test_malformed_niks_are_errors_with_a_specific_code(raw: str, code: str) -> None:
    result = check_nik(raw, today=TODAY)
    assert not result.ok and result.value is None
    assert codes(result) == [(ERROR, code)]


@pytest.mark.parametrize(
    "raw", ["3273 0117 0845 0001", "3273.0117.0845.0001", " 3273-011708-450001 ", 3273011708450001]
)
def test_usual_separators_are_ignored_and_digits_stored(raw: object) -> None:
    assert check_nik(raw, today=TODAY).value == "3273011708450001"


@pytest.mark.parametrize("raw", [None, 3.5, True, [], {}, b"3273011708450001"])
def test_odd_types_never_crash(raw: object) -> None:
    assert not check_nik(raw, today=TODAY).ok


def test_nomor_kk() -> None:
    assert codes(check_kk("3273011203150007", today=TODAY)) == []
    assert codes(check_kk("3273013102150007", today=TODAY)) == [(ERROR, "kk_date")]
    assert codes(check_kk("327301120315000", today=TODAY)) == [(ERROR, "kk_length")]
    assert codes(check_kk("3273011203150000", today=TODAY)) == [(ERROR, "kk_serial")]
    assert codes(check_kk("9999991203150007", today=TODAY)) == [(WARNING, "kk_region_unknown")]
    assert codes(check_kk("32730x1203150007", today=TODAY)) == [(ERROR, "kk_digits")]

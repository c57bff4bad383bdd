"""Working-day arithmetic over the holiday calendar (weekends, national holidays, cuti bersama)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mpp_assist.receipts.workdays import CalendarError, load_calendar, parse_year, save_year


@pytest.fixture
def cal():
    return load_calendar()


def test_bundled_years_cover_2025_to_2027(cal) -> None:
    assert {2025, 2026, 2027} <= set(cal.years)
    assert not cal.years[2025].provisional and not cal.years[2026].provisional


def test_weekend_is_skipped(cal) -> None:
    assert cal.add_working_days(date(2026, 2, 6), 1) == date(2026, 2, 9)  # Friday -> Monday
    assert cal.add_working_days(date(2026, 2, 7), 0) == date(2026, 2, 7)  # same-day service


def test_lebaran_2025_with_cuti_bersama(cal) -> None:
    # Thu 27 Mar; 28 cuti Nyepi, 29 Nyepi, 31 Mar-1 Apr Idul Fitri, 2-4 and 7 Apr cuti bersama.
    assert cal.add_working_days(date(2025, 3, 27), 3) == date(2025, 4, 10)
    assert [cal.is_working_day(date(2025, 4, d)) for d in range(1, 11)] == [
        False, False, False, False, False, False, False, True, True, True,
    ]


def test_service_time_spanning_lebaran_2026(cal) -> None:
    # Tue 17 Mar 2026 + 7 working days: 18 Mar-24 Mar are Nyepi, Idul Fitri and cuti bersama.
    assert cal.add_working_days(date(2026, 3, 17), 7) == date(2026, 4, 2)
    assert cal.holiday(date(2026, 3, 21)).name["id"].startswith("Idul Fitri")


def test_a_whole_year_of_working_days(cal) -> None:
    # 2025: 261 weekdays, 24 of them national holidays or cuti bersama.
    assert cal.working_days_between(date(2024, 12, 31), date(2025, 12, 31)) == 237
    assert cal.add_working_days(date(2024, 12, 31), 237) == date(2025, 12, 31)


def test_across_new_year(cal) -> None:
    # 25 Dec Natal, 26 Dec cuti bersama, 1 Jan 2026 New Year.
    assert cal.add_working_days(date(2025, 12, 24), 3) == date(2025, 12, 31)
    assert cal.add_working_days(date(2025, 12, 24), 5) == date(2026, 1, 5)


def test_year_without_data_knows_weekends_and_fixed_dates(cal) -> None:
    assert not cal.covers(date(2031, 8, 15))
    assert not cal.is_working_day(date(2034, 8, 17))  # Thursday, Independence Day
    assert cal.is_working_day(date(2034, 8, 18))


def test_data_home_file_updates_a_year(data_home) -> None:
    before = load_calendar()
    assert before.is_working_day(date(2026, 4, 6))
    raw = json.loads((before_path := _bundled(2026)).read_text(encoding="utf-8"))
    raw["days"].append({"date": "2026-04-06", "kind": "cuti_bersama", "name": {"id": "Cuti tambahan"}})
    save_year(raw)
    assert (data_home / "holidays" / "2026.json").exists()
    after = load_calendar()
    assert not after.is_working_day(date(2026, 4, 6))
    # 3 Apr Good Friday, weekend, 6 Apr now a holiday: the 2 working days are 7 and 8 April.
    assert after.add_working_days(date(2026, 4, 2), 2) == date(2026, 4, 8)
    assert before_path.exists()


def test_damaged_update_is_ignored(data_home) -> None:
    folder = data_home / "holidays"
    folder.mkdir()
    (folder / "2026.json").write_text("{not json", encoding="utf-8")
    cal = load_calendar()
    assert not cal.is_working_day(date(2026, 3, 23))  # bundled 2026 still used


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        ([], "harus objek JSON"),
        ({"year": "2026", "days": []}, "'year'"),
        ({"year": 2026, "days": [{"date": "2026-02-30"}]}, "days[0].date"),
        ({"year": 2026, "days": [{"date": "2025-01-01"}]}, "tidak di tahun 2026"),
        ({"year": 2026, "days": [{"date": "2026-01-01", "kind": "party"}]}, "days[0].kind"),
    ],
)
def test_bad_year_files_say_where(raw, where) -> None:
    with pytest.raises(CalendarError, match=r".*" + where.replace("[", r"\[").replace("]", r"\]")):
        parse_year(raw)


def _bundled(year: int):
    from mpp_assist.paths import resource

    return resource("data", "holidays", f"{year}.json")

"""The holiday calendar as data: national holidays and cuti bersama, one JSON file per year::

    {"year": 2026, "source": "SKB …", "provisional": false,
     "days": [{"date": "2026-03-21", "kind": "national" | "cuti_bersama",
               "name": {"id": "Idul Fitri 1447 Hijriah", "en": "Eid al-Fitr"}}, …]}

Bundled years live in ``resources/data/holidays/``. A file of the same name in
``<data home>/holidays/`` replaces the bundled year entirely: that is how the
backend (``GET /api/v1/holidays``, kept by the sync pass through ``save_year``) or
an officer with a file updates the calendar when the government publishes or
changes it. A damaged file there is ignored, never fatal: the bundled year is used instead.

For a year with no data only weekends and the fixed-date holidays are known, so
an estimate reaching into it is marked as less certain (``covers``).

A core module (``paths`` and ``i18n`` only) so the desk's receipts and the reference
backend share one implementation without the backend importing the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mpp_assist.atomic import write_atomic
from mpp_assist.i18n import translate
from mpp_assist.paths import data_home, resource

KINDS = ("national", "cuti_bersama")
# Holidays on the same date every year (Gregorian), used for years with no data.
FIXED = {(1, 1), (5, 1), (6, 1), (8, 17), (12, 25)}


class CalendarError(ValueError):
    """A holiday file is not in the expected shape; the message says where."""


@dataclass(frozen=True)
class Holiday:
    day: date
    kind: str
    name: dict[str, str]


@dataclass(frozen=True)
class YearData:
    year: int
    source: str
    provisional: bool
    holidays: tuple[Holiday, ...]


def parse_year(raw: Any) -> YearData:
    """Check one year's JSON (already decoded) and return it, or raise CalendarError."""
    if not isinstance(raw, dict):
        raise CalendarError(translate("Holidays", "kalender libur: harus objek JSON"))
    year = raw.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise CalendarError(translate("Holidays", "kalender libur: 'year' harus tahun antara 2000 dan 2100"))
    days = raw.get("days")
    if not isinstance(days, list):
        raise CalendarError(translate("Holidays", "kalender libur: 'days' harus daftar"))
    holidays = []
    for i, item in enumerate(days):
        where = f"days[{i}]"
        if not isinstance(item, dict):
            raise CalendarError(translate("Holidays", "{where}: harus objek").format(where=where))
        try:
            day = date.fromisoformat(str(item.get("date")))
        except ValueError:
            raise CalendarError(
                translate("Holidays", "{where}.date: bukan tanggal TTTT-BB-HH: {value!r}").format(
                    where=where, value=item.get("date")
                )
            ) from None
        if day.year != year:
            raise CalendarError(
                translate("Holidays", "{where}.date: {day} tidak di tahun {year}").format(
                    where=where, day=day, year=year
                )
            )
        kind = item.get("kind", "national")
        if kind not in KINDS:
            raise CalendarError(
                translate("Holidays", "{where}.kind: {kind!r} bukan salah satu dari {kinds}").format(
                    where=where, kind=kind, kinds=", ".join(KINDS)
                )
            )
        name = item.get("name", {})
        if isinstance(name, str):
            name = {"id": name}
        if not isinstance(name, dict) or not all(isinstance(v, str) for v in name.values()):
            raise CalendarError(
                translate("Holidays", "{where}.name: harus teks atau {{'id': …, 'en': …}}").format(
                    where=where
                )
            )
        holidays.append(Holiday(day, kind, dict(name)))
    return YearData(year, str(raw.get("source", "")), bool(raw.get("provisional", False)), tuple(holidays))


def _read(path: Path) -> YearData | None:
    try:
        return parse_year(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def override_dir() -> Path:
    return data_home() / "holidays"


class HolidayCalendar:
    def __init__(self, years: dict[int, YearData]) -> None:
        self.years = years
        self._days = {h.day: h for y in years.values() for h in y.holidays}

    def holiday(self, day: date) -> Holiday | None:
        return self._days.get(day)

    def covers(self, day: date) -> bool:
        """Whether the holidays of ``day``'s year are known (else only weekends and fixed dates)."""
        return day.year in self.years

    def is_working_day(self, day: date) -> bool:
        if day.weekday() >= 5:
            return False
        if day.year not in self.years:
            return (day.month, day.day) not in FIXED
        return day not in self._days

    def add_working_days(self, start: date, days: int) -> date:
        """The date ``days`` working days after ``start`` (``start`` itself not counted).

        0 days is ``start`` itself (a same-day service).
        """
        if days < 0:
            raise ValueError("days must not be negative")
        current = start
        left = days
        while left:
            current += timedelta(days=1)
            if self.is_working_day(current):
                left -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            count += self.is_working_day(current)
        return count


_cache: dict[tuple, HolidayCalendar] = {}


def load_calendar(home: Path | None = None) -> HolidayCalendar:
    """Bundled years, each replaced by a valid file of the same year under the data home.

    Re-read only when a file changes (same names, sizes and modification times: same calendar).
    """
    folder = (home or data_home()) / "holidays"
    files = sorted(resource("data", "holidays").glob("*.json"))
    if folder.is_dir():
        files += sorted(folder.glob("*.json"))  # after the bundled ones: they replace them
    signature = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.is_file())
    cached = _cache.get(signature)
    if cached is not None:
        return cached
    years: dict[int, YearData] = {}
    for path in files:
        data = _read(path)
        if data is not None:
            years[data.year] = data
    _cache.clear()
    _cache[signature] = calendar = HolidayCalendar(years)
    return calendar


def save_year(raw: Any, home: Path | None = None) -> YearData:
    """Check and store an updated year (from the backend) under the data home, atomically."""
    data = parse_year(raw)
    folder = (home or data_home()) / "holidays"
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / f"{data.year}.json", json.dumps(raw, ensure_ascii=False, indent=1).encode("utf-8"))
    return data


# What the backend serves: ``{"years": [<one year's JSON>, …]}``.
MAX_UPDATE_BYTES = 1024 * 1024
MAX_UPDATE_YEARS = 50


def served_years(folder: Path | None = None) -> list[dict[str, Any]]:
    """The years a backend serves: the bundled ones, each replaced by a valid ``<folder>/<year>.json``."""
    files = sorted(resource("data", "holidays").glob("*.json"))
    if folder is not None and folder.is_dir():
        files += sorted(folder.glob("*.json"))
    years: dict[int, dict[str, Any]] = {}
    for path in files:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            years[parse_year(raw).year] = raw
        except (OSError, ValueError, RecursionError):
            continue
    return [years[y] for y in sorted(years)]


def read_update(body: bytes) -> list[tuple[dict[str, Any], YearData]]:
    """Check a calendar update from the backend whole: every year valid, or CalendarError."""
    if len(body) > MAX_UPDATE_BYTES:
        raise CalendarError(translate("Holidays", "kalender libur terlalu besar"))
    try:
        years = json.loads(body)["years"]
        if not isinstance(years, list):
            raise TypeError
    except RecursionError:
        raise CalendarError(translate("Holidays", "kalender libur bersarang terlalu dalam")) from None
    except (ValueError, KeyError, TypeError):
        raise CalendarError(
            translate("Holidays", "kalender libur bukan JSON berisi daftar 'years'")
        ) from None
    if len(years) > MAX_UPDATE_YEARS:
        raise CalendarError(translate("Holidays", "kalender libur terlalu besar"))
    out: list[tuple[dict[str, Any], YearData]] = []
    seen: set[int] = set()
    for i, raw in enumerate(years):
        try:
            data = parse_year(raw)
        except CalendarError as exc:
            raise CalendarError(f"years[{i}]: {exc}") from None
        if data.year in seen:
            raise CalendarError(translate("Holidays", "tahun {year} ada dua kali").format(year=data.year))
        seen.add(data.year)
        out.append((raw, data))
    return out

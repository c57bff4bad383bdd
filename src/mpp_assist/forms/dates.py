"""Reading dates as people write them: parts, digits, Indonesian or English month names.

"17 Agustus 1945", "17 agu 1945", "17/08/1945", "1945-08-17" and
``{"day": 17, "month": 8, "year": 1945}`` all read as 17 August 1945. A date that
cannot exist ("31 Februari") is reported as such, not as a format error.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from mpp_assist.forms.text import Text

MONTHS: list[Text] = [
    Text({"id": n_id, "en": n_en})
    for n_id, n_en in [
        ("Januari", "January"),
        ("Februari", "February"),
        ("Maret", "March"),
        ("April", "April"),
        ("Mei", "May"),
        ("Juni", "June"),
        ("Juli", "July"),
        ("Agustus", "August"),
        ("September", "September"),
        ("Oktober", "October"),
        ("November", "November"),
        ("Desember", "December"),
    ]
]

# Every spelling we accept, lower case -> month number.
_MONTH_WORDS: dict[str, int] = {}
for _i, _t in enumerate(MONTHS, start=1):
    for _name in _t.values.values():
        _MONTH_WORDS[_name.lower()] = _i
        _MONTH_WORDS[_name.lower()[:3]] = _i
_MONTH_WORDS.update({"agt": 8, "ags": 8, "sept": 9, "des": 12, "okt": 10, "nop": 11, "pebruari": 2, "peb": 2})
# Spellings on old documents: KBBI's non-standard "Nopember" (common on certificates until the 2000s)
# and the pre-1972 (Soewandi) spellings with "dj" for "j" — a birth date copied from them is no format error.
_MONTH_WORDS.update({"nopember": 11, "djanuari": 1, "djan": 1, "djuni": 6, "djuli": 7, "djul": 7, "djun": 6})

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TOKENS = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True)
class DateResult:
    value: date | None
    code: str | None = None  # problem code when value is None
    params: dict[str, Any] | None = None


def _parts(raw: Any) -> tuple[Any, Any, Any] | str:
    """Split raw input into (day, month, year) or return a problem code."""
    if isinstance(raw, dict):
        return raw.get("day"), raw.get("month"), raw.get("year")
    if not isinstance(raw, str):
        return "date_format"
    text = raw.strip()
    m = _ISO.match(text)
    if m:
        return m.group(3), m.group(2), m.group(1)
    tokens = _TOKENS.findall(text)
    if len(tokens) == 1 and tokens[0].isdigit() and len(tokens[0]) == 8:  # 17081945
        t = tokens[0]
        return t[:2], t[2:4], t[4:]
    if any(not t.isdigit() and t.lower().rstrip(".") not in _MONTH_WORDS for t in tokens):
        return "date_format"
    if len(tokens) != 3:
        return "date_missing_part" if 0 < len(tokens) < 3 else "date_format"
    # "August 17, 1945": month name first
    if not tokens[0].isdigit() and tokens[1].isdigit():
        tokens = [tokens[1], tokens[0], tokens[2]]
    return tokens[0], tokens[1], tokens[2]


def _month(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        v = value.strip().lower().rstrip(".")
        if v.isdigit():
            return int(v)
        return _MONTH_WORDS.get(v)
    return None


def _number(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def parse_date(raw: Any) -> DateResult:
    """Read a date; on failure say why (``date_format``, ``date_missing_part``, ``date_year``,
    ``date_month``, ``date_not_exist`` with ``month``/``days`` params)."""
    parts = _parts(raw)
    if isinstance(parts, str):
        return DateResult(None, parts)
    d_raw, m_raw, y_raw = parts
    if d_raw in (None, "") or m_raw in (None, "") or y_raw in (None, ""):
        return DateResult(None, "date_missing_part")
    day, month, year = _number(d_raw), _month(m_raw), _number(y_raw)
    if day is None or month is None or year is None:
        return DateResult(None, "date_format")
    if (isinstance(y_raw, str) and len(y_raw.strip()) != 4) or not 1000 <= year <= 9999:
        return DateResult(None, "date_year")
    if not 1 <= month <= 12:
        return DateResult(None, "date_month")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return DateResult(None, "date_not_exist", {"month": MONTHS[month - 1], "days": days})
    return DateResult(date(year, month, day))


# Indonesia's easternmost zone (WIT). "Today" for the engine is the date there, so a desk in
# WIB and a server in UTC agree, and a birth registered just after midnight anywhere in
# Indonesia is never "in the future".
INDONESIA_LATEST = timezone(timedelta(hours=9), "WIT")


def today() -> date:
    """Today's date in Indonesia's easternmost time zone (the default "today" of every check)."""
    return datetime.now(INDONESIA_LATEST).date()


def format_date(value: date, lang: str | None = None) -> str:
    """ "17 Agustus 1945" / "17 August 1945"."""
    return f"{value.day} {MONTHS[value.month - 1].get(lang)} {value.year}"


def age_on(born: date, today: date) -> int:
    """Completed years between ``born`` and ``today`` (29 February birthdays count on 1 March)."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

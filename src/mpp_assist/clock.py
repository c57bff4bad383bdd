"""The desk's clock: "now" and "today" in the desk's own Indonesian time zone (WIB, WITA or WIT).

A desk computer's clock is often kept in UTC or in the wrong zone. What an officer and an applicant
read — the date and time on a receipt, the day of the desk report, the day inside a receipt number,
the day a service will be ready — is the time at the desk, so it is taken from the machine setting
``desk_zone``, never from the host's zone. The composition roots (``app``, ``cli``) hand the setting
over with ``follow(settings)``; until then the zone is ``host_default()``.

The forms engine keeps its own date (``forms.dates.today``: WIT, Indonesia's latest), shared with the
server, so desk and server check an answer against the same day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The three zones of Indonesia (IANA name -> the abbreviation printed after a time) and their offsets.
ZONES: dict[str, str] = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
_HOURS: dict[str, int] = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}
DEFAULT_ZONE = "Asia/Jakarta"  # most desks, and a host whose own zone says nothing about Indonesia

_chosen: str | None = None


def host_default() -> str:
    """The zone whose offset the host's clock has now, if it is one of Indonesia's; else WIB."""
    offset = datetime.now().astimezone().utcoffset() or timedelta()
    for name, hours in _HOURS.items():
        if offset == timedelta(hours=hours):
            return name
    return DEFAULT_ZONE


def zone_info(name: str) -> tzinfo:
    """The zone ``name`` (one of ``ZONES``); a fixed offset when the system has no zone database.

    Windows has none of its own (the ``tzdata`` package brings it); Indonesia keeps no daylight
    saving, so the fixed offset is right for every date a desk prints.
    """
    if name not in ZONES:
        raise ValueError(f"unknown desk time zone {name!r}; choose one of {', '.join(ZONES)}")
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=_HOURS[name]), ZONES[name])


def use_zone(name: str | None) -> None:
    """Make ``name`` the desk's zone for this process (``None``: back to ``host_default()``)."""
    global _chosen
    if name is not None:
        zone_info(name)  # refuse an unknown name here, not at the next receipt
    _chosen = name


def follow(settings: Any) -> None:
    """Take the zone from ``settings`` (its ``desk_zone``) now and whenever it is changed."""
    use_zone(settings.get("desk_zone"))

    def changed(name: str, value: Any) -> None:
        if name == "desk_zone":
            use_zone(value)

    settings.subscribe(changed)


def zone_name() -> str:
    return _chosen or host_default()


def zone() -> tzinfo:
    return zone_info(zone_name())


def abbreviation() -> str:
    """WIB, WITA or WIT: what a printed time is followed by."""
    return ZONES[zone_name()]


def now() -> datetime:
    """This moment at the desk (time-zone aware)."""
    return datetime.now(zone())


def today() -> date:
    """The date at the desk."""
    return now().date()


def local(moment: datetime) -> datetime:
    """``moment`` as the desk's clock shows it; a naive one is read as UTC (how the store keeps times)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(zone())


def day_of(iso: str | None) -> date | None:
    """The desk's date of a stored ISO time stamp (``created_at``), or None when it is not one."""
    try:
        return local(datetime.fromisoformat(iso or "")).date()
    except (TypeError, ValueError):
        return None

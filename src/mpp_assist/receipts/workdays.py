"""Working days: weekends, Indonesian national holidays and cuti bersama are not working days.

The calendar itself (data files, ``load_calendar``, ``save_year``) lives in the core module
``mpp_assist.holidays`` so the reference backend can serve it without importing the store;
this module keeps the names receipts have always used.
"""

from __future__ import annotations

from mpp_assist.holidays import (
    FIXED,
    KINDS,
    CalendarError,
    Holiday,
    HolidayCalendar,
    YearData,
    load_calendar,
    override_dir,
    parse_year,
    save_year,
)

__all__ = [
    "FIXED",
    "KINDS",
    "CalendarError",
    "Holiday",
    "HolidayCalendar",
    "YearData",
    "load_calendar",
    "override_dir",
    "parse_year",
    "save_year",
]

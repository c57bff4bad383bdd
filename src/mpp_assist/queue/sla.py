"""Promised times (the *jangka waktu* of each service's standar pelayanan) and the period report.

An application's due date is its submission day plus the service's working days (the
catalogue's ``service_days``) on the holiday calendar. An application is *finished* on the first
day the back office marks it ready for pickup or completed (or rejected: a decision given).

The report per service: waiting time (taken → called) and service time (called → served) as
median and p90 in minutes, tickets served and no-shows, and the share of applications finished
within their promised time, counted over those that are finished or already past their due date
(an open application not yet due is neither on time nor late).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from mpp_assist import clock
from mpp_assist.holidays import HolidayCalendar

FINISHING_STATUSES = ("ready_for_pickup", "completed", "rejected")
ON_TIME, LATE, OVERDUE, DUE_TODAY, OPEN = "on_time", "late", "overdue", "due_today", "open"


def due_date(submitted: date, service_days: int, calendar: HolidayCalendar) -> date:
    return calendar.add_working_days(submitted, max(0, int(service_days)))


def deadline_state(due: date, finished: date | None, today: date) -> str:
    """on_time / late (finished), or overdue / due_today / open (not finished yet)."""
    if finished is not None:
        return ON_TIME if finished <= due else LATE
    if today > due:
        return OVERDUE
    return DUE_TODAY if today == due else OPEN


def application_deadline(
    created_at: str, service_days: int, server_status: str | None, updated_at: str | None,
    calendar: HolidayCalendar, today: date,
) -> tuple[date, str] | None:
    """An application's due date and its state, from what the desk knows (``store.Application``'s fields).

    The desk learns the back-office status through sync; a finishing status counts from the day it
    arrived (``updated_at``). None when ``created_at`` is unreadable.
    """
    submitted = clock.day_of(created_at)
    if submitted is None:
        return None
    due = due_date(submitted, service_days, calendar)
    finished = clock.day_of(updated_at) if server_status in FINISHING_STATUSES else None
    return due, deadline_state(due, finished, today)


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0…100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


@dataclass(frozen=True)
class TicketTimes:
    service_id: str
    state: str
    taken_at: float
    called_at: float | None
    served_at: float | None


@dataclass(frozen=True)
class ApplicationTimes:
    service_id: str
    submitted: date
    finished: date | None


@dataclass
class ServiceLine:
    service_id: str
    name: str
    tickets: int = 0
    served: int = 0
    no_shows: int = 0
    wait_median: float | None = None  # minutes
    wait_p90: float | None = None
    service_median: float | None = None
    service_p90: float | None = None
    applications: int = 0
    on_time: int = 0
    late: int = 0  # finished late, or past due and still open
    open: int = 0  # not finished and not yet due
    _waits: list[float] = field(default_factory=list, repr=False)
    _services: list[float] = field(default_factory=list, repr=False)

    @property
    def on_time_share(self) -> float | None:
        judged = self.on_time + self.late
        return self.on_time / judged if judged else None

    def as_json(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if not k.startswith("_")}
        d["on_time_share"] = self.on_time_share
        return d

    def close(self) -> None:
        def mins(x: float | None) -> float | None:
            return None if x is None else round(x / 60, 1)

        self.wait_median, self.wait_p90 = mins(median(self._waits)), mins(percentile(self._waits, 90))
        self.service_median = mins(median(self._services))
        self.service_p90 = mins(percentile(self._services, 90))


@dataclass
class PeriodReport:
    start: date
    end: date
    lines: list[ServiceLine]
    total: ServiceLine

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "services": [line.as_json() for line in self.lines],
            "total": self.total.as_json(),
        }


def build_period(
    tickets: Iterable[tuple[date, TicketTimes]],
    applications: Iterable[ApplicationTimes],
    start: date,
    end: date,
    *,
    service_days: Mapping[str, int],
    calendar: HolidayCalendar,
    today: date,
    service_name: Callable[[str], str] = str,
) -> PeriodReport:
    """The report of tickets taken and applications submitted from ``start`` to ``end`` (inclusive).

    ``tickets`` are paired with their local day taken (the caller knows the time zone).
    """
    lines: dict[str, ServiceLine] = {}
    total = ServiceLine("", "")

    def line(service_id: str) -> ServiceLine:
        if service_id not in lines:
            lines[service_id] = ServiceLine(service_id, service_name(service_id))
        return lines[service_id]

    for day, t in tickets:
        if not start <= day <= end:
            continue
        for target in (line(t.service_id), total):
            target.tickets += 1
            target.served += t.state == "served"
            target.no_shows += t.state == "no_show"
            if t.called_at is not None:
                target._waits.append(max(0.0, t.called_at - t.taken_at))
            if t.called_at is not None and t.served_at is not None:
                target._services.append(max(0.0, t.served_at - t.called_at))
    for app in applications:
        if not start <= app.submitted <= end:
            continue
        due = due_date(app.submitted, service_days.get(app.service_id, 0), calendar)
        state = deadline_state(due, app.finished, today)
        for target in (line(app.service_id), total):
            target.applications += 1
            target.on_time += state == ON_TIME
            target.late += state in (LATE, OVERDUE)
            target.open += state in (OPEN, DUE_TODAY)
    for item in (*lines.values(), total):
        item.close()
    ordered = sorted(lines.values(), key=lambda x: (-(x.tickets + x.applications), x.name))
    return PeriodReport(start, end, ordered, total)

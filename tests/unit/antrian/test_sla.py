"""Promised times: due dates on the holiday calendar, due/overdue, and the period report's numbers."""

from __future__ import annotations

from datetime import date

import pytest

from mpp_assist.holidays import HolidayCalendar, YearData
from mpp_assist.queue import sla
from mpp_assist.queue.sla import ApplicationTimes, TicketTimes


@pytest.fixture
def calendar() -> HolidayCalendar:
    from mpp_assist.holidays import load_calendar

    return load_calendar()


def test_due_date_counts_working_days_only(calendar: HolidayCalendar) -> None:
    friday = date(2026, 3, 6)
    assert sla.due_date(friday, 1, calendar) == date(2026, 3, 9)  # the weekend is skipped
    assert sla.due_date(friday, 0, calendar) == friday
    assert sla.due_date(date(2026, 8, 14), 1, calendar) == date(2026, 8, 18)  # 17 August is a holiday


@pytest.mark.parametrize(("finished", "today", "state"), [
    (date(2026, 3, 9), date(2026, 3, 20), sla.ON_TIME),
    (date(2026, 3, 10), date(2026, 3, 20), sla.LATE),
    (None, date(2026, 3, 8), sla.OPEN),
    (None, date(2026, 3, 9), sla.DUE_TODAY),
    (None, date(2026, 3, 10), sla.OVERDUE),
])
def test_deadline_state(finished: date | None, today: date, state: str) -> None:
    assert sla.deadline_state(date(2026, 3, 9), finished, today) == state


def test_percentiles() -> None:
    assert sla.median([]) is None and sla.percentile([], 90) is None
    assert sla.median([5, 1, 3]) == 3 and sla.median([1, 2, 3, 4]) == 2.5
    assert sla.percentile(list(range(1, 11)), 90) == 9 and sla.percentile([7], 90) == 7


def test_period_report_per_service(calendar: HolidayCalendar) -> None:
    day = date(2026, 3, 6)
    t0 = 1_000_000.0
    tickets = [
        (day, TicketTimes("ktp-el", "served", t0, t0 + 600, t0 + 1500)),  # waited 10, served 15 minutes
        (day, TicketTimes("ktp-el", "served", t0, t0 + 1200, t0 + 1500)),  # waited 20, served 5
        (day, TicketTimes("ktp-el", "no_show", t0, t0 + 300, None)),  # waited 5
        (day, TicketTimes("paspor", "waiting", t0, None, None)),
        (date(2026, 3, 20), TicketTimes("ktp-el", "served", t0, t0 + 60, t0 + 120)),  # outside the period
    ]
    apps = [
        ApplicationTimes("ktp-el", day, date(2026, 3, 9)),  # due Monday 9 March: on time
        ApplicationTimes("ktp-el", day, date(2026, 3, 10)),  # late
        ApplicationTimes("ktp-el", day, None),  # open and past due on 20 March: late
        ApplicationTimes("paspor", day, None),  # 4 working days: due 12 March, overdue too
        ApplicationTimes("paspor", date(2026, 3, 19), None),  # not due yet
    ]
    report = sla.build_period(tickets, apps, day, date(2026, 3, 19), service_days={"ktp-el": 1, "paspor": 4},
                              calendar=calendar, today=date(2026, 3, 20), service_name=str.upper)
    ktp = next(x for x in report.lines if x.service_id == "ktp-el")
    assert (ktp.name, ktp.tickets, ktp.served, ktp.no_shows) == ("KTP-EL", 3, 2, 1)
    assert (ktp.wait_median, ktp.wait_p90) == (10.0, 20.0)
    assert (ktp.service_median, ktp.service_p90) == (10.0, 15.0)
    assert (ktp.on_time, ktp.late, ktp.open) == (1, 2, 0)
    assert ktp.on_time_share == pytest.approx(1 / 3)
    paspor = next(x for x in report.lines if x.service_id == "paspor")
    assert (paspor.tickets, paspor.wait_median, paspor.on_time, paspor.late, paspor.open) == (1, None, 0, 1, 1)
    assert (report.total.tickets, report.total.applications, report.total.on_time) == (4, 5, 1)
    data = report.as_json()
    assert data["from"] == "2026-03-06" and data["total"]["on_time_share"] == pytest.approx(0.25)


def test_an_empty_period_has_no_share() -> None:
    report = sla.build_period([], [], date(2026, 1, 5), date(2026, 1, 5), service_days={},
                              calendar=HolidayCalendar({2026: YearData(2026, "test", False, ())}),
                              today=date(2026, 1, 6))
    assert report.lines == [] and report.total.on_time_share is None


def test_the_desk_sees_what_is_due_and_overdue(calendar: HolidayCalendar) -> None:
    created = "2026-03-06T02:00:00+00:00"  # Friday morning in Indonesia
    assert sla.application_deadline(created, 1, None, None, calendar, date(2026, 3, 9)) == (date(2026, 3, 9),
                                                                                        sla.DUE_TODAY)
    assert sla.application_deadline(created, 1, "in_process", created, calendar, date(2026, 3, 10))[1] == sla.OVERDUE
    done = sla.application_deadline(created, 1, "ready_for_pickup", "2026-03-09T08:00:00+00:00", calendar,
                                    date(2026, 3, 20))
    assert done == (date(2026, 3, 9), sla.ON_TIME)
    assert sla.application_deadline("kemarin", 1, None, None, calendar, date(2026, 3, 9)) is None

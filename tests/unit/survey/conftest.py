"""Shared survey data: the hand-built worked example (see test_ikm.py for where every figure comes from)."""

from __future__ import annotations

from datetime import date

import pytest

from mpp_assist.survey.model import Response, make_response

# Ten respondents, U1…U9. Built by hand for these tests (not copied from a published report).
WORKED_EXAMPLE = (
    (4, 4, 3, 4, 3, 4, 4, 2, 3),
    (3, 3, 3, 4, 3, 3, 4, 2, 3),
    (4, 3, 2, 4, 3, 3, 4, 3, 3),
    (3, 3, 3, 4, 4, 3, 3, 2, 4),
    (4, 4, 3, 4, 3, 4, 4, 3, 3),
    (3, 3, 2, 4, 3, 3, 3, 2, 3),
    (4, 3, 3, 4, 3, 3, 4, 2, 3),
    (3, 4, 3, 4, 4, 4, 4, 3, 3),
    (4, 3, 3, 3, 3, 3, 4, 2, 4),
    (3, 3, 2, 4, 3, 3, 3, 2, 3),
)
DAY = date(2026, 11, 2)


def responses(rows=WORKED_EXAMPLE, service: str = "ktp-el", day: date = DAY, **kw) -> list[Response]:
    return [make_response(service_id=service, desk="DESK-A", day=day, mode="screen", answers=r, **kw) for r in rows]


@pytest.fixture
def worked() -> list[Response]:
    return responses()

"""Survey responses in the desk's database (table ``survey_responses``, migration ``survey-1-responses``).

Written durably (one transaction, ``synchronous=FULL``) before the desk says thank you, and
queued for sync in the same row: ``waiting`` → ``sending`` (written before the request) →
``sent``, or ``refused`` when the backend will never take it (409/422: kept, with the reason,
so nothing is lost). A crash mid-send leaves ``sending``, which the next pass sends again —
safe, because the backend treats the same body under the same UUID as a replay.

The suggestion is sealed like other free text the desk keeps (``store.keys``); the table is
``WITHOUT ROWID``, so not even the file's row order tells in which order people answered.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from mpp_assist import clock
from mpp_assist.store import Store
from mpp_assist.survey.model import Response

STATES = ("waiting", "sending", "sent", "refused")


def _context(response_id: str) -> str:
    return f"survey_responses.suggestion|{response_id}"


def save(store: Store, response: Response) -> None:
    """Store a checked response and queue it for sync (durable when this returns)."""
    body = response.to_json()
    with store.transaction() as c:
        c.execute(
            "INSERT INTO survey_responses (id, service_id, desk, day, mode, answers, profile, suggestion)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                response.id,
                response.service_id,
                response.desk,
                body["date"],
                response.mode,
                json.dumps(body["answers"]),
                json.dumps(body["profile"], sort_keys=True),
                store.keys.seal(response.suggestion, _context(response.id)),
            ),
        )


def _response(store: Store, row: Any) -> Response:
    return Response(
        id=row["id"],
        service_id=row["service_id"],
        desk=row["desk"],
        day=date.fromisoformat(row["day"]),
        mode=row["mode"],
        answers=tuple(json.loads(row["answers"])),
        profile=json.loads(row["profile"]),
        suggestion=store.keys.open(row["suggestion"], _context(row["id"])),
    )


def responses(store: Store, start: date, end: date, service_id: str | None = None) -> list[Response]:
    """Responses given from ``start`` to ``end`` (both included), of one service or all, by service then UUID."""
    sql = "SELECT * FROM survey_responses WHERE day BETWEEN ? AND ?"
    args: list[Any] = [start.isoformat(), end.isoformat()]
    if service_id:
        sql += " AND service_id = ?"
        args.append(service_id)
    rows = store.conn.execute(sql + " ORDER BY service_id, id", args).fetchall()
    return [_response(store, r) for r in rows]


def get(store: Store, response_id: str) -> Response | None:
    row = store.conn.execute("SELECT * FROM survey_responses WHERE id = ?", (response_id,)).fetchone()
    return _response(store, row) if row else None


def served(store: Store, start: date, end: date) -> dict[str, int]:
    """Applications made at this desk per service in the period (the desk's days): the population served.

    Days in the desk's zone (``clock``), not SQLite's ``localtime`` (the host clock's zone).
    """
    counts: dict[str, int] = {}
    for service_id, created_at in store.conn.execute("SELECT service_id, created_at FROM applications"):
        day = clock.day_of(created_at)
        if day is not None and start <= day <= end:
            counts[service_id] = counts.get(service_id, 0) + 1
    return dict(sorted(counts.items()))


# -- the sync queue -----------------------------------------------------------------------


def state(store: Store, response_id: str) -> str | None:
    row = store.conn.execute("SELECT state FROM survey_responses WHERE id = ?", (response_id,)).fetchone()
    return row[0] if row else None


def counts(store: Store) -> dict[str, int]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT state, count(*) FROM survey_responses GROUP BY state")}


def recover_interrupted(store: Store) -> int:
    with store.transaction() as c:
        return c.execute("UPDATE survey_responses SET state = 'waiting' WHERE state = 'sending'").rowcount


def iter_waiting(store: Store, page: int = 200) -> Iterator[str]:
    """Ids waiting to be sent, a page at a time."""
    last = ""
    while True:
        rows = store.conn.execute(
            "SELECT id FROM survey_responses WHERE state = 'waiting' AND id > ? ORDER BY id LIMIT ?", (last, page)
        ).fetchall()
        if not rows:
            return
        for (rid,) in rows:
            yield rid
        last = rows[-1][0]


def claim(store: Store, ids: list[str]) -> list[str]:
    """Mark these ``sending`` before any request (one durable write); those claimed."""
    claimed = []
    with store.transaction() as c:
        for rid in ids:
            if c.execute(
                "UPDATE survey_responses SET state = 'sending', attempts = attempts + 1"
                " WHERE id = ? AND state = 'waiting'",
                (rid,),
            ).rowcount:
                claimed.append(rid)
    return claimed


def _set(store: Store, ids: list[str], new_state: str, error: str | None = None) -> None:
    if not ids:
        return
    with store.transaction() as c:
        for rid in ids:
            c.execute(
                "UPDATE survey_responses SET state = ?, last_error = ? WHERE id = ?",
                (new_state, (error or None) and error[:500], rid),
            )


def mark_sent(store: Store, ids: list[str]) -> None:
    _set(store, ids, "sent")


def mark_waiting(store: Store, ids: list[str], error: str = "") -> None:
    _set(store, ids, "waiting", error)


def mark_refused(store: Store, response_id: str, reason: str) -> None:
    _set(store, [response_id], "refused", reason)


def request_body(store: Store, response_id: str) -> dict[str, Any] | None:
    """The body of ``PUT /survey/responses/{id}``: from the stored row only, so a retry is identical."""
    response = get(store, response_id)
    return None if response is None else response.to_json()

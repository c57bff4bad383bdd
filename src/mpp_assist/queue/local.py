"""The desk's own queue file: the offline queue and the ticket → application links.

``<data home>/antrian.sqlite3`` (WAL, ``synchronous=FULL``: a ticket handed out is on disk).
No personal data lives here (numbers, services, times, application UUIDs), so nothing is sealed.

* ``LocalQueue``: while the backend cannot be reached the desk hands out and calls its own
  tickets, numbered ``<desk>-<prefix><n>`` (``DESK-A-A003``) so they can never collide with the
  floor's ``A003``; ``pending()`` / ``mark_reconciled()`` hand them to the backend once it is back.
* ``TicketLinks``: the application started from a ticket records the ticket (and the times taken
  → called → receipt printed), whichever queue the ticket came from.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mpp_assist import clock
from mpp_assist.paths import data_home
from mpp_assist.queue import rules as queue_rules
from mpp_assist.queue import tickets
from mpp_assist.queue.rules import QueueRules
from mpp_assist.queue.tickets import Ticket

FILE_NAME = "antrian.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS local_tickets (
    id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, service_id TEXT NOT NULL, priority INTEGER NOT NULL,
    state TEXT NOT NULL, taken_at REAL NOT NULL, queued_at REAL NOT NULL, public_code TEXT NOT NULL,
    called_at REAL, served_at REAL, desk TEXT, target_desk TEXT, skips INTEGER NOT NULL DEFAULT 0,
    calls INTEGER NOT NULL DEFAULT 0, application_id TEXT, reconciled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS local_counters (day TEXT NOT NULL, prefix TEXT NOT NULL, value INTEGER NOT NULL,
    PRIMARY KEY (day, prefix));
CREATE TABLE IF NOT EXISTS local_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ticket_links (
    application_id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, number TEXT NOT NULL, service_id TEXT NOT NULL,
    source TEXT NOT NULL, taken_at REAL, called_at REAL, receipt_printed_at REAL, reported INTEGER NOT NULL DEFAULT 0
);
"""
_FIELDS = tuple(Ticket.__dataclass_fields__)


def open_queue_db(path: Path | None = None) -> sqlite3.Connection:
    path = path or data_home() / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.executescript(_SCHEMA)
    return conn


@contextmanager
def _tx(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")  # one writer: two windows of one desk never hand out one number twice
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _row_ticket(row: sqlite3.Row) -> Ticket:
    d = {k: row[k] for k in _FIELDS}
    d["priority"] = bool(d["priority"])
    return Ticket(**d)


def local_prefix(desk: str) -> str:
    """The desk's own prefix: its code in capitals and digits, so no two desks (nor the floor) collide."""
    code = "".join(ch for ch in desk.upper() if ch.isascii() and (ch.isalnum() or ch == "-")).strip("-")
    return (code or "LOKAL") + "-"


class LocalQueue:
    """One desk's offline queue; every change is committed before it is returned."""

    def __init__(self, desk: str, rules: QueueRules | None = None, *, groups: dict[str, str] | None = None,
                 path: Path | None = None) -> None:
        self.desk, self.rules, self.groups = desk, rules or QueueRules(), groups or {}
        self.conn = open_queue_db(path)

    def close(self) -> None:
        self.conn.close()

    def _get(self, ticket_id: str) -> Ticket:
        row = self.conn.execute("SELECT * FROM local_tickets WHERE id = ?", (ticket_id,)).fetchone()
        if row is None:
            raise tickets.QueueProblem("not_found")
        return _row_ticket(row)

    def _put(self, c: sqlite3.Connection, t: Ticket) -> None:
        values = asdict(t)
        values["priority"] = int(t.priority)
        cols = ", ".join(_FIELDS)
        marks = ", ".join("?" for _ in _FIELDS)
        c.execute(f"INSERT OR REPLACE INTO local_tickets ({cols}) VALUES ({marks})",  # noqa: S608 - fixed names
                  [values[k] for k in _FIELDS])

    def take(self, service_id: str, priority: bool = False, now: float | None = None) -> Ticket:
        now = time.time() if now is None else now
        day = datetime.fromtimestamp(now, clock.zone()).date().isoformat()  # numbers restart at the desk's midnight
        prefix = self.rules.prefix(service_id, self.groups)
        with _tx(self.conn) as c:
            c.execute(
                "INSERT INTO local_counters VALUES (?, ?, 1) ON CONFLICT (day, prefix) DO UPDATE SET value = value + 1",
                (day, prefix),
            )
            seq = c.execute(
                "SELECT value FROM local_counters WHERE day = ? AND prefix = ?", (day, prefix)
            ).fetchone()[0]
            t = tickets.new_ticket(local_prefix(self.desk) + queue_rules.format_number(prefix, seq), service_id,
                                   priority, now)
            self._put(c, t)
        return t

    def all(self) -> list[Ticket]:
        rows = self.conn.execute("SELECT * FROM local_tickets WHERE reconciled = 0 ORDER BY queued_at, taken_at")
        return [_row_ticket(r) for r in rows]

    def waiting(self) -> list[Ticket]:
        return [t for t in self.all() if t.state == tickets.WAITING]

    def call_next(self, services: frozenset[str] | None = None, now: float | None = None) -> Ticket | None:
        now = time.time() if now is None else now
        with _tx(self.conn) as c:
            row = c.execute("SELECT value FROM local_state WHERE key = 'priority_streak'").fetchone()
            streak = int(row[0]) if row else 0
            chosen, lane = queue_rules.choose_next(self.all(), self.desk, services, streak, self.rules, now)
            if chosen is None or lane is None:
                return None
            called = tickets.call(chosen, self.desk, now)
            self._put(c, called)
            c.execute("INSERT OR REPLACE INTO local_state VALUES ('priority_streak', ?)",
                      (str(queue_rules.next_streak(lane, streak)),))
        return called

    def _change(self, ticket_id: str, change: Any) -> Ticket:
        with _tx(self.conn) as c:
            after = change(self._get(ticket_id))
            self._put(c, after)
        return after

    def recall(self, ticket_id: str) -> Ticket:
        return self._change(ticket_id, tickets.recall)

    def skip(self, ticket_id: str, now: float | None = None) -> Ticket:
        now = time.time() if now is None else now
        return self._change(ticket_id, lambda t: tickets.skip(t, now, self.rules.skip_return_minutes,
                                                             self.rules.returns_allowed))

    def transfer(self, ticket_id: str, *, to_desk: str | None = None, to_service: str | None = None) -> Ticket:
        return self._change(ticket_id, lambda t: tickets.transfer(t, to_desk=to_desk, to_service=to_service))

    def serve(self, ticket_id: str, application_id: str | None = None, now: float | None = None) -> Ticket:
        now = time.time() if now is None else now
        return self._change(ticket_id, lambda t: tickets.serve(t, now, application_id))

    def people_ahead(self, ticket: Ticket) -> int:
        return tickets.people_ahead(ticket, self.waiting())

    # -- reconciliation ------------------------------------------------------------------------

    def pending(self) -> list[dict[str, Any]]:
        """Tickets not yet handed to the backend, as ``POST /queue/reconcile`` takes them. One being
        served at this desk right now stays here until it is finished, so no other desk calls it."""
        return [reconcile_body(t) for t in self.all() if t.state != tickets.CALLED]

    def mark_reconciled(self, ids: list[str]) -> None:
        with _tx(self.conn) as c:
            c.executemany("UPDATE local_tickets SET reconciled = 1 WHERE id = ?", [(i,) for i in ids])


def reconcile_body(t: Ticket) -> dict[str, Any]:
    return {
        "id": t.id, "number": t.number, "service_id": t.service_id, "priority": t.priority, "state": t.state,
        "taken_at": t.taken_at, "queued_at": t.queued_at, "called_at": t.called_at, "served_at": t.served_at,
        "skips": t.skips, "calls": t.calls, "desk": t.desk, "application_uuid": t.application_id,
        "public_code": t.public_code,
    }


@dataclass(frozen=True)
class TicketLink:
    application_id: str
    ticket_id: str
    number: str
    service_id: str
    source: str  # "server" or "local"
    taken_at: float | None
    called_at: float | None
    receipt_printed_at: float | None = None


class TicketLinks:
    """Which ticket each application was started from, and when its receipt was printed."""

    def __init__(self, path: Path | None = None) -> None:
        self.conn = open_queue_db(path)

    def close(self) -> None:
        self.conn.close()

    def link(self, application_id: str, ticket: Ticket, source: str) -> TicketLink:
        link = TicketLink(application_id, ticket.id, ticket.number, ticket.service_id, source, ticket.taken_at,
                          ticket.called_at)
        with _tx(self.conn) as c:
            c.execute(
                "INSERT OR REPLACE INTO ticket_links (application_id, ticket_id, number, service_id, source, "
                "taken_at, called_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (link.application_id, link.ticket_id, link.number, link.service_id, link.source, link.taken_at,
                 link.called_at),
            )
        return link

    def receipt_printed(self, application_id: str, now: float | None = None) -> TicketLink | None:
        """Record the first print of the application's receipt (a reprint keeps the first time)."""
        now = time.time() if now is None else now
        with _tx(self.conn) as c:
            c.execute(
                "UPDATE ticket_links SET receipt_printed_at = ? "
                "WHERE application_id = ? AND receipt_printed_at IS NULL",
                (now, application_id),
            )
        return self.get(application_id)

    def get(self, application_id: str) -> TicketLink | None:
        row = self.conn.execute(
            "SELECT application_id, ticket_id, number, service_id, source, taken_at, called_at, receipt_printed_at "
            "FROM ticket_links WHERE application_id = ?", (application_id,)
        ).fetchone()
        return TicketLink(**dict(row)) if row else None

    def unreported(self) -> list[TicketLink]:
        """Links whose receipt is printed but the backend has not been told yet (``done``)."""
        rows = self.conn.execute(
            "SELECT application_id, ticket_id, number, service_id, source, taken_at, called_at, receipt_printed_at "
            "FROM ticket_links WHERE receipt_printed_at IS NOT NULL AND reported = 0 AND source = 'server'"
        )
        return [TicketLink(**dict(r)) for r in rows]

    def mark_reported(self, application_id: str) -> None:
        with _tx(self.conn) as c:
            c.execute("UPDATE ticket_links SET reported = 1 WHERE application_id = ?", (application_id,))


"""The local database: applications, drafts, the sync outbox and the audit trail.

One SQLite file under the data home, in WAL mode with ``synchronous=FULL`` so a
write is on disk before the UI says it is done. Each thread opens its own
``Store`` (SQLite connections are not shared across threads); WAL lets the
sync worker read and write while the UI does.

Schema changes are named migrations, applied once each, in list order. Add new
ones at the end; never edit one that has shipped.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mpp_assist import tracking
from mpp_assist.paths import data_home

DB_NAME = "mpp-assist.sqlite3"

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001-initial",
        """
        CREATE TABLE applications (
            id              TEXT PRIMARY KEY,      -- client UUID, fixed at creation, used for sync
            service_id      TEXT NOT NULL,
            form_version    TEXT NOT NULL,
            answers         TEXT NOT NULL,         -- JSON object: field id -> value
            requirements    TEXT NOT NULL DEFAULT '{}',  -- JSON: requirement id -> state
            receipt_number  TEXT NOT NULL UNIQUE,  -- local number printed on the receipt
            tracking_code   TEXT NOT NULL UNIQUE,  -- random code in the receipt's QR
            officer         TEXT NOT NULL,
            desk            TEXT NOT NULL,
            status          TEXT NOT NULL,         -- see STATUSES
            official_number TEXT,                  -- from the backend once sent
            server_status   TEXT,                  -- back-office status (received, verified, …)
            server_reason   TEXT,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        );
        CREATE INDEX applications_status ON applications(status);
        CREATE TABLE drafts (
            id          TEXT PRIMARY KEY,
            service_id  TEXT NOT NULL,
            answers     TEXT NOT NULL,
            position    TEXT NOT NULL DEFAULT '',  -- where the officer was (section/field)
            officer     TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
        CREATE TABLE outbox (
            application_id  TEXT PRIMARY KEY REFERENCES applications(id),
            state           TEXT NOT NULL DEFAULT 'waiting',
            attempts        INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error      TEXT
        );
        CREATE TABLE audit (
            seq            INTEGER PRIMARY KEY AUTOINCREMENT,
            at             TEXT NOT NULL,
            officer        TEXT NOT NULL,
            action         TEXT NOT NULL,
            application_id TEXT,
            detail         TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        """,
    ),
]

# Application statuses as the desk sees them (sync may add back-office detail in server_status).
STATUSES = ("waiting", "sending", "sent", "needs_correction")


class StoreError(Exception):
    """The database cannot be used (corrupt, locked, wrong key); carries a plain message."""


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Application:
    id: str
    service_id: str
    form_version: str
    answers: dict[str, Any]
    receipt_number: str
    tracking_code: str
    officer: str
    desk: str
    status: str
    created_at: str
    updated_at: str
    requirements: dict[str, str] = field(default_factory=dict)
    official_number: str | None = None
    server_status: str | None = None
    server_reason: str | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Application:
        d = dict(row)
        d["answers"] = json.loads(d["answers"])
        d["requirements"] = json.loads(d["requirements"])
        return cls(**d)


@dataclass
class Draft:
    id: str
    service_id: str
    answers: dict[str, Any]
    position: str
    officer: str
    updated_at: str


class Store:
    """One connection to the local database. Open one per thread."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_home() / DB_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"Database {self.path} cannot be opened: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: committed (and on disk) when the block ends without error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction() as c:
                for statement in sql.split(";"):
                    if statement.strip():
                        c.execute(statement)
                c.execute("INSERT INTO migrations VALUES (?, ?)", (name, now_utc()))

    # -- applications -------------------------------------------------------

    def _next_counter(self, c: sqlite3.Connection, name: str) -> int:
        c.execute(
            "INSERT INTO counters VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1", (name,)
        )
        return c.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0]

    def create_application(
        self,
        *,
        service_id: str,
        form_version: str,
        answers: dict[str, Any],
        officer: str,
        desk: str,
        requirements: dict[str, str] | None = None,
        draft_id: str | None = None,
    ) -> Application:
        """Store a checked application and queue it for sync, in one durable transaction.

        The draft it came from (if any) is removed in the same transaction, so an
        application is never both submitted and still a draft.
        """
        now = now_utc()
        app_id = str(uuid.uuid4())
        day = datetime.now().strftime("%Y%m%d")
        with self.transaction() as c:
            seq = self._next_counter(c, f"receipt-{desk}-{day}")
            receipt_number = f"{desk}-{day}-{seq:04d}"
            code = tracking.new_code()
            c.execute(
                "INSERT INTO applications (id, service_id, form_version, answers, requirements,"
                " receipt_number, tracking_code, officer, desk, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)",
                (
                    app_id,
                    service_id,
                    form_version,
                    json.dumps(answers, ensure_ascii=False, sort_keys=True),
                    json.dumps(requirements or {}, sort_keys=True),
                    receipt_number,
                    code,
                    officer,
                    desk,
                    now,
                    now,
                ),
            )
            c.execute("INSERT INTO outbox (application_id) VALUES (?)", (app_id,))
            if draft_id:
                c.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            self._audit(c, officer, "create", app_id)
        app = self.get_application(app_id)
        assert app is not None
        return app

    def get_application(self, app_id: str) -> Application | None:
        row = self.conn.execute("SELECT * FROM applications WHERE id = ?", (app_id,)).fetchone()
        return Application.from_row(row) if row else None

    def find_application(self, key: str) -> Application | None:
        """By id, receipt number or unique id prefix (what an officer may type)."""
        row = self.conn.execute(
            "SELECT * FROM applications WHERE id = ? OR receipt_number = ?", (key, key)
        ).fetchone()
        if row is None and len(key) >= 6:
            rows = self.conn.execute(
                "SELECT * FROM applications WHERE id LIKE ? ESCAPE '\\'",
                (key.replace("%", r"\%").replace("_", r"\_") + "%",),
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return Application.from_row(row) if row else None

    def list_applications(self) -> list[Application]:
        rows = self.conn.execute("SELECT * FROM applications ORDER BY created_at DESC, receipt_number DESC")
        return [Application.from_row(r) for r in rows]

    # -- drafts --------------------------------------------------------------

    def save_draft(
        self, *, draft_id: str, service_id: str, answers: dict[str, Any], position: str, officer: str
    ) -> None:
        """Upsert a draft. Called on every answer change, so the officer never loses one."""
        with self.transaction() as c:
            c.execute(
                "INSERT INTO drafts (id, service_id, answers, position, officer, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET answers = excluded.answers,"
                " position = excluded.position, updated_at = excluded.updated_at",
                (draft_id, service_id, json.dumps(answers, ensure_ascii=False), position, officer, now_utc()),
            )

    def latest_draft(self, officer: str) -> Draft | None:
        row = self.conn.execute(
            "SELECT * FROM drafts WHERE officer = ? ORDER BY updated_at DESC LIMIT 1", (officer,)
        ).fetchone()
        if row is None:
            return None
        d = dict(row)
        d["answers"] = json.loads(d["answers"])
        return Draft(**d)

    def delete_draft(self, draft_id: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    # -- audit -----------------------------------------------------------------

    def _audit(self, c: sqlite3.Connection, officer: str, action: str, app_id: str | None, detail: str = "") -> None:
        c.execute(
            "INSERT INTO audit (at, officer, action, application_id, detail) VALUES (?, ?, ?, ?, ?)",
            (now_utc(), officer, action, app_id, detail),
        )

    def audit(self, officer: str, action: str, app_id: str | None = None, detail: str = "") -> None:
        with self.transaction() as c:
            self._audit(c, officer, action, app_id, detail)

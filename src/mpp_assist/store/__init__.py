"""The local database: applications, drafts, the sync outbox and the audit trail.

One SQLite file under the data home, in WAL mode with ``synchronous=FULL`` so a
write is on disk before the UI says it is done. Each thread opens its own
``Store`` (SQLite connections are not shared across threads); WAL lets the
sync worker read and write while the UI does.

Schema changes are named migrations, applied once each, in list order. Add new
ones at the end; never edit one that has shipped.

Personal data is sealed (AES-256-GCM, ``security.crypto``) before it reaches SQLite:
the columns in ``SEALED`` hold ciphertext, so the file, its WAL and SQLite's temp
files never hold a name or NIK in plaintext. The key comes from the signed-in
officer's session (``security.session``) unless one is passed in. Write those
columns only through ``self.keys.seal`` with the column's context.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mpp_assist import clock, tracking
from mpp_assist.i18n import translate
from mpp_assist.paths import data_home
from mpp_assist.security import audit as audit_chain
from mpp_assist.security import session as security_session
from mpp_assist.security.crypto import DataKeys, DecryptError, is_sealed
from mpp_assist.security.errors import KeyMismatch, SecurityError
from mpp_assist.store import blind_index, quarantine
from mpp_assist.store.integrity import (  # re-exported: callers import them from mpp_assist.store
    SQLITE_MAGIC as SQLITE_MAGIC,
)
from mpp_assist.store.integrity import DatabaseDamaged as DatabaseDamaged
from mpp_assist.store.integrity import (
    StoreError,
    check_database_file,
    read_marker,
    write_marker,
)

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
    (
        "security-1-audit-chain-keycheck-consents",
        """
        ALTER TABLE audit ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
        CREATE TABLE keycheck (id INTEGER PRIMARY KEY CHECK (id = 1), sealed TEXT NOT NULL);
        CREATE TABLE consents (
            id             TEXT PRIMARY KEY,
            draft_id       TEXT,                  -- consent comes before data entry, so first a draft
            application_id TEXT,                  -- set when that draft becomes an application
            given_by       TEXT NOT NULL,         -- applicant, parent (Pasal 25), guardian (Pasal 26)
            method         TEXT NOT NULL,         -- signature, thumbprint, spoken
            notice_version TEXT NOT NULL,
            officer        TEXT NOT NULL,         -- the officer who witnessed it
            subject        TEXT NOT NULL,         -- sealed JSON: who consented, for whom
            at             TEXT NOT NULL
        );
        CREATE INDEX consents_draft ON consents(draft_id);
        CREATE INDEX consents_application ON consents(application_id);
        """,
    ),
    (
        "sync-1-outbox-attachments-logins",  # used by mpp_assist.sync
        """
        ALTER TABLE outbox ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE outbox ADD COLUMN replaces INTEGER;
        ALTER TABLE outbox ADD COLUMN reasons TEXT;
        ALTER TABLE outbox ADD COLUMN sent_at TEXT;
        CREATE INDEX outbox_state ON outbox(state);
        CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE outbox_attachments (
            application_id  TEXT NOT NULL REFERENCES applications(id),
            attachment_id   TEXT NOT NULL,
            path            TEXT NOT NULL,
            sha256          TEXT NOT NULL,
            size            INTEGER NOT NULL,
            uploaded        INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (application_id, attachment_id)
        );
        CREATE TABLE officer_logins (
            username      TEXT NOT NULL,
            backend       TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            desk          TEXT NOT NULL,
            role          TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            PRIMARY KEY (username, backend)
        );
        CREATE TABLE imported_bundles (
            bundle_id   TEXT PRIMARY KEY,
            imported_at TEXT NOT NULL,
            count       INTEGER NOT NULL
        );
        """,
    ),
    (
        "store-2-indexes-quarantine-blind-index",
        """
        CREATE INDEX applications_created ON applications(created_at, receipt_number);
        CREATE INDEX applications_service ON applications(service_id, created_at);
        CREATE INDEX applications_official ON applications(official_number);
        CREATE INDEX applications_status_created ON applications(status, created_at);
        -- Finds a back-office reason written in plaintext (by a connection without the sealing trigger)
        -- without scanning the table at every open: the index holds only such rows, normally none.
        CREATE INDEX applications_plain_reason ON applications(id)
            WHERE server_reason IS NOT NULL AND substr(server_reason, 1, 5) != 'enc1:';
        CREATE INDEX audit_application ON audit(application_id, seq);
        CREATE INDEX outbox_attachments_app ON outbox_attachments(application_id);
        CREATE TABLE quarantine (
            application_id TEXT PRIMARY KEY,
            receipt_number TEXT NOT NULL,
            found_at       TEXT NOT NULL,
            what           TEXT NOT NULL
        );
        ALTER TABLE applications ADD COLUMN person BLOB;  -- blind_index.person_token of the applicant's NIK
        CREATE INDEX applications_person ON applications(person, created_at);
        CREATE TABLE search_index (
            token          BLOB NOT NULL,                 -- HMAC of a search term (store.blind_index)
            application_id TEXT NOT NULL,
            PRIMARY KEY (token, application_id)
        ) WITHOUT ROWID;
        CREATE INDEX search_index_application ON search_index(application_id);
        """,
    ),
    (
        "store-5-search-grouping-index",
        """
        -- Search results group into people from this index alone (no table row read per match).
        CREATE INDEX applications_search ON applications(id, person, created_at, officer);
        """,
    ),
    (
        "survey-1-responses",  # used by mpp_assist.survey.storage: anonymous, so no rowid order either
        """
        CREATE TABLE survey_responses (
            id          TEXT PRIMARY KEY,      -- random client UUID, the sync key
            service_id  TEXT NOT NULL,
            desk        TEXT NOT NULL,
            day         TEXT NOT NULL,         -- YYYY-MM-DD only: no time that could match an application
            mode        TEXT NOT NULL,         -- screen | interview
            answers     TEXT NOT NULL,         -- JSON list U1..U9, 1..4 or null
            profile     TEXT NOT NULL,         -- JSON object, only the profile questions answered
            suggestion  TEXT NOT NULL,         -- sealed free text
            state       TEXT NOT NULL DEFAULT 'waiting',  -- waiting | sending | sent | refused
            attempts    INTEGER NOT NULL DEFAULT 0,
            last_error  TEXT
        ) WITHOUT ROWID;
        CREATE INDEX survey_responses_day ON survey_responses(day, service_id);
        CREATE INDEX survey_responses_state ON survey_responses(state);
        """,
    ),
    (
        "store-6-plain-server-text-indexes",
        """
        -- The backend's words kept by the outbox (its refusal reasons, the last error) can quote an
        -- applicant: they are sealed like applications.server_reason (see SEALED_BY_TRIGGER). These
        -- partial indexes hold only rows still in plaintext, so finding them at open scans nothing.
        CREATE INDEX outbox_plain_reasons ON outbox(application_id)
            WHERE reasons IS NOT NULL AND substr(reasons, 1, 5) != 'enc1:';
        CREATE INDEX outbox_plain_last_error ON outbox(application_id)
            WHERE last_error IS NOT NULL AND substr(last_error, 1, 5) != 'enc1:';
        CREATE INDEX survey_plain_last_error ON survey_responses(id)
            WHERE last_error IS NOT NULL AND substr(last_error, 1, 5) != 'enc1:';
        """,
    ),
]

# Columns holding personal data, sealed with the context "<table>.<column>|<row id>".
SEALED = {"applications": ("answers", "requirements"), "drafts": ("answers",), "consents": ("subject",)}
# Text from the backend, written with plain SQL by sync, is sealed by a trigger (Store._seal_on_write):
# (table, column, the row's key). Each has a partial index of its plaintext rows (MIGRATIONS).
SEALED_BY_TRIGGER = (
    ("applications", "server_reason", "id"),  # the back office's free text
    ("outbox", "reasons", "application_id"),  # the server's refusal reasons (JSON), may quote answers
    ("outbox", "last_error", "application_id"),  # the last failure's message, idem
    ("survey_responses", "last_error", "id"),  # the same class of text, though the response is anonymous
)
KEYCHECK = "mpp-assist keycheck"

# Application statuses as the desk sees them (sync may add back-office detail in server_status).
STATUSES = ("waiting", "sending", "sent", "needs_correction")


def register_attachment(
    c: sqlite3.Connection, app_id: str, attachment_id: str, path: Path, sha256: str, size: int
) -> None:
    """Queue a sealed scan (a file under the data home) for upload after its application."""
    c.execute(
        "INSERT OR REPLACE INTO outbox_attachments (application_id, attachment_id, path, sha256, size)"
        " VALUES (?, ?, ?, ?, ?)",
        (app_id, attachment_id, stored_path(path), sha256, size),
    )


def stored_path(path: Path) -> str:
    """How a file's place is kept: relative to the data home when it lies inside it, so a data home
    that moves (restored to another folder, a relative MPP_ASSIST_HOME) still finds its scans."""
    home, absolute = data_home().resolve(), Path(path).absolute().resolve()
    if home in absolute.parents:
        return absolute.relative_to(home).as_posix()
    return str(path)


def resolve_stored_path(text: str) -> Path:
    """The file ``stored_path`` kept, under today's data home. An absolute path an older version kept
    whose folder has since moved is found again by its place under ``attachments/``."""
    path = Path(text)
    if not path.is_absolute():
        return data_home() / path
    if not path.exists() and "attachments" in path.parts:
        at = len(path.parts) - 1 - path.parts[::-1].index("attachments")  # the last one: the data home's own
        return data_home().joinpath(*path.parts[at:])
    return path


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
    def from_row(cls, row: sqlite3.Row, keys: DataKeys) -> Application:
        d = dict(row)
        d.pop("person", None)  # the blind index's HMAC: not part of the application
        d.pop("rowid", None)
        d["answers"] = json.loads(keys.open(d["answers"], f"applications.answers|{d['id']}"))
        d["requirements"] = json.loads(keys.open(d["requirements"], f"applications.requirements|{d['id']}"))
        if is_sealed(d.get("server_reason")):
            d["server_reason"] = keys.open(d["server_reason"], f"applications.server_reason|{d['id']}")
        return cls(**d)


@dataclass
class Draft:
    id: str
    service_id: str
    answers: dict[str, Any]
    position: str
    officer: str
    updated_at: str


def _keep_private(path: Path) -> None:
    """The database (tracking codes, receipt numbers, officer names) readable by this user only (POSIX).

    A new one is created 0600 before SQLite would create it with the umask's 0644 (its -wal and -shm
    take the database's mode); one an older version left readable, with its -wal and -shm, is tightened.
    The data home itself is made 0700 too when it is the database's folder.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # empty: SQLite's new database
    if path.parent == data_home():
        _tighten(path.parent, 0o700)
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        _tighten(part, 0o600)


def _tighten(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # gone meanwhile, or not ours: SQLite reports what matters
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            os.chmod(path, mode)


class Store:
    """One connection to the local database. Open one per thread."""

    def __init__(self, path: Path | None = None, key: bytes | None = None) -> None:
        """Open (creating if new) the database; ``key`` defaults to the signed-in session's data key."""
        self.path = path or data_home() / DB_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        check_database_file(self.path)
        _keep_private(self.path)
        from_session = key is None
        if key is None:
            try:
                key = security_session.require().data_key
            except SecurityError as exc:
                raise StoreError(exc.message) from exc
        self.keys = DataKeys(key)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA secure_delete=ON")  # deleted rows are zeroed, not left in free pages
            self.conn.execute("PRAGMA temp_store=MEMORY")
            self._migrate()
            self._check_key()
            self._seal_on_write()
            self._migrate_data()
            if read_marker(self.path) is None:
                write_marker(self.path, now_utc(), clean=False)  # from now on, an empty file is refused
            if from_session:
                for officer, action in security_session.take_pending_events():
                    self.audit(officer, action)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                translate("Store", "Basis data {path} tidak bisa dibuka: {error}").format(
                    path=self.path, error=exc
                )
            ) from exc

    def close(self) -> None:
        self.conn.close()
        if self.path.exists():  # as this app leaves it: the next open need not check the whole file
            write_marker(self.path, now_utc(), clean=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: committed (and on disk) when the block ends without error.

        Inside another transaction it is a savepoint, so many writes through the ordinary API
        (e.g. a benchmark's 100,000 applications, or an import) can share one commit.
        """
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO nested")
                self.conn.execute("RELEASE nested")
                raise
            self.conn.execute("RELEASE nested")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _done_migrations(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM migrations")}

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        done = self._done_migrations()
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction() as c:
                for statement in sql.split(";"):
                    if statement.strip():
                        c.execute(statement)
                c.execute("INSERT INTO migrations VALUES (?, ?)", (name, now_utc()))

    def _check_key(self) -> None:
        """Make sure this key is the database's key (set it on a new database) before writing anything."""
        self.conn.execute(
            "INSERT OR IGNORE INTO keycheck (id, sealed) VALUES (1, ?)",
            (self.keys.seal(KEYCHECK, "keycheck"),),
        )
        sealed = self.conn.execute("SELECT sealed FROM keycheck WHERE id = 1").fetchone()[0]
        try:
            ok = self.keys.open(sealed, "keycheck") == KEYCHECK
        except DecryptError:
            ok = False
        if not ok:
            self.conn.close()
            raise StoreError(KeyMismatch().message)

    def _seal_on_write(self) -> None:
        """Seal the backend's text however it is written (sync updates it with plain SQL).

        A per-connection TEMP trigger calls back into Python inside the writer's own
        transaction, so the plaintext never reaches a committed page, the WAL or the file.
        """
        self.conn.create_function(
            "mpp_seal", 2, lambda text, context: self.keys.seal(str(text), str(context))
        )
        for table, column, key in SEALED_BY_TRIGGER:
            plain = f"{column} IS NOT NULL AND substr({column}, 1, 5) != 'enc1:'"
            when = f"NEW.{column} IS NOT NULL AND substr(NEW.{column}, 1, 5) != 'enc1:'"
            for name, event in (("ins", "INSERT"), ("upd", f"UPDATE OF {column}")):
                self.conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS seal_{table}_{column}_{name}"  # noqa: S608 - constants
                    f" AFTER {event} ON main.{table}"
                    f" WHEN {when}"
                    f" BEGIN UPDATE {table} SET {column} ="
                    f" mpp_seal(NEW.{column}, '{table}.{column}|' || NEW.{key}) WHERE {key} = NEW.{key}; END"
                )
            # Text stored before this existed (or by a connection without the trigger): touch it to seal.
            # The same condition as the table's partial plain-text index, so this costs no table scan.
            if self.conn.execute(f"SELECT 1 FROM {table} WHERE {plain} LIMIT 1").fetchone():  # noqa: S608
                self.conn.execute(f"UPDATE {table} SET {column} = {column} WHERE {plain}")  # noqa: S608

    def open_server_text(self, table: str, column: str, key: str, value: str | None) -> str | None:
        """A column of SEALED_BY_TRIGGER as text (a plain value left by an older version as it is);
        raises DecryptError when the sealed value is damaged."""
        if value is None or not is_sealed(value):
            return value
        return self.keys.open(value, f"{table}.{column}|{key}")

    def _migrate_data(self) -> None:
        """Named migrations that need the data key (run once each, after the key is checked)."""
        done = self._done_migrations()
        ran = False
        for name, migrate in DATA_MIGRATIONS:
            if name in done:
                continue
            with self.transaction() as c:
                migrate(self, c)
                c.execute("INSERT INTO migrations VALUES (?, ?)", (name, now_utc()))
            ran = True
        if ran:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no plaintext left behind in the WAL

    def _seal_legacy(self, c: sqlite3.Connection) -> None:
        """Seal rows written before encryption existed, and chain their audit entries (a named migration)."""
        for table, columns in SEALED.items():
            last = ""
            while True:  # a page at a time: memory stays flat however large the table
                rows = c.execute(
                    f"SELECT * FROM {table} WHERE id > ? ORDER BY id LIMIT 500", (last,)  # noqa: S608 - our names
                ).fetchall()
                if not rows:
                    break
                last = rows[-1]["id"]
                for row in rows:
                    plain = {col: row[col] for col in columns if not is_sealed(row[col])}
                    if plain:
                        sets = ", ".join(f"{col} = ?" for col in plain)
                        values = [self.keys.seal(v, f"{table}.{col}|{row['id']}") for col, v in plain.items()]
                        c.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values, row["id"]))  # noqa: S608
        for row in c.execute("SELECT * FROM audit WHERE hash = '' ORDER BY seq").fetchall():
            prev = c.execute(
                "SELECT hash FROM audit WHERE seq < ? ORDER BY seq DESC LIMIT 1", (row["seq"],)
            )
            prev_hash = (prev.fetchone() or [audit_chain.GENESIS])[0] or audit_chain.GENESIS
            detail = row["detail"]
            if detail and not is_sealed(detail):
                detail = self.keys.seal(detail, audit_chain.DETAIL_CONTEXT)
            digest = audit_chain.link(
                self.keys.audit_mac_key, row["seq"], row["at"], row["officer"], row["action"],
                row["application_id"], detail, prev_hash,
            )
            c.execute(
                "UPDATE audit SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (detail, prev_hash, digest, row["seq"]),
            )

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
        app_id: str | None = None,
        attachments: Sequence[tuple[str, Path, str, int]] = (),
    ) -> Application:
        """Store a checked application and queue it for sync, in one durable transaction.

        The draft it came from (if any) is removed in the same transaction, so an
        application is never both submitted and still a draft. ``attachments``
        (id, sealed file, sha256, size) — files already sealed for ``app_id`` — are
        queued for upload in the same transaction.
        """
        now = now_utc()
        app_id = app_id or str(uuid.uuid4())
        day = clock.today().strftime("%Y%m%d")  # the desk's date, as printed on the receipt
        with self.transaction() as c:
            seq = self._next_counter(c, f"receipt-{desk}-{day}")
            receipt_number = f"{desk}-{day}-{seq:04d}"
            code = tracking.code_for(app_id)  # the server checks it against the UUID
            c.execute(
                "INSERT INTO applications (id, service_id, form_version, answers, requirements,"
                " receipt_number, tracking_code, officer, desk, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)",
                (
                    app_id,
                    service_id,
                    form_version,
                    self.keys.seal(
                        json.dumps(answers, ensure_ascii=False, sort_keys=True),
                        f"applications.answers|{app_id}",
                    ),
                    self.keys.seal(
                        json.dumps(requirements or {}, sort_keys=True), f"applications.requirements|{app_id}"
                    ),
                    receipt_number,
                    code,
                    officer,
                    desk,
                    now,
                    now,
                ),
            )
            blind_index.index_application(c, self.keys, app_id, answers)
            c.execute("INSERT INTO outbox (application_id) VALUES (?)", (app_id,))
            for attachment_id, path, sha256, size in attachments:
                register_attachment(c, app_id, attachment_id, path, sha256, size)
            if draft_id:
                c.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
                c.execute(
                    "UPDATE consents SET application_id = ? WHERE draft_id = ? AND application_id IS NULL",
                    (app_id, draft_id),
                )
            self._audit(c, officer, "create", app_id)
        app = self.get_application(app_id)
        assert app is not None
        return app

    def open_row(self, row: sqlite3.Row) -> Application | None:
        """The application in ``row``, or None when its sealed data does not open (then quarantined)."""
        try:
            return Application.from_row(row, self.keys)
        except (DecryptError, ValueError):
            what = "answers"
            for column in ("answers", "requirements", "server_reason"):
                value = row[column]
                if value is None or not is_sealed(value):
                    continue
                try:
                    self.keys.open(value, f"applications.{column}|{row['id']}")
                except DecryptError:
                    what = column
                    break
            quarantine.record(self.conn, row["id"], row["receipt_number"], what)
            return None

    def open_rows(self, rows: Iterator[sqlite3.Row] | list[sqlite3.Row]) -> list[Application]:
        """Those of ``rows`` that open (the others are quarantined and left out)."""
        return [app for app in map(self.open_row, list(rows)) if app is not None]

    def get_application(self, app_id: str) -> Application | None:
        """By id; None when there is none or it is quarantined (``store.quarantine``)."""
        row = self.conn.execute("SELECT * FROM applications WHERE id = ?", (app_id,)).fetchone()
        return self.open_row(row) if row else None

    def find_application(self, key: str) -> Application | None:
        """By id, receipt number, official number or unique id prefix (what an officer may type)."""
        key = key.strip()
        row = self.conn.execute(
            "SELECT * FROM applications WHERE id = ? OR receipt_number = ? OR receipt_number = ?",
            (key, key, key.upper()),
        ).fetchone()
        if row is None:
            rows = self.conn.execute("SELECT * FROM applications WHERE official_number = ? LIMIT 2", (key,)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None and len(key) >= 6:
            # A range on the primary key, not LIKE (which SQLite cannot serve from this index).
            rows = self.conn.execute(
                "SELECT * FROM applications WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                (key.lower(), key.lower() + "\uffff"),
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return self.open_row(row) if row else None

    def candidates(self, key: str, limit: int = 10) -> tuple[int, list[tuple[str, str]]]:
        """What a key ``find_application`` could not settle may name: applications whose id or receipt
        number starts with it, or whose official number is it — (how many, the first ``limit`` as
        (id, receipt number)). Only stored columns, nothing opened."""
        key = key.strip()
        if not key:
            return 0, []
        args = (key.lower(), key.lower() + "\uffff", key.upper(), key.upper() + "\uffff", key)
        rows = self.conn.execute(
            "SELECT id, receipt_number FROM applications WHERE (id >= ? AND id < ?)"
            " OR (receipt_number >= ? AND receipt_number < ?) OR official_number = ? ORDER BY created_at DESC",
            args,
        ).fetchall()
        return len(rows), [(r[0], r[1]) for r in rows[:limit]]

    def list_applications(self) -> list[Application]:
        """Every application that opens, newest first (the quarantined are left out: ``quarantined()``).

        Decrypts every row: for a screen or a page use ``store.queue`` instead.
        """
        rows = self.conn.execute("SELECT * FROM applications ORDER BY created_at DESC, receipt_number DESC")
        return self.open_rows(rows.fetchall())

    def view_application(self, app_id: str, officer: str) -> Application | None:
        """An application's detail as shown to an officer: recorded in the audit trail as ``view``."""
        app = self.get_application(app_id)
        if app is not None:
            self.audit(officer, "view", app_id)
        return app

    def quarantined(self) -> list[quarantine.Quarantined]:
        """Applications set aside because their sealed data does not open (named for the officer)."""
        return quarantine.quarantined(self)

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
                (
                    draft_id, service_id,
                    self.keys.seal(json.dumps(answers, ensure_ascii=False), f"drafts.answers|{draft_id}"),
                    position, officer, now_utc(),
                ),
            )

    def latest_draft(self, officer: str) -> Draft | None:
        row = self.conn.execute(
            "SELECT * FROM drafts WHERE officer = ? ORDER BY updated_at DESC LIMIT 1", (officer,)
        ).fetchone()
        if row is None:
            return None
        d = dict(row)
        d["answers"] = json.loads(self.keys.open(d["answers"], f"drafts.answers|{d['id']}"))
        return Draft(**d)

    def delete_draft(self, draft_id: str, officer: str | None = None) -> None:
        """Delete a draft (discarded, or a new applicant); audited as ``delete`` when there was one."""
        with self.transaction() as c:
            if c.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount:
                who = officer or security_session.officer_or("-")
                self._audit(c, who, "delete", None, f"draft {draft_id}")

    # -- audit -----------------------------------------------------------------

    def _audit(self, c: sqlite3.Connection, officer: str, action: str, app_id: str | None, detail: str = "") -> None:
        """Append a hash-chained entry (``security.audit``); ``detail`` is sealed, as it may name someone."""
        sealed = self.keys.seal(detail, audit_chain.DETAIL_CONTEXT) if detail else ""
        audit_chain.append(c, self.keys.audit_mac_key, now_utc(), officer, action, app_id, sealed)

    def audit(self, officer: str, action: str, app_id: str | None = None, detail: str = "") -> None:
        with self.transaction() as c:
            self._audit(c, officer, action, app_id, detail)


# Named migrations that need the data key (Python, after the SQL ones); add new ones at the end.
def _relative_attachment_paths(store: Store, c: sqlite3.Connection) -> None:
    """Scan paths kept absolute by older versions become relative to the data home (found again first
    if the home has moved since): the migration ``store-7``."""
    rows = c.execute("SELECT application_id, attachment_id, path FROM outbox_attachments").fetchall()
    for app_id, attachment_id, text in rows:
        kept = stored_path(resolve_stored_path(text))
        if kept != text:
            c.execute(
                "UPDATE outbox_attachments SET path = ? WHERE application_id = ? AND attachment_id = ?",
                (kept, app_id, attachment_id),
            )


DATA_MIGRATIONS: list[tuple[str, Callable[[Store, sqlite3.Connection], None]]] = [
    ("store-3-seal-legacy", Store._seal_legacy),  # was a full-table pass at every open
    ("store-4-blind-index", blind_index.rebuild),
    ("store-7-relative-attachment-paths", _relative_attachment_paths),
]

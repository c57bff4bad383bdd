"""The outbox on the local store: which applications wait, and their state before and after each attempt.

Every state change is one durable transaction that updates the outbox row and
the application's ``status`` together, so the desk always shows what the outbox
holds. ``sending`` is written *before* a request goes out: a crash mid-send leaves
``sending``, which :func:`recover_interrupted` turns back into ``waiting`` — safe,
because the server treats a replay under the same client UUID as the same
application.

Reads of application content go through ``Store.get_application`` (the store
owns how answers are kept on disk); this module touches only sync columns.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mpp_assist.i18n import translate
from mpp_assist.security.crypto import DecryptError
from mpp_assist.store import Application, Store, now_utc, register_attachment, resolve_stored_path
from mpp_assist.store.blind_index import index_application

UNSENT = ("waiting", "sending")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboxEntry:
    application_id: str
    state: str
    attempts: int
    version: int
    replaces: int | None
    reasons: list[dict[str, str]]
    last_error: str | None
    sent_at: str | None


def _entry(store: Store, row: Any) -> OutboxEntry:
    app_id = row["application_id"]
    # The server's words are sealed on disk (they can quote the applicant: store.SEALED_BY_TRIGGER).
    try:
        reasons = json.loads(store.open_server_text("outbox", "reasons", app_id, row["reasons"]) or "[]")
        last_error = store.open_server_text("outbox", "last_error", app_id, row["last_error"])
    except DecryptError:  # a damaged reason must not hide the application: say so, it comes back on resend
        log.warning("outbox: the server's reasons for one application do not open")
        last_error = translate("Sync", "Alasan dari server rusak di disk dan tidak bisa dibaca. Kirim lagi.")
        reasons = [{"field": "", "code": "unreadable", "message": last_error}]
    return OutboxEntry(
        app_id, row["state"], row["attempts"], row["version"], row["replaces"], reasons, last_error, row["sent_at"]
    )


def entry(store: Store, app_id: str) -> OutboxEntry | None:
    row = store.conn.execute("SELECT * FROM outbox WHERE application_id = ?", (app_id,)).fetchone()
    return _entry(store, row) if row else None


def _set(store: Store, app_id: str, state: str, *, official_number: str | None = None, **outbox: Any) -> None:
    cols = ", ".join(f"{k} = ?" for k in outbox)
    with store.transaction() as c:
        c.execute(
            f"UPDATE outbox SET state = ?{', ' + cols if cols else ''} WHERE application_id = ?",  # noqa: S608
            (state, *outbox.values(), app_id),
        )
        if official_number is None:
            c.execute(
                "UPDATE applications SET status = ?, updated_at = ? WHERE id = ?", (state, now_utc(), app_id)
            )
        else:
            c.execute(
                "UPDATE applications SET status = ?, official_number = ?, updated_at = ? WHERE id = ?",
                (state, official_number, now_utc(), app_id),
            )


def recover_interrupted(store: Store) -> int:
    """Rows left ``sending`` by a crash go back to ``waiting``; returns how many."""
    with store.transaction() as c:
        ids = [r[0] for r in c.execute("SELECT application_id FROM outbox WHERE state = 'sending'")]
        for app_id in ids:
            c.execute("UPDATE outbox SET state = 'waiting' WHERE application_id = ?", (app_id,))
            c.execute("UPDATE applications SET status = 'waiting' WHERE id = ?", (app_id,))
    return len(ids)


def count_waiting(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM outbox WHERE state IN ('waiting', 'sending')").fetchone()[
        0
    ]


def counts(store: Store) -> dict[str, int]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state")}


def oldest_unsent(store: Store) -> str | None:
    """``created_at`` of the oldest application not yet accepted by the backend."""
    # One seek per state on applications(status, created_at) (the outbox's state is mirrored in
    # applications.status by every function here): a join over the unsent took ~90 ms at 100,000.
    row = store.conn.execute(
        "SELECT min(m) FROM ("
        " SELECT min(created_at) AS m FROM applications WHERE status = 'waiting'"
        " UNION ALL SELECT min(created_at) FROM applications WHERE status = 'sending'"
        " UNION ALL SELECT min(created_at) FROM applications WHERE status = 'needs_correction')"
    ).fetchone()
    return row[0]


def iter_waiting(store: Store, page: int = 200) -> Iterator[str]:
    """Ids of waiting applications, oldest first, read a page at a time (memory stays flat)."""
    last: tuple[str, str] = ("", "")
    while True:
        rows = store.conn.execute(
            "SELECT a.created_at, a.id FROM outbox o JOIN applications a ON a.id = o.application_id"
            " WHERE o.state = 'waiting' AND (a.created_at, a.id) > (?, ?)"
            " AND a.id NOT IN (SELECT application_id FROM quarantine)"  # its data does not open: the rest go on
            " ORDER BY a.created_at, a.id LIMIT ?",
            (*last, page),
        ).fetchall()
        if not rows:
            return
        for _created_at, app_id in rows:
            yield app_id
        last = (rows[-1][0], rows[-1][1])


def iter_unsent(store: Store) -> Iterator[str]:
    """Every application the backend has not accepted yet (for bundles): waiting, sending, or to correct."""
    rows = store.conn.execute(
        "SELECT a.id FROM outbox o JOIN applications a ON a.id = o.application_id"
        " WHERE o.state IN ('waiting', 'sending') ORDER BY a.created_at, a.id"
    )
    for (app_id,) in rows:
        yield app_id


def mark_sending(store: Store, app_id: str) -> None:
    with store.transaction() as c:
        c.execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE application_id = ?", (app_id,)
        )
        c.execute(
            "UPDATE applications SET status = 'sending', updated_at = ? WHERE id = ?", (now_utc(), app_id)
        )


def claim(store: Store, app_ids: list[str]) -> list[str]:
    """Mark these applications ``sending`` before any is attempted (one durable write); those claimed."""
    claimed = []
    now = now_utc()
    with store.transaction() as c:
        for app_id in app_ids:
            cur = c.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1"
                " WHERE application_id = ? AND state = 'waiting'",
                (app_id,),
            )
            if cur.rowcount:
                c.execute(
                    "UPDATE applications SET status = 'sending', updated_at = ? WHERE id = ?", (now, app_id)
                )
                claimed.append(app_id)
    return claimed


def release(store: Store, app_ids: list[str]) -> None:
    """Claimed but never attempted (the pass stopped first): back to ``waiting``, attempt not counted."""
    if not app_ids:
        return
    with store.transaction() as c:
        for app_id in app_ids:
            cur = c.execute(
                "UPDATE outbox SET state = 'waiting', attempts = max(attempts - 1, 0)"
                " WHERE application_id = ? AND state = 'sending'",
                (app_id,),
            )
            if cur.rowcount:
                c.execute("UPDATE applications SET status = 'waiting' WHERE id = ?", (app_id,))


def mark_sent_many(store: Store, accepted: list[tuple[str, str, str | None]]) -> None:
    """Record several accepted applications as ``sent`` with their official numbers, in one write."""
    now = now_utc()
    with store.transaction() as c:
        for app_id, number, server_status in accepted:
            c.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL, reasons = NULL"
                " WHERE application_id = ?",
                (now, app_id),
            )
            c.execute(
                "UPDATE applications SET status = 'sent', official_number = ?,"
                " server_status = COALESCE(?, server_status), updated_at = ? WHERE id = ?",
                (number, server_status, now, app_id),
            )
            store._audit(c, actor(), "send", app_id, number)


def mark_waiting(store: Store, app_id: str, error: str, *, count_attempt: bool = True) -> None:
    """Back in the queue after a failure that is not the application's fault."""
    if count_attempt:
        _set(store, app_id, "waiting", last_error=error[:500])
    else:  # e.g. the token expired: as if the attempt never happened
        _set(store, app_id, "waiting", last_error=error[:500], attempts=_attempts(store, app_id) - 1)


def _attempts(store: Store, app_id: str) -> int:
    row = store.conn.execute("SELECT attempts FROM outbox WHERE application_id = ?", (app_id,)).fetchone()
    return max(0, row[0]) if row else 0


def mark_accepted(store: Store, app_id: str, official_number: str) -> None:
    """The backend holds the application (attachments may still be on their way): keep the number."""
    with store.transaction() as c:
        c.execute("UPDATE applications SET official_number = ? WHERE id = ?", (official_number, app_id))


def actor() -> str:
    """Who the audit trail names for sync work: the signed-in officer, else the sync worker."""
    from mpp_assist.security.session import current

    s = current()
    return s.officer if s is not None else "sync"


def mark_sent(store: Store, app_id: str, official_number: str, server_status: str | None = None) -> None:
    with store.transaction() as c:
        c.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL, reasons = NULL"
            " WHERE application_id = ?",
            (now_utc(), app_id),
        )
        c.execute(
            "UPDATE applications SET status = 'sent', official_number = ?,"
            " server_status = COALESCE(?, server_status), updated_at = ? WHERE id = ?",
            (official_number, server_status, now_utc(), app_id),
        )
        store._audit(c, actor(), "send", app_id, official_number)


def mark_needs_correction(store: Store, app_id: str, reasons: list[dict[str, str]]) -> None:
    _set(
        store,
        app_id,
        "needs_correction",
        reasons=json.dumps(reasons, ensure_ascii=False),
        last_error=(reasons[0].get("message", "") if reasons else "")[:500],
    )


def resubmit(
    store: Store,
    app_id: str,
    answers: dict[str, Any] | None = None,
    *,
    form_version: str | None = None,
    attachments: Sequence[tuple[str, Path, str, int]] = (),
    audit: tuple[str, str] | None = None,
) -> None:
    """Queue an application again after the officer corrected it.

    If the backend had accepted an earlier version (it has an official number), the
    new one is sent as a correction: ``version + 1`` naming the version it replaces.
    ``attachments`` (id, sealed path, sha256, size) are newly chosen scans, queued in
    the same transaction as the answers that name them. ``audit`` (officer, detail) is an
    "edit" entry written in that transaction too.
    """
    app = store.get_application(app_id)
    row = entry(store, app_id)
    if app is None or row is None:
        raise KeyError(app_id)
    version, replaces = row.version, row.replaces
    if app.official_number and row.state in ("sent", "needs_correction"):
        version, replaces = row.version + 1, row.version
    with store.transaction() as c:
        if answers is not None:
            sealed = store.keys.seal(  # personal data is sealed at rest, as the store does it
                json.dumps(answers, ensure_ascii=False, sort_keys=True), f"applications.answers|{app_id}"
            )
            c.execute("UPDATE applications SET answers = ? WHERE id = ?", (sealed, app_id))
            index_application(c, store.keys, app_id, answers)  # search follows the corrected answers
        if form_version is not None:
            c.execute("UPDATE applications SET form_version = ? WHERE id = ?", (form_version, app_id))
        for attachment_id, path, sha256, size in attachments:
            register_attachment(c, app_id, attachment_id, path, sha256, size)
        c.execute(
            "UPDATE outbox SET state = 'waiting', version = ?, replaces = ?, reasons = NULL, attempts = 0"
            " WHERE application_id = ?",
            (version, replaces, app_id),
        )
        c.execute(
            "UPDATE applications SET status = 'waiting', updated_at = ? WHERE id = ?", (now_utc(), app_id)
        )
        if audit is not None:
            store._audit(c, audit[0], "edit", app_id, audit[1])


def request_body(app: Application, row: OutboxEntry) -> dict[str, Any]:
    """The body of ``PUT /applications/{id}``: only stored fields, so a retry is byte-identical."""
    return {
        "service_id": app.service_id,
        "form_version": app.form_version,
        "answers": app.answers,
        "tracking_code": app.tracking_code,
        "receipt_number": app.receipt_number,
        "created_at": app.created_at,
        "desk": app.desk,
        "version": row.version,
        "replaces": row.replaces,
    }


# -- attachments -------------------------------------------------------------------


@dataclass(frozen=True)
class PendingAttachment:
    attachment_id: str
    path: Path
    sha256: str
    size: int


def attach(store: Store, app_id: str, attachment_id: str, name: str, data: bytes) -> Path:
    """Keep a scan for ``app_id`` (sealed at rest under the data home) and queue it for upload."""
    from mpp_assist.security import files

    path = files.save(store.keys, app_id, name, data)
    add_attachment(store, app_id, attachment_id, path, hashlib.sha256(data).hexdigest(), len(data))
    return path


def read_attachment(store: Store, app_id: str, att: PendingAttachment) -> bytes:
    """The attachment's bytes as scanned: opened from its sealed file, or read as is from elsewhere."""
    from mpp_assist.security import files

    path = att.path  # already under today's data home (resolve_stored_path)
    root = files.attachments_root().resolve()
    if root in path.resolve().parents:
        return files.load(store.keys, app_id, path)
    return path.read_bytes()


def add_attachment(store: Store, app_id: str, attachment_id: str, path: Path, sha256: str, size: int) -> None:
    """Register a scan (a file under the data home) to upload after its application."""
    with store.transaction() as c:
        register_attachment(c, app_id, attachment_id, path, sha256, size)


def pending_attachments(store: Store, app_id: str) -> list[PendingAttachment]:
    rows = store.conn.execute(
        "SELECT attachment_id, path, sha256, size FROM outbox_attachments"
        " WHERE application_id = ? AND uploaded = 0"
        " ORDER BY attachment_id",
        (app_id,),
    )
    return [PendingAttachment(r[0], resolve_stored_path(r[1]), r[2], r[3]) for r in rows]


def all_attachments(store: Store, app_id: str) -> list[PendingAttachment]:
    rows = store.conn.execute(
        "SELECT attachment_id, path, sha256, size FROM outbox_attachments WHERE application_id = ?"
        " ORDER BY attachment_id",
        (app_id,),
    )
    return [PendingAttachment(r[0], resolve_stored_path(r[1]), r[2], r[3]) for r in rows]


def mark_attachment_uploaded(store: Store, app_id: str, attachment_id: str) -> None:
    with store.transaction() as c:
        c.execute(
            "UPDATE outbox_attachments SET uploaded = 1 WHERE application_id = ? AND attachment_id = ?",
            (app_id, attachment_id),
        )


# -- small key/value state (cursor, ETag, last sync) --------------------------------


def get_state(store: Store, key: str) -> str | None:
    row = store.conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_state(store: Store, key: str, value: str) -> None:
    with store.transaction() as c:
        c.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def apply_changes(store: Store, changes: list[Any]) -> int:
    """Back-office statuses for our applications, one page in one write; how many were ours."""
    applied = 0
    now = now_utc()
    with store.transaction() as c:
        for change in changes:
            if not isinstance(change, dict):
                continue
            cur = c.execute(
                "UPDATE applications SET server_status = ?, server_reason = ?,"
                " official_number = COALESCE(official_number, ?), updated_at = ?"
                " WHERE id = ? AND server_status IS NOT ? OR id = ? AND server_reason IS NOT ?",
                (
                    change.get("status"),
                    change.get("reason"),
                    change.get("official_number") or None,
                    now,
                    change.get("client_uuid"),
                    change.get("status"),
                    change.get("client_uuid"),
                    change.get("reason"),
                ),
            )
            applied += cur.rowcount > 0
    return applied


def age_days(iso: str, now: datetime | None = None) -> float:
    then = datetime.fromisoformat(iso)
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    return ((now or datetime.now(UTC)) - then).total_seconds() / 86400

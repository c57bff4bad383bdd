"""Retention: what the backend has confirmed leaves this computer after N days; nothing unsent ever does.

An application is purged only when all of these hold: it was sent, the backend
answered with its official number, its last change is older than the retention
period, and no outbox row for it is still waiting, sending or failed. Deleted
rows are zeroed on disk (``PRAGMA secure_delete``) and its attachment files removed;
its blind-index entries (``store.blind_index``) go in the same transaction.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from mpp_assist.paths import data_home

if TYPE_CHECKING:
    from mpp_assist.store import Store

DEFAULT_DAYS = 30
# Outbox states after which nothing is left to send (anything else keeps the application).
FINISHED_OUTBOX_STATES = ("sent", "done", "confirmed")


def _tables(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def purgeable(store: Store, days: int = DEFAULT_DAYS, now: datetime | None = None) -> list[str]:
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
    marks = ", ".join("?" for _ in FINISHED_OUTBOX_STATES)
    # Counted from the backend's confirmation (outbox.sent_at), else from the last change.
    rows = store.conn.execute(
        "SELECT a.id FROM applications a LEFT JOIN outbox s ON s.application_id = a.id"  # noqa: S608
        " WHERE a.status = 'sent' AND a.official_number IS NOT NULL AND a.official_number != ''"
        " AND COALESCE(s.sent_at, a.updated_at) < ?"
        f" AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.application_id = a.id AND o.state NOT IN ({marks}))"
        " ORDER BY a.updated_at",
        (cutoff, *FINISHED_OUTBOX_STATES),
    )
    return [r[0] for r in rows]


def purge(store: Store, officer: str, days: int = DEFAULT_DAYS, now: datetime | None = None) -> list[str]:
    """Delete confirmed applications older than ``days``; returns their ids (each audited as ``purge``)."""
    ids = purgeable(store, days, now)
    tables = _tables(store)
    for app_id in ids:
        with store.transaction() as c:
            for table in ("outbox_attachments", "outbox", "consents", "search_index", "quarantine"):
                if table in tables:
                    c.execute(f"DELETE FROM {table} WHERE application_id = ?", (app_id,))  # noqa: S608
            c.execute("DELETE FROM applications WHERE id = ?", (app_id,))
            store._audit(c, officer, "purge", app_id)
        folder = data_home() / "attachments" / app_id
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
    # Consent given for a draft that was abandoned (never submitted, draft gone) is kept no longer either.
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
    with store.transaction() as c:
        orphans = c.execute(
            "DELETE FROM consents WHERE application_id IS NULL AND at < ?"
            " AND (draft_id IS NULL OR draft_id NOT IN (SELECT id FROM drafts))",
            (cutoff,),
        ).rowcount
        if orphans:
            store._audit(c, officer, "purge", None, f"{orphans} consent(s) of abandoned drafts")
    if ids or orphans:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ids


def purge_if_due(
    store: Store, officer: str, days: int = DEFAULT_DAYS, now: datetime | None = None
) -> list[str]:
    """The automatic daily purge: runs at most once per calendar day (at start-up and from a timer)."""
    today = int((now or datetime.now(UTC)).strftime("%Y%m%d"))
    row = store.conn.execute("SELECT value FROM counters WHERE name = 'purge-last-day'").fetchone()
    if row is not None and row[0] >= today:
        return []
    ids = purge(store, officer, days, now)
    with store.transaction() as c:
        c.execute(
            "INSERT INTO counters VALUES ('purge-last-day', ?)"
            " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (today,),
        )
    return ids

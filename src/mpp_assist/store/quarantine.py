"""Applications whose sealed data no longer opens: set aside, named, kept byte for byte.

A flipped byte in one sealed ``answers`` (a failing disk, a bad copy) must not stop the
desk. The store records the row here the first time it fails to open and from then on
leaves it out of lists, searches, sync and exports, which carry on with everything
else; the row itself is never changed, so an admin can restore it from a backup.
``quarantined()`` names each one for the officer and the admin (``message``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mpp_assist.i18n import translate

if TYPE_CHECKING:
    from mpp_assist.store import Store


@dataclass(frozen=True)
class Quarantined:
    application_id: str
    receipt_number: str
    found_at: str  # when the store first failed to open it (UTC, ISO)
    what: str  # which sealed column did not open

    def message(self) -> str:
        return translate(
            "Store",
            "Permohonan {receipt} ({id}) tidak bisa dibuka (datanya rusak) dan disisihkan sejak {when}."
            " Data disimpan apa adanya; permohonan lain tetap berjalan. Hubungi admin untuk memulihkannya"
            " dari cadangan.",
        ).format(receipt=self.receipt_number, id=self.application_id, when=self.found_at)


def record(c: sqlite3.Connection, app_id: str, receipt_number: str, what: str) -> None:
    """Set one application aside (idempotent); the caller's transaction or autocommit."""
    from mpp_assist.store import now_utc

    c.execute(
        "INSERT OR IGNORE INTO quarantine (application_id, receipt_number, found_at, what) VALUES (?, ?, ?, ?)",
        (app_id, receipt_number, now_utc(), what),
    )


def quarantined(store: Store) -> list[Quarantined]:
    rows = store.conn.execute(
        "SELECT application_id, receipt_number, found_at, what FROM quarantine ORDER BY found_at, application_id"
    )
    return [Quarantined(*r) for r in rows]


def is_quarantined(store: Store, app_id: str) -> bool:
    return store.conn.execute("SELECT 1 FROM quarantine WHERE application_id = ?", (app_id,)).fetchone() is not None

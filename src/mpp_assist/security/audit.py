"""The audit trail's hash chain: each entry carries an HMAC over itself and the previous entry's.

The HMAC key is derived from the database's data key, so someone who can edit the
file but has no officer's credentials cannot rewrite the chain to hide a change.
Entries cannot be silently removed from the middle (the next link breaks) or the
end (SQLite's AUTOINCREMENT counter remembers the highest number handed out).
Limit: someone holding both the file *and* valid credentials could rebuild the
chain; catching that needs the chain head kept elsewhere (e.g. sent with each sync).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mpp_assist.i18n import translate
from mpp_assist.security.crypto import DecryptError

if TYPE_CHECKING:
    from mpp_assist.store import Store

GENESIS = "0" * 64
DETAIL_CONTEXT = "audit.detail"

# Every kind of event the trail records (the list, plus failed sign-ins and purges).
ACTIONS = (
    "create", "view", "edit", "print", "reprint", "send", "export", "import", "delete",
    "login", "login-failed", "logout", "purge", "consent", "officer-add", "officer-passwd", "officer-remove",
    "document-read",  # a KTP-el/KK photo was read and confirmed: its kind and counts, never its content
)


def link(
    mac_key: bytes, seq: int, at: str, officer: str, action: str, app_id: str | None, detail: str, prev: str
) -> str:
    """The hash of one entry (``detail`` as stored, i.e. sealed)."""
    fields = [seq, at, officer, action, app_id, detail, prev]
    msg = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hmac.new(mac_key, msg.encode("utf-8"), hashlib.sha256).hexdigest()


def append(c: sqlite3.Connection, mac_key: bytes, at: str, officer: str, action: str,
           app_id: str | None, sealed_detail: str) -> int:
    """Add one chained entry inside the caller's transaction (which serialises writers)."""
    row = c.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row and row[0] else GENESIS
    cur = c.execute(
        "INSERT INTO audit (at, officer, action, application_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, '')",
        (at, officer, action, app_id, sealed_detail, prev),
    )
    seq = int(cur.lastrowid or 0)
    c.execute(
        "UPDATE audit SET hash = ? WHERE seq = ?",
        (link(mac_key, seq, at, officer, action, app_id, sealed_detail, prev), seq),
    )
    return seq


@dataclass
class Entry:
    seq: int
    at: str
    officer: str
    action: str
    application_id: str | None
    detail: str


@dataclass
class Break:
    seq: int        # the first entry that does not check out
    reason: str     # plain message for the officer

    def __str__(self) -> str:
        return self.reason


def entries(store: Store, application_id: str | None = None) -> list[Entry]:
    sql = "SELECT seq, at, officer, action, application_id, detail FROM audit"
    args: tuple[str, ...] = ()
    if application_id:
        sql += " WHERE application_id = ?"
        args = (application_id,)
    out = []
    for r in store.conn.execute(sql + " ORDER BY seq", args):
        detail = r["detail"]
        if detail:
            try:
                detail = store.keys.open(detail, DETAIL_CONTEXT)
            except DecryptError:
                detail = translate("Audit", "(rincian tidak bisa dibuka)")
        out.append(Entry(r["seq"], r["at"], r["officer"], r["action"], r["application_id"], detail))
    return out


def verify(store: Store) -> tuple[int, Break | None]:
    """(number of entries checked, the first broken link or None)."""
    key = store.keys.audit_mac_key
    prev, expected_seq, count = GENESIS, None, 0
    rows = store.conn.execute(
        "SELECT seq, at, officer, action, application_id, detail, prev_hash, hash FROM audit ORDER BY seq"
    )
    for r in rows:
        count += 1
        seq = r["seq"]
        if expected_seq is not None and seq != expected_seq:
            return count, Break(
                expected_seq,
                translate("Audit", "Catatan nomor {seq} sampai {last} hilang (dihapus).").format(
                    seq=expected_seq, last=seq - 1
                ),
            )
        if r["prev_hash"] != prev:
            return count, Break(
                seq,
                translate("Audit", "Catatan nomor {seq} tidak tersambung ke catatan sebelumnya.").format(
                    seq=seq
                ),
            )
        want = link(
            key, seq, r["at"], r["officer"], r["action"], r["application_id"], r["detail"], r["prev_hash"]
        )
        if not hmac.compare_digest(want, r["hash"] or ""):
            return count, Break(seq, translate("Audit", "Catatan nomor {seq} telah diubah.").format(seq=seq))
        prev, expected_seq = r["hash"], seq + 1
    top = store.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    last = (expected_seq or 1) - 1
    if top is not None and top[0] > last:
        return count, Break(
            last + 1,
            translate("Audit", "Catatan terakhir (nomor {seq} sampai {last}) hilang (dihapus).").format(
                seq=last + 1, last=top[0]
            ),
        )
    return count, None

"""The blind index: what search needs, kept as keyed HMACs so the file reveals nothing.

Each search term of an application (``search.terms``: its NIK/KK numbers, phone, name
words and their phonetic keys) is stored only as HMAC-SHA256 under a key derived from
the data key for this purpose alone (``DataKeys.index_key``), cut to 16 bytes. A stolen
file shows which rows share a term, never the term; a query shows only its matches.
``applications.person`` is the HMAC of the applicant's NIK, so results group into
people without opening a row.

Written in the same transaction as the answers it indexes (``index_application``),
rebuilt for older databases by a named migration (``rebuild``), deleted with the
application by retention.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from mpp_assist.search import terms as search_terms
from mpp_assist.security.crypto import DataKeys, DecryptError

if TYPE_CHECKING:
    from mpp_assist.store import Store

TOKEN_BYTES = 16
REBUILD_PAGE = 500


def token(keys: DataKeys, term: str) -> bytes:
    return hmac.new(keys.index_key, term.encode("utf-8"), hashlib.sha256).digest()[:TOKEN_BYTES]


def person_token(keys: DataKeys, nik: str | None) -> bytes | None:
    return token(keys, f"person:{nik}") if nik else None


def index_application(c: sqlite3.Connection, keys: DataKeys, app_id: str, answers: dict[str, Any]) -> None:
    """(Re)write the index of one application, inside the caller's transaction."""
    c.execute("DELETE FROM search_index WHERE application_id = ?", (app_id,))
    c.executemany(
        "INSERT OR IGNORE INTO search_index (token, application_id) VALUES (?, ?)",
        [(token(keys, t), app_id) for t in sorted(search_terms.terms(answers))],
    )
    c.execute(
        "UPDATE applications SET person = ? WHERE id = ?",
        (person_token(keys, search_terms.applicant_nik(answers)), app_id),
    )


def matching(keys: DataKeys, terms: Iterable[str]) -> tuple[str, list[bytes]]:
    """SQL (a subquery of application ids) matching every term, and its parameters."""
    tokens = [token(keys, t) for t in terms]
    if not tokens:
        return "SELECT id FROM applications WHERE 0", []
    sql = " INTERSECT ".join("SELECT application_id FROM search_index WHERE token = ?" for _ in tokens)
    return sql, tokens


def rebuild(store: Store, c: sqlite3.Connection) -> None:
    """The named migration for databases made before the index: every application, a page at a time.

    A row that does not open is quarantined (``store.quarantine``) and left as it is.
    """
    from mpp_assist.store import quarantine

    last = ""
    while True:
        rows = c.execute(
            "SELECT id, receipt_number, answers FROM applications WHERE id > ? ORDER BY id LIMIT ?",
            (last, REBUILD_PAGE),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            try:
                answers = json.loads(store.keys.open(row["answers"], f"applications.answers|{row['id']}"))
            except (DecryptError, ValueError):
                quarantine.record(c, row["id"], row["receipt_number"], "answers")
                continue
            index_application(c, store.keys, row["id"], answers)
        last = rows[-1]["id"]

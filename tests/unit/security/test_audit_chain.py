"""The audit trail is hash-chained: a changed, removed or cut-off entry is found and named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mpp_assist.security import audit
from mpp_assist.store import DB_NAME, Store


@pytest.fixture
def trail(data_home: Path) -> Path:
    with Store() as store:
        app = store.create_application(
            service_id="ktp-el", form_version="1", answers={"nama": "A"}, officer="demo", desk="D1"
        )
        for action in ("view", "print", "reprint", "send"):
            store.audit("demo", action, app.id)
        count, broken = audit.verify(store)
        assert broken is None and count >= 6  # login + create + 4
    return data_home / DB_NAME


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _verify() -> audit.Break | None:
    with Store() as store:
        return audit.verify(store)[1]


def test_an_intact_trail_verifies_and_lists_every_entry(trail: Path) -> None:
    with Store() as store:
        actions = [e.action for e in audit.entries(store)]
    assert actions[:2] == ["login", "create"] and actions[-4:] == ["view", "print", "reprint", "send"]
    assert _verify() is None


def test_a_changed_entry_is_the_first_broken_link(trail: Path) -> None:
    _raw(trail).execute("UPDATE audit SET officer = 'someone-else' WHERE action = 'print'")
    seq = _raw(trail).execute("SELECT seq FROM audit WHERE action = 'print'").fetchone()[0]
    broken = _verify()
    assert broken is not None and broken.seq == seq and "diubah" in broken.reason


def test_a_removed_entry_in_the_middle_is_found(trail: Path) -> None:
    seq = _raw(trail).execute("SELECT seq FROM audit WHERE action = 'view'").fetchone()[0]
    _raw(trail).execute("DELETE FROM audit WHERE seq = ?", (seq,))
    broken = _verify()
    assert broken is not None and broken.seq == seq and "hilang" in broken.reason


def test_entries_cut_off_the_end_are_found(trail: Path) -> None:
    last = _raw(trail).execute("SELECT max(seq) FROM audit").fetchone()[0]
    _raw(trail).execute("DELETE FROM audit WHERE seq >= ?", (last - 1,))
    broken = _verify()
    assert broken is not None and broken.seq == last - 1


def test_a_rechained_trail_without_the_key_does_not_verify(trail: Path) -> None:
    # Someone with the file but no credentials recomputes plain SHA-256 links: the HMAC check fails.
    import hashlib

    raw = _raw(trail)
    prev = audit.GENESIS
    raw.execute("UPDATE audit SET action = 'view' WHERE action = 'reprint'")
    for seq, at, officer, action, app_id, detail in raw.execute(
        "SELECT seq, at, officer, action, application_id, detail FROM audit ORDER BY seq"
    ).fetchall():
        h = hashlib.sha256(repr((seq, at, officer, action, app_id, detail, prev)).encode()).hexdigest()
        raw.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, h, seq))
        prev = h
    broken = _verify()
    assert broken is not None and broken.seq == 1

"""Damage a real desk database the way a failing disk or a bad copy does (for the quarantine tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def checkpoint(db: Path) -> None:
    """Everything in the main file (no WAL), so the bytes on disk are the whole database."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.close()
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)


def flip_sealed_answers(db: Path, app_id: str) -> str:
    """Change one character in the middle of one application's sealed ``answers``, in the file's bytes.

    Returns the damaged value as it is now stored (to check it is kept byte for byte).
    """
    checkpoint(db)
    sealed = sqlite3.connect(db).execute("SELECT answers FROM applications WHERE id = ?", (app_id,)).fetchone()[0]
    data = db.read_bytes()
    at = data.index(sealed.encode("ascii")) + len(sealed) // 2
    data = data[:at] + (b"A" if data[at : at + 1] != b"A" else b"B") + data[at + 1 :]
    db.write_bytes(data)
    damaged = sqlite3.connect(db).execute("SELECT answers FROM applications WHERE id = ?", (app_id,)).fetchone()[0]
    assert damaged != sealed and len(damaged) == len(sealed)
    return damaged

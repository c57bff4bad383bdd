"""Is the database file whole? Checked before anything may write to it, cheaply at every open.

Cheap, every open: the header (SQLite's magic, page size, page count against the size).
Full ``PRAGMA quick_check`` (reads the whole file): only when the file is not as this
app left it — its size or modification time differ from what the last clean close
recorded — so a desk with 100,000 applications opens fast, while a file changed
behind the app's back (a bad copy, a disk repair, someone's editor) is checked whole.

How we know a database existed: the marker ``<database>.marker`` beside it, written when
the database is first created (or first opened by this version). It holds no personal
data: when it was made, and the size and modification time at the last clean close. A
database that has a marker but is now missing, empty or shorter than its header says is
refused like any damaged one, never silently started afresh.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from mpp_assist.atomic import write_atomic
from mpp_assist.i18n import translate

SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database cannot be used (corrupt, locked, wrong key); carries a plain message."""


class DatabaseDamaged(StoreError):
    """The file is not a whole SQLite database. It is left exactly as it is, for recovery."""


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".marker")


def read_marker(path: Path) -> dict[str, Any] | None:
    """The marker's content ({} when it exists but cannot be read), or None when there is none."""
    marker = marker_path(path)
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_marker(path: Path, created_at: str, *, clean: bool) -> None:
    """Record that the database exists; ``clean`` also records its size and time as this app left it."""
    data: dict[str, Any] = {"created_at": (read_marker(path) or {}).get("created_at", created_at)}
    if clean:
        st = path.stat()
        data["size"], data["mtime_ns"] = st.st_size, st.st_mtime_ns
    try:
        # Whole or not at all (a kill mid-write must not leave half a marker), private as the database.
        write_atomic(marker_path(path), json.dumps(data).encode("utf-8"), private=True)
    except OSError:
        pass  # without a marker the next open checks the whole file: slower, never wrong


def _damaged(path: Path, problem: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        translate(
            "Store",
            "Basis data {path} rusak ({problem}) sehingga tidak dibuka. Berkas dibiarkan apa adanya"
            " untuk pemulihan: jangan dihapus, hubungi admin.",
        ).format(path=path, problem=problem)
    )


def check_database_file(path: Path) -> None:
    """Refuse a file that is not a whole SQLite database, before anything may write to it."""
    marker = read_marker(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        if marker is not None:
            raise _missing(path, marker) from None
        return
    if size == 0:
        if marker is not None:
            raise _missing(path, marker)
        return  # SQLite's own empty database, never used: nothing in it to lose
    problem = ""
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        problem = translate("Store", "bukan berkas SQLite")
    else:
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        # The header's page count counts only when valid (change counter == version-valid-for, as SQLite).
        pages = int.from_bytes(header[28:32], "big") if header[24:28] == header[92:96] else 0
        if page_size < 512 or size % page_size or size < pages * page_size:
            problem = translate("Store", "berkas terpotong")
    if not problem and not _as_left(path, marker):
        problem = _quick_check(path)
    if problem:
        raise _damaged(path, problem)


def _as_left(path: Path, marker: dict[str, Any] | None) -> bool:
    """The file is exactly as this app's last clean close left it."""
    if not marker or "size" not in marker:
        return False
    st = path.stat()
    return (st.st_size, st.st_mtime_ns) == (marker["size"], marker.get("mtime_ns"))


def _quick_check(path: Path) -> str:
    try:
        conn = sqlite3.connect(path, timeout=30)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "" if rows == ["ok"] else "; ".join(rows)


def _missing(path: Path, marker: dict[str, Any]) -> DatabaseDamaged:
    return DatabaseDamaged(
        translate(
            "Store",
            "Basis data {path} kosong atau hilang, padahal sudah dipakai sejak {since} (tanda: {marker})."
            " Tidak dibuat baru agar data tidak tertimpa. Pulihkan dari cadangan; hanya jika memang ingin"
            " mulai dari kosong, hapus berkas tanda itu. Hubungi admin.",
        ).format(path=path, since=marker.get("created_at") or "?", marker=marker_path(path))
    )

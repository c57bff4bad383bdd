"""The desk database at a real desk's scale: no per-open full-table work, damage refused or set aside.

Issue 13 (scale) and issue 14 (one damaged row; an emptied database).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from damage import checkpoint, flip_sealed_answers
from mpp_assist.security import subject
from mpp_assist.store import DB_NAME, DatabaseDamaged, Store, integrity, queue

NIK = "3273015708900001"


def _make(store: Store, i: int, **answers: object):
    return store.create_application(
        service_id="ktp-el" if i % 2 else "skck",
        form_version="1",
        answers={"nik": f"{int(NIK) + i:016d}", "nama_lengkap": f"Warga Nomor {i}", **answers},
        officer="demo",
        desk="D1",
    )


def _traced_open(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement the store's own connection runs from now on."""
    statements: list[str] = []
    real = sqlite3.connect

    def connect(*args, **kw):
        conn = real(*args, **kw)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    return statements


def test_a_second_open_reads_no_table_whole_and_does_not_check_the_whole_file(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store() as store:
        for i in range(5):
            _make(store, i)
        done = {r[0] for r in store.conn.execute("SELECT name FROM migrations")}
    assert {"store-3-seal-legacy", "store-4-blind-index"} <= done  # named, recorded, run once
    statements = _traced_open(monkeypatch)
    with Store():
        pass
    assert not [s for s in statements if "quick_check" in s]
    whole = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "WHERE" not in s.upper()
             and "LIMIT" not in s.upper() and "FROM APPLICATIONS" in s.upper()]
    assert whole == []
    assert not [s for s in statements if "hash = ''" in s]  # the legacy audit chaining pass is a migration now


def test_a_file_changed_behind_the_apps_back_is_checked_whole(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store() as store:
        _make(store, 1)
    db = data_home / DB_NAME
    calls: list[Path] = []
    real = integrity._quick_check
    monkeypatch.setattr(integrity, "_quick_check", lambda p: calls.append(p) or real(p))
    with Store():
        pass
    assert calls == []
    os.utime(db, ns=(1, 1))  # someone else wrote to it
    with Store():
        pass
    assert calls == [db]


@pytest.mark.parametrize("damage", ["emptied", "deleted", "short"])
def test_a_database_that_existed_and_is_now_empty_or_short_is_refused(data_home: Path, damage: str) -> None:
    with Store() as store:
        for i in range(44):
            _make(store, i)
    db = data_home / DB_NAME
    checkpoint(db)
    if damage == "emptied":
        db.write_bytes(b"")
    elif damage == "deleted":
        db.unlink()
    else:
        db.write_bytes(db.read_bytes()[:60])
    with pytest.raises(DatabaseDamaged) as e:
        Store()
    message = e.value.args[0]
    assert str(db) in message
    if damage != "short":
        assert str(integrity.marker_path(db)) in message  # says how it knows there was a database
    assert not db.exists() if damage == "deleted" else db.stat().st_size == (0 if damage == "emptied" else 60)


def test_the_cli_refuses_an_emptied_database_and_writes_nothing(data_home: Path) -> None:
    import subprocess
    import sys

    with Store() as store:
        for i in range(44):
            _make(store, i)
    db = data_home / DB_NAME
    checkpoint(db)
    db.write_bytes(b"")
    for args in (["list"], ["--lang", "en", "list"]):
        proc = subprocess.run([sys.executable, "-m", "mpp_assist", *args], capture_output=True, text=True,
                              check=False)
        assert proc.returncode != 0 and "Traceback" not in proc.stderr
        assert ("kosong" in proc.stderr) if "en" not in args else ("empty" in proc.stderr)
    assert db.stat().st_size == 0


def test_one_damaged_row_is_set_aside_and_everything_else_carries_on(data_home: Path, tmp_path: Path) -> None:
    with Store() as store:
        apps = [_make(store, i) for i in range(6)]
    victim = apps[2]
    db = data_home / DB_NAME
    damaged = flip_sealed_answers(db, victim.id)
    with Store() as store:
        listed = store.list_applications()
        assert {a.id for a in listed} == {a.id for a in apps} - {victim.id}
        [q] = store.quarantined()
        assert (q.application_id, q.receipt_number, q.what) == (victim.id, victim.receipt_number, "answers")
        assert victim.receipt_number in q.message() and "rusak" in q.message()
        assert store.get_application(victim.id) is None
        assert store.find_application(victim.receipt_number) is None
        # The paged queue and its counts leave it out too; the others open.
        assert queue.count(store) == 5 and sum(queue.count_by_state(store).values()) == 5
        assert len(queue.page(store, limit=10)) == 5
        # A subject export of that person names the damaged application instead of failing.
        data = subject.collect(store, f"{int(NIK) + 2:016d}")
        assert data["applications"] == [] and [d["application_id"] for d in data["quarantined"]] == [victim.id]
    raw = sqlite3.connect(db).execute("SELECT answers FROM applications WHERE id = ?", (victim.id,)).fetchone()[0]
    assert raw == damaged  # kept byte for byte


def test_the_page_decrypts_only_its_rows(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mpp_assist.security import crypto

    with Store() as store:
        made = [_make(store, i) for i in range(30)]
        opened: list[str] = []
        real = crypto.DataKeys.open
        monkeypatch.setattr(crypto.DataKeys, "open", lambda self, s, ctx: opened.append(ctx) or real(self, s, ctx))
        rows = queue.page(store, queue.QueueFilter(service_id="ktp-el"), sort="receipt", descending=False,
                          offset=2, limit=5)
        ktp = sorted((a for a in made if a.service_id == "ktp-el"), key=lambda a: a.receipt_number)
        assert [a.id for a in rows] == [a.id for a in ktp[2:7]]
        assert len([c for c in opened if c.startswith("applications.answers")]) == 5
        opened.clear()
        assert queue.count_by_state(store) == {"waiting": 30}
        assert queue.count(store, queue.QueueFilter(search="Warga Nomor")) == 30
        assert opened == []  # counting and searching open nothing
        with pytest.raises(ValueError):
            queue.page(store, sort="answers; DROP TABLE applications")

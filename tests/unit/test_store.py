import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mpp_assist import tracking
from mpp_assist.store import Store


def make(store: Store, **kw):
    args = dict(service_id="ktp-el", form_version="1", answers={"nama": "Siti"}, officer="demo", desk="D1")
    args.update(kw)
    return store.create_application(**args)


def test_application_is_stored_queued_and_numbered(data_home: Path) -> None:
    with Store() as store:
        a = make(store)
        b = make(store)
    assert (data_home / "mpp-assist.sqlite3").exists()
    # A fresh connection (another process would be the same) sees both, queued.
    conn = sqlite3.connect(data_home / "mpp-assist.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = conn.execute("SELECT application_id, state FROM outbox ORDER BY rowid").fetchall()
    assert rows == [(a.id, "waiting"), (b.id, "waiting")]
    assert a.receipt_number.endswith("-0001") and b.receipt_number.endswith("-0002")
    assert a.receipt_number.startswith("D1-")
    assert a.tracking_code != b.tracking_code
    assert tracking.normalise(a.tracking_code) == a.tracking_code
    assert a.tracking_code == tracking.code_for(a.id)  # what the server checks: no desk chooses a code


def test_submitting_removes_the_draft_in_the_same_transaction() -> None:
    with Store() as store:
        store.save_draft(draft_id="d1", service_id="ktp-el", answers={"nama": "A"}, position="s1", officer="demo")
        assert store.latest_draft("demo").answers == {"nama": "A"}
        make(store, draft_id="d1")
        assert store.latest_draft("demo") is None


def test_failed_transaction_leaves_nothing() -> None:
    with Store() as store:
        with pytest.raises(RuntimeError), store.transaction() as c:
            c.execute("INSERT INTO drafts (id, service_id, answers, officer, updated_at) VALUES ('x','s','{}','o','t')")
            raise RuntimeError
        assert store.latest_draft("o") is None


def test_draft_survives_a_killed_process(data_home: Path) -> None:
    code = (
        "import os, signal\n"
        "from mpp_assist.store import Store\n"
        "s = Store()\n"
        "s.save_draft(draft_id='d', service_id='ktp-el', answers={'nik': '3201'}, position='p', officer='demo')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=False)
    assert proc.returncode == -9
    with Store() as store:
        assert store.latest_draft("demo").answers == {"nik": "3201"}


def test_find_application_by_receipt_number_and_prefix() -> None:
    with Store() as store:
        a = make(store)
        assert store.find_application(a.receipt_number).id == a.id
        assert store.find_application(a.id[:8]).id == a.id
        assert store.find_application("nothing") is None


def test_tracking_codes_forgive_case_spaces_and_lookalikes() -> None:
    code = tracking.new_code()
    assert len(code) == 19 and code.count("-") == 3
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert tracking.normalise(typed) == code
    assert tracking.normalise("too short") is None

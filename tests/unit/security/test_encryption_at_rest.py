"""The database holds ciphertext only; a wrong key or a damaged file is refused without touching the file."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from mpp_assist.security import session
from mpp_assist.security.crypto import new_data_key
from mpp_assist.store import DB_NAME, DatabaseDamaged, Store, StoreError

NAME, NIK = "Wiwik Sulastriningsih", "3273014509870003"


def _make(store: Store, **answers: str):
    return store.create_application(
        service_id="ktp-el",
        form_version="1",
        answers={"nama": NAME, "nik": NIK, **answers},
        officer="demo",
        desk="D1",
    )


def test_answers_drafts_and_audit_details_are_sealed_on_disk(data_home: Path) -> None:
    with Store() as store:
        app = _make(store)
        store.save_draft(
            draft_id="d1", service_id="ktp-el", answers={"nama": NAME}, position="p", officer="demo"
        )
        store.audit("demo", "export", app.id, detail=f"subject export for {NIK}")
        assert store.get_application(app.id).answers["nik"] == NIK
        assert store.latest_draft("demo").answers == {"nama": NAME}
    raw = sqlite3.connect(data_home / DB_NAME)
    answers, reqs = raw.execute("SELECT answers, requirements FROM applications").fetchone()
    assert answers.startswith("enc1:") and reqs.startswith("enc1:")
    assert raw.execute("SELECT answers FROM drafts").fetchone()[0].startswith("enc1:")
    assert all(d == "" or d.startswith("enc1:") for (d,) in raw.execute("SELECT detail FROM audit"))


def test_a_sealed_value_moved_to_another_row_does_not_open(data_home: Path) -> None:
    with Store() as store:
        a, b = _make(store), _make(store, nama="Orang Lain")
    raw = sqlite3.connect(data_home / DB_NAME, isolation_level=None)
    sealed = raw.execute("SELECT answers FROM applications WHERE id = ?", (a.id,)).fetchone()[0]
    raw.execute("UPDATE applications SET answers = ? WHERE id = ?", (sealed, b.id))
    with Store() as store:  # it does not open: set aside (quarantined), never shown as someone else's
        assert store.get_application(b.id) is None
        assert [q.application_id for q in store.quarantined()] == [b.id]
        assert store.get_application(a.id).answers["nama"] == NAME


def test_another_key_is_refused_and_the_file_is_untouched(data_home: Path) -> None:
    with Store() as store:
        _make(store)
    path = data_home / DB_NAME
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match="tidak cocok"):
        Store(key=new_data_key())
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "truncated-at-a-page", "zeroed-middle"])
def test_a_damaged_database_is_refused_with_a_clear_message_and_kept(data_home: Path, damage: str) -> None:
    with Store() as store:
        for _ in range(30):
            _make(store, alamat="Jl. Panjang " * 40)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = data_home / DB_NAME
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    data = path.read_bytes()
    if damage == "garbage":
        data = b"this is not a database at all\n" * 200
    elif damage == "truncated":
        data = data[: len(data) // 2 + 100]
    elif damage == "truncated-at-a-page":
        data = data[: (len(data) // 4096 // 2) * 4096]
    else:
        data = data[: 4096 * 2] + b"\x00" * 4096 * 2 + data[4096 * 4 :]
    path.write_bytes(data)
    with pytest.raises(DatabaseDamaged) as e:
        Store()
    assert str(path) in e.value.args[0] and "pemulihan" in e.value.args[0]
    assert path.read_bytes() == data  # never overwritten
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0


def test_the_cli_refuses_a_damaged_database_without_a_traceback(data_home: Path) -> None:
    import subprocess
    import sys

    (data_home / DB_NAME).write_bytes(b"\x00garbage" * 100)
    for lang, words in (("id", "rusak"), ("en", "damaged")):
        proc = subprocess.run(
            [sys.executable, "-m", "mpp_assist", "--lang", lang, "list"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode != 0
        assert words in proc.stderr and "Traceback" not in proc.stderr
    assert (data_home / DB_NAME).read_bytes() == b"\x00garbage" * 100


def test_rows_written_before_encryption_are_sealed_and_chained_on_open(data_home: Path) -> None:
    from mpp_assist.security import audit
    from mpp_assist.store import MIGRATIONS

    path = data_home / DB_NAME
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for statement in MIGRATIONS[0][1].split(";"):
        if statement.strip():
            raw.execute(statement)
    raw.execute("INSERT INTO migrations VALUES (?, 'x')", (MIGRATIONS[0][0],))
    raw.execute(
        "INSERT INTO applications (id, service_id, form_version, answers, receipt_number, tracking_code,"
        " officer, desk, status, created_at, updated_at)"
        " VALUES ('a1','ktp-el','1',?, 'R1','T1','demo','D1','waiting','t','t')",
        (f'{{"nama": "{NAME}", "nik": "{NIK}"}}',),
    )
    raw.execute(
        "INSERT INTO audit (at, officer, action, application_id, detail) VALUES ('t','demo','create','a1','')"
    )
    raw.close()
    with Store() as store:
        assert store.get_application("a1").answers == {"nama": NAME, "nik": NIK}
        assert audit.verify(store)[1] is None
    assert NIK.encode() not in path.read_bytes()
    assert session.current() is not None


def test_the_back_office_reason_is_sealed_however_it_is_written(data_home: Path) -> None:
    reason = f"Foto KTP {NAME} buram, NIK {NIK} tidak terbaca"
    with Store() as store:
        app = _make(store)
        with store.transaction() as c:  # as the sync module writes it: plain SQL
            c.execute(
                "UPDATE applications SET server_status = 'rejected', server_reason = ? WHERE id = ?",
                (reason, app.id),
            )
        assert store.get_application(app.id).server_reason == reason
        assert NAME.encode() not in (data_home / DB_NAME).read_bytes()
        assert (
            not Path(str(data_home / DB_NAME) + "-wal").exists()
            or NAME.encode() not in Path(str(data_home / DB_NAME) + "-wal").read_bytes()
        )
    raw = sqlite3.connect(data_home / DB_NAME).execute("SELECT server_reason FROM applications").fetchone()[0]
    assert raw.startswith("enc1:")
    # A reason written by a connection without the trigger (an old version) is sealed at the next open.
    plain = sqlite3.connect(data_home / DB_NAME, isolation_level=None)
    plain.execute("UPDATE applications SET server_reason = ?", (reason,))
    plain.close()
    with Store() as store:
        assert store.get_application(app.id).server_reason == reason
    raw = sqlite3.connect(data_home / DB_NAME).execute("SELECT server_reason FROM applications").fetchone()[0]
    assert raw.startswith("enc1:")


def test_the_servers_refusal_reasons_and_last_error_are_sealed_in_the_outbox(data_home: Path) -> None:
    from mpp_assist.sync import outbox

    reasons = [{"field": "nama", "code": "mismatch", "message": f"Nama {NAME} tidak cocok dengan NIK {NIK}"}]
    with Store() as store:
        app = _make(store)
        outbox.mark_needs_correction(store, app.id, reasons)
        entry = outbox.entry(store, app.id)
        assert entry is not None and entry.reasons == reasons and entry.last_error == reasons[0]["message"]
        other = _make(store)
        outbox.mark_waiting(store, other.id, f"Server menolak: {NAME}")
        assert outbox.entry(store, other.id).last_error == f"Server menolak: {NAME}"
        wal = Path(str(data_home / DB_NAME) + "-wal")
        assert NAME.encode() not in (data_home / DB_NAME).read_bytes()
        assert not wal.exists() or NAME.encode() not in wal.read_bytes()
    raw = sqlite3.connect(data_home / DB_NAME)
    for stored_reasons, stored_error in raw.execute("SELECT reasons, last_error FROM outbox"):
        assert stored_error.startswith("enc1:")
        assert stored_reasons is None or stored_reasons.startswith("enc1:")
    raw.close()


def test_outbox_reasons_an_older_version_left_in_plaintext_are_sealed_at_open_and_still_read(
    data_home: Path,
) -> None:
    from mpp_assist.sync import outbox

    reasons = [{"field": "nik", "code": "x", "message": f"NIK {NIK} milik {NAME}"}]
    with Store() as store:
        app = _make(store)
    plain = sqlite3.connect(data_home / DB_NAME, isolation_level=None)  # as the old version wrote them
    plain.execute(
        "UPDATE outbox SET state = 'needs_correction', reasons = ?, last_error = ?",
        (json.dumps(reasons), reasons[0]["message"]),
    )
    plain.execute("UPDATE survey_responses SET last_error = 'x'")  # (none yet: the same trigger covers it)
    plain.close()
    with Store() as store:
        entry = outbox.entry(store, app.id)
        assert entry is not None and entry.reasons == reasons and entry.last_error == reasons[0]["message"]
    raw = sqlite3.connect(data_home / DB_NAME)
    assert all(v.startswith("enc1:") for v in raw.execute("SELECT reasons, last_error FROM outbox").fetchone())
    raw.close()


def test_a_damaged_outbox_reason_is_reported_not_raised(data_home: Path) -> None:
    from mpp_assist.sync import outbox

    with Store() as store:
        app = _make(store)
        outbox.mark_needs_correction(store, app.id, [{"field": "nama", "code": "x", "message": NAME}])
    raw = sqlite3.connect(data_home / DB_NAME, isolation_level=None)
    sealed = raw.execute("SELECT reasons FROM outbox").fetchone()[0]
    raw.execute("UPDATE outbox SET reasons = ?", (sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB"),))
    raw.close()
    with Store() as store:
        entry = outbox.entry(store, app.id)
        assert entry is not None and entry.state == "needs_correction"
        assert entry.reasons[0]["code"] == "unreadable" and "tidak bisa dibaca" in entry.reasons[0]["message"]

"""Issue 14: one flipped byte in one sealed ``answers`` must not stop a whole desk.

A real SQLite file is damaged on disk; then ``sync`` (oldest first: the damaged one is the
oldest), ``export-outbox``, ``list`` and ``subject-export`` run as an officer types them.
The damaged row is set aside, named, kept byte for byte; everything else carries on.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from test_sync_cli import cli, login

from backend_support import ServerProcess
from damage import flip_sealed_answers
from mpp_assist.applications import submit
from mpp_assist.forms import load_catalogue
from mpp_assist.store import DB_NAME, Store


def test_a_damaged_row_is_quarantined_and_sync_export_list_and_subject_export_carry_on(
    fault_backend: ServerProcess, data_home: Path, tmp_path: Path
) -> None:
    definition = load_catalogue().get("ktp-el")
    example = definition.example_answers()
    with Store() as store:
        apps = [
            submit(store, definition, {**example, "nik": f"{int(example['nik']) + i:016d}"}, officer="ana",
                   desk="DESK-A")
            for i in range(4)
        ]
    victim = apps[0]  # the oldest: sync goes oldest first
    db = data_home / DB_NAME
    damaged = flip_sealed_answers(db, victim.id)

    listed = cli("list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {a["id"] for a in json.loads(listed.stdout)} == {a.id for a in apps[1:]}
    assert victim.receipt_number in listed.stderr and "Traceback" not in listed.stderr

    login(fault_backend)
    synced = cli("sync")
    assert "Traceback" not in synced.stderr
    assert synced.returncode == 3  # one is still not sent, and it says which
    assert victim.receipt_number in synced.stderr + synced.stdout
    assert {r.client_uuid for r in fault_backend.rows()} == {a.id for a in apps[1:]}
    again = cli("sync")  # and the next pass does not get stuck behind it either
    assert again.returncode == 3 and "Traceback" not in again.stderr

    with Store() as store:  # a later application goes out as usual
        later = submit(store, definition, {**example, "nik": f"{int(example['nik']) + 9:016d}"}, officer="ana",
                       desk="DESK-A")
    bundle = tmp_path / "outbox.mppbundle"
    exported = cli("export-outbox", str(bundle), "--passphrase-stdin", stdin="kata-sandi-bundel\n")
    assert exported.returncode == 0 and "Traceback" not in exported.stderr, exported.stderr
    assert "1 permohonan" in exported.stdout  # the later one; the damaged one cannot be read to export
    synced = cli("sync")
    assert later.id in {r.client_uuid for r in fault_backend.rows()}

    out = tmp_path / "export" / "subject.json"
    subject = cli("subject-export", victim.answers["nik"], "--output", str(out))
    assert subject.returncode == 0 and "Traceback" not in subject.stderr, subject.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [q["application_id"] for q in data["quarantined"]] == [victim.id]

    raw = sqlite3.connect(db).execute("SELECT answers FROM applications WHERE id = ?", (victim.id,)).fetchone()[0]
    assert raw == damaged  # kept byte for byte, for recovery

"""No personal data in plaintext anywhere under the data home.

Applications with distinctive names and NIKs go through every path that writes:
the CLI (apply, receipt, export-outbox, subject-export, login and sync to a real
backend, purge), drafts, consent,
the audit trail, attachments. Then every byte of every file under the data home
(database, WAL, shared memory, settings, keys registry, caches, temp files) is
scanned for them, in UTF-8 and UTF-16, any letter case — both while a database
connection is still open (WAL not yet checkpointed) and after everything closed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from backend_support import ServerProcess, seed_officers
from mpp_assist.applications import submit
from mpp_assist.forms import load_catalogue
from mpp_assist.security import consent, files, retention
from mpp_assist.server import admin
from mpp_assist.server.db import open_engine, session_factory
from mpp_assist.store import Store

PEOPLE = [
    dict(
        nik="3273016512880002",
        no_kk="3273012811160004",
        nama_lengkap="Kusumawardhani Tjokroaminoto",
        tanggal_lahir="1988-12-25",
        jenis_kelamin="P",
        telepon="0813-9876-5432",
        email="kusuma.tjokro@contoh.co.id",
        alamat="Jl. Cibeunying Kidul No. 77",
        tempat_lahir="Sumedang",
    ),
    dict(
        nik="3273011403790005",
        no_kk="3273010207100008",
        nama_lengkap="Bambang Sukmadilaga",
        tanggal_lahir="1979-03-14",
        jenis_kelamin="L",
        telepon="0857-2468-1357",
        email="bambang.sukma@contoh.co.id",
        alamat="Gang Kelinci Belang No. 3",
        tempat_lahir="Garut",
    ),
]
PARENT = "Hartono Wirjodiprodjo"


def needles() -> list[str]:
    out = [PARENT]
    for p in PEOPLE:
        out += [
            p["nik"],
            p["no_kk"],
            p["nama_lengkap"],
            p["email"],
            p["alamat"],
            p["telepon"].replace("-", ""),
            p["nama_lengkap"].split()[-1],
        ]
    return out


def scan(home: Path) -> list[str]:
    """Every (file, needle) where a needle appears in plaintext."""
    found = []
    forms = [(n, enc) for n in needles() for enc in ("utf-8", "utf-16-le")]
    seen = []
    for path in sorted(home.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        if path.relative_to(home).parts[0] == "server":
            continue  # the local reference *backend* (another machine in real use); see README
        seen.append(path.name)
        blob = path.read_bytes().lower()
        for needle, enc in forms:
            if needle.lower().encode(enc) in blob:
                found.append(f"{path.relative_to(home)}: {needle!r} ({enc})")
    assert "mpp-assist.sqlite3" in seen and "officers.json" in seen, seen
    return found


def answers(person: dict[str, str]) -> dict[str, str]:
    base = load_catalogue().get("ktp-el").example_answers()
    return {**base, **person}


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "mpp_assist", *args], capture_output=True, text=True, input=stdin, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def test_no_personal_data_in_plaintext_under_the_data_home(data_home: Path, tmp_path: Path) -> None:
    outside = tmp_path / "officer-chose-this"
    outside.mkdir()
    first, second = PEOPLE
    # The command line, in its own processes.
    answers_file = outside / "answers.json"
    answers_file.write_text(json.dumps(answers(first)), encoding="utf-8")
    applied = json.loads(cli("apply", "ktp-el", "--answers", str(answers_file), "--json").stdout)
    answers_file.unlink()
    cli("receipt", applied["id"], "-o", str(outside / "receipt.pdf"))
    cli("export-outbox", str(outside / "bundle.mpp"), "--passphrase-stdin", stdin="kata sandi bundel\n")
    cli("subject-export", first["nik"], "-o", str(outside / "export.json"))
    # A real sync to a real backend (its database outside the data home, like another machine).
    backend_dir = outside / "backend"
    backend_dir.mkdir()
    db_url = f"sqlite:///{backend_dir / 'server.sqlite3'}"
    seed_officers(db_url)
    server = ServerProcess(db_url, backend_dir).start()
    try:
        cli("login", "--backend", server.url, "ana", "--password-stdin", stdin="sandi-ana-123\n")
        cli("sync", "--backend", server.url)
        number = json.loads(cli("list", "--json").stdout)[0]["official_number"]
        # The back office writes a reason naming the applicant; the next sync brings it to the desk.
        engine = open_engine(db_url)
        with session_factory(engine)() as session:
            admin.set_status(session, number, "rejected", f"Foto KTP {first['nama_lengkap']} buram")
        engine.dispose()
        cli("sync", "--backend", server.url)
    finally:
        server.kill()
    with Store() as store:
        [synced] = [a for a in store.list_applications() if a.official_number == number]
        assert synced.server_reason == f"Foto KTP {first['nama_lengkap']} buram"
    assert first["nama_lengkap"] in (outside / "export.json").read_text(encoding="utf-8")

    # The desk's own path in this process: draft, consent, submit, audit, attachment.
    definition = load_catalogue().get("ktp-el")
    with Store() as store:
        store.save_draft(
            draft_id="d2", service_id="ktp-el", answers=answers(second), position="s1", officer="demo"
        )
        consent.record(
            store,
            draft_id="d2",
            given_by="parent",
            method="spoken",
            officer="demo",
            consenter_name=PARENT,
            applicant_name=second["nama_lengkap"],
        )
        scan_file = outside / f"KK {second['nama_lengkap']}.png"  # a scan chosen at the desk, via submit
        scan_file.write_bytes(
            b"\x89PNG\r\n\x1a\n" + f"scan of KK {second['no_kk']} for {second['nama_lengkap']}".encode()
        )
        with_scan = {**answers(second), "jenis_permohonan": "rusak", "pindaian_kk": str(scan_file)}
        app = submit(store, definition, with_scan, officer="demo", desk="D1", draft_id="d2")
        assert app.answers["pindaian_kk"]["name"] == scan_file.name  # kept, sealed, under the data home
        assert any((data_home / "attachments" / app.id).iterdir())
        store.audit("demo", "view", app.id, detail=f"viewed {second['nama_lengkap']} {second['nik']}")
        files.save(
            store.keys,
            app.id,
            f"KK {second['nama_lengkap']}.pdf",
            f"%PDF scan of KK {second['no_kk']} for {second['nama_lengkap']}".encode(),
        )
        store.save_draft(
            draft_id="d3", service_id="ktp-el", answers={"nik": first["nik"]}, position="", officer="demo"
        )
        store.delete_draft("d3")
        # While this connection is open the WAL holds recent pages: scan it as it is.
        assert scan(data_home) == []
        # An old confirmed application is purged; its bytes must not linger in free pages either.
        long_ago = (datetime.now(UTC) - timedelta(days=40)).isoformat(timespec="seconds")
        with store.transaction() as c:
            c.execute(
                "UPDATE applications SET status = 'sent', official_number = 'X-1', updated_at = ?"
                " WHERE id = ?",
                (long_ago, app.id),
            )
            c.execute("UPDATE outbox SET state = 'sent' WHERE application_id = ?", (app.id,))
        assert retention.purge(store, "demo") == [app.id]
    assert scan(data_home) == []
    # Sanity: the scan does find plaintext when there is some.
    (data_home / "cache").mkdir(exist_ok=True)
    (data_home / "cache" / "leak.txt").write_text(first["nama_lengkap"].upper(), encoding="utf-16-le")
    assert scan(data_home) == [
        f"{Path('cache', 'leak.txt')}: {first['nama_lengkap']!r} (utf-16-le)",
        f"{Path('cache', 'leak.txt')}: {first['nama_lengkap'].split()[-1]!r} (utf-16-le)",
    ]
    assert os.environ["MPP_ASSIST_HOME"] == str(data_home)

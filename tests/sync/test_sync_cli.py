"""``mpp-assist login / sync / export-outbox / import-bundle`` as an officer runs them, in subprocesses."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import requests

from backend_support import ServerProcess
from mpp_assist.store import Application, Store
from mpp_assist.sync import credentials, outbox


def cli(*args: str, stdin: str = "", home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if home is not None:
        env["MPP_ASSIST_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "mpp_assist", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def login(server: ServerProcess, home: Path | None = None, password: str = "sandi-ana-123") -> None:  # noqa: S107
    done = cli("login", "--backend", server.url, "ana", "--password-stdin", stdin=password + "\n", home=home)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_sync_exit_codes(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    apps = queue(2)
    no_backend = cli("sync")
    assert no_backend.returncode == 2 and "Alamat server" in no_backend.stderr
    not_logged_in = cli("sync", "--backend", fault_backend.url)
    assert not_logged_in.returncode == 2 and "mpp-assist login" in not_logged_in.stderr

    login(fault_backend)
    fault_backend.kill()
    down = cli("sync")
    assert down.returncode == 3, down.stdout + down.stderr
    assert "2 masih menunggu" in down.stderr and "Traceback" not in down.stderr

    fault_backend.start()
    done = cli("sync")
    assert done.returncode == 0, done.stderr
    assert "[2/2]" in done.stdout
    numbers = {r.client_uuid: r.official_number for r in fault_backend.rows()}
    assert {a.id: store.get_application(a.id).official_number for a in apps} == numbers
    listed = json.loads(cli("list", "--json").stdout)
    assert {a["status"] for a in listed} == {"sent"}


def test_token_lives_in_the_keyring_not_in_a_file(fault_backend: ServerProcess, data_home: Path) -> None:
    login(fault_backend)
    token = credentials.saved_token(fault_backend.url, "ana")
    assert token
    for path in data_home.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path


def test_offline_login_after_one_online_login(fault_backend: ServerProcess) -> None:
    login(fault_backend)
    fault_backend.kill()
    offline = cli("login", "--backend", fault_backend.url, "ana", "--password-stdin", stdin="sandi-ana-123\n")
    assert offline.returncode == 0, offline.stderr
    assert "tanpa jaringan" in offline.stdout
    wrong = cli("login", "--backend", fault_backend.url, "ana", "--password-stdin", stdin="salah-sekali\n")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    never_online = cli(
        "login", "--backend", "http://127.0.0.1:9", "ana", "--password-stdin", stdin="sandi-ana-123\n"
    )
    assert never_online.returncode == 2 and "online" in never_online.stderr


def test_wrong_password_and_lockout_messages(fault_backend: ServerProcess) -> None:
    wrong = cli("login", "--backend", fault_backend.url, "budi", "--password-stdin", stdin="salah\n")
    assert wrong.returncode == 2 and "salah" in wrong.stderr
    en = cli(
        "--lang", "en", "login", "--backend", fault_backend.url, "budi", "--password-stdin", stdin="salah\n"
    )
    assert "Wrong username or password" in en.stderr


def test_bundle_export_import_twice_creates_nothing_twice(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]], tmp_path: Path
) -> None:
    apps = queue(3)
    scan = os.urandom(300_000)
    outbox.attach(store, apps[0].id, "foto-kk", "kk.jpg", scan)
    bundle = tmp_path / "outbox.mppbundle"
    exported = cli("export-outbox", str(bundle), "--passphrase-stdin", stdin="kata-sandi-bundel\n")
    assert exported.returncode == 0, exported.stderr
    assert "3 permohonan" in exported.stdout
    raw = bundle.read_bytes()
    answers = store.get_application(apps[0].id).answers
    assert answers["nik"].encode() not in raw and answers["nama_lengkap"].encode() not in raw

    # A connected machine (another data home) uploads it, twice, once the admin trusts the laptop.
    other = tmp_path / "connected-home"
    other.mkdir()
    key = json.loads(cli("device-key", "--json").stdout)["public_key"]
    trusted = cli("server", "trust-device", key, "--desk", "DESK-A", "--db", fault_backend.db_url)
    assert trusted.returncode == 0, trusted.stderr
    login(fault_backend, home=other)
    first = cli("import-bundle", str(bundle), "--passphrase-stdin", stdin="kata-sandi-bundel\n", home=other)
    assert first.returncode == 0, first.stderr
    assert "3 permohonan baru, 0 sudah ada" in first.stdout
    second = cli("import-bundle", str(bundle), "--passphrase-stdin", stdin="kata-sandi-bundel\n", home=other)
    assert second.returncode == 0, second.stderr
    assert "0 permohonan baru, 3 sudah ada" in second.stdout
    assert sorted(r.client_uuid for r in fault_backend.rows()) == sorted(a.id for a in apps)
    token = fault_backend.token()
    state = requests.get(
        f"{fault_backend.url}/api/v1/applications/{apps[0].id}/attachments/foto-kk",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    assert (state["complete"], state["sha256"]) == (True, hashlib.sha256(scan).hexdigest())

    # Later the laptop itself gets a connection: the same numbers, nothing doubled.
    login(fault_backend)
    assert cli("sync").returncode == 0
    numbers = {r.client_uuid: r.official_number for r in fault_backend.rows()}
    assert len(numbers) == 3
    assert {a.id: store.get_application(a.id).official_number for a in apps} == numbers


def test_bad_bundles_get_a_clear_message(
    fault_backend: ServerProcess, queue: Callable[..., list[Application]], tmp_path: Path
) -> None:
    queue(1)
    bundle = tmp_path / "b.mppbundle"
    assert (
        cli("export-outbox", str(bundle), "--passphrase-stdin", stdin="kata-sandi-bundel\n").returncode == 0
    )
    login(fault_backend)
    wrong = cli("import-bundle", str(bundle), "--passphrase-stdin", stdin="bukan-sandinya\n")
    assert wrong.returncode == 2 and "Kata sandi bundel salah" in wrong.stderr

    doc = json.loads(bundle.read_text())
    ct = doc["ciphertext"]
    doc["ciphertext"] = ("A" if ct[10] != "A" else "B").join([ct[:10], ct[11:]])
    tampered = tmp_path / "tampered.mppbundle"
    tampered.write_text(json.dumps(doc))
    bad = cli("import-bundle", str(tampered), "--passphrase-stdin", stdin="kata-sandi-bundel\n")
    assert bad.returncode == 2 and "Tanda tangan" in bad.stderr

    junk = tmp_path / "junk.mppbundle"
    junk.write_bytes(b"\x00garbage")
    assert "bukan bundel" in cli("import-bundle", str(junk), "--passphrase-stdin", stdin="x\n").stderr
    for proc in (wrong, bad):
        assert "Traceback" not in proc.stderr
    assert fault_backend.rows() == []

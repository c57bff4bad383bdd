"""A bundle carried to another desk is filed under the desk that made it, and only from a trusted device.

End to end, in subprocesses as officers and the admin run it: laptop desk A exports a bundle; an
officer of desk B imports it through their own desk. The server files the applications under desk A
(the desk signed into the bundle by the laptop's device key, checked against the admin's list of
trusted devices), so desk A's own later sync finds them: no 404, nothing needing correction.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from test_sync_cli import cli, login

from backend_support import ServerProcess
from mpp_assist.store import Application, Store
from mpp_assist.sync import outbox

PASSPHRASE = "kata-sandi-bundel\n"


def device_key(home: Path | None = None) -> str:
    shown = cli("device-key", "--json", home=home)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)["public_key"]


def trust(server: ServerProcess, key: str, desk: str) -> None:
    done = cli("server", "trust-device", key, "--desk", desk, "--db", server.db_url)
    assert done.returncode == 0, done.stderr


def test_a_bundle_imported_at_another_desk_stays_with_the_desk_that_made_it(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]], tmp_path: Path
) -> None:
    apps = queue(2, desk="DESK-A")
    scan = os.urandom(50_000)
    outbox.attach(store, apps[0].id, "foto-kk", "kk.jpg", scan)
    bundle = tmp_path / "desk-a.mppbundle"
    assert cli("export-outbox", str(bundle), "--passphrase-stdin", stdin=PASSPHRASE).returncode == 0

    desk_b = tmp_path / "desk-b-home"
    desk_b.mkdir()
    done = cli(
        "login", "--backend", fault_backend.url, "budi", "--password-stdin", stdin="sandi-budi-123\n", home=desk_b
    )
    assert done.returncode == 0, done.stderr

    # Not yet trusted: refused whole, with a message naming the device and what the admin runs.
    refused = cli("import-bundle", str(bundle), "--passphrase-stdin", stdin=PASSPHRASE, home=desk_b)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "belum dipercaya" in refused.stderr and "trust-device" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert fault_backend.rows() == []

    trust(fault_backend, device_key(), "DESK-A")
    imported = cli("import-bundle", str(bundle), "--passphrase-stdin", stdin=PASSPHRASE, home=desk_b)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "2 permohonan baru" in imported.stdout
    again = cli("import-bundle", str(bundle), "--passphrase-stdin", stdin=PASSPHRASE, home=desk_b)
    assert again.returncode == 0 and "2 sudah ada" in again.stdout, again.stdout + again.stderr
    assert {r.desk for r in fault_backend.rows()} == {"DESK-A"}

    # The laptop of desk A syncs later: its own applications, same numbers, nothing to correct.
    login(fault_backend)
    synced = cli("sync")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    numbers = {r.client_uuid: r.official_number for r in fault_backend.rows()}
    assert {a.id: store.get_application(a.id).official_number for a in apps} == numbers
    listed = json.loads(cli("list", "--json").stdout)
    assert {a["status"] for a in listed} == {"sent"}


def test_a_device_trusted_for_one_desk_cannot_file_for_another(
    fault_backend: ServerProcess, queue: Callable[..., list[Application]], tmp_path: Path
) -> None:
    queue(1, desk="DESK-A")
    bundle = tmp_path / "desk-a.mppbundle"
    assert cli("export-outbox", str(bundle), "--passphrase-stdin", stdin=PASSPHRASE).returncode == 0
    trust(fault_backend, device_key(), "DESK-B")
    login(fault_backend)
    refused = cli("import-bundle", str(bundle), "--passphrase-stdin", stdin=PASSPHRASE)
    assert refused.returncode == 2 and "DESK-B" in refused.stderr, refused.stdout + refused.stderr
    assert fault_backend.rows() == []
    listed = cli("server", "list-devices", "--json", "--db", fault_backend.db_url)
    assert [d["desk"] for d in json.loads(listed.stdout)] == ["DESK-B"]

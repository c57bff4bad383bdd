"""``mpp-assist audit``, ``purge``, ``subject-export`` and ``officer`` in a subprocess, as typed."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from mpp_assist.store import DB_NAME


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mpp_assist", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, **(env or {})},
        check=False,
    )


def apply_example(tmp_path: Path) -> dict:
    example = run("form", "ktp-el", "--example")
    (tmp_path / "a.json").write_text(example.stdout, encoding="utf-8")
    proc = run("apply", "ktp-el", "--answers", str(tmp_path / "a.json"), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_audit_verify_and_show_then_a_tampered_entry_is_reported(data_home: Path, tmp_path: Path) -> None:
    app = apply_example(tmp_path)
    ok = run("audit", "verify")
    assert ok.returncode == 0 and "utuh" in ok.stdout
    shown = json.loads(run("audit", "show", "--application", app["receipt_number"], "--json").stdout)
    assert [e["action"] for e in shown] == ["create"]
    sqlite3.connect(data_home / DB_NAME, isolation_level=None).execute(
        "UPDATE audit SET officer = 'mallory' WHERE action = 'create'"
    )
    bad = run("--lang", "en", "audit", "verify")
    assert bad.returncode == 3 and "BROKEN at entry 2" in bad.stdout and "changed" in bad.stdout


def test_subject_export_and_purge(data_home: Path, tmp_path: Path) -> None:
    app = apply_example(tmp_path)
    nik = json.loads((tmp_path / "a.json").read_text())["nik"]
    out = tmp_path / "export.json"
    proc = run("subject-export", nik, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert [a["id"] for a in json.loads(out.read_text())["applications"]] == [app["id"]]
    inside = run("subject-export", nik, "-o", str(data_home / "x.json"))
    assert inside.returncode == 2 and "folder data" in inside.stderr and not (data_home / "x.json").exists()
    purge = run("purge", "--json")
    assert purge.returncode == 0 and json.loads(purge.stdout) == {"purged": []}  # unsent: never purged


def test_officers_roles_and_signing_in_from_the_environment(data_home: Path) -> None:
    assert (
        run(
            "officer", "add", "sari", "--role", "officer", "--password-stdin", stdin="sari-pin-1\n"
        ).returncode
        == 0
    )
    listed = json.loads(run("officer", "list", "--json").stdout)
    assert {(o["name"], o["role"]) for o in listed} == {("demo", "admin"), ("sari", "officer")}
    as_sari = {"MPP_ASSIST_OFFICER": "sari", "MPP_ASSIST_PASSWORD": "sari-pin-1"}
    assert run("list", env=as_sari).returncode == 0
    example = run("form", "ktp-el", "--example").stdout
    applied = run("apply", "ktp-el", "--answers", "-", "--json", env=as_sari, stdin=example)
    assert applied.returncode == 0, applied.stderr
    shown = json.loads(run("audit", "show", "--json").stdout)
    assert [e["officer"] for e in shown if e["action"] == "create"] == ["sari"]  # who signed in
    denied = run("audit", "verify", env=as_sari)
    assert denied.returncode == 4 and "supervisor" in denied.stderr and "Traceback" not in denied.stderr
    wrong = run("list", env={**as_sari, "MPP_ASSIST_PASSWORD": "nope-nope"})
    assert wrong.returncode != 0 and "Sisa percobaan: 4" in wrong.stderr
    # Once the demo PIN is changed the demo stops opening by itself.
    assert run("officer", "passwd", "demo", "--password-stdin", stdin="real-admin-pin\n").returncode == 0
    locked = run("list")
    assert locked.returncode != 0 and "terkunci" in locked.stderr
    as_admin = {"MPP_ASSIST_OFFICER": "demo", "MPP_ASSIST_PASSWORD": "real-admin-pin"}
    assert run("officer", "remove", "sari", env=as_admin).returncode == 0


def test_without_any_os_keyring_only_the_demo_works_and_says_so(data_home: Path, tmp_path: Path) -> None:
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    example = run("form", "ktp-el", "--example").stdout
    applied = run("apply", "ktp-el", "--answers", "-", "--json", env=no_keyring, stdin=example)
    assert applied.returncode == 0, applied.stderr  # the README's demo works on a machine with no keyring
    assert (data_home / "security" / "demo-key.json").exists()
    assert json.loads(example)["nik"].encode() not in (data_home / DB_NAME).read_bytes()
    added = run("officer", "add", "sari", "--password-stdin", env=no_keyring, stdin="sari-pin-1\n")
    assert added.returncode != 0 and "keyring" in added.stderr and "Traceback" not in added.stderr
    real_pin = run("officer", "passwd", "demo", "--password-stdin", env=no_keyring, stdin="real-pin-9\n")
    assert real_pin.returncode != 0 and "keyring" in real_pin.stderr
    assert run("list", env=no_keyring).returncode == 0  # still the demo, nothing lost

"""Tokens can be revoked: a logout endpoint, revoke on password reset, and the desk's sign-out.

Real server process; the desk side through the CLI as an officer runs it.
"""

from __future__ import annotations

import json
from pathlib import Path

import requests
from test_sync_cli import cli, login

from backend_support import ServerProcess
from mpp_assist.sync import credentials


def works(server: ServerProcess, token: str) -> int:
    return requests.get(
        server.url + "/api/v1/changes", headers={"Authorization": f"Bearer {token}"}, timeout=10
    ).status_code


def test_logout_revokes_the_token_and_only_that_token(fault_backend: ServerProcess) -> None:
    first, second = fault_backend.token("ana"), fault_backend.token("ana")
    assert works(fault_backend, first) == works(fault_backend, second) == 200
    done = requests.post(
        fault_backend.url + "/api/v1/auth/logout", headers={"Authorization": f"Bearer {first}"}, timeout=10
    )
    assert done.status_code == 204, done.text
    assert works(fault_backend, first) == 401
    assert works(fault_backend, second) == 200
    again = requests.post(
        fault_backend.url + "/api/v1/auth/logout", headers={"Authorization": f"Bearer {first}"}, timeout=10
    )
    assert again.status_code == 401 and again.json()["error"] == "unauthorized"


def test_a_password_reset_revokes_every_token_issued_before(fault_backend: ServerProcess) -> None:
    token = fault_backend.token("budi")
    assert works(fault_backend, token) == 200
    reset = cli(
        "server",
        "add-officer",
        "budi",
        "--desk",
        "DESK-B",
        "--password-stdin",
        "--db",
        fault_backend.db_url,
        stdin="sandi-baru-budi-456\n",
    )
    assert reset.returncode == 0, reset.stderr
    assert works(fault_backend, token) == 401
    fresh = requests.post(
        fault_backend.url + "/api/v1/auth/token",
        json={"username": "budi", "password": "sandi-baru-budi-456"},
        timeout=10,
    )
    assert fresh.status_code == 200 and works(fault_backend, fresh.json()["access_token"]) == 200


def test_signing_out_at_the_desk_revokes_on_the_server_forgets_locally_and_is_audited(
    fault_backend: ServerProcess, data_home: Path
) -> None:
    login(fault_backend)
    token = credentials.saved_token(fault_backend.url, "ana")
    assert token and works(fault_backend, token) == 200
    out = cli("logout")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    assert works(fault_backend, token) == 401
    assert credentials.saved_token(fault_backend.url, "ana") is None
    trail = json.loads(cli("audit", "show", "--json").stdout)
    assert [e["action"] for e in trail if e["action"] == "logout"] == ["logout"]
    assert cli("sync").returncode == 2  # signed out: sync asks to sign in again

    # Offline, signing out still forgets the token here and says the server copy lives on until it expires.
    login(fault_backend)
    fault_backend.kill()
    offline = cli("logout")
    assert offline.returncode == 0, offline.stderr
    assert credentials.saved_token(fault_backend.url, "ana") is None
    assert "server" in offline.stdout.lower()

"""A bare machine with no OS keyring: the demo desk still syncs to its local server, writing no token.

The README's run command starts a local reference server on 127.0.0.1 and signs the demo
officer in. Without a keyring its token lives in the process's memory only; a real backend
still refuses to log in rather than keep a token anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from backend_support import OFFICERS, ServerProcess
from mpp_assist.store import Store
from mpp_assist.sync import credentials


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_loopback_login_keeps_the_token_in_memory_only(
    no_keyring: None, fault_backend: ServerProcess, data_home: Path
) -> None:
    username, _desk, _role, password = OFFICERS[0]
    with Store() as store:
        login = credentials.login_online(store, fault_backend.url, username, password)
    assert login.online
    token = credentials.saved_token(fault_backend.url, username)
    assert token
    for path in data_home.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
    credentials.forget_token(fault_backend.url, username)
    assert credentials.saved_token(fault_backend.url, username) is None


def test_a_real_backend_still_needs_the_keyring(no_keyring: None) -> None:
    with Store() as store, pytest.raises(credentials.KeyringUnavailable, match="keyring"):
        # Refused before anything is sent: no request leaves this machine.
        credentials.login_online(store, "https://mpp.example.go.id", "ana", "sandi-ana-123")

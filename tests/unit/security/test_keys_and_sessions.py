"""Officer accounts, wrapped keys in the real OS keyring, sign-in and lockout."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest

from mpp_assist.security import keys, keystore, session
from mpp_assist.security.errors import (
    AccountLocked,
    NotAllowed,
    NotUnlocked,
    SecurityError,
    UnknownOfficer,
    WrongCredentials,
)
from mpp_assist.security.officers import DEMO_OFFICER, DEMO_PIN, MAX_ATTEMPTS, Registry, registry_file
from mpp_assist.store import Store, StoreError


@pytest.fixture(autouse=True)
def _fresh_sessions(data_home: Path):
    yield
    session.sign_out(data_home)


def test_a_fresh_home_gets_the_demo_admin_and_its_key_lives_wrapped_in_the_keyring(data_home: Path) -> None:
    s = session.require()
    assert (s.officer, s.role) == (DEMO_OFFICER, "admin")
    reg = Registry.load(data_home)
    assert reg is not None and reg.officers[DEMO_OFFICER].demo
    # The real Secret Service backend holds the entry; it is the wrapped key, not the key.
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    raw = keyring.get_password(keystore.service(reg.home_id), DEMO_OFFICER)
    record = json.loads(raw)
    assert record["kdf"] == "argon2id" and record["m"] >= 19456 and record["t"] >= 2
    assert (
        s.data_key.hex() not in raw
        and keys.unwrap(record, "wrong-pin", reg.aad(reg.officers["demo"])) is None
    )
    assert keys.unwrap(record, DEMO_PIN, reg.aad(reg.officers["demo"])) == s.data_key
    # Nothing secret in the registry file.
    assert s.data_key.hex() not in registry_file(data_home).read_text()


def test_other_officers_open_the_same_database_with_their_own_pin(data_home: Path) -> None:
    admin = session.require()
    with Store() as store:
        app = store.create_application(
            service_id="ktp-el", form_version="1", answers={"nama": "Budi"}, officer="demo", desk="D1"
        )
    reg = Registry.load(data_home)
    reg.add(admin.data_key, "sari", "officer", "sari-pin-77")
    session.sign_out()
    s = session.unlock("sari", "sari-pin-77")
    assert s.role == "officer" and s.data_key == admin.data_key
    with Store() as store:
        assert store.get_application(app.id).answers == {"nama": "Budi"}
    with pytest.raises(NotAllowed):
        s.require_role("supervisor")


def test_five_wrong_attempts_lock_the_account_for_a_while(data_home: Path) -> None:
    admin = session.require()
    Registry.load(data_home).add(admin.data_key, "budi", "supervisor", "budi-secret")
    t0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for left in range(MAX_ATTEMPTS - 1, 0, -1):
        with pytest.raises(WrongCredentials) as e:
            session.unlock("budi", "guess", now=t0)
        assert e.value.attempts_left == left
    with pytest.raises(AccountLocked):
        session.unlock("budi", "guess", now=t0)
    # Even the right PIN is refused while locked…
    with pytest.raises(AccountLocked):
        session.unlock("budi", "budi-secret", now=t0 + timedelta(minutes=5))
    # …and accepted once the lockout has passed.
    assert session.unlock("budi", "budi-secret", now=t0 + timedelta(minutes=16)).officer == "budi"
    assert Registry.load(data_home).officers["budi"].failed == 0


def test_unknown_officer_and_wrong_pin_say_so_in_indonesian_and_english(data_home: Path) -> None:
    from mpp_assist import i18n

    session.require()
    with pytest.raises(UnknownOfficer) as e:
        session.unlock("nobody", "x" * 8)
    assert "tidak terdaftar" in e.value.message
    i18n.set_language("en")
    with pytest.raises(WrongCredentials) as e2:
        session.unlock("demo", "wrong-pin")
    assert "Attempts left: 4" in e2.value.message


def test_editing_the_role_in_the_file_does_not_grant_admin(data_home: Path) -> None:
    admin = session.require()
    Registry.load(data_home).add(admin.data_key, "eko", "officer", "eko-pin-12")
    path = registry_file(data_home)
    raw = json.loads(path.read_text())
    raw["officers"]["eko"]["role"] = "admin"
    path.write_text(json.dumps(raw))
    session.sign_out()
    with pytest.raises(WrongCredentials):
        session.unlock("eko", "eko-pin-12")


def test_once_the_demo_pin_is_changed_nothing_unlocks_automatically(data_home: Path) -> None:
    admin = session.require()
    Registry.load(data_home).set_secret(admin.data_key, DEMO_OFFICER, "a-real-pin")
    session.sign_out()
    assert not session.demo_mode()
    with pytest.raises(NotUnlocked):
        session.require()
    with pytest.raises(StoreError) as e:
        Store()
    assert "terkunci" in str(e.value)
    assert session.unlock(DEMO_OFFICER, "a-real-pin").officer == DEMO_OFFICER


def test_commands_sign_in_from_the_environment(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = session.require()
    Registry.load(data_home).add(admin.data_key, "ani", "officer", "ani-pin-99")
    Registry.load(data_home).set_secret(admin.data_key, DEMO_OFFICER, "not-the-demo-pin")
    env = {"MPP_ASSIST_OFFICER": "ani", "MPP_ASSIST_PASSWORD": "ani-pin-99"}
    code = "from mpp_assist.store import Store; s = Store(); print(len(s.list_applications()))"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**__import__("os").environ, **env},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"


def test_the_last_admin_cannot_be_removed_and_names_are_checked(data_home: Path) -> None:
    admin = session.require()
    reg = Registry.load(data_home)
    with pytest.raises(SecurityError):
        reg.remove(DEMO_OFFICER)
    with pytest.raises(SecurityError):
        reg.add(admin.data_key, "../etc", "officer", "pin-123456")
    with pytest.raises(SecurityError):
        reg.add(admin.data_key, "short", "officer", "123")


def test_a_keyring_that_lost_the_entry_says_so_and_counts_no_attempt(data_home: Path) -> None:
    session.require()
    reg = Registry.load(data_home)
    keyring.delete_password(keystore.service(reg.home_id), DEMO_OFFICER)
    session.sign_out()
    with pytest.raises(SecurityError, match="brankas kunci") as e:
        session.unlock(DEMO_OFFICER, DEMO_PIN)
    assert not isinstance(e.value, WrongCredentials)
    assert Registry.load(data_home).officers[DEMO_OFFICER].failed == 0


def test_the_keyring_is_the_platform_one_chosen_without_plugin_discovery(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring's discovery loads every plugin through entry points at each start; ours goes straight to
    the platform's backend (Secret Service here, as the test session provides)."""
    import keyring
    import keyring.backend
    import keyring.core

    from mpp_assist.security import keystore

    def no_discovery(*_a: object, **_k: object) -> None:
        raise AssertionError("keyring discovered its backends through entry points")

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setattr(keyring.backend, "get_all_keyring", no_discovery)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    chosen = keystore.system_keyring()
    assert type(chosen).__module__ == "keyring.backends.SecretService"
    keystore.put("discovery-test", "someone", {"v": 1})
    assert keystore.get("discovery-test", "someone") == {"v": 1}
    keystore.delete("discovery-test", "someone")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the Secret Service backend is Linux's")
def test_a_platform_keyring_that_fails_to_start_is_logged_and_discovery_chooses(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    import keyring.backends.SecretService as secret_service

    class DeadBus:
        priority = 5

        def __init__(self) -> None:
            raise RuntimeError("org.freedesktop.DBus.Error.NoReply")

    monkeypatch.setattr(secret_service, "Keyring", DeadBus)
    with caplog.at_level(logging.INFO, logger="mpp_assist.security.keystore"):
        assert keystore._platform_backend() is None
    assert "RuntimeError" in caplog.text  # it was silent: no trace of why the platform's keyring was passed over

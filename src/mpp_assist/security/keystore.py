"""The OS keyring (Secret Service, Windows Credential Manager, macOS Keychain) holding wrapped keys.

One keyring service per data home (``mpp-assist/<home id>``), one entry per
officer, holding only the *wrapped* data key: the keyring alone does not open
the database without that officer's password or PIN.
"""

from __future__ import annotations

import json
from typing import Any

import keyring
import keyring.errors
from keyring.backends import fail

from mpp_assist.security.errors import KeyringUnavailable


def service(home_id: str) -> str:
    return f"mpp-assist/{home_id}"


def _backend() -> Any:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringUnavailable(type(backend).__name__)
    return backend


def put(home_id: str, officer: str, record: dict[str, Any]) -> None:
    try:
        _backend().set_password(service(home_id), officer, json.dumps(record, sort_keys=True))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc


def get(home_id: str, officer: str) -> dict[str, Any] | None:
    try:
        raw = _backend().get_password(service(home_id), officer)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc
    if raw is None:
        return None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def delete(home_id: str, officer: str) -> None:
    try:
        _backend().delete_password(service(home_id), officer)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc

"""The OS keyring (Secret Service, Windows Credential Manager, macOS Keychain) holding wrapped keys.

One keyring service per data home (``mpp-assist/<home id>``), one entry per
officer, holding only the *wrapped* data key: the keyring alone does not open
the database without that officer's password or PIN.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from typing import Any

import keyring
import keyring.errors
from keyring.backends import fail

from mpp_assist.security.errors import KeyringUnavailable

logger = logging.getLogger(__name__)


def service(home_id: str) -> str:
    return f"mpp-assist/{home_id}"


_choose_lock = threading.Lock()


def _platform_backend() -> Any | None:
    """This platform's own keyring, if it answers; None to fall back to keyring's discovery."""
    try:
        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring as Backend
        elif sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as Backend
        else:
            from keyring.backends.SecretService import Keyring as Backend
        return Backend() if Backend.priority > 0 else None
    except Exception as exc:  # a missing module, a dead D-Bus, a locked vault: each raises its own kind
        logger.info("platform keyring not used (%s); keyring's discovery chooses", type(exc).__name__)
        return None


def system_keyring() -> Any:
    """The keyring backend, chosen once per process.

    keyring's own discovery loads every backend plugin it finds through entry points (and the
    macOS one starts a process) on every first use: up to a second at each start. The platform's
    own backend is tried directly instead; an explicit choice (``PYTHON_KEYRING_BACKEND`` or
    keyring's config file) and machines where the platform's backend does not answer still go
    through keyring's discovery.
    """
    with _choose_lock:
        if keyring.core._keyring_backend is None and not os.environ.get("PYTHON_KEYRING_BACKEND"):
            chosen = None if keyring.core.load_config() is not None else _platform_backend()
            if chosen is not None:
                keyring.set_keyring(chosen)
        return keyring.get_keyring()


def usable() -> Any:
    """The keyring backend, if it can keep secrets; else ``KeyringUnavailable``."""
    backend = system_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringUnavailable(type(backend).__name__)
    return backend


# The one adapter over the keyring: the wrapped database keys (below), the sync token
# (``sync.credentials``) and the device's signing key (``sync.bundle``) all go through these.


def write_text(service_name: str, name: str, text: str) -> None:
    try:
        usable().set_password(service_name, name, text)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def read_text(service_name: str, name: str) -> str | None:
    try:
        return usable().get_password(service_name, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def delete_text(service_name: str, name: str) -> None:
    try:
        usable().delete_password(service_name, name)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was kept: already as asked
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def put(home_id: str, officer: str, record: dict[str, Any]) -> None:
    write_text(service(home_id), officer, json.dumps(record, sort_keys=True))


def get(home_id: str, officer: str) -> dict[str, Any] | None:
    raw = read_text(service(home_id), officer)
    if raw is None:
        return None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def delete(home_id: str, officer: str) -> None:
    delete_text(service(home_id), officer)

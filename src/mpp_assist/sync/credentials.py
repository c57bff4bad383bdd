"""Logging in to the backend: the token in the OS keyring, and offline login after one online login.

The bearer token is kept only in the OS keyring (``keyring``, honouring its standard
backend configuration such as ``PYTHON_KEYRING_BACKEND``), never in a file. If the
machine has no usable keyring, login to a real backend says so instead of falling back to a
file. The one exception is a server on this machine's loopback address (the demo desk's local
reference server): its token is then kept in this process's memory only, so the README's run
command syncs on a bare machine without writing a token anywhere.

After a successful online login the password is also kept as an argon2id hash in
the local database, so the officer can sign in at the desk while offline; the hash
is verified locally and never leaves the machine.
"""

from __future__ import annotations

import functools
import json
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from mpp_assist.i18n import QT_TRANSLATE_NOOP, translate
from mpp_assist.security import keystore
from mpp_assist.security.errors import KeyringUnavailable as SecurityKeyringUnavailable
from mpp_assist.store import Store, now_utc
from mpp_assist.sync.client import DEFAULT_TIMEOUT, BackendClient, BackendError, normalise_url

SERVICE = "mpp-assist-sync"
_hasher = PasswordHasher()


class KeyringUnavailable(BackendError):
    """The sync token could not be kept: a sign-in failure to whoever signs in (a ``BackendError``).
    The keyring itself is reached through ``security.keystore``, the one adapter over it."""


@dataclass(frozen=True)
class Login:
    username: str
    desk: str
    role: str
    backend: str
    online: bool


_NO_KEYRING = QT_TRANSLATE_NOOP(
    "Sync",
    "Tidak ada penyimpanan kunci sistem (keyring) yang bisa dipakai, jadi token tidak disimpan. "
    "Pasang atau aktifkan keyring sistem operasi.",
)


def _keyring_usable() -> bool:
    try:
        keystore.usable()
    except SecurityKeyringUnavailable:
        return False
    return True


def _key(backend: str, username: str) -> str:
    return f"{normalise_url(backend)}|{username}"


# Records for loopback servers when no keyring exists: memory only, gone with the process.
_memory_records: dict[str, str] = {}
_memory_lock = threading.Lock()


def _loopback(backend: str) -> bool:
    return urlsplit(normalise_url(backend)).hostname in {"127.0.0.1", "localhost", "::1"}


def _in_memory(backend: str) -> bool:
    """True for a loopback server on a machine without a keyring (its token in memory); an error for
    any other server there, before anything is sent."""
    if _keyring_usable():
        return False
    if _loopback(backend):
        return True
    raise KeyringUnavailable(translate("Sync", _NO_KEYRING))


def save_token(backend: str, username: str, token: str, expires_in: int) -> None:
    record = json.dumps({"token": token, "expires_at": int(time.time()) + int(expires_in)})
    if _in_memory(backend):
        with _memory_lock:
            _memory_records[_key(backend, username)] = record
        return
    try:
        keystore.write_text(SERVICE, _key(backend, username), record)
    except SecurityKeyringUnavailable as exc:
        cause = type(exc.__cause__ or exc).__name__
        raise KeyringUnavailable(
            translate("Sync", "Token tidak bisa disimpan di keyring: {error}").format(error=cause)
        ) from None


def saved_token(backend: str, username: str) -> str | None:
    """The stored token, or None when there is none or it has expired."""
    with _memory_lock:
        raw = _memory_records.get(_key(backend, username))
    if raw is None:
        if _in_memory(backend):
            return None
        try:
            raw = keystore.read_text(SERVICE, _key(backend, username))
        except SecurityKeyringUnavailable:
            return None
    if not raw:
        return None
    try:
        record = json.loads(raw)
        if int(record["expires_at"]) <= time.time():
            return None
        return str(record["token"])
    except (ValueError, KeyError, TypeError):
        return None


def forget_token(backend: str, username: str) -> None:
    with _memory_lock:
        if _memory_records.pop(_key(backend, username), None) is not None:
            return
    if not _in_memory(backend):
        keystore.delete_text(SERVICE, _key(backend, username))


def login_online(
    store: Store,
    backend: str,
    username: str,
    password: str,
    *,
    ca_bundle: str | None = None,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
) -> Login:
    """Ask the backend for a token, keep it in the keyring, remember the password hash for offline login.

    Raises LoginRefused (wrong password / locked), Unreachable, Misconfigured or KeyringUnavailable.
    """
    _in_memory(backend)  # fail before sending the password if the token could not be kept
    client = BackendClient(backend, ca_bundle=ca_bundle, timeout=timeout)
    try:
        info = client.login(username, password)
    finally:
        client.close()
    save_token(client.base_url, username, info.token, info.expires_in)
    with store.transaction() as c:
        c.execute(
            "INSERT INTO officer_logins (username, backend, password_hash, desk, role, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(username, backend) DO UPDATE SET"
            " password_hash = excluded.password_hash, desk = excluded.desk, role = excluded.role,"
            " updated_at = excluded.updated_at",
            (username, client.base_url, _hasher.hash(password), info.desk, info.role, now_utc()),
        )
    return Login(username, info.desk, info.role, client.base_url, online=True)


def login_offline(store: Store, backend: str, username: str, password: str) -> Login | None:
    """Verify the password against the hash kept at the last online login; None if wrong or never online."""
    backend = normalise_url(backend)
    row = store.conn.execute(
        "SELECT password_hash, desk, role FROM officer_logins WHERE username = ? AND backend = ?",
        (username, backend),
    ).fetchone()
    if row is None:
        try:  # same work either way, so timing does not tell which usernames exist
            _hasher.verify(_dummy_hash(), password)
        except VerificationError:
            pass
        return None
    try:
        _hasher.verify(row[0], password)
    except (VerificationError, InvalidHashError):
        return None
    return Login(username, row[1], row[2], backend, online=False)


@functools.cache
def _dummy_hash() -> str:
    # Made on first need, not at import: a 64 MiB argon2 hash costs every start and every CLI command
    # close to a second, and only an offline login for an unknown name needs it.
    return _hasher.hash("offline-login-dummy")


def sign_out(store: Store, backend: str, username: str, *, ca_bundle: str | None = None) -> bool:
    """Sign the officer out at both ends: revoke the token on the server, forget it here, audit it.

    Returns whether the server revoked it (False when unreachable: the server's copy then lives
    until it expires, but this desk no longer holds it). The data key is forgotten too.
    """
    from mpp_assist.security import session as security_session

    revoked = False
    token = saved_token(backend, username)
    if token is not None:
        client = BackendClient(backend, token, ca_bundle=ca_bundle)
        try:
            client.logout()
            revoked = True
        except BackendError:
            revoked = False
        finally:
            client.close()
    forget_token(backend, username)
    detail = "backend token revoked" if revoked else "backend token forgotten on this desk"
    store.audit(username or "-", "logout", None, detail)
    security_session.sign_out()
    return revoked or token is None

"""Who is signed in, and the data key their credentials opened.

One session per data home per process. ``Store()`` asks :func:`require` for the
key. The desk window signs in with :func:`unlock`; commands do the same with
``MPP_ASSIST_OFFICER`` / ``MPP_ASSIST_PASSWORD`` from the environment, or, on a
data home still in demo mode, as the demo officer (see ``officers.DEMO_PIN``).

Locking the screen does not forget the key: the sync worker keeps sending while
the desk is locked. :func:`sign_out` (closing the app) forgets it.

Sign-ins and failed attempts are queued here and written to the audit trail by
the next ``Store`` opened for that data home (this module cannot import the store).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mpp_assist.paths import data_home
from mpp_assist.security.errors import (
    AccountLocked,
    NotAllowed,
    NotUnlocked,
    UnknownOfficer,
    WrongCredentials,
)
from mpp_assist.security.officers import (
    DEMO_OFFICER,
    DEMO_PIN,
    ROLES,
    AlreadyBootstrapped,
    Registry,
    bootstrap,
)

ENV_OFFICER = "MPP_ASSIST_OFFICER"
ENV_PASSWORD = "MPP_ASSIST_PASSWORD"  # noqa: S105 - the variable's name, not a password


@dataclass(frozen=True)
class Session:
    officer: str
    role: str
    home: Path
    data_key: bytes = field(repr=False)

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    def require_role(self, role: str) -> None:
        if not self.at_least(role):
            raise NotAllowed(role)


_lock = threading.RLock()
_sessions: dict[Path, Session] = {}
_pending: dict[Path, list[tuple[str, str]]] = {}  # (officer, action) for the audit trail


def _home(home: Path | None) -> Path:
    return (home or data_home()).resolve()


def _queue(home: Path, officer: str, action: str) -> None:
    _pending.setdefault(home, []).append((officer, action))


def take_pending_events(home: Path | None = None) -> list[tuple[str, str]]:
    with _lock:
        return _pending.pop(_home(home), [])


def registry(home: Path | None = None) -> Registry | None:
    return Registry.load(_home(home))


def unlock(officer: str, secret: str, home: Path | None = None, now: datetime | None = None) -> Session:
    """Sign ``officer`` in (replacing whoever was signed in) or raise a SecurityError saying why not."""
    home = _home(home)
    with _lock:
        reg = Registry.load(home)
        if reg is None:
            if officer != DEMO_OFFICER:
                raise UnknownOfficer(officer)
            try:
                bootstrap(home)
            except AlreadyBootstrapped:
                pass
            reg = Registry.load(home)
            assert reg is not None
        try:
            key = reg.verify(officer, secret, now=now)
        except (WrongCredentials, AccountLocked):
            _queue(home, officer, "login-failed")
            raise
        session = Session(officer, reg.get(officer).role, home, key)
        _sessions[home] = session
        _queue(home, officer, "login")
        return session


def current(home: Path | None = None) -> Session | None:
    with _lock:
        return _sessions.get(_home(home))


def officer_or(default: str, home: Path | None = None) -> str:
    """The signed-in officer's name (who the records name), else ``default`` (the desk setting)."""
    s = current(home)
    return s.officer if s is not None else default


def require(home: Path | None = None) -> Session:
    """The signed-in session, signing in automatically where that is allowed, else NotUnlocked."""
    home = _home(home)
    with _lock:
        session = _sessions.get(home)
        if session is not None:
            return session
        officer, secret = os.environ.get(ENV_OFFICER), os.environ.get(ENV_PASSWORD)
        if officer and secret:
            return unlock(officer, secret, home)
        reg = Registry.load(home)
        if reg is None:
            try:
                reg, key = bootstrap(home)
            except AlreadyBootstrapped:
                reg = Registry.load(home)
            else:
                session = Session(DEMO_OFFICER, "admin", home, key)
                _sessions[home] = session
                _queue(home, DEMO_OFFICER, "login")
                return session
        demo = reg.officers.get(DEMO_OFFICER) if reg else None
        if demo is not None and demo.demo:
            return unlock(DEMO_OFFICER, DEMO_PIN, home)
        raise NotUnlocked()


def demo_mode(home: Path | None = None) -> bool:
    """True while the demo officer still has the public demo PIN (the window shows a warning)."""
    reg = Registry.load(_home(home))
    demo = reg.officers.get(DEMO_OFFICER) if reg else None
    return reg is None or (demo is not None and demo.demo)


def sign_out(home: Path | None = None) -> None:
    with _lock:
        _sessions.pop(_home(home), None)

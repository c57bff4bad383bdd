"""Officer accounts, password hashes (argon2id), bearer tokens and the login lockout."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mpp_assist.server.db import ROLES, Officer, Token, now_epoch

_hasher = PasswordHasher()  # argon2id, memory-hard
# Verified against when the username is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash("not-a-password-" + secrets.token_hex(8))


@dataclass(frozen=True)
class AuthConfig:
    token_ttl: int = 8 * 3600  # seconds; one working day
    lockout_failures: int = 5  # consecutive bad passwords before the account locks
    lockout_seconds: int = 15 * 60


class Locked(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_officer(session: Session, username: str, desk: str, role: str, password: str) -> Officer:
    if role not in ROLES:
        raise ValueError(role)
    officer = session.get(Officer, username)
    if officer is None:
        officer = Officer(
            username=username,
            desk=desk,
            role=role,
            password_hash=hash_password(password),
            failed_logins=0,
            locked_until=0,
        )
        session.add(officer)
    else:  # re-adding resets the password, desk and role, and signs out every token issued before
        officer.desk, officer.role, officer.password_hash = desk, role, hash_password(password)
        officer.failed_logins, officer.locked_until = 0, 0
        session.execute(delete(Token).where(Token.username == username))
    session.commit()
    return officer


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def login(session: Session, username: str, password: str, config: AuthConfig) -> tuple[str, Officer] | None:
    """A new bearer token for a correct password; None when wrong; Locked while locked."""
    now = now_epoch()
    officer = session.get(Officer, username, with_for_update=session.bind.dialect.name != "sqlite")
    if officer is None:
        try:
            _hasher.verify(_DUMMY_HASH, password)
        except VerificationError:
            pass
        return None
    if officer.locked_until > now:
        raise Locked(officer.locked_until - now)
    try:
        _hasher.verify(officer.password_hash, password)
    except (VerificationError, InvalidHashError):
        officer.failed_logins += 1
        if officer.failed_logins >= config.lockout_failures:
            officer.locked_until = now + config.lockout_seconds
            officer.failed_logins = 0
        session.commit()
        if officer.locked_until > now:
            raise Locked(officer.locked_until - now) from None
        return None
    officer.failed_logins = 0
    token = secrets.token_urlsafe(32)
    session.execute(delete(Token).where(Token.username == username, Token.expires_at <= now))
    session.add(Token(token_hash=_token_hash(token), username=username, expires_at=now + config.token_ttl))
    session.commit()
    return token, officer


def revoke(session: Session, token: str) -> bool:
    """Sign this one token out (logout); False when it was not valid anyway."""
    done = session.execute(delete(Token).where(Token.token_hash == _token_hash(token)))
    session.commit()
    return bool(done.rowcount)


def officer_for_token(session: Session, token: str) -> Officer | None:
    row = session.execute(
        select(Token).where(Token.token_hash == _token_hash(token), Token.expires_at > now_epoch())
    ).scalar_one_or_none()
    return session.get(Officer, row.username) if row else None

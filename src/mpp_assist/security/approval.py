"""A supervisor's approval of an officer's correction (issue: roles; supervisors approve corrections).

The approving supervisor types their own name and password/PIN at the officer's desk; it is
checked against this machine's accounts (wrong attempts count and lock as at sign-in) without
switching who is signed in. A supervisor or admin correcting their own work approves it
themselves. ``applications.correct`` records the approver in the audit trail.
"""

from __future__ import annotations

from pathlib import Path

from mpp_assist.i18n import translate
from mpp_assist.security import session
from mpp_assist.security.errors import NotAllowed, SecurityError, UnknownOfficer
from mpp_assist.security.officers import Registry

APPROVER_ROLE = "supervisor"


class ApprovalRequired(SecurityError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Security",
                "Perbaikan oleh petugas perlu persetujuan supervisor: minta supervisor memasukkan nama"
                " dan kata sandi/PIN-nya.",
            )
        )


def verify_approver(name: str, secret: str, home: Path | None = None) -> str:
    """``name`` if that account's password/PIN is ``secret`` and it is a supervisor or admin; else SecurityError."""
    reg = session.registry(home)
    if reg is None:
        raise UnknownOfficer(name)
    reg.verify(name, secret)  # WrongCredentials / AccountLocked, counted as at sign-in
    if not _approves(reg, name):
        raise NotAllowed(APPROVER_ROLE)
    return name


def approver_for(current: session.Session, approved_by: str | None) -> str:
    """Who approves this correction: the signed-in supervisor/admin, else ``approved_by`` (a supervisor)."""
    if current.at_least(APPROVER_ROLE):
        return approved_by or current.officer
    if not approved_by:
        raise ApprovalRequired()
    reg = Registry.load(current.home)
    if reg is None or not _approves(reg, approved_by):
        raise NotAllowed(APPROVER_ROLE)
    return approved_by


def _approves(reg: Registry, name: str) -> bool:
    officer = reg.officers.get(name)
    return officer is not None and officer.at_least(APPROVER_ROLE)

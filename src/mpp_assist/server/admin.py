"""Back-office operations behind ``mpp-assist server …``: accounts, listing, status changes, demo data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpp_assist.server import auth
from mpp_assist.server.api import record_change
from mpp_assist.server.db import STATUSES, Application, Officer, now_iso
from mpp_assist.server.demo import DEMO_DESK, DEMO_PASSWORD, DEMO_USERNAME


@dataclass(frozen=True)
class Row:
    client_uuid: str
    official_number: str
    service_id: str
    status: str
    desk: str
    version: int
    reason: str | None


def add_officer(session: Session, username: str, desk: str, role: str, password: str) -> None:
    auth.add_officer(session, username, desk, role, password)


def seed_demo(session: Session) -> None:
    if session.get(Officer, DEMO_USERNAME) is None:
        auth.add_officer(session, DEMO_USERNAME, DEMO_DESK, "officer", DEMO_PASSWORD)


def list_applications(session: Session) -> list[Row]:
    rows = session.execute(select(Application).order_by(Application.id)).scalars()
    return [
        Row(a.client_uuid, a.official_number or "", a.service_id, a.status, a.desk, a.version, a.reason)
        for a in rows
    ]


class NotFound(Exception):
    pass


def set_status(session: Session, official_number: str, status: str, reason: str | None) -> Row:
    if status not in STATUSES:
        raise ValueError(status)
    app = session.execute(
        select(Application).where(Application.official_number == official_number)
    ).scalar_one_or_none()
    if app is None:
        raise NotFound(official_number)
    app.status, app.reason, app.updated_at = status, reason, now_iso()
    record_change(session, app)
    session.commit()
    return Row(
        app.client_uuid,
        app.official_number or "",
        app.service_id,
        app.status,
        app.desk,
        app.version,
        app.reason,
    )

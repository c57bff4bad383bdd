"""Back-office operations behind ``mpp-assist server …``: accounts, listing, status changes, demo data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpp_assist.server import auth
from mpp_assist.server.api import record_change
from mpp_assist.server.db import STATUSES, Application, Officer, TrustedDevice, now_iso
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
        Row(a.client_uuid, a.official_number or "", a.service_id, a.status, a.desk, a.version, a.reason) for a in rows
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


# -- trusted devices: whose bundles may file applications for which desk --------------


@dataclass(frozen=True)
class Device:
    public_key: str
    fingerprint: str
    desk: str
    added_at: str


def _device(row: TrustedDevice) -> Device:
    from mpp_assist import origin

    return Device(row.public_key, origin.fingerprint(row.public_key), row.desk, row.added_at)


def trust_device(session: Session, public_key: str, desk: str) -> Device:
    """Trust a desk device (``mpp-assist device-key`` on it) for one desk; again moves it to another."""
    from mpp_assist import origin

    if not origin.is_public_key(public_key):
        raise ValueError(public_key)
    row = session.get(TrustedDevice, public_key)
    if row is None:
        row = TrustedDevice(public_key=public_key, desk=desk, added_at=now_iso())
        session.add(row)
    row.desk = desk
    session.commit()
    return _device(row)


def list_devices(session: Session) -> list[Device]:
    return [_device(r) for r in session.execute(select(TrustedDevice).order_by(TrustedDevice.added_at)).scalars()]


def untrust_device(session: Session, key_or_fingerprint: str) -> Device:
    for device in list_devices(session):
        if key_or_fingerprint.upper() in (device.public_key.upper(), device.fingerprint):
            session.delete(session.get(TrustedDevice, device.public_key))
            session.commit()
            return device
    raise NotFound(key_or_fingerprint)

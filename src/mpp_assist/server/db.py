"""The reference backend's tables (SQLAlchemy 2) and how to open its database.

SQLite by default (one file, fine for one MPP), PostgreSQL for a province
(``postgresql+psycopg://user@host/db``). Times are stored as ISO strings or epoch
seconds so both databases read them back the same way.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Boolean,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

# Back-office statuses, in the order a case usually moves through them.
STATUSES = ("received", "verified", "in_process", "ready_for_pickup", "completed", "rejected")
ROLES = ("officer", "supervisor")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def now_epoch() -> int:
    return int(time.time())


class Base(DeclarativeBase):
    pass


class Officer(Base):
    __tablename__ = "officers"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    desk: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[int] = mapped_column(BigInteger, default=0)  # epoch seconds


class Token(Base):
    __tablename__ = "tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the bearer token
    username: Mapped[str] = mapped_column(ForeignKey("officers.username"))
    expires_at: Mapped[int] = mapped_column(BigInteger)  # epoch seconds


class Application(Base):
    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    official_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    service_id: Mapped[str] = mapped_column(String(64))
    form_version: Mapped[str] = mapped_column(String(32))
    answers: Mapped[str] = mapped_column(Text)  # JSON
    tracking_code: Mapped[str] = mapped_column(String(32), unique=True)
    receipt_number: Mapped[str] = mapped_column(String(64))
    desk: Mapped[str] = mapped_column(String(64), index=True)
    officer: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    client_created_at: Mapped[str] = mapped_column(String(40))
    submitted_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class ApplicationVersion(Base):
    """Every accepted body, so a replay of any earlier version is recognised as a replay."""

    __tablename__ = "application_versions"
    client_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    body_hash: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))


class Change(Base):
    """One status change; ``seq`` is the cursor ``GET /changes`` pages by."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(String(36), index=True)
    desk: Mapped[str] = mapped_column(String(64), index=True)
    official_number: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(40))


class Attachment(Base):
    __tablename__ = "attachments"
    client_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    attachment_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)


class AttachmentChunk(Base):
    """Pieces of an attachment as they arrive; a resumed upload appends after the last whole one."""

    __tablename__ = "attachment_chunks"
    __table_args__ = (UniqueConstraint("client_uuid", "attachment_id", "offset"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_uuid: Mapped[str] = mapped_column(String(36))
    attachment_id: Mapped[str] = mapped_column(String(64))
    offset: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SurveyResponse(Base):
    """One anonymous survey response (``server/survey``): no officer, no time of day, no application."""

    __tablename__ = "survey_responses"
    client_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    body_hash: Mapped[str] = mapped_column(String(64))  # same UUID, same hash: a replay
    service_id: Mapped[str] = mapped_column(String(64), index=True)
    desk: Mapped[str] = mapped_column(String(64))
    day: Mapped[str] = mapped_column(String(10), index=True)  # YYYY-MM-DD
    mode: Mapped[str] = mapped_column(String(16))
    answers: Mapped[str] = mapped_column(String(64))  # JSON list U1..U9 (1..4 or null)
    profile: Mapped[str] = mapped_column(String(200))  # JSON object
    suggestion: Mapped[str] = mapped_column(Text)


# -- the queue (antrean) of an MPP floor: see mpp_assist.server.queue ---------------------------


class QueueTicket(Base):
    """One ticket; times are epoch seconds. No personal data: a number and a service."""

    __tablename__ = "queue_tickets"
    __table_args__ = (
        UniqueConstraint("mpp", "day", "number"),
        Index("queue_tickets_line", "mpp", "state", "priority", "queued_at"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the taker's UUID: a retried take is one ticket
    mpp: Mapped[str] = mapped_column(String(64))
    day: Mapped[str] = mapped_column(String(10))  # local day taken; numbers start again each day
    number: Mapped[str] = mapped_column(String(80))
    service_id: Mapped[str] = mapped_column(String(64))
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16))
    taken_at: Mapped[float] = mapped_column(Float)
    queued_at: Mapped[float] = mapped_column(Float)  # place in line; later than now while a skipped one waits
    called_at: Mapped[float | None] = mapped_column(Float)
    served_at: Mapped[float | None] = mapped_column(Float)
    desk: Mapped[str | None] = mapped_column(String(64))
    target_desk: Mapped[str | None] = mapped_column(String(64))
    skips: Mapped[int] = mapped_column(Integer, default=0)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    public_code: Mapped[str] = mapped_column(String(32), unique=True)
    application_uuid: Mapped[str | None] = mapped_column(String(36))
    source: Mapped[str] = mapped_column(String(16), default="server")  # or "local": a desk's offline queue


class QueueCounter(Base):
    __tablename__ = "queue_counters"
    mpp: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class QueueDesk(Base):
    """A desk on the floor: its MPP, the services it calls (JSON list; empty: all), its priority streak."""

    __tablename__ = "queue_desks"
    desk: Mapped[str] = mapped_column(String(64), primary_key=True)
    mpp: Mapped[str] = mapped_column(String(64))
    services: Mapped[str] = mapped_column(Text, default="")
    priority_streak: Mapped[int] = mapped_column(Integer, default=0)


class QueueRulesRow(Base):
    __tablename__ = "queue_rules"
    mpp: Mapped[str] = mapped_column(String(64), primary_key=True)
    rules: Mapped[str] = mapped_column(Text)  # JSON: mpp_assist.queue.rules.rules_from_json


class QueueEvent(Base):
    """Every call, recall, skip, transfer and finish; ``seq`` is the hall display's cursor."""

    __tablename__ = "queue_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mpp: Mapped[str] = mapped_column(String(64), index=True)
    ticket_id: Mapped[str] = mapped_column(String(36))
    number: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16))
    desk: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[float] = mapped_column(Float)
    call_id: Mapped[str | None] = mapped_column(String(36), unique=True)  # a desk's retried call-next is one call


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` (psycopg 3 is the driver we ship) and a bare SQLite path."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    return url


def open_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")  # an answered 201 is on disk
            cur.close()
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
    Base.metadata.create_all(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


class TrustedDevice(Base):
    """A desk device (its Ed25519 public key) the admin trusts to vouch for applications of one desk."""

    __tablename__ = "trusted_devices"
    public_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # base64 of the raw 32 bytes
    desk: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[str] = mapped_column(String(40))


class Carrier(Base):
    """An officer who uploaded another desk's application from a trusted bundle: may send its scans."""

    __tablename__ = "carriers"
    client_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), primary_key=True)

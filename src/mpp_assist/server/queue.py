"""The MPP floor's queue, ``/api/v1/queue``: tickets, calling, recall / skip / transfer, state, report.

One queue per MPP (``mpp``; a server for one MPP uses ``default``), shared by every desk.
Guarantees:

* **A ticket is never handed to two desks.** ``call-next`` locks the head of each lane with
  ``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL (another desk calling at the same moment
  takes the next ticket instead of waiting), and is serialised in the process on SQLite; on
  both, the ticket is then moved with ``UPDATE … WHERE state = 'waiting'`` and the call only
  counts when that updated exactly one row.
* **No ticket is lost.** A ticket exists once its ``201`` is answered (committed; SQLite with
  ``synchronous=FULL``), under the UUID the taker chose: a retried take is the same ticket
  (``200``). A called ticket stays called until it is served, skipped or transferred.
* **Only officers of that MPP call.** An officer's MPP is their desk's (``queue_desks``; a desk
  nobody assigned belongs to ``default``). Taking a ticket (the hall's kiosk) and reading the
  state are public and show numbers only: a ticket has no name, NIK or phone.

The calling rule (priority lane first, ``priority_run`` in a row) and the ticket transitions are
``mpp_assist.queue``'s, the same the desk's offline queue uses.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterable
from contextlib import nullcontext
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, or_, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mpp_assist.i18n import language, translate
from mpp_assist.queue import rules as queue_rules
from mpp_assist.queue import sla, spoken, tickets
from mpp_assist.queue.rules import QueueRules
from mpp_assist.queue.tickets import Ticket
from mpp_assist.server import auth, queue_pages
from mpp_assist.server import config as site_config
from mpp_assist.server.api import Db, Lang, Me, _errors, fail, server_catalogue
from mpp_assist.server.db import (
    Application,
    Change,
    Officer,
    QueueDesk,
    QueueEvent,
    QueueRulesRow,
    QueueTicket,
)
from mpp_assist.server.rate_limit import TokenBucket, client_key
from mpp_assist.server.schemas import Str

DEFAULT_MPP = site_config.DEFAULT_MPP
# Anonymous takes (the kiosk) per client address: a busy hall, not a script filling the queue.
TAKE_BURST, TAKE_REFILL_PER_SECOND = 120, 4.0
api = APIRouter(prefix="/api/v1/queue", tags=["queue"])
_bearer = HTTPBearer(auto_error=False)
_sqlite_lock = threading.Lock()  # SQLite: one writer at a time in this process, so call-next is serialised
_limiter_lock = threading.Lock()


# -- bodies ----------------------------------------------------------------------------------


class TicketIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    service_id: Str(64, 1)
    priority: bool = Field(False, description="the priority lane: elderly, disabilities, pregnant, small children")
    client_id: uuid.UUID | None = Field(None, description="the taker's UUID: the same UUID again is the same ticket")
    mpp: Str(64, 1) | None = Field(None, description="for an anonymous kiosk; an officer takes for their own MPP")


class TicketOut(BaseModel):
    id: str
    number: str
    service_id: str
    priority: bool
    state: str
    taken_at: float = Field(description="epoch seconds")
    called_at: float | None = None
    served_at: float | None = None
    desk: str | None = None
    people_ahead: int
    public_code: str
    page: str = Field(description="the public ticket page, relative to the server's address")


class CallNextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    desk: Str(64, 1) | None = Field(None, description="the calling desk (default: the officer's own)")
    call_id: uuid.UUID | None = Field(
        None, description="the desk's UUID for this call: sent again after a lost answer, it returns the same ticket"
    )


class CallOut(BaseModel):
    ticket: TicketOut | None
    lane: str | None = Field(None, description="priority or regular")
    spoken: str | None = Field(None, description="the sentence the hall hears, in Indonesian")


class TransferIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    to_desk: Str(64, 1) | None = None
    to_service: Str(64, 1) | None = None


class DoneIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    application_uuid: uuid.UUID | None = Field(None, description="the application started from this ticket")
    served_at: float | None = Field(
        None, allow_inf_nan=False,
        description="when the receipt was printed (Unix time), for a desk that tells the server later;"
                    " taken when it lies between the call and now, else the server's now",
    )


class Shown(BaseModel):
    number: str
    desk: str | None
    kind: str
    at: float
    seq: int


class StateOut(BaseModel):
    mpp: str
    calls: list[Shown] = Field(description="the latest calls and recalls, newest first")
    waiting: int
    waiting_by_service: dict[str, int]
    seq: int = Field(description="the newest event; the hall display's event stream continues from it")


class PublicTicketOut(BaseModel):
    number: str
    service_id: str
    state: str
    people_ahead: int
    desk: str | None = None


class LocalTicketIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: uuid.UUID
    number: Str(80, 1)
    service_id: Str(64, 1)
    priority: bool = False
    state: Str(16, 1)
    taken_at: float
    queued_at: float
    called_at: float | None = None
    served_at: float | None = None
    skips: int = Field(0, ge=0, le=100)
    calls: int = Field(0, ge=0, le=1000)
    desk: Str(64, 1) | None = None
    application_uuid: uuid.UUID | None = None
    public_code: Str(32, 8) | None = Field(None, description="kept, so the QR on the printed local ticket works")


class ReconcileIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tickets: list[LocalTicketIn] = Field(max_length=2000)


class ReconcileOut(BaseModel):
    accepted: list[str] = Field(description="ids now held by the server (new or already there)")


# -- who is asking ---------------------------------------------------------------------------


def maybe_officer(
    session: Db, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Officer | None:
    return auth.officer_for_token(session, creds.credentials) if creds else None


MaybeMe = Annotated[Officer | None, Depends(maybe_officer)]


def mpp_of_desk(session: Session, desk: str) -> str:
    row = session.get(QueueDesk, desk)
    return row.mpp if row is not None else DEFAULT_MPP


def _take_limiter(request: Request) -> TokenBucket:
    state = request.app.state
    with _limiter_lock:
        bucket = getattr(state, "queue_take_limiter", None)
        if bucket is None:
            bucket = state.queue_take_limiter = TokenBucket(TAKE_BURST, TAKE_REFILL_PER_SECOND)
    return bucket


# -- the rules on the tables -----------------------------------------------------------------


def load_rules(session: Session, mpp: str) -> QueueRules:
    row = session.get(QueueRulesRow, mpp)
    if row is None:
        return QueueRules()
    try:
        return queue_rules.rules_from_json(json.loads(row.rules))
    except ValueError:
        return QueueRules()  # set_rules checks what it stores; a hand edit gone wrong falls back


def set_rules(session: Session, mpp: str, rules: QueueRules) -> None:
    row = session.get(QueueRulesRow, mpp)
    data = json.dumps(queue_rules.rules_to_json(rules))
    if row is None:
        session.add(QueueRulesRow(mpp=mpp, rules=data))
    else:
        row.rules = data
    session.commit()


def assign_desk(session: Session, desk: str, mpp: str, services: Iterable[str] = ()) -> None:
    """Put ``desk`` on ``mpp``'s floor, calling ``services`` (none: every service)."""
    row = session.get(QueueDesk, desk)
    listed = json.dumps(sorted(set(services))) if services else ""
    if row is None:
        session.add(QueueDesk(desk=desk, mpp=mpp, services=listed, priority_streak=0))
    else:
        row.mpp, row.services = mpp, listed
    session.commit()


def _groups(request: Request) -> dict[str, str]:
    state = request.app.state
    groups = getattr(state, "queue_groups", None)
    if groups is None:
        services = server_catalogue(request).services()
        groups = state.queue_groups = queue_rules.default_groups(  # one prefix per service group
            (d.id, d.group.id if d.group else d.agency.get("id")) for d in services
        )
    return groups


def as_ticket(row: QueueTicket) -> Ticket:
    return Ticket(
        id=row.id, number=row.number, service_id=row.service_id, priority=row.priority, state=row.state,
        taken_at=row.taken_at, queued_at=row.queued_at, public_code=row.public_code, called_at=row.called_at,
        served_at=row.served_at, desk=row.desk, target_desk=row.target_desk, skips=row.skips, calls=row.calls,
        application_id=row.application_uuid,
    )


def _changes(before: Ticket, after: Ticket) -> dict[str, Any]:
    names = {"application_id": "application_uuid"}
    return {
        names.get(k, k): getattr(after, k)
        for k in before.__dataclass_fields__
        if getattr(before, k) != getattr(after, k)
    }


def _local_day(moment: float) -> str:
    """The day a ticket belongs to: the server's date (its zone, not the host's), so numbers restart at
    local midnight wherever the machine's clock is kept."""
    return str(site_config.current().day_of(moment))


def _serialised(session: Session) -> Any:
    return _sqlite_lock if session.bind.dialect.name == "sqlite" else nullcontext()


def _next_sequence(session: Session, mpp: str, day: str, prefix: str) -> int:
    # One statement on both databases: the counter row is created or incremented atomically.
    return int(session.execute(
        text(
            "INSERT INTO queue_counters (mpp, day, prefix, value) VALUES (:mpp, :day, :prefix, 1) "
            "ON CONFLICT (mpp, day, prefix) DO UPDATE SET value = queue_counters.value + 1 RETURNING value"
        ),
        {"mpp": mpp, "day": day, "prefix": prefix},
    ).scalar_one())


def take(
    session: Session, mpp: str, service_id: str, priority: bool, client_id: str, rules: QueueRules,
    groups: dict[str, str], now: float,
) -> tuple[QueueTicket, bool]:
    """The ticket under ``client_id`` (made now, or the one a retried take already made)."""
    existing = session.get(QueueTicket, client_id)
    if existing is not None:
        return existing, False
    day = _local_day(now)
    with _serialised(session):
        number = queue_rules.format_number(
            rules.prefix(service_id, groups), _next_sequence(session, mpp, day, rules.prefix(service_id, groups))
        )
        t = tickets.new_ticket(number, service_id, priority, now, client_id)
        row = QueueTicket(
            id=t.id, mpp=mpp, day=day, number=t.number, service_id=t.service_id, priority=t.priority,
            state=t.state, taken_at=t.taken_at, queued_at=t.queued_at, public_code=t.public_code, skips=0,
            calls=0, source="server",
        )
        session.add(row)
        try:
            session.commit()
        except IntegrityError:  # the same UUID taken at the same moment by a retry
            session.rollback()
            again = session.get(QueueTicket, client_id)
            if again is None:
                raise
            return again, False
    return row, True


def people_ahead(session: Session, row: QueueTicket) -> int:
    if row.state != tickets.WAITING:
        return 0
    same_lane_earlier = (QueueTicket.priority == row.priority) & (QueueTicket.queued_at < row.queued_at)
    condition = same_lane_earlier if row.priority else (QueueTicket.priority.is_(True) | same_lane_earlier)
    return int(session.execute(
        select(func.count()).select_from(QueueTicket).where(
            QueueTicket.mpp == row.mpp,
            QueueTicket.state == tickets.WAITING,
            QueueTicket.service_id == row.service_id,
            QueueTicket.id != row.id,
            condition,
        )
    ).scalar_one())


def _head(session: Session, mpp: str, desk: str, services: list[str], priority: bool, now: float) -> QueueTicket | None:
    query = (
        select(QueueTicket)
        .where(
            QueueTicket.mpp == mpp,
            QueueTicket.state == tickets.WAITING,
            QueueTicket.priority.is_(priority),
            QueueTicket.queued_at <= now,
            or_(QueueTicket.target_desk.is_(None), QueueTicket.target_desk == desk),
        )
        .order_by(QueueTicket.queued_at, QueueTicket.taken_at)
        .limit(1)
    )
    if services:
        query = query.where(QueueTicket.service_id.in_(services))
    if session.bind.dialect.name != "sqlite":
        query = query.with_for_update(skip_locked=True)  # a ticket another desk is taking is passed over
    return session.execute(query).scalar_one_or_none()


def _event(session: Session, row: QueueTicket, kind: str, now: float) -> None:
    session.add(QueueEvent(mpp=row.mpp, ticket_id=row.id, number=row.number, kind=kind, desk=row.desk, at=now))


def _replayed(session: Session, call_id: str | None) -> QueueTicket | None:
    if call_id is None:
        return None
    event = session.execute(select(QueueEvent).where(QueueEvent.call_id == call_id)).scalar_one_or_none()
    return session.get(QueueTicket, event.ticket_id) if event is not None else None


def call_next(
    session: Session, mpp: str, desk: str, rules: QueueRules, now: float, call_id: str | None = None
) -> tuple[QueueTicket | None, str | None]:
    """Call the next ticket for ``desk``: committed before it is returned, never to two desks.

    ``call_id`` already used: the ticket that call took (the desk lost the first answer).
    """
    if (replay := _replayed(session, call_id)) is not None:
        return replay, None
    with _serialised(session):
        session.execute(
            text(
                "INSERT INTO queue_desks (desk, mpp, services, priority_streak) VALUES (:desk, :mpp, '', 0) "
                "ON CONFLICT (desk) DO NOTHING"
            ),
            {"desk": desk, "mpp": mpp},
        )
        desk_row = session.execute(
            select(QueueDesk).where(QueueDesk.desk == desk).with_for_update()  # one call at a time per desk
        ).scalar_one()
        services = json.loads(desk_row.services) if desk_row.services else []
        for _attempt in range(20):
            heads = {
                queue_rules.PRIORITY: _head(session, mpp, desk, services, True, now),
                queue_rules.REGULAR: _head(session, mpp, desk, services, False, now),
            }
            lane = queue_rules.pick_lane(
                heads[queue_rules.PRIORITY] is not None, heads[queue_rules.REGULAR] is not None,
                desk_row.priority_streak, rules,
            )
            if lane is None:
                session.commit()
                return None, None
            row = heads[lane]
            assert row is not None
            before = as_ticket(row)
            after = tickets.call(before, desk, now)
            moved = session.execute(
                update(QueueTicket)
                .where(QueueTicket.id == row.id, QueueTicket.state == tickets.WAITING)
                .values(**_changes(before, after))
                .execution_options(synchronize_session=False)
            ).rowcount
            if moved != 1:  # someone else's call won: look again
                session.rollback()
                continue
            desk_row.priority_streak = queue_rules.next_streak(lane, desk_row.priority_streak)
            session.add(QueueEvent(mpp=mpp, ticket_id=row.id, number=row.number, kind="call", desk=desk, at=now,
                                   call_id=call_id))
            try:
                session.commit()
            except IntegrityError:  # the same call_id, retried while the first was still running
                session.rollback()
                return _replayed(session, call_id), None
            session.refresh(row)
            return row, lane
    return None, None


# -- routes ----------------------------------------------------------------------------------


def _out(session: Session, row: QueueTicket) -> TicketOut:
    return TicketOut(
        id=row.id, number=row.number, service_id=row.service_id, priority=row.priority, state=row.state,
        taken_at=row.taken_at, called_at=row.called_at, served_at=row.served_at, desk=row.desk,
        people_ahead=people_ahead(session, row), public_code=row.public_code,
        page=f"/antrian/tiket/{row.public_code}",
    )


def _officer_mpp(session: Session, officer: Officer) -> str:
    return mpp_of_desk(session, officer.desk)


def _ticket_of_mine(session: Session, officer: Officer, ticket_id: str, lang: str) -> QueueTicket:
    row = session.get(QueueTicket, ticket_id)
    if row is None or row.mpp != _officer_mpp(session, officer):
        with language(lang):
            raise fail(404, "not_found", translate("Queue", "Nomor antrean tidak ditemukan."))
    return row


@api.post("/tickets", response_model=TicketOut, status_code=201, responses=_errors(422, 429))
def take_ticket(
    body: TicketIn, request: Request, response: Response, session: Db, lang: Lang, me: MaybeMe
) -> TicketOut:
    with language(lang):
        if me is None:
            wait = _take_limiter(request).take(client_key(request.client.host if request.client else None))
            if wait:
                raise fail(
                    429, "rate_limited", translate("Queue", "Terlalu banyak permintaan. Tunggu sebentar."),
                    headers={"Retry-After": str(int(wait) + 1)},
                )
        mpp = _officer_mpp(session, me) if me is not None else (body.mpp or DEFAULT_MPP)
        if body.service_id not in server_catalogue(request):
            raise fail(
                422, "unknown_service",
                translate("Queue", "Layanan {service} tidak dikenal.").format(service=body.service_id),
                [{"field": "service_id", "code": "unknown", "message": body.service_id}],
            )
    client_id = str(body.client_id or uuid.uuid4())
    row, created = take(session, mpp, body.service_id, body.priority, client_id, load_rules(session, mpp),
                        _groups(request), time.time())
    if row.mpp != mpp:
        with language(lang):
            raise fail(409, "conflict", translate("Queue", "Nomor antrean ini milik MPP lain."))
    if not created:
        response.status_code = 200
    return _out(session, row)


@api.post("/call-next", response_model=CallOut, responses=_errors(401, 403))
def call_next_route(body: CallNextIn, session: Db, lang: Lang, me: Me) -> CallOut:
    mpp = _officer_mpp(session, me)
    desk = body.desk or me.desk
    if mpp_of_desk(session, desk) != mpp:
        with language(lang):
            raise fail(403, "forbidden", translate("Queue", "Loket {desk} bukan loket MPP Anda.").format(desk=desk))
    call_id = str(body.call_id) if body.call_id else None
    row, lane = call_next(session, mpp, desk, load_rules(session, mpp), time.time(), call_id)
    if row is None:
        return CallOut(ticket=None)
    return CallOut(ticket=_out(session, row), lane=lane, spoken=spoken.call_sentence(row.number, desk))


def _act(session: Session, row: QueueTicket, change: Any, kind: str, lang: str) -> QueueTicket:
    """Apply a pure transition to a ticket under a row lock; a wrong one is 409 with its reason."""
    messages = {
        "not_called": translate("Queue", "Nomor ini belum dipanggil."),
        "not_waiting": translate("Queue", "Nomor ini sudah dipanggil."),
        "finished": translate("Queue", "Nomor ini sudah selesai."),
        "no_target": translate("Queue", "Pilih loket atau layanan tujuan."),
    }
    now = time.time()
    with _serialised(session):
        if session.bind.dialect.name != "sqlite":
            session.refresh(row, with_for_update=True)
        else:
            session.refresh(row)
        before = as_ticket(row)
        try:
            after = change(before, now)
        except tickets.QueueProblem as exc:
            session.rollback()
            with language(lang):
                raise fail(409, exc.code, messages.get(exc.code, exc.code)) from None
        for key, value in _changes(before, after).items():
            setattr(row, key, value)
        _event(session, row, kind, now)
        session.commit()
    return row


@api.post("/tickets/{ticket_id}/recall", response_model=CallOut, responses=_errors(401, 404, 409))
def recall_route(ticket_id: str, session: Db, lang: Lang, me: Me) -> CallOut:
    row = _act(session, _ticket_of_mine(session, me, ticket_id, lang), lambda t, now: tickets.recall(t), "recall", lang)
    return CallOut(ticket=_out(session, row), spoken=spoken.call_sentence(row.number, row.desk or me.desk))


@api.post("/tickets/{ticket_id}/skip", response_model=TicketOut, responses=_errors(401, 404, 409))
def skip_route(ticket_id: str, session: Db, lang: Lang, me: Me) -> TicketOut:
    row = _ticket_of_mine(session, me, ticket_id, lang)
    rules = load_rules(session, row.mpp)
    row = _act(
        session, row, lambda t, now: tickets.skip(t, now, rules.skip_return_minutes, rules.returns_allowed), "skip",
        lang,
    )
    return _out(session, row)


@api.post("/tickets/{ticket_id}/transfer", response_model=TicketOut, responses=_errors(401, 404, 409, 422))
def transfer_route(ticket_id: str, body: TransferIn, request: Request, session: Db, lang: Lang, me: Me) -> TicketOut:
    row = _ticket_of_mine(session, me, ticket_id, lang)
    with language(lang):
        if body.to_service and body.to_service not in server_catalogue(request):
            raise fail(
                422, "unknown_service",
                translate("Queue", "Layanan {service} tidak dikenal.").format(service=body.to_service),
            )
        if body.to_desk and mpp_of_desk(session, body.to_desk) != row.mpp:
            message = translate("Queue", "Loket {desk} bukan loket MPP Anda.").format(desk=body.to_desk)
            raise fail(403, "forbidden", message)
    row = _act(
        session, row, lambda t, now: tickets.transfer(t, to_desk=body.to_desk, to_service=body.to_service),
        "transfer", lang,
    )
    return _out(session, row)


@api.post("/tickets/{ticket_id}/done", response_model=TicketOut, responses=_errors(401, 404, 409))
def done_route(ticket_id: str, body: DoneIn, session: Db, lang: Lang, me: Me) -> TicketOut:
    row = _ticket_of_mine(session, me, ticket_id, lang)
    app_id = str(body.application_uuid) if body.application_uuid else None
    if row.state == tickets.SERVED and row.application_uuid == app_id:
        return _out(session, row)  # a replay
    row = _act(session, row, lambda t, now: tickets.serve(t, _served_at(body.served_at, t, now), app_id), "done", lang)
    return _out(session, row)


def _served_at(told: float | None, ticket: Ticket, now: float) -> float:
    """When the service ended: the desk's print time if it could be true (after the call, not in the
    future), so a desk that was offline at print time does not lengthen the service time; else now."""
    if told is None or ticket.called_at is None or not ticket.called_at <= told <= now:
        return now
    return told


def queue_state(session: Session, mpp: str, recent: int = 10) -> StateOut:
    events = session.execute(
        select(QueueEvent)
        .where(QueueEvent.mpp == mpp, QueueEvent.kind.in_(("call", "recall")))
        .order_by(QueueEvent.seq.desc())
        .limit(recent)
    ).scalars()
    waiting = dict(session.execute(
        select(QueueTicket.service_id, func.count())
        .where(QueueTicket.mpp == mpp, QueueTicket.state == tickets.WAITING)
        .group_by(QueueTicket.service_id)
    ).all())
    seq = session.execute(select(func.max(QueueEvent.seq)).where(QueueEvent.mpp == mpp)).scalar_one()
    return StateOut(
        mpp=mpp,
        calls=[Shown(number=e.number, desk=e.desk, kind=e.kind, at=e.at, seq=e.seq) for e in events],
        waiting=sum(waiting.values()),
        waiting_by_service={k: int(v) for k, v in waiting.items()},
        seq=int(seq or 0),
    )


@api.get("/state", response_model=StateOut)
def state_route(
    session: Db,
    me: MaybeMe,
    mpp: Annotated[str | None, Query(max_length=64)] = None,
    desk: Annotated[str | None, Query(max_length=64, description="the MPP of this desk (a hall display's)")] = None,
) -> StateOut:
    """Public: numbers, desks and counts only. The floor of ``mpp``, else of ``desk``'s MPP, else of the
    officer's, else the server's own."""
    if not mpp:
        mpp = mpp_of_desk(session, desk) if desk else _officer_mpp(session, me) if me else DEFAULT_MPP
    return queue_state(session, mpp)


def public_ticket(session: Session, code: str) -> QueueTicket | None:
    return session.execute(select(QueueTicket).where(QueueTicket.public_code == code[:32])).scalar_one_or_none()


@api.get("/public/{code}", response_model=PublicTicketOut, responses=_errors(404))
def public_ticket_route(code: str, session: Db, lang: Lang) -> PublicTicketOut:
    """Public: what the QR on a ticket opens, as data (the page is ``/antrian/tiket/{code}``)."""
    row = public_ticket(session, code)
    if row is None:
        with language(lang):
            raise fail(404, "not_found", translate("Queue", "Nomor antrean tidak ditemukan."))
    return PublicTicketOut(
        number=row.number, service_id=row.service_id, state=row.state, people_ahead=people_ahead(session, row),
        desk=row.desk if row.state == tickets.CALLED else None,
    )


@api.post("/reconcile", response_model=ReconcileOut, responses=_errors(401, 422))
def reconcile_route(body: ReconcileIn, session: Db, lang: Lang, me: Me) -> ReconcileOut:
    """A desk's offline queue handed over: waiting tickets join the floor's line under their own
    (prefixed) numbers, finished ones become history for the report. Idempotent by ticket id."""
    mpp = _officer_mpp(session, me)
    accepted: list[str] = []
    for t in body.tickets:
        if t.state not in tickets.STATES:
            with language(lang):
                message = translate("Queue", "Status nomor antrean tidak dikenal: {state}").format(state=t.state)
                raise fail(422, "invalid_state", message)
    with _serialised(session):
        for t in body.tickets:
            tid = str(t.id)
            if session.get(QueueTicket, tid) is None:
                session.add(QueueTicket(
                    id=tid, mpp=mpp, day=_local_day(t.taken_at), number=t.number, service_id=t.service_id,
                    priority=t.priority, state=t.state, taken_at=t.taken_at, queued_at=t.queued_at,
                    called_at=t.called_at, served_at=t.served_at, desk=t.desk or me.desk, target_desk=None,
                    skips=t.skips, calls=t.calls, public_code=t.public_code or tickets.new_public_code(),
                    application_uuid=str(t.application_uuid) if t.application_uuid else None, source="local",
                ))
            accepted.append(tid)
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            with language(lang):
                message = translate("Queue", "Nomor antrean lokal bertabrakan dengan nomor lain.")
                raise fail(409, "conflict", message) from None
    return ReconcileOut(accepted=accepted)


# -- the promised-time report ----------------------------------------------------------------


def sla_report(session: Session, mpp: str, start: date, end: date, catalogue: Any, today: date) -> sla.PeriodReport:
    from mpp_assist.holidays import load_calendar

    rows = session.execute(
        select(QueueTicket).where(
            QueueTicket.mpp == mpp, QueueTicket.day >= start.isoformat(), QueueTicket.day <= end.isoformat()
        )
    ).scalars()
    ticket_times = [
        (date.fromisoformat(r.day), sla.TicketTimes(r.service_id, r.state, r.taken_at, r.called_at, r.served_at))
        for r in rows
    ]
    desks = session.execute(select(QueueDesk.desk, QueueDesk.mpp)).all()
    query = select(Application)
    if mpp == DEFAULT_MPP:
        others = [d for d, m in desks if m != mpp]
        if others:
            query = query.where(Application.desk.not_in(others))
    else:
        query = query.where(Application.desk.in_([d for d, m in desks if m == mpp]))
    finished: dict[str, date] = {}
    site = site_config.current()
    for uuid_, at in session.execute(
        select(Change.client_uuid, Change.at).where(Change.status.in_(sla.FINISHING_STATUSES)).order_by(Change.seq)
    ):
        day = site.day_of(at)
        if day is not None:
            finished.setdefault(uuid_, day)
    apps = []
    for app in session.execute(query).scalars():
        submitted = site.day_of(app.client_created_at) or site.day_of(app.submitted_at)
        if submitted is not None:
            apps.append(sla.ApplicationTimes(app.service_id, submitted, finished.get(app.client_uuid)))

    def name(service_id: str) -> str:
        if service_id in catalogue:
            value = catalogue.get(service_id).name
            return value.get("id") if hasattr(value, "get") else str(value)
        return service_id

    days = {d.id: d.service_days for d in catalogue.services()}
    return sla.build_period(ticket_times, apps, start, end, service_days=days, calendar=load_calendar(),
                            today=today, service_name=name)


@api.get("/report", responses=_errors(401, 422))
def report_route(
    request: Request,
    session: Db,
    lang: Lang,
    me: Me,
    start: Annotated[date, Query(alias="from")],
    end: Annotated[date, Query(alias="to")],
) -> dict[str, Any]:
    """Waiting and service times per service, tickets served / no-shows, the share finished on time."""
    if end < start or (end - start).days > 366:
        with language(lang):
            raise fail(422, "bad_period", translate("Queue", "Periode laporan tidak benar (paling lama satu tahun)."))
    report = sla_report(session, _officer_mpp(session, me), start, end, server_catalogue(request),
                        site_config.current().today())
    return report.as_json()


router = APIRouter()
router.include_router(api)
router.include_router(queue_pages.router)  # the hall display and the public ticket page

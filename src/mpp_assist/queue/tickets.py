"""A queue ticket and what can happen to it; the pure rules every queue (server or desk) applies.

Times are epoch seconds (``time.time()``). ``queued_at`` is the ticket's place in line: the
moment it was taken, or the moment a skipped ticket comes back; a ticket is callable once
``queued_at <= now``. No personal data: a ticket knows a service, not a person.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, replace

WAITING, CALLED, SERVED, NO_SHOW, CANCELLED = "waiting", "called", "served", "no_show", "cancelled"
STATES = (WAITING, CALLED, SERVED, NO_SHOW, CANCELLED)
FINAL = (SERVED, NO_SHOW, CANCELLED)


class QueueProblem(ValueError):
    """A queue action that does not apply (recalling a ticket nobody called …); ``code`` names it."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Ticket:
    id: str
    number: str  # "A012": the service group's prefix and the day's sequence
    service_id: str
    priority: bool  # the priority lane: elderly, disabilities, pregnant, small children
    state: str
    taken_at: float
    queued_at: float
    public_code: str  # opens the public ticket page; unguessable, unlike the number
    called_at: float | None = None
    served_at: float | None = None
    desk: str | None = None  # the desk that called it
    target_desk: str | None = None  # only this desk may call it (after a transfer to a desk)
    skips: int = 0
    calls: int = 0
    application_id: str | None = None


def new_public_code() -> str:
    return secrets.token_urlsafe(12)


def new_ticket(number: str, service_id: str, priority: bool, now: float, ticket_id: str | None = None) -> Ticket:
    return Ticket(
        id=ticket_id or str(uuid.uuid4()),
        number=number,
        service_id=service_id,
        priority=priority,
        state=WAITING,
        taken_at=now,
        queued_at=now,
        public_code=new_public_code(),
    )


def callable_by(ticket: Ticket, desk: str, services: frozenset[str] | None, now: float) -> bool:
    """Whether ``desk`` (serving ``services``; None: every service) may call ``ticket`` now."""
    return (
        ticket.state == WAITING
        and ticket.queued_at <= now
        and (services is None or ticket.service_id in services)
        and ticket.target_desk in (None, desk)
    )


def call(ticket: Ticket, desk: str, now: float) -> Ticket:
    if ticket.state != WAITING:
        raise QueueProblem("not_waiting")
    return replace(ticket, state=CALLED, desk=desk, called_at=now, calls=ticket.calls + 1, target_desk=None)


def recall(ticket: Ticket) -> Ticket:
    """Panggil ulang: the same ticket, called once more at the same desk."""
    if ticket.state != CALLED:
        raise QueueProblem("not_called")
    return replace(ticket, calls=ticket.calls + 1)


def skip(ticket: Ticket, now: float, return_after_minutes: int, returns_allowed: int = 1) -> Ticket:
    """Lewati (no-show): back in line ``return_after_minutes`` later, ``returns_allowed`` times; then no-show."""
    if ticket.state != CALLED:
        raise QueueProblem("not_called")
    if ticket.skips >= returns_allowed:
        return replace(ticket, state=NO_SHOW, skips=ticket.skips + 1)
    back = now + 60 * return_after_minutes
    return replace(ticket, state=WAITING, skips=ticket.skips + 1, queued_at=back, desk=None)


def transfer(ticket: Ticket, *, to_desk: str | None = None, to_service: str | None = None) -> Ticket:
    """Alihkan: to another desk and/or service. It keeps its number and its place in line."""
    if ticket.state not in (WAITING, CALLED):
        raise QueueProblem("finished")
    if not to_desk and not to_service:
        raise QueueProblem("no_target")
    return replace(
        ticket,
        state=WAITING,
        desk=None,
        target_desk=to_desk or None,
        service_id=to_service or ticket.service_id,
    )


def serve(ticket: Ticket, now: float, application_id: str | None = None) -> Ticket:
    """Done at the desk (the receipt printed): the end of its service time."""
    if ticket.state != CALLED:
        raise QueueProblem("not_called")
    return replace(ticket, state=SERVED, served_at=now, application_id=application_id or ticket.application_id)


def people_ahead(ticket: Ticket, waiting: list[Ticket]) -> int:
    """Waiting tickets of the same service in line before ``ticket`` (priority ones count first)."""
    if ticket.state != WAITING:
        return 0
    return sum(
        1
        for t in waiting
        if t.id != ticket.id
        and t.state == WAITING
        and t.service_id == ticket.service_id
        and ((t.priority and not ticket.priority) or (t.priority == ticket.priority and t.queued_at < ticket.queued_at))
    )

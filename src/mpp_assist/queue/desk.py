"""A desk's queue: the floor's queue on the backend when it answers, the desk's own when it does not.

What the desk's Antrian place and the CLI call: ``take``, ``call_next``, ``recall``, ``skip``,
``transfer``, ``state``, and ``start_application`` / ``receipt_printed`` (the ticket → application
link). When the backend cannot be reached the desk says so (``offline_message``) and hands out and
calls local tickets (``DESK-A-A003``); the next call that reaches the backend first hands every
local ticket over (``reconcile``), so the hall's line is one again. Nothing is dropped on the way:
a local ticket stays in the desk's file until the backend has confirmed it.
A receipt's "done" the backend refuses (the ticket was skipped or moved meanwhile) is logged and
let go, so it never blocks the desk's next call.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from mpp_assist.i18n import translate
from mpp_assist.queue.local import LocalQueue, TicketLinks, local_prefix
from mpp_assist.queue.spoken import call_sentence
from mpp_assist.queue.tickets import Ticket
from mpp_assist.sync.client import NotFound, Rejected, Unreachable
from mpp_assist.sync.queue_client import QueueClient

SERVER, LOCAL = "server", "local"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeskTicket:
    """A ticket as the desk shows it, from either queue."""

    id: str
    number: str
    service_id: str
    priority: bool
    state: str
    taken_at: float
    called_at: float | None
    desk: str | None
    people_ahead: int
    source: str  # SERVER or LOCAL
    public_code: str = ""
    spoken: str = ""  # for a call or recall: the sentence the hall and the applicant display hear

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _from_server(body: dict[str, Any], spoken: str = "") -> DeskTicket:
    return DeskTicket(
        id=str(body["id"]), number=str(body["number"]), service_id=str(body["service_id"]),
        priority=bool(body["priority"]), state=str(body["state"]), taken_at=float(body["taken_at"]),
        called_at=body.get("called_at"), desk=body.get("desk"), people_ahead=int(body.get("people_ahead", 0)),
        source=SERVER, public_code=str(body.get("public_code", "")), spoken=spoken,
    )


class DeskQueue:
    def __init__(self, client: QueueClient | None, desk: str, local: LocalQueue, links: TicketLinks) -> None:
        self.client, self.desk, self.local, self.links = client, desk, local, links
        self.offline = client is None
        self._pending_call: str | None = None

    @property
    def offline_message(self) -> str:
        return translate(
            "Queue",
            "Server antrean tidak bisa dihubungi. Loket ini memakai antrean sendiri (nomor {prefix}…) sampai "
            "server kembali; nomornya lalu digabung ke antrean bersama.",
        ).format(prefix=local_prefix(self.desk))

    def _local(self, t: Ticket, spoken: bool = False) -> DeskTicket:
        return DeskTicket(
            id=t.id, number=t.number, service_id=t.service_id, priority=t.priority, state=t.state,
            taken_at=t.taken_at, called_at=t.called_at, desk=t.desk, people_ahead=self.local.people_ahead(t),
            source=LOCAL, public_code=t.public_code, spoken=call_sentence(t.number, self.desk) if spoken else "",
        )

    def _online(self, action: Any) -> Any:
        """Run ``action(client)`` on the backend; None (and offline) when it cannot be reached."""
        if self.client is None:
            return None
        try:
            result = action(self.client)
        except Unreachable:
            self.offline = True
            return None
        self.offline = False
        return result

    def reconcile(self) -> int:
        """Hand every local ticket to the backend; how many it took (0 when unreachable)."""
        pending = self.local.pending()
        if not pending or self.client is None:
            return 0
        answer = self._online(lambda c: c.reconcile(pending))
        if answer is None:
            return 0
        accepted = [str(i) for i in answer.get("accepted", [])]
        self.local.mark_reconciled(accepted)
        return len(accepted)

    def _report_done(self) -> None:
        for link in self.links.unreported():
            try:
                # When the receipt was printed, not when the server heard of it (the desk may have been offline).
                told = self._online(lambda c, link=link: c.done(link.ticket_id, link.application_id,
                                                                 link.receipt_printed_at))
                if told is None:
                    return
            except (Rejected, NotFound) as exc:
                # The floor already decided otherwise (the ticket was skipped or moved meanwhile, or the
                # server no longer has it): told once is enough; kept, it would refuse every next call.
                log.warning("queue: the server refused a ticket's done (%s)", getattr(exc, "error", "not_found"))
            self.links.mark_reported(link.application_id)

    def take(self, service_id: str, priority: bool = False) -> DeskTicket:
        body = self._online(lambda c: c.take(service_id, priority))
        if body is not None:
            return _from_server(body)
        return self._local(self.local.take(service_id, priority))

    def call_next(self) -> DeskTicket | None:
        if self.client is not None:
            self.reconcile()
            if not self.offline:
                self._report_done()
        # A call whose answer was lost is sent again under its id: the backend answers with the same
        # ticket, so it is not left called at this desk with nobody knowing.
        call_id = self._pending_call = self._pending_call or str(uuid.uuid4())
        body = self._online(lambda c: c.call_next(self.desk, call_id))
        if body is not None:
            self._pending_call = None
            ticket = body.get("ticket")
            return _from_server(ticket, str(body.get("spoken") or "")) if ticket else None
        called = self.local.call_next()
        return self._local(called, spoken=True) if called else None

    def recall(self, ticket: DeskTicket) -> DeskTicket:
        if ticket.source == LOCAL:
            return self._local(self.local.recall(ticket.id), spoken=True)
        assert self.client is not None
        body = self.client.recall(ticket.id)
        return _from_server(body["ticket"], str(body.get("spoken") or ""))

    def skip(self, ticket: DeskTicket) -> DeskTicket:
        if ticket.source == LOCAL:
            return self._local(self.local.skip(ticket.id))
        assert self.client is not None
        return _from_server(self.client.skip(ticket.id))

    def transfer(self, ticket: DeskTicket, *, to_desk: str | None = None, to_service: str | None = None) -> DeskTicket:
        if ticket.source == LOCAL:
            return self._local(self.local.transfer(ticket.id, to_desk=to_desk, to_service=to_service))
        assert self.client is not None
        return _from_server(self.client.transfer(ticket.id, to_desk=to_desk, to_service=to_service))

    def state(self) -> dict[str, Any]:
        body = self._online(lambda c: c.state(self.desk))
        if body is not None:
            body["source"] = SERVER
            return body
        waiting = self.local.waiting()
        return {"source": LOCAL, "waiting": len(waiting), "tickets": [t.number for t in waiting]}

    # -- ticket → application ----------------------------------------------------------------

    def start_application(self, application_id: str, ticket: DeskTicket) -> None:
        """The application now being filled in was started from ``ticket`` (call it on submit)."""
        self.links.link(
            application_id,
            Ticket(id=ticket.id, number=ticket.number, service_id=ticket.service_id, priority=ticket.priority,
                   state=ticket.state, taken_at=ticket.taken_at, queued_at=ticket.taken_at,
                   public_code=ticket.public_code, called_at=ticket.called_at),
            ticket.source,
        )

    def receipt_printed(self, application_id: str) -> None:
        """The receipt is out: the ticket's service ends (told to the backend now or on the next call)."""
        link = self.links.receipt_printed(application_id)
        if link is None:
            return
        if link.source == LOCAL:
            try:
                self.local.serve(link.ticket_id, application_id)
            except ValueError:
                pass  # already handed to the backend, or finished
            return
        self._report_done()

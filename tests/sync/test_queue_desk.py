"""The desk's queue (``queue.desk.DeskQueue``) against the real server: the ticket → application link,
"done" when the receipt is printed, a call whose answer was lost, and the offline queue handed over."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend_support import ServerProcess, free_port, seeded_server
from mpp_assist.queue.desk import LOCAL, SERVER, DeskQueue
from mpp_assist.queue.local import LocalQueue, TicketLinks
from mpp_assist.server.db import QueueTicket, open_engine, session_factory
from mpp_assist.sync.queue_client import QueueClient


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with seeded_server(tmp_path_factory.mktemp("queue-desk")) as server:
        yield server


def server_ticket(server: ServerProcess, ticket_id: str) -> QueueTicket | None:
    engine = open_engine(server.db_url)
    try:
        with session_factory(engine)() as session:
            return session.get(QueueTicket, ticket_id)
    finally:
        engine.dispose()


def desk_queue(url: str, token: str | None, desk: str, tmp_path: Path) -> DeskQueue:
    client = QueueClient(url, token, timeout=(2.0, 10.0))
    path = tmp_path / "antrian.sqlite3"
    return DeskQueue(client, desk, LocalQueue(desk, path=path), TicketLinks(path))


def test_the_application_records_its_ticket_and_the_receipt_ends_the_service(backend: ServerProcess,
                                                                             tmp_path: Path) -> None:
    queue = desk_queue(backend.url, backend.token("ana"), "DESK-A", tmp_path)
    taken = queue.take("kartu-keluarga", priority=True)
    assert taken.source == SERVER and taken.public_code
    called = queue.call_next()
    assert called is not None and called.id == taken.id and "silakan ke loket A" in called.spoken
    assert queue.recall(called).spoken == called.spoken
    app_id = str(uuid.uuid4())
    queue.start_application(app_id, called)
    queue.receipt_printed(app_id)
    link = queue.links.get(app_id)
    assert link is not None and link.ticket_id == taken.id
    assert link.taken_at == pytest.approx(taken.taken_at) and link.called_at == pytest.approx(called.called_at)
    assert link.receipt_printed_at is not None and link.receipt_printed_at >= link.called_at
    row = server_ticket(backend, taken.id)
    assert row is not None and (row.state, row.application_uuid) == ("served", app_id)
    assert row.served_at == link.receipt_printed_at  # the print's own time (exact: a float through JSON)
    assert queue.links.unreported() == []


def test_a_call_whose_answer_was_lost_is_the_same_ticket(backend: ServerProcess) -> None:
    client = QueueClient(backend.url, backend.token("budi"))
    ticket = client.take("akta-kelahiran")
    call_id = str(uuid.uuid4())
    first = client.call_next("DESK-B", call_id)
    again = client.call_next("DESK-B", call_id)
    assert first["ticket"]["id"] == again["ticket"]["id"] == ticket["id"]
    assert client.call_next("DESK-B")["ticket"] is None
    client.done(ticket["id"])


def test_offline_then_handed_over(backend: ServerProcess, tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    offline = desk_queue(dead, "token", "DESK-C", tmp_path)
    local = offline.take("nib")
    assert offline.offline and local.source == LOCAL and local.number.startswith("DESK-C-")
    assert "DESK-C-" in offline.offline_message and "tidak bisa dihubungi" in offline.offline_message
    being_served = offline.call_next()
    assert being_served is not None and being_served.id == local.id
    app_id = str(uuid.uuid4())
    offline.start_application(app_id, being_served)
    waiting = offline.take("nib")
    assert offline.state() == {"source": LOCAL, "waiting": 1, "tickets": [waiting.number]}
    offline.receipt_printed(app_id)  # served locally: handed over as history
    online = desk_queue(backend.url, backend.token("ana"), "DESK-C", tmp_path)
    assert online.reconcile() == 2
    assert server_ticket(backend, local.id).state == "served"
    called = online.call_next()
    assert called is not None and called.number == waiting.number and called.source == SERVER
    assert online.local.all() == []


def test_a_done_the_server_refuses_never_stops_the_desk_calling(backend: ServerProcess, tmp_path: Path) -> None:
    """The ticket was skipped while its application was filled in: the server refuses its "done" (409). The
    receipt still prints, the refusal is let go, and the next call is not refused along with it."""
    from mpp_assist.server.queue import assign_desk

    engine = open_engine(backend.db_url)
    with session_factory(engine)() as session:
        assign_desk(session, "DESK-R", "default", ["skck"])  # its own service: no other test's tickets
    engine.dispose()
    queue = desk_queue(backend.url, backend.token("ana"), "DESK-R", tmp_path)
    taken = queue.take("skck")
    called = queue.call_next()
    assert called is not None and called.id == taken.id
    app_id = str(uuid.uuid4())
    queue.start_application(app_id, called)
    queue.skip(called)  # Lewati, by mistake, while the form was open
    queue.receipt_printed(app_id)  # the server answers 409 not_called
    assert queue.links.unreported() == [] and queue.links.get(app_id).receipt_printed_at is not None
    queue.take("skck")
    assert queue.call_next() is not None  # the desk goes on calling

"""Several desks calling at once on PostgreSQL, tickets still being taken, the server killed and restarted.

Bounded (a few dozen tickets): the full load test is ``benchmarks/bench_queue.py``. Each desk and
the kiosk retry under the same UUID after a failed request, as ``queue.desk`` does, so a call
whose answer died with the server is answered again with the same ticket.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from backend_support import PgCluster, ServerProcess, seed_officers, wait_for
from mpp_assist.server.db import QueueTicket, open_engine, session_factory

pytestmark = pytest.mark.postgres
TICKETS = 48
DESKS = 6


def retry(server: ServerProcess, stop: threading.Event, method: str, path: str, body: dict[str, Any],
          token: str | None = None) -> dict[str, Any]:
    """Send until the server answers 2xx (connection refused while it restarts counts as no answer)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    while not stop.is_set():
        try:
            resp = requests.request(method, server.url + path, json=body, headers=headers, timeout=10)
        except requests.RequestException:
            continue
        if resp.status_code < 300:
            return resp.json()
        assert resp.status_code >= 500, resp.text  # only "busy / going down" may be retried
    raise AssertionError("stopped")


@pytest.fixture
def pg_server(pg_cluster: PgCluster, tmp_path: Path) -> Iterator[ServerProcess]:
    url = pg_cluster.new_database()
    seed_officers(url)
    proc = ServerProcess(url, tmp_path).start()
    yield proc
    proc.kill()


def test_desks_calling_at_once_never_share_or_lose_a_ticket(pg_server: ServerProcess) -> None:
    tokens = [pg_server.token(u) for u in ("ana", "budi", "sri")]
    stop = threading.Event()
    taken: list[str] = []
    calls: list[tuple[str, str]] = []  # (ticket id, desk)
    lock = threading.Lock()
    errors: list[BaseException] = []

    def kiosk() -> None:
        try:
            for i in range(TICKETS):
                body = {"service_id": "ktp-el", "priority": i % 4 == 0, "client_id": str(uuid.uuid4())}
                ticket = retry(pg_server, stop, "POST", "/api/v1/queue/tickets", body, tokens[0])
                with lock:
                    taken.append(ticket["id"])
        except BaseException as exc:
            errors.append(exc)

    def desk(n: int) -> None:
        token, name = tokens[n % len(tokens)], f"LOKET-{n + 1}"
        try:
            while not stop.is_set():
                call_id = str(uuid.uuid4())  # kept across retries: a lost answer is asked again
                answer = retry(pg_server, stop, "POST", "/api/v1/queue/call-next",
                               {"desk": name, "call_id": call_id}, token)
                ticket = answer["ticket"]
                if ticket is None:
                    with lock:
                        if len(taken) == TICKETS and len(calls) >= TICKETS:
                            return
                    stop.wait(0.2)  # nobody waiting yet: ask again shortly
                    continue
                assert ticket["desk"] == name
                with lock:
                    calls.append((ticket["id"], name))
                retry(pg_server, stop, "POST", f"/api/v1/queue/tickets/{ticket['id']}/done", {}, token)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=kiosk)] + [threading.Thread(target=desk, args=(n,)) for n in range(DESKS)]
    for t in threads:
        t.start()
    try:
        wait_for(lambda: len(calls) >= TICKETS // 3 or errors, timeout=60, what="a third of the tickets called")
        pg_server.kill()  # mid-stream: requests in flight die with it
        pg_server.start()
        wait_for(lambda: (len(calls) >= TICKETS and len(taken) == TICKETS) or errors, timeout=90,
                 what="every ticket called")
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
    assert not errors, errors
    called_ids = [c[0] for c in calls]
    assert len(called_ids) == len(set(called_ids)), "a ticket was handed to two desks"
    assert set(called_ids) == set(taken) and len(taken) == TICKETS, "a ticket was lost"
    assert len({d for _, d in calls}) > 1  # the desks really did share the work
    engine = open_engine(pg_server.db_url)
    try:
        with session_factory(engine)() as session:
            rows = session.query(QueueTicket).all()
            assert len(rows) == TICKETS  # no retried take made a second ticket
            assert {r.state for r in rows} == {"served"}
            assert len({r.number for r in rows}) == TICKETS
    finally:
        engine.dispose()

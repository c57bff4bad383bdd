"""The desk's own queue file: prefixed numbers, the same calling rule, kept across a restart, links."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpp_assist.queue import tickets
from mpp_assist.queue.local import LocalQueue, TicketLinks, local_prefix
from mpp_assist.queue.rules import QueueRules


def test_local_numbers_carry_the_desk_and_never_repeat(tmp_path: Path) -> None:
    q = LocalQueue("desk-a", groups={"paspor": "D"}, path=tmp_path / "q.sqlite3")
    numbers = [q.take("ktp-el", now=1000).number, q.take("ktp-el", now=1001).number, q.take("paspor", now=1002).number]
    assert numbers == ["DESK-A-A001", "DESK-A-A002", "DESK-A-D001"]
    q.close()
    again = LocalQueue("desk-a", path=tmp_path / "q.sqlite3")  # a restart loses nothing and goes on counting
    assert [t.number for t in again.waiting()] == numbers
    assert again.take("ktp-el", now=1003).number == "DESK-A-A003"
    assert local_prefix("Loket 3 / Lt.2") == "LOKET3LT2-"


def test_local_calling_follows_the_rules_and_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    q = LocalQueue("D1", QueueRules(priority_run=1, skip_return_minutes=5), path=path)
    a = q.take("ktp-el", now=1000)
    b = q.take("ktp-el", priority=True, now=1001)
    c = q.take("ktp-el", now=1002)
    assert q.people_ahead(a) == 1 and q.people_ahead(c) == 2
    first = q.call_next(now=1100)
    assert first is not None and first.id == b.id and first.state == tickets.CALLED
    q.close()
    q = LocalQueue("D1", QueueRules(priority_run=1, skip_return_minutes=5), path=path)
    second = q.call_next(now=1101)
    assert second is not None and second.id == a.id
    assert q.recall(second.id).calls == 2
    skipped = q.skip(second.id, now=1200)
    assert skipped.queued_at == 1200 + 300
    assert q.call_next(now=1201).id == c.id  # a is not back yet
    assert q.call_next(now=1202) is None
    assert q.call_next(now=1500).id == a.id
    moved = q.transfer(a.id, to_service="paspor")
    assert moved.service_id == "paspor" and q.call_next(frozenset({"paspor"}), now=1501).id == a.id
    done = q.serve(a.id, "app-1", now=1600)
    assert done.state == tickets.SERVED
    with pytest.raises(tickets.QueueProblem):
        q.recall(done.id)


def test_reconcile_hands_over_all_but_the_one_being_served(tmp_path: Path) -> None:
    q = LocalQueue("D1", path=tmp_path / "q.sqlite3")
    served = q.take("ktp-el", now=1)
    q.call_next(now=2)
    q.serve(served.id, now=3)
    being_served = q.take("ktp-el", now=4)
    q.call_next(now=5)
    waiting = q.take("ktp-el", now=6)
    pending = q.pending()
    assert {p["id"] for p in pending} == {served.id, waiting.id}
    assert next(p for p in pending if p["id"] == served.id)["state"] == "served"
    q.mark_reconciled([p["id"] for p in pending])
    assert [t.id for t in q.all()] == [being_served.id]
    assert q.pending() == []


def test_ticket_links_record_taken_called_and_printed(tmp_path: Path) -> None:
    q = LocalQueue("D1", path=tmp_path / "q.sqlite3")
    q.take("ktp-el", now=10)
    called = q.call_next(now=70)
    links = TicketLinks(tmp_path / "q.sqlite3")
    links.link("app-1", called, "local")
    first = links.receipt_printed("app-1", now=400)
    again = links.receipt_printed("app-1", now=900)  # a reprint keeps the first time
    assert first == again
    assert (first.taken_at, first.called_at, first.receipt_printed_at, first.number) == (10, 70, 400, called.number)
    assert links.get("app-2") is None and links.receipt_printed("app-2") is None
    assert links.unreported() == []  # local tickets reach the backend through reconcile, not "done"

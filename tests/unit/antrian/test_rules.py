"""The queue's rules as plain functions: calling order, priority lane, recall, skip, transfer, speech."""

from __future__ import annotations

import pytest

from mpp_assist.queue import rules, spoken, tickets
from mpp_assist.queue.rules import QueueRules, choose_next
from mpp_assist.queue.tickets import Ticket


def line(*specs: tuple[str, bool], start: float = 1000.0) -> list[Ticket]:
    """Tickets taken one second apart: (number, priority) each."""
    return [tickets.new_ticket(n, "ktp-el", p, start + i) for i, (n, p) in enumerate(specs)]


def call_all(queue: list[Ticket], rule: QueueRules, now: float = 5000.0, desk: str = "1") -> list[str]:
    """Call until empty, as one desk would; the numbers in calling order."""
    by_id = {t.id: t for t in queue}
    streak, order = 0, []
    while True:
        chosen, lane = choose_next(by_id.values(), desk, None, streak, rule, now)
        if chosen is None or lane is None:
            return order
        by_id[chosen.id] = tickets.serve(tickets.call(chosen, desk, now), now)
        streak = rules.next_streak(lane, streak)
        order.append(chosen.number)


REGULAR = [("A001", False), ("A002", False), ("A003", False)]
PRIORITY = [("A004", True), ("A005", True), ("A006", True)]


def test_every_other_call_goes_to_the_priority_lane_while_both_wait() -> None:
    assert call_all(line(*REGULAR, *PRIORITY), QueueRules(priority_run=1)) == [
        "A004", "A001", "A005", "A002", "A006", "A003"
    ]


def test_priority_run_two_and_strict_priority() -> None:
    assert call_all(line(*REGULAR, *PRIORITY), QueueRules(priority_run=2)) == [
        "A004", "A005", "A001", "A006", "A002", "A003"
    ]
    assert call_all(line(*REGULAR, *PRIORITY), QueueRules(priority_run=0)) == [
        "A004", "A005", "A006", "A001", "A002", "A003"
    ]


def test_a_lane_alone_is_called_in_order_of_arrival() -> None:
    assert call_all(line(*PRIORITY), QueueRules()) == ["A004", "A005", "A006"]
    assert call_all(line(*REGULAR), QueueRules()) == ["A001", "A002", "A003"]


def test_a_desk_calls_only_its_services_and_tickets_sent_to_it() -> None:
    ktp, paspor = line(("A001", False), ("D001", False))
    paspor = Ticket(**{**paspor.__dict__, "service_id": "paspor"})
    chosen, _ = choose_next([ktp, paspor], "2", frozenset({"paspor"}), 0, QueueRules(), 5000)
    assert chosen == paspor
    sent = tickets.transfer(tickets.call(ktp, "1", 2000), to_desk="3")
    assert choose_next([sent], "2", None, 0, QueueRules(), 5000)[0] is None
    assert choose_next([sent], "3", None, 0, QueueRules(), 5000)[0].number == "A001"


def test_skip_puts_the_ticket_back_once_after_the_window_then_it_is_a_no_show() -> None:
    (t,) = line(("A001", False))
    called = tickets.call(t, "1", 2000)
    back = tickets.skip(called, 2000, return_after_minutes=10, returns_allowed=1)
    assert back.state == tickets.WAITING and back.queued_at == 2000 + 600 and back.desk is None
    assert choose_next([back], "1", None, 0, QueueRules(), 2000 + 599)[0] is None
    assert choose_next([back], "1", None, 0, QueueRules(), 2000 + 600)[0] == back
    second = tickets.skip(tickets.call(back, "1", 2700), 2700, return_after_minutes=10, returns_allowed=1)
    assert second.state == tickets.NO_SHOW


def test_a_skipped_ticket_rejoins_behind_those_who_came_meanwhile() -> None:
    first, later = line(("A001", False), ("A002", False))
    back = tickets.skip(tickets.call(first, "1", 1500), 1500, return_after_minutes=1)
    assert call_all([back, later], QueueRules(), now=1559) == ["A002"]
    assert call_all([back, later], QueueRules(), now=5000) == ["A002", "A001"]


def test_recall_and_wrong_actions() -> None:
    (t,) = line(("A001", False))
    with pytest.raises(tickets.QueueProblem) as err:
        tickets.recall(t)
    assert err.value.code == "not_called"
    called = tickets.call(t, "1", 2000)
    assert tickets.recall(called).calls == 2
    with pytest.raises(tickets.QueueProblem):
        tickets.call(called, "2", 2001)  # never handed to a second desk
    done = tickets.serve(called, 2100, "app-1")
    assert (done.state, done.served_at, done.application_id) == (tickets.SERVED, 2100, "app-1")
    with pytest.raises(tickets.QueueProblem):
        tickets.transfer(done, to_desk="2")
    with pytest.raises(tickets.QueueProblem):
        tickets.transfer(called, to_desk=None, to_service=None)


def test_transfer_to_another_service_keeps_number_and_place() -> None:
    first, second = line(("A001", False), ("A002", False))
    moved = tickets.transfer(tickets.call(first, "1", 1500), to_service="paspor")
    assert (moved.number, moved.service_id, moved.state, moved.queued_at) == ("A001", "paspor", "waiting", 1000)
    chosen, _ = choose_next([moved, second], "4", frozenset({"paspor"}), 0, QueueRules(), 2000)
    assert chosen == moved


def test_people_ahead_counts_the_priority_lane_first() -> None:
    queue = line(("A001", False), ("A002", False), ("A003", True))
    assert [tickets.people_ahead(t, queue) for t in queue] == [1, 2, 0]


def test_prefixes_by_agency_and_configured_groups() -> None:
    groups = rules.default_groups([("ktp-el", "Dukcapil"), ("paspor", "Imigrasi"), ("akta", "Dukcapil")])
    assert groups == {"akta": "A", "ktp-el": "A", "paspor": "B"}
    custom = rules.rules_from_json({"groups": {"paspor": "P"}, "priority_run": 2})
    assert custom.prefix("paspor", groups) == "P" and custom.prefix("ktp-el", groups) == "A"
    assert rules.format_number("P", 7) == "P007"
    assert rules.rules_from_json(rules.rules_to_json(custom)) == custom


@pytest.mark.parametrize("raw", [[], {"priority_run": -1}, {"priority_run": True}, {"groups": {"x": "a1"}},
                                 {"colour": "red"}])
def test_bad_rules_are_refused_by_name(raw: object) -> None:
    with pytest.raises(ValueError):
        rules.rules_from_json(raw)


@pytest.mark.parametrize(("number", "desk", "sentence"), [
    ("A012", "3", "Nomor antrean A dua belas, silakan ke loket tiga"),
    ("B105", "LOKET-07", "Nomor antrean B seratus lima, silakan ke loket tujuh"),
    ("DESK-A-A003", "DESK-A", "Nomor antrean desk A A tiga, silakan ke loket A"),
    ("C020", "12", "Nomor antrean C dua puluh, silakan ke loket dua belas"),
])
def test_the_sentence_the_hall_hears(number: str, desk: str, sentence: str) -> None:
    assert spoken.call_sentence(number, desk) == sentence


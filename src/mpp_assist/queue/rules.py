"""An MPP's queue rules: the prefix of each service group, the priority lane's turn, the skip window.

Numbers: each service group has a prefix letter (by default one per group of the catalogue,
``FormDefinition.group``, by service id: *Kependudukan*'s services share "A"), and a sequence
that starts again each day: ``A001``.

The priority lane (elderly, people with disabilities, pregnant women, people with small children)
is called first, but while regular tickets wait at most ``priority_run`` priority tickets are
called in a row at one desk (1: every other call; 0: the priority lane always first).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mpp_assist.queue.tickets import Ticket, callable_by

PRIORITY, REGULAR = "priority", "regular"
_PREFIX = re.compile(r"[A-Z]{1,2}")


@dataclass(frozen=True)
class QueueRules:
    priority_run: int = 1
    skip_return_minutes: int = 10
    returns_allowed: int = 1  # a skipped ticket comes back this many times, then it is a no-show
    groups: Mapping[str, str] = field(default_factory=dict)  # service id → prefix; others: by agency

    def prefix(self, service_id: str, default_groups: Mapping[str, str] | None = None) -> str:
        return self.groups.get(service_id) or (default_groups or {}).get(service_id) or "A"


def rules_from_json(raw: Any) -> QueueRules:
    """Rules from an admin's JSON object; ValueError naming the first wrong key."""
    if not isinstance(raw, dict):
        raise ValueError("rules must be a JSON object")
    known = {"priority_run", "skip_return_minutes", "returns_allowed", "groups"}
    for key in raw:
        if key not in known:
            raise ValueError(f"unknown key {key!r}")
    values: dict[str, Any] = {}
    for key, low, high in (("priority_run", 0, 20), ("skip_return_minutes", 0, 240), ("returns_allowed", 0, 5)):
        if key in raw:
            value = raw[key]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValueError(f"{key} must be a whole number from {low} to {high}")
            values[key] = value
    groups = raw.get("groups", {})
    if not isinstance(groups, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and _PREFIX.fullmatch(v) for k, v in groups.items()
    ):
        raise ValueError("groups must map a service id to one or two capital letters")
    return QueueRules(groups=dict(groups), **values)


def rules_to_json(rules: QueueRules) -> dict[str, Any]:
    return {
        "priority_run": rules.priority_run,
        "skip_return_minutes": rules.skip_return_minutes,
        "returns_allowed": rules.returns_allowed,
        "groups": dict(rules.groups),
    }


def default_groups(services: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``(service id, group)`` pairs (the catalogue's service group, or its agency) → one prefix letter per
    group, in order of first appearance by service id."""
    letters: dict[str, str] = {}
    out: dict[str, str] = {}
    for service_id, agency in sorted(services):
        if agency not in letters:
            letters[agency] = string.ascii_uppercase[len(letters) % 26]
        out[service_id] = letters[agency]
    return out


def format_number(prefix: str, sequence: int) -> str:
    return f"{prefix}{sequence:03d}"


def pick_lane(priority_waiting: bool, regular_waiting: bool, streak: int, rules: QueueRules) -> str | None:
    """Which lane the next call takes; ``streak``: priority calls in a row at this desk so far."""
    if priority_waiting and (not regular_waiting or rules.priority_run == 0 or streak < rules.priority_run):
        return PRIORITY
    if regular_waiting:
        return REGULAR
    return None


def next_streak(lane: str, streak: int) -> int:
    return streak + 1 if lane == PRIORITY else 0


def line_order(ticket: Ticket) -> tuple[float, float]:
    return (ticket.queued_at, ticket.taken_at)


def choose_next(
    tickets: Iterable[Ticket],
    desk: str,
    services: frozenset[str] | None,
    streak: int,
    rules: QueueRules,
    now: float,
) -> tuple[Ticket | None, str | None]:
    """The ticket ``desk`` calls next and the lane it came from (an in-memory queue; the server
    applies the same rule to the head of each lane in SQL)."""
    ready = sorted((t for t in tickets if callable_by(t, desk, services, now)), key=line_order)
    heads = {
        PRIORITY: next((t for t in ready if t.priority), None),
        REGULAR: next((t for t in ready if not t.priority), None),
    }
    lane = pick_lane(heads[PRIORITY] is not None, heads[REGULAR] is not None, streak, rules)
    return (heads[lane], lane) if lane else (None, None)

"""The queue as pages: counts per state and one page of rows, filtered and sorted in SQL.

Only the rows of the page asked for are decrypted, so opening, scrolling or searching
the Permohonan page costs the same with 100 or 100,000 applications. Filters are
plain columns (state, service, dates, officer) and the blind index (``search``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from mpp_assist.search.terms import Query, parse_query
from mpp_assist.store import blind_index

if TYPE_CHECKING:
    from mpp_assist.store import Application, Store

# Sortable columns: the name a caller uses → the SQL column (a whitelist: never text from outside).
SORTS = {
    "created": "created_at",
    "updated": "updated_at",
    "receipt": "receipt_number",
    "service": "service_id",
    "state": "status",
    "official": "official_number",
}
NEEDS_ACTION = ("needs_correction",)  # what the officer must act on
MAX_PAGE = 500


@dataclass(frozen=True)
class QueueFilter:
    states: tuple[str, ...] = ()
    service_id: str | None = None
    since: str | None = None  # ISO date or time, inclusive (created_at >= since)
    until: str | None = None  # ISO date or time, exclusive
    needs_action: bool = False
    officer: str | None = None  # only this officer's applications (role rules: ``search.access``)
    search: str = ""  # what the officer typed: NIK/KK, phone, receipt/official number, or a name
    person: bytes | None = None  # one person's applications (``blind_index.person_token``)

    def with_states(self, states: tuple[str, ...]) -> QueueFilter:
        return replace(self, states=states)


def search_condition(store: Store, query: Query) -> tuple[str, list[Any]]:
    """An SQL condition on ``applications`` for a parsed query, and its parameters."""
    if query.kind == "number":  # each alternative served by its own index (SQLite's OR optimisation)
        key = query.text
        return (
            "(receipt_number IN (?, ?) OR official_number IN (?, ?) OR (id >= ? AND id < ?))",
            [key, key.upper(), key, key.upper(), key.lower(), key.lower() + "\uffff"],
        )
    sql, params = blind_index.matching(store.keys, query.terms)
    return f"id IN ({sql})", list(params)


def where(store: Store, f: QueueFilter) -> tuple[str, list[Any]]:
    """The WHERE clause for a filter (never empty).

    Quarantined applications are not filtered here (that would cost a lookup per row of
    every scan): pages drop them when they fail to open, counts subtract them.
    """
    parts = ["1"]
    params: list[Any] = []
    states = tuple(f.states) + (NEEDS_ACTION if f.needs_action else ())
    if f.needs_action and f.states:
        states = tuple(s for s in f.states if s in NEEDS_ACTION)
        states = states or ("-",)  # both asked for and nothing in common: no rows
    if states:
        parts.append(f"status IN ({', '.join('?' for _ in states)})")
        params += states
    if f.service_id:
        parts.append("service_id = ?")
        params.append(f.service_id)
    if f.since:
        parts.append("created_at >= ?")
        params.append(f.since)
    if f.until:
        parts.append("created_at < ?")
        params.append(f.until)
    if f.officer:
        parts.append("officer = ?")
        params.append(f.officer)
    if f.person is not None:
        parts.append("person = ?")
        params.append(f.person)
    if f.search.strip():
        query = parse_query(f.search)
        if query is None:
            parts.append("0")
        else:
            cond, more = search_condition(store, query)
            parts.append(cond)
            params += more
    return " AND ".join(parts), params


def _quarantined_by_state(store: Store, sql: str, params: list[Any]) -> dict[str, int]:
    rows = store.conn.execute(
        f"SELECT status, count(*) FROM applications WHERE {sql}"  # noqa: S608 - built by where()
        " AND id IN (SELECT application_id FROM quarantine) GROUP BY status",
        params,
    )
    return {r[0]: r[1] for r in rows}


def count_by_state(store: Store, f: QueueFilter | None = None) -> dict[str, int]:
    """How many applications in each state (the other filters apply; state filters do not)."""
    sql, params = where(store, replace(f or QueueFilter(), states=(), needs_action=False))
    rows = store.conn.execute(
        f"SELECT status, count(*) FROM applications WHERE {sql} GROUP BY status", params  # noqa: S608
    )
    counts = {r[0]: r[1] for r in rows}
    for state, n in _quarantined_by_state(store, sql, params).items():
        counts[state] -= n
    return {state: n for state, n in counts.items() if n > 0}


def count(store: Store, f: QueueFilter | None = None) -> int:
    sql, params = where(store, f or QueueFilter())
    total = store.conn.execute(f"SELECT count(*) FROM applications WHERE {sql}", params).fetchone()[0]  # noqa: S608
    return total - sum(_quarantined_by_state(store, sql, params).values())


def page(
    store: Store,
    f: QueueFilter | None = None,
    *,
    sort: str = "created",
    descending: bool = True,
    offset: int = 0,
    limit: int = 50,
) -> list[Application]:
    """One page of applications (decrypted: only these rows), in a stable order.

    The page is found on the indexes alone (row numbers), then only its rows are read and
    opened; a quarantined row on the page is left out (the page is one shorter).
    """
    column = SORTS.get(sort)
    if column is None:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}")
    limit = max(0, min(limit, MAX_PAGE))
    sql, params = where(store, f or QueueFilter())
    direction = "DESC" if descending else "ASC"
    keys = dict.fromkeys((column, "created_at", "receipt_number"))
    order = ", ".join(f"{k} {direction}" for k in keys)
    numbers = [r[0] for r in store.conn.execute(
        f"SELECT rowid FROM applications WHERE {sql} ORDER BY {order} LIMIT ? OFFSET ?",  # noqa: S608 - whitelisted
        (*params, limit, max(0, offset)),
    )]
    if not numbers:
        return []
    marks = ", ".join("?" for _ in numbers)
    by_number = {r["rowid"]: r for r in store.conn.execute(
        f"SELECT rowid, * FROM applications WHERE rowid IN ({marks})", numbers  # noqa: S608
    )}
    return store.open_rows([by_number[n] for n in numbers if n in by_number])

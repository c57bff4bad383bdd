"""Find a returning citizen: by NIK, KK, receipt or official number, phone or name → people.

Matches come from the blind index (``store.blind_index``) and plain columns, grouped
into people by ``applications.person`` (the HMAC of the applicant's NIK) in SQL; only
the newest application of each person on the returned page is decrypted, for the
name, masked NIK and village. Who may see what: ``search.access``.

Also here: the duplicate check before a new application is stored (an open application
for the same NIK and service on this desk).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mpp_assist.search import terms
from mpp_assist.search.access import Scope
from mpp_assist.store import blind_index
from mpp_assist.store.queue import QueueFilter, where

if TYPE_CHECKING:
    from mpp_assist.store import Application, Store

# States in which an application is still open on the desk (not yet finished with the back office).
OPEN_STATES = ("waiting", "sending", "needs_correction")
# Back-office statuses after which a sent application is finished (anything else is still open).
FINISHED_SERVER_STATUSES = ("completed", "rejected")  # server.db.STATUSES
MAX_PEOPLE_PAGE = 100


@dataclass(frozen=True)
class Visit:
    """One application of a person, from plain columns (not decrypted)."""

    id: str
    service_id: str
    status: str
    receipt_number: str
    official_number: str | None
    server_status: str | None
    created_at: str


@dataclass(frozen=True)
class Person:
    key: str  # stable id for this result (hex of the person token, or the application id)
    name: str
    masked_nik: str
    village: str  # the village's name when known, else its code, else ""
    last_visit: str
    applications: list[Visit] = field(default_factory=list)
    matched: int = 0  # how many of their applications matched the query


@dataclass(frozen=True)
class PeoplePage:
    people: list[Person]
    total: int  # people matching in all
    query_kind: str  # id, phone, number, name, or "" when nothing to search for


def _village_name(code: str | None) -> str:
    if not code:
        return ""
    from mpp_assist.forms import regions

    region = regions.get(code)
    return region.label() if region else code


def _mask(nik: str | None) -> str:
    from mpp_assist.masking import mask_nik

    return mask_nik(nik) if nik else ""


def find_people(store: Store, text: str, scope: Scope, *, offset: int = 0, limit: int = 20) -> PeoplePage:
    """People whose applications match ``text`` (newest visit first), a page at a time."""
    query = terms.parse_query(text)
    if query is None:
        return PeoplePage([], 0, "")
    f = QueueFilter(search=text, officer=scope.officer_for(query.kind))
    sql, params = where(store, f)
    # One grouping pass (people, not rows, are counted and paged); only the page's people are opened.
    groups = store.conn.execute(
        "SELECT COALESCE(person, id) AS who, max(created_at) AS last, count(*) AS n"  # noqa: S608 - our SQL
        f" FROM applications WHERE {sql} GROUP BY who ORDER BY last DESC, who",
        params,
    ).fetchall()
    chosen = groups[max(0, offset) : max(0, offset) + max(0, min(limit, MAX_PEOPLE_PAGE))]
    people = [_person(store, r["who"], r["n"], f.officer) for r in chosen]
    return PeoplePage([p for p in people if p is not None], len(groups), query.kind)


def _person(store: Store, who: bytes | str, matched: int, officer: str | None) -> Person | None:
    """One person's applications (within the same scope as the query) and who they are."""
    column = "person" if isinstance(who, bytes) else "id"
    sql, params = where(store, QueueFilter(officer=officer))
    rows = store.conn.execute(
        "SELECT id, service_id, status, receipt_number, official_number, server_status, created_at"  # noqa: S608
        f" FROM applications WHERE {column} = ? AND {sql} ORDER BY created_at DESC, receipt_number DESC",
        (who, *params),
    ).fetchall()
    visits = [Visit(*r) for r in rows]
    newest: Application | None = None
    for visit in visits:  # the newest that opens (a quarantined one is skipped)
        newest = store.get_application(visit.id)
        if newest is not None:
            break
    if newest is None:
        return None
    answers = newest.answers
    key = who.hex() if isinstance(who, bytes) else who
    return Person(
        key=key,
        name=terms.applicant_name(answers),
        masked_nik=_mask(terms.applicant_nik(answers)),
        village=_village_name(terms.applicant_village(answers)),
        last_visit=visits[0].created_at,
        applications=visits,
        matched=matched,
    )


def open_duplicates(store: Store, nik: str, service_id: str, desk: str) -> list[Visit]:
    """Open applications of this applicant NIK for this service on this desk, newest first."""
    normal = terms.id_number(nik)
    if normal is None:
        return []
    marks = ", ".join("?" for _ in OPEN_STATES)
    finished = ", ".join("?" for _ in FINISHED_SERVER_STATUSES)
    rows = store.conn.execute(
        "SELECT id, service_id, status, receipt_number, official_number, server_status, created_at"  # noqa: S608
        " FROM applications WHERE person = ? AND service_id = ? AND desk = ?"
        f" AND (status IN ({marks}) OR (status = 'sent' AND lower(COALESCE(server_status, '')) NOT IN ({finished})))"
        " ORDER BY created_at DESC",
        (blind_index.person_token(store.keys, normal), service_id, desk, *OPEN_STATES, *FINISHED_SERVER_STATUSES),
    ).fetchall()
    return [Visit(*r) for r in rows]

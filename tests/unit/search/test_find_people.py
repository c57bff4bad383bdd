"""Issue 13: find a returning citizen through the blind index, at no cost in privacy."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mpp_assist.applications import duplicate_warning
from mpp_assist.forms import load_catalogue
from mpp_assist.search import access
from mpp_assist.search.people import find_people
from mpp_assist.security import audit, retention, subject
from mpp_assist.security.session import Session
from mpp_assist.store import DB_NAME, MIGRATIONS, Store, blind_index

SITI = {"nik": "3273015708900001", "no_kk": "3273011203150007", "nama_lengkap": "Hj. Sitti Nurhaliza, S.Pd.",
        "telepon": "0812-3456-7890", "desa": "32.73.01.1001"}
JOKO = {"nik": "3273015708900002", "nama_lengkap": "Djoko Soesilo", "telepon": "+62 813 1111 2222"}
WHOLE_DESK = access.Scope(None)


def _apply(store: Store, answers: dict, service: str = "ktp-el", officer: str = "ana"):
    return store.create_application(service_id=service, form_version="1", answers=answers, officer=officer,
                                    desk="D1")


@pytest.fixture
def desk() -> Store:
    with Store() as store:
        _apply(store, SITI)
        _apply(store, {**SITI, "nama_lengkap": "Siti Nurhaliza"}, service="skck", officer="budi")
        _apply(store, JOKO, officer="budi")
        _apply(store, {"nik": "3273015708900003", "nama_lengkap": "Budi", "ibu": {"nik": SITI["nik"]}})
        yield store


@pytest.mark.parametrize(
    "query",
    ["3273015708900001", "3273 0157 0890 0001", "3273011203150007", "0812 3456 7890", "+6281234567890",
     "siti nurhaliza", "SITI", "Sitti Nurhalisa", "Hj. Siti"],
)
def test_one_person_by_nik_kk_phone_or_name_in_any_spelling(desk: Store, query: str) -> None:
    result = find_people(desk, query, WHOLE_DESK)
    siti = [p for p in result.people if p.masked_nik == "3273 **** **** 0001"]
    assert len(siti) == 1, [p.name for p in result.people]
    person = siti[0]
    assert person.name == "Siti Nurhaliza"  # from the newest visit
    assert [v.service_id for v in person.applications] == ["skck", "ktp-el"]
    assert person.last_visit == person.applications[0].created_at


def test_by_receipt_number_application_id_and_old_spelling(desk: Store) -> None:
    joko = desk.list_applications()[1]
    assert joko.answers["nik"] == JOKO["nik"]
    for query in (joko.receipt_number, joko.receipt_number.lower(), joko.id[:8], "joko susilo", "Djoko"):
        result = find_people(desk, query, WHOLE_DESK)
        assert [p.name for p in result.people] == ["Djoko Soesilo"], query
    assert find_people(desk, "Tjoko", WHOLE_DESK).people == []  # tj is c: a different name
    assert find_people(desk, "   ", WHOLE_DESK).total == 0


def test_the_village_is_named_and_the_nik_masked(desk: Store) -> None:
    with Store() as store:
        _apply(store, SITI)  # newest again, with a village
        people = find_people(store, SITI["nik"], WHOLE_DESK).people
        [person] = [p for p in people if p.masked_nik == "3273 **** **** 0001"]
    assert person.village and "32.73" not in person.village
    assert SITI["nik"] not in repr(person)


def test_nothing_of_a_person_is_in_the_file(desk: Store, data_home: Path) -> None:
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (data_home / DB_NAME).read_bytes()
    for secret in ("3273015708900001", "3273011203150007", "081234567890", "nurhaliza", "Nurhaliza", "Sitti"):
        assert secret.encode() not in raw
    tokens = sqlite3.connect(data_home / DB_NAME).execute("SELECT count(*) FROM search_index").fetchone()[0]
    assert tokens > 10


def test_an_officer_finds_by_identifier_on_the_whole_desk_but_by_name_only_their_own(desk: Store) -> None:
    ana = access.scope_for(Session("ana", "officer", Path("."), b"k" * 32))
    boss = access.scope_for(Session("sri", "supervisor", Path("."), b"k" * 32))
    assert boss.officer is None
    by_nik = {p.masked_nik: len(p.applications) for p in find_people(desk, SITI["nik"], ana).people}
    assert by_nik == {"3273 **** **** 0001": 2, "3273 **** **** 0003": 1}  # and Budi, whose mother she is
    assert find_people(desk, "Djoko", ana).people == []  # budi's applicant, found by name: not for ana
    assert [p.name for p in find_people(desk, "Djoko", boss).people] == ["Djoko Soesilo"]
    assert [p.name for p in find_people(desk, "0813 1111 2222", ana).people] == ["Djoko Soesilo"]


def test_an_open_application_for_the_same_nik_and_service_is_warned_about_not_refused(desk: Store) -> None:
    ktp = load_catalogue().get("ktp-el")
    warning = duplicate_warning(desk, ktp, {"nik": SITI["nik"]}, desk="D1")
    assert warning is not None and "Sudah ada permohonan" in warning.message()
    assert "lanjutkan?" in warning.message() and warning.existing[0].service_id == "ktp-el"
    assert duplicate_warning(desk, ktp, {"nik": "3273015708900009"}, desk="D1") is None
    assert duplicate_warning(desk, ktp, {"nik": SITI["nik"]}, desk="D2") is None
    # Once the back office has finished it, a new one is no duplicate.
    with desk.transaction() as c:
        c.execute("UPDATE applications SET status = 'sent', server_status = 'completed' WHERE service_id = 'ktp-el'")
    assert duplicate_warning(desk, ktp, {"nik": SITI["nik"]}, desk="D1") is None


def test_opening_a_detail_is_recorded_as_a_view(desk: Store) -> None:
    app = desk.list_applications()[0]
    assert desk.view_application(app.id, "ana").id == app.id
    assert [e.action for e in audit.entries(desk, app.id)][-1] == "view"


def test_the_index_is_rebuilt_for_a_database_made_before_it(data_home: Path) -> None:
    with Store() as store:
        app = _apply(store, SITI)
    raw = sqlite3.connect(data_home / DB_NAME, isolation_level=None)
    raw.execute("DELETE FROM search_index")
    raw.execute("UPDATE applications SET person = NULL")
    raw.execute("DELETE FROM migrations WHERE name = 'store-4-blind-index'")
    raw.close()
    with Store() as store:
        assert [p.applications[0].id for p in find_people(store, "Sitti", WHOLE_DESK).people] == [app.id]
        assert [p.applications[0].id for p in find_people(store, SITI["nik"], WHOLE_DESK).people] == [app.id]
    assert any(name == "store-2-indexes-quarantine-blind-index" for name, _ in MIGRATIONS)


def test_a_correction_reindexes_and_retention_purges_the_index(data_home: Path) -> None:
    from mpp_assist.sync import outbox

    with Store() as store:
        app = _apply(store, JOKO)
        outbox.resubmit(store, app.id, {**JOKO, "nama_lengkap": "Joko Santoso"})
        assert find_people(store, "Soesilo", WHOLE_DESK).people == []
        assert len(find_people(store, "Santoso", WHOLE_DESK).people) == 1
        old = (datetime.now(UTC) - timedelta(days=90)).isoformat(timespec="seconds")
        with store.transaction() as c:
            c.execute("UPDATE applications SET status = 'sent', official_number = 'KTP-1', updated_at = ?", (old,))
            c.execute("UPDATE outbox SET state = 'sent', sent_at = ?", (old,))
        assert retention.purge(store, "demo") == [app.id]
        left = store.conn.execute("SELECT count(*) FROM search_index WHERE application_id = ?", (app.id,))
        assert left.fetchone()[0] == 0


def test_the_subject_export_opens_only_that_persons_applications(
    desk: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mpp_assist.security import crypto

    opened: list[str] = []
    real = crypto.DataKeys.open
    monkeypatch.setattr(crypto.DataKeys, "open", lambda self, s, ctx: opened.append(ctx) or real(self, s, ctx))
    data = subject.collect(desk, SITI["nik"])
    assert len(data["applications"]) == 3  # hers, and Budi's where she is the mother
    assert len([c for c in opened if c.startswith("applications.answers")]) == 3
    assert blind_index.TOKEN_BYTES == 16

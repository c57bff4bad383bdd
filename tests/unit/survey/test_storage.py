"""Responses in the desk's real SQLite file: durable, sealed free text, no order to link them by."""

from __future__ import annotations

import sqlite3
from datetime import date

from mpp_assist import clock
from mpp_assist.store import Store
from mpp_assist.survey import storage

from .conftest import DAY, responses


def test_saved_read_back_and_queued(data_home) -> None:
    rows = responses(suggestion="Toilet kurang bersih")
    with Store() as store:
        for r in rows:
            storage.save(store, r)
        assert storage.counts(store) == {"waiting": 10}
        again = storage.responses(store, DAY, DAY)
        assert sorted(again, key=lambda r: r.id) == sorted(rows, key=lambda r: r.id)
        assert storage.responses(store, date(2026, 11, 3), date(2026, 12, 1)) == []
        assert storage.responses(store, DAY, DAY, "paspor") == []
        assert storage.request_body(store, rows[0].id) == rows[0].to_json()
    raw = (data_home / "mpp-assist.sqlite3").read_bytes()
    assert b"Toilet" not in raw  # the free text is sealed on disk
    conn = sqlite3.connect(data_home / "mpp-assist.sqlite3")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'survey_responses'").fetchone()[0]
    assert "WITHOUT ROWID" in sql
    columns = {r[1] for r in conn.execute("PRAGMA table_info(survey_responses)")}
    assert not columns & {"officer", "created_at", "application_id", "nik", "receipt_number"}
    conn.close()


def test_the_sync_queue_states(data_home) -> None:
    a, b, c = responses()[:3]
    with Store() as store:
        for r in (a, b, c):
            storage.save(store, r)
        assert sorted(storage.claim(store, [a.id, b.id])) == sorted([a.id, b.id])
        assert storage.claim(store, [a.id]) == []  # already sending
        assert storage.recover_interrupted(store) == 2  # a crash mid-send: back to waiting
        storage.claim(store, [a.id])
        storage.mark_sent(store, [a.id])
        storage.mark_refused(store, b.id, "409")
        assert [storage.state(store, r.id) for r in (a, b, c)] == ["sent", "refused", "waiting"]
        assert list(storage.iter_waiting(store, page=1)) == [c.id]


def test_population_served_counts_applications_by_local_day(data_home) -> None:
    from mpp_assist.forms import load_catalogue

    definition = load_catalogue().get("ktp-el")
    with Store() as store:
        for _ in range(3):
            store.create_application(service_id="ktp-el", form_version=definition.version,
                                     answers=definition.example_answers(), officer="ana", desk="DESK-A")
        today = clock.today()  # the desk's date, as the report's period is chosen
        assert storage.served(store, today, today) == {"ktp-el": 3}
        assert storage.served(store, date(2000, 1, 1), date(2000, 1, 2)) == {}


def test_population_served_counts_by_the_desks_day_not_the_hosts(data_home) -> None:
    clock.use_zone("Asia/Jayapura")
    with Store() as store:
        app = store.create_application(service_id="ktp-el", form_version="1", answers={"nama": "A"},
                                       officer="ana", desk="DESK-A")
        # 16.30 UTC on the 17th is 01.30 WIT on the 18th; the host (UTC) would count it on the 17th.
        store.conn.execute("UPDATE applications SET created_at = ? WHERE id = ?",
                           ("2026-03-17T16:30:00+00:00", app.id))
        assert storage.served(store, date(2026, 3, 18), date(2026, 3, 18)) == {"ktp-el": 1}
        assert storage.served(store, date(2026, 3, 17), date(2026, 3, 17)) == {}

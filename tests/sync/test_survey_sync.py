"""Survey responses travel from the desk's store to a real server process, idempotently."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from backend_support import ServerProcess, seeded_server
from mpp_assist.store import Store
from mpp_assist.survey import storage
from mpp_assist.survey.model import make_response
from mpp_assist.sync.client import BackendClient
from mpp_assist.sync.runner import SyncRunner


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with seeded_server(tmp_path_factory.mktemp("survey-sync")) as server:
        yield server


def response(**kw):
    from datetime import date

    args = {"service_id": "ktp-el", "desk": "DESK-A", "day": date(2026, 1, 5), "mode": "interview",
            "answers": [4, 3, 4, 4, 3, 3, 4, 2, 3], **kw}
    return make_response(**args)


def runner(store: Store, server: ServerProcess) -> SyncRunner:
    return SyncRunner(store, BackendClient(server.url, server.token("ana")), max_retries=0)


def test_responses_are_sent_once_and_a_replay_is_harmless(store: Store, server: ServerProcess) -> None:
    sent = [response(suggestion=f"Saran {i}") for i in range(3)]
    for r in sent:
        storage.save(store, r)
    report = runner(store, server).run_once()
    assert report.outcome == "ok", report.message
    assert report.surveys_sent == 3
    assert storage.counts(store) == {"sent": 3}
    assert runner(store, server).run_once().surveys_sent == 0
    # A crash after the server answered but before "sent" was written: the next pass replays (200).
    store.conn.execute("UPDATE survey_responses SET state = 'sending' WHERE id = ?", (sent[0].id,))
    report = runner(store, server).run_once()
    assert report.surveys_sent == 1 and report.problems == []
    assert storage.counts(store) == {"sent": 3}


def test_a_conflicting_body_is_kept_refused_with_the_reason(store: Store, server: ServerProcess) -> None:
    rid = str(uuid.uuid4())
    first = response(response_id=rid)
    storage.save(store, first)
    assert runner(store, server).run_once().surveys_sent == 1
    # Another desk database (a restored copy, say) holding a different body under the same UUID.
    store.conn.execute("UPDATE survey_responses SET state = 'waiting', answers = '[1,1,1,1,1,1,1,1,1]' WHERE id = ?",
                       (rid,))
    report = runner(store, server).run_once()
    assert report.surveys_sent == 0
    assert storage.state(store, rid) == "refused"
    assert any("isi berbeda" in p for p in report.problems)


def test_an_unreachable_backend_leaves_them_waiting(store: Store) -> None:
    from backend_support import free_port

    storage.save(store, response())
    client = BackendClient(f"http://127.0.0.1:{free_port()}", "token")
    SyncRunner(store, client, max_retries=0).run_once()
    assert storage.counts(store) == {"waiting": 1}


def test_the_desk_reads_the_mpp_summary(store: Store, server: ServerProcess) -> None:
    storage.save(store, response(answers=[4] * 9, service_id="paspor"))
    runner(store, server).run_once()
    client = BackendClient(server.url, server.token("budi"))
    out = client.survey_summary("2026-01-01", "2026-01-31", "paspor")
    assert out["overall"]["respondents"] == 1 and out["overall"]["ikm"] == 100.0
    assert out["overall"]["mutu"] == "A" and out["overall"]["kinerja"] == "Sangat baik"
    from mpp_assist.sync.client import Rejected

    with pytest.raises(Rejected):
        client.survey_summary("2026-01-31", "2026-01-01")

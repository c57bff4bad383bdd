"""``/api/v1/survey``: the real ``mpp-assist server`` process, one per module, talked to over HTTP."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from backend_support import ServerProcess, seeded_server
from mpp_assist import clock

BODY = {
    "service_id": "ktp-el", "desk": "DESK-A", "date": "2026-11-02", "mode": "screen",
    "answers": [4, 3, 4, 4, 3, 3, 4, 2, 3], "profile": {"sex": "P"}, "suggestion": "",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with seeded_server(tmp_path_factory.mktemp("survey-server")) as server:
        yield server


@pytest.fixture(scope="module")
def tokens(server: ServerProcess) -> dict[str, str]:
    return {name: server.token(name) for name in ("ana", "budi", "sri")}


def put(server: ServerProcess, token: str | None, body: dict[str, Any], rid: str | None = None,
        lang: str = "id") -> requests.Response:
    headers = {"Accept-Language": lang, **({"Authorization": f"Bearer {token}"} if token else {})}
    return requests.put(f"{server.url}/api/v1/survey/responses/{rid or uuid.uuid4()}", json=body,
                        headers=headers, timeout=10)


def summary(server: ServerProcess, token: str, **params: str) -> requests.Response:
    return requests.get(f"{server.url}/api/v1/survey/summary", params=params,
                        headers={"Authorization": f"Bearer {token}"}, timeout=10)


def stored(server: ServerProcess, rid: str) -> dict[str, Any] | None:
    from sqlalchemy import text

    from mpp_assist.server.db import open_engine

    engine = open_engine(server.db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM survey_responses WHERE client_uuid = :id"), {"id": rid}).first()
            return dict(row._mapping) if row else None
    finally:
        engine.dispose()


def test_idempotent_put(server: ServerProcess, tokens: dict[str, str]) -> None:
    rid = str(uuid.uuid4())
    first = put(server, tokens["ana"], BODY, rid)
    assert first.status_code == 201, first.text
    assert first.json() == {"client_uuid": rid, "service_id": "ktp-el", "date": "2026-11-02"}
    assert put(server, tokens["ana"], BODY, rid).status_code == 200  # a replay
    other = put(server, tokens["ana"], {**BODY, "answers": [1] * 9}, rid)
    assert other.status_code == 409
    assert other.json()["error"] == "conflict"
    row = stored(server, rid)
    assert row is not None and json.loads(row["answers"]) == BODY["answers"]
    assert not {"officer", "nik", "name", "receipt_number", "application_id"} & set(row)


def test_an_officer_files_for_their_own_desk_a_supervisor_may_name_it(
    server: ServerProcess, tokens: dict[str, str]
) -> None:
    mine = str(uuid.uuid4())
    assert put(server, tokens["ana"], {**BODY, "desk": "DESK-B"}, mine).status_code == 201
    assert stored(server, mine)["desk"] == "DESK-A"
    theirs = str(uuid.uuid4())
    assert put(server, tokens["sri"], {**BODY, "desk": "DESK-B"}, theirs).status_code == 201
    assert stored(server, theirs)["desk"] == "DESK-B"


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"answers": [4, 3, 4, 5, 3, 3, 4, 2, 3]}, "U4"),
        ({"answers": [4] * 10}, "answers"),
        ({"date": "2026-02-30"}, "Tanggal tidak ada"),
        ({"date": (clock.today() + timedelta(days=3)).isoformat()}, "masa depan"),
        ({"service_id": "no-such-service"}, "Layanan tidak dikenal"),
        ({"suggestion": "NIK 3201234567890001"}, "nomor panjang"),
        ({"suggestion": "a\x00b"}, "NUL"),
        ({"mode": "phone"}, "mode"),
        ({"nik": "3201234567890001"}, "nik"),
    ],
)
def test_bad_responses_are_422_and_not_stored(
    server: ServerProcess, tokens: dict[str, str], change: dict[str, Any], says: str
) -> None:
    rid = str(uuid.uuid4())
    resp = put(server, tokens["ana"], {**BODY, **change}, rid)
    assert resp.status_code == 422, resp.text
    assert says in resp.text
    assert stored(server, rid) is None


def test_english_messages_and_no_token(server: ServerProcess, tokens: dict[str, str]) -> None:
    resp = put(server, tokens["ana"], {**BODY, "answers": [4, 3, 4, 5, 3, 3, 4, 2, 3]}, lang="en")
    assert resp.status_code == 422 and "must be 1, 2, 3 or 4" in resp.json()["message"]
    assert put(server, None, BODY).status_code == 401
    assert requests.get(f"{server.url}/api/v1/survey/summary?from=2026-01-01&to=2026-01-02",
                        timeout=10).status_code == 401


def test_summary_across_desks(server: ServerProcess, tokens: dict[str, str]) -> None:
    # The worked example of tests/unit/survey (IKM 80.83) split over two desks, in December 2025.
    from unit.survey.conftest import WORKED_EXAMPLE  # tests/ is on sys.path

    day = "2025-12-03"
    for i, answers in enumerate(WORKED_EXAMPLE):
        who = "ana" if i % 2 else "budi"
        body = {**BODY, "date": day, "answers": list(answers), "suggestion": f"Saran {i}" if i < 2 else ""}
        assert put(server, tokens[who], body).status_code == 201
    assert put(server, tokens["ana"], {**BODY, "date": day, "service_id": "paspor", "answers": [4] * 9}
               ).status_code == 201
    resp = summary(server, tokens["budi"], **{"from": "2025-12-01", "to": "2025-12-31"})
    assert resp.status_code == 200, resp.text
    out = resp.json()
    assert out["from"] == "2025-12-01" and out["to"] == "2025-12-31"
    ktp = next(s for s in out["services"] if s["service_id"] == "ktp-el")
    assert ktp["respondents"] == 10 and ktp["ikm"] == 80.83 and ktp["mutu"] == "B" and ktp["kinerja"] == "Baik"
    assert ktp["nrr"]["u8"] == 2.3 and ktp["lowest"] == ["u8", "u3", "u5"]
    assert ktp["population"] == 0 and ktp["required_sample"] == 0
    assert out["overall"]["respondents"] == 11 and out["overall"]["service_id"] is None
    assert out["suggestions"] == ["Saran 0", "Saran 1"]
    only = summary(server, tokens["ana"], **{"from": "2025-12-03", "to": "2025-12-03", "service": "paspor"}).json()
    assert [s["service_id"] for s in only["services"]] == ["paspor"] and only["overall"]["ikm"] == 100.0
    none = summary(server, tokens["ana"], **{"from": "2025-11-01", "to": "2025-11-30"}).json()
    assert none["overall"]["respondents"] == 0 and none["overall"]["ikm"] is None and none["services"] == []


@pytest.mark.parametrize(
    "params",
    [{"from": "2025-12-31", "to": "2025-12-01"}, {"from": "2025-02-30", "to": "2025-03-01"}, {"from": "2025-12-01"}],
)
def test_summary_refuses_bad_periods(server: ServerProcess, tokens: dict[str, str], params: dict[str, str]) -> None:
    assert summary(server, tokens["ana"], **params).status_code == 422


def test_population_is_the_applications_received(server: ServerProcess, tokens: dict[str, str],
                                                 tmp_path: Path) -> None:
    from mpp_assist.forms import load_catalogue
    from mpp_assist.tracking import code_for

    definition = load_catalogue().get("skck")
    for i in range(3):
        app_id = str(uuid.uuid4())
        body = {
            "service_id": "skck", "form_version": definition.version, "answers": definition.example_answers(),
            "tracking_code": code_for(app_id), "receipt_number": f"R-{i}",
            "created_at": "2026-01-01T00:00:00+00:00",
        }
        resp = requests.put(f"{server.url}/api/v1/applications/{app_id}", json=body,
                            headers={"Authorization": f"Bearer {tokens['ana']}"}, timeout=10)
        assert resp.status_code == 201, resp.text
    assert put(server, tokens["ana"], {**BODY, "service_id": "skck", "date": clock.today().isoformat()}
               ).status_code == 201
    today = clock.today().isoformat()
    out = summary(server, tokens["ana"], **{"from": today, "to": today, "service": "skck"}).json()
    assert out["overall"]["population"] == 3 and out["overall"]["required_sample"] == 3

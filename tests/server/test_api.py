"""The sync protocol of the reference backend, over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from backend_support import OFFICERS, ServerProcess, seed_officers
from mpp_assist.forms import load_catalogue
from mpp_assist.tracking import code_for, new_code


def body(**changes: Any) -> dict[str, Any]:
    definition = load_catalogue().get("ktp-el")
    b = {
        "service_id": "ktp-el",
        "form_version": definition.version,
        "answers": definition.example_answers(),
        "receipt_number": "DESK-A-20260101-0001",
        "created_at": "2026-01-01T08:00:00+00:00",
    }
    b.update(changes)
    return b


class Api:
    def __init__(self, server: ServerProcess, username: str | None = "ana") -> None:
        self.base = server.url + "/api/v1"
        self.headers = {"Authorization": f"Bearer {server.token(username)}"} if username else {}

    def __getattr__(self, method: str) -> Any:
        def call(path: str, **kw: Any) -> requests.Response:
            headers = {**self.headers, **kw.pop("headers", {})}
            made = re.fullmatch(r"/applications/([0-9a-f-]{36})", path)
            if method == "put" and made and isinstance(kw.get("json"), dict) and "tracking_code" not in kw["json"]:
                kw["json"] = {**kw["json"], "tracking_code": code_for(made.group(1))}  # as the desk makes it
            return requests.request(method.upper(), self.base + path, headers=headers, timeout=30, **kw)

        return call


def test_health_and_token(server: ServerProcess) -> None:
    assert requests.get(server.url + "/api/v1/health", timeout=10).json()["status"] == "ok"
    resp = requests.post(
        server.url + "/api/v1/auth/token", json={"username": "ana", "password": "sandi-ana-123"}, timeout=10
    )
    assert resp.status_code == 200
    assert resp.json()["token_type"] == "bearer" and resp.json()["expires_in"] > 0
    assert resp.json()["desk"] == "DESK-A"


def test_every_endpoint_but_health_and_token_needs_a_token(server: ServerProcess) -> None:
    anon = Api(server, None)
    some = str(uuid.uuid4())
    for resp in (
        anon.get("/catalogue"),
        anon.put(f"/applications/{some}", json=body()),
        anon.get(f"/applications/{some}"),
        anon.get(f"/applications/{some}/attachments/a"),
        anon.put(f"/applications/{some}/attachments/a", data=b"x", headers={"X-Content-SHA256": "0" * 64}),
        anon.get("/changes"),
    ):
        assert resp.status_code == 401, resp.request.url
        assert resp.headers["WWW-Authenticate"] == "Bearer"
    forged = requests.get(
        server.url + "/api/v1/changes", headers={"Authorization": "Bearer forged"}, timeout=10
    )
    assert forged.status_code == 401


def test_repeated_failures_lock_the_account(server: ServerProcess) -> None:
    url = server.url + "/api/v1/auth/token"
    codes = [
        requests.post(url, json={"username": "budi", "password": "wrong-password"}, timeout=10).status_code
        for _ in range(5)
    ]
    assert codes == [401, 401, 401, 401, 429]
    locked = requests.post(url, json={"username": "budi", "password": "sandi-budi-123"}, timeout=10)
    assert locked.status_code == 429  # even the right password, while locked
    assert int(locked.headers["Retry-After"]) > 0
    assert "menit" in locked.json()["message"]
    en = requests.post(
        url, json={"username": "budi", "password": "x"}, headers={"Accept-Language": "en"}, timeout=10
    )
    assert "minute" in en.json()["message"]
    # Another account is not affected.
    assert (
        requests.post(url, json={"username": "ana", "password": "sandi-ana-123"}, timeout=10).status_code
        == 200
    )


def test_idempotent_create_replay_conflict_and_validation(server: ServerProcess) -> None:
    api = Api(server)
    app_id, b = str(uuid.uuid4()), body()
    first = api.put(f"/applications/{app_id}", json=b)
    assert first.status_code == 201
    number = first.json()["official_number"]
    assert number.startswith("MPP-")
    replay = api.put(f"/applications/{app_id}", json=b)
    assert (replay.status_code, replay.json()["official_number"]) == (200, number)
    different = api.put(f"/applications/{app_id}", json={**b, "receipt_number": "other"})
    assert different.status_code == 409
    assert different.json()["error"] == "conflict"

    invalid = api.put(f"/applications/{uuid.uuid4()}", json=body(answers={**b["answers"], "nik": "12"}))
    assert invalid.status_code == 422
    errors = invalid.json()["errors"]
    assert [e["field"] for e in errors] == ["nik"]
    assert "NIK" in errors[0]["message"]
    en = api.put(
        f"/applications/{uuid.uuid4()}",
        json=body(answers={**b["answers"], "nik": "12"}),
        headers={"Accept-Language": "en"},
    )
    assert "Enter" in en.json()["errors"][0]["message"]
    unknown = api.put(f"/applications/{uuid.uuid4()}", json=body(service_id="no-such-service"))
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "service_id"
    [row] = server.rows()
    assert (row.client_uuid, row.official_number, row.desk) == (app_id, number, "DESK-A")


def _legacy_codes_until(until: str, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                        ) -> Iterator[ServerProcess]:
    monkeypatch.setenv("MPP_ASSIST_LEGACY_CODES_UNTIL", until)  # the server process inherits it
    seed_officers(db_url)
    proc = ServerProcess(db_url, tmp_path).start()
    yield proc
    proc.kill()


@pytest.fixture
def strict_server(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerProcess]:
    """A server past the transition: only codes made from the client UUID are taken."""
    yield from _legacy_codes_until("", db_url, tmp_path, monkeypatch)


@pytest.fixture
def transition_server(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerProcess]:
    """A server still taking the codes desks printed before they came from the UUID."""
    yield from _legacy_codes_until("2099-12-31", db_url, tmp_path, monkeypatch)


def test_the_tracking_code_is_the_applications_own_and_no_desk_chooses_it(strict_server: ServerProcess) -> None:
    server = strict_server
    ana, budi = Api(server), Api(server, "budi")
    app_id = str(uuid.uuid4())
    code = code_for(app_id)
    # A code the desk chose (a guessable one, or one seen on another applicant's receipt) is refused.
    for chosen in (new_code(), "0000-0000-0000-0000", code_for(str(uuid.uuid4()))):
        refused = ana.put(f"/applications/{app_id}", json=body(tracking_code=chosen))
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"][0]["field"] == "tracking_code"
    typed = code.lower().replace("-", " ")  # as a person might copy it: normalised, then checked
    assert ana.put(f"/applications/{app_id}", json=body(tracking_code=typed)).json()["tracking_code"] == code
    assert ana.get(f"/applications/{app_id}").json()["tracking_code"] == code
    # Another desk sending a body with that code can only do so under that UUID: 404, as if absent.
    taken = budi.put(f"/applications/{app_id}", json=body(tracking_code=code))
    assert taken.status_code == 404 and "lacak" not in taken.text.lower() and code not in taken.text


def test_a_code_printed_before_codes_came_from_the_uuid_is_kept_as_printed(transition_server: ServerProcess) -> None:
    """A laptop offline for weeks still holds applications whose receipts carry a random code: until the
    admin's date the server takes such a code as printed (the applicant's QR holds it), once."""
    ana, budi = Api(transition_server), Api(transition_server, "budi")
    printed, app_id = new_code(), str(uuid.uuid4())
    kept = ana.put(f"/applications/{app_id}", json=body(tracking_code=printed))
    assert kept.status_code == 201, kept.text
    assert kept.json()["tracking_code"] == printed
    assert requests.get(f"{transition_server.url}/lacak/{printed}", timeout=10).status_code == 200
    # The same code again under another UUID (chosen, or seen on a receipt): refused, saying nothing of it.
    again = budi.put(f"/applications/{uuid.uuid4()}", json=body(tracking_code=printed, receipt_number="R-2"))
    assert again.status_code == 409 and printed not in again.text and "lacak" not in again.text.lower()
    assert ana.put(f"/applications/{uuid.uuid4()}", json=body(tracking_code="not a code")).status_code == 422


def test_an_officer_sees_only_their_desk(server: ServerProcess) -> None:
    ana, budi, sri = Api(server, "ana"), Api(server, "budi"), Api(server, "sri")
    app_id, b = str(uuid.uuid4()), body()
    assert ana.put(f"/applications/{app_id}", json=b).status_code == 201
    assert budi.get(f"/applications/{app_id}").status_code == 404
    assert budi.put(f"/applications/{app_id}", json=b).status_code == 404
    assert budi.get(f"/applications/{app_id}/attachments/x").status_code == 404
    assert budi.get("/changes").json()["changes"] == []
    assert [c["client_uuid"] for c in ana.get("/changes").json()["changes"]] == [app_id]
    assert sri.get(f"/applications/{app_id}").status_code == 200  # a supervisor sees every desk
    # An officer files for their own desk whatever the body says.
    other = str(uuid.uuid4())
    assert budi.put(f"/applications/{other}", json=body(desk="DESK-A")).status_code == 201
    assert {r.client_uuid: r.desk for r in server.rows()}[other] == "DESK-B"


def test_corrections_name_the_version_they_replace(server: ServerProcess) -> None:
    api = Api(server)
    app_id, v1 = str(uuid.uuid4()), body()
    number = api.put(f"/applications/{app_id}", json=v1).json()["official_number"]
    v2 = {**v1, "answers": {**v1["answers"], "telepon": "0813-1111-2222"}, "version": 2, "replaces": 1}
    resp = api.put(f"/applications/{app_id}", json=v2)
    assert (resp.status_code, resp.json()["version"], resp.json()["official_number"]) == (200, 2, number)
    assert api.put(f"/applications/{app_id}", json=v2).status_code == 200  # replay of v2
    assert api.put(f"/applications/{app_id}", json=v1).status_code == 200  # replay of v1: still v1's body
    stale = {**v1, "answers": {**v1["answers"], "telepon": "0813-3333-4444"}, "version": 2, "replaces": 1}
    assert api.put(f"/applications/{app_id}", json=stale).status_code == 409
    skipping = {**stale, "version": 3, "replaces": 1}
    resp = api.put(f"/applications/{app_id}", json=skipping)
    assert resp.status_code == 409 and resp.json()["error"] == "stale"
    nothing_to_replace = api.put(f"/applications/{uuid.uuid4()}", json={**v1, "version": 2, "replaces": 1})
    assert nothing_to_replace.status_code == 409
    [row] = server.rows()
    assert row.version == 2


def test_catalogue_etag(server: ServerProcess) -> None:
    api = Api(server)
    resp = api.get("/catalogue")
    assert resp.status_code == 200
    assert "ktp-el" in [s["id"] for s in resp.json()["services"]]
    etag = resp.headers["ETag"]
    again = api.get("/catalogue", headers={"If-None-Match": etag})
    assert (again.status_code, again.content) == (304, b"")
    assert api.get("/catalogue", headers={"If-None-Match": '"other"'}).status_code == 200


def test_changes_feed_and_set_status(server: ServerProcess) -> None:
    import subprocess
    import sys

    api = Api(server)
    ids = [str(uuid.uuid4()) for _ in range(3)]
    numbers = [api.put(f"/applications/{i}", json=body()).json()["official_number"] for i in ids]
    feed = api.get("/changes").json()
    assert [c["status"] for c in feed["changes"]] == ["received"] * 3
    cursor = feed["cursor"]
    assert api.get("/changes", params={"since": cursor}).json()["changes"] == []
    cli = [sys.executable, "-m", "mpp_assist", "server"]
    no_reason = subprocess.run(
        [*cli, "set-status", numbers[1], "rejected", "--db", server.db_url],
        capture_output=True,
        text=True,
        check=False,
    )
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    done = subprocess.run(
        [
            *cli,
            "set-status",
            numbers[1],
            "rejected",
            "--reason",
            "Foto KK tidak terbaca",
            "--db",
            server.db_url,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    news = api.get("/changes", params={"since": cursor}).json()
    assert [(c["client_uuid"], c["status"], c["reason"]) for c in news["changes"]] == [
        (ids[1], "rejected", "Foto KK tidak terbaca")
    ]
    paged = api.get("/changes", params={"since": 0, "limit": 2}).json()
    assert len(paged["changes"]) == 2 and paged["more"] is True
    unknown = subprocess.run(
        [*cli, "set-status", "MPP-0000-9999999", "completed", "--db", server.db_url],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (
        unknown.returncode == 1 and "MPP-0000-9999999" in unknown.stderr and "Traceback" not in unknown.stderr
    )


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_attachment_upload_resumes_and_checks_sha256(server: ServerProcess) -> None:
    api = Api(server)
    app_id = str(uuid.uuid4())
    api.put(f"/applications/{app_id}", json=body())
    data = os.urandom(300_000)
    sha, path = _sha(data), f"/applications/{app_id}/attachments/scan-1"

    def piece(start: int, end: int) -> requests.Response:
        return api.put(
            path,
            data=data[start:end],
            headers={
                "X-Content-SHA256": sha,
                "Content-Range": f"bytes {start}-{end - 1}/{len(data)}",
                "Content-Type": "application/octet-stream",
            },
        )

    assert api.get(path).status_code == 404
    assert piece(0, 100_000).status_code == 202
    assert api.get(path).json()["received"] == 100_000
    wrong = piece(150_000, 200_000)  # a gap: the server says where it is
    assert wrong.status_code == 416 and wrong.headers["X-Received"] == "100000"
    assert piece(100_000, 200_000).status_code == 202
    done = piece(200_000, 300_000)
    assert done.status_code == 201 and done.json()["complete"] is True
    assert piece(0, 100_000).status_code == 200  # already complete: a replay

    # Whole-file upload with a wrong SHA-256: refused, and nothing kept.
    bad_path = f"/applications/{app_id}/attachments/scan-2"
    bad = api.put(bad_path, data=data, headers={"X-Content-SHA256": _sha(b"other")})
    assert bad.status_code == 422 and bad.json()["error"] == "checksum_mismatch"
    assert api.get(bad_path).json()["received"] == 0


def test_attachment_over_the_limit_is_413(server: ServerProcess) -> None:
    api = Api(server)
    app_id = str(uuid.uuid4())
    api.put(f"/applications/{app_id}", json=body())
    resp = api.put(
        f"/applications/{app_id}/attachments/big",
        data=b"x" * 10,
        headers={"X-Content-SHA256": "0" * 64, "Content-Range": f"bytes 0-9/{21 * 1024 * 1024}"},
    )
    assert resp.status_code == 413
    huge = api.put(
        f"/applications/{app_id}",
        data=b"{" + b" " * (3 * 1024 * 1024) + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert huge.status_code == 413


@pytest.mark.parametrize("username", [o[0] for o in OFFICERS[:1]])
def test_cli_add_officer_and_list(server: ServerProcess, username: str) -> None:
    import json
    import subprocess
    import sys

    cli = [sys.executable, "-m", "mpp_assist", "server"]
    added = subprocess.run(
        [
            *cli,
            "add-officer",
            "citra",
            "--desk",
            "DESK-C",
            "--role",
            "officer",
            "--password-stdin",
            "--db",
            server.db_url,
        ],
        input="sandi-citra-1\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    short = subprocess.run(
        [*cli, "add-officer", "dedi", "--desk", "DESK-C", "--password-stdin", "--db", server.db_url],
        input="123\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert short.returncode == 2 and "8" in short.stderr
    token = requests.post(
        server.url + "/api/v1/auth/token", json={"username": "citra", "password": "sandi-citra-1"}, timeout=10
    )
    assert token.json()["desk"] == "DESK-C"
    app_id = str(uuid.uuid4())
    Api(server, username).put(f"/applications/{app_id}", json=body())
    listed = subprocess.run(
        [*cli, "list", "--json", "--db", server.db_url], capture_output=True, text=True, check=False
    )
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert (row["client_uuid"], row["service_id"], row["status"]) == (app_id, "ktp-el", "received")
    assert row["official_number"].startswith("MPP-")

"""``/api/v1/queue``, the hall display and the ticket page, over real HTTP against the real server process.

One server per database (SQLite, and a PostgreSQL cluster of our own). Each test works on its
own service (or desks) so tests sharing the server do not see each other's tickets.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from backend_support import ServerProcess, seed_officers, wait_for
from mpp_assist.queue.rules import QueueRules
from mpp_assist.server import admin
from mpp_assist.server.config import SiteConfig
from mpp_assist.server.db import open_engine, session_factory
from mpp_assist.server.queue import assign_desk, set_rules

OTHER_MPP = "mpp-sebelah"
NAMES = {"default": "MPP Kota Utama", OTHER_MPP: "MPP Kabupaten Sebelah"}  # the server's configuration
PERSONAL = ("nik", "nama", "telepon", "alamat", "name", "phone")


def db(url: str) -> Any:
    engine = open_engine(url)
    return engine, session_factory(engine)()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def qserver(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    root = tmp_path_factory.mktemp("queue-" + request.param)
    if request.param == "sqlite":
        url = f"sqlite:///{root / 'server.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_cluster").new_database()
    seed_officers(url)
    engine, session = db(url)
    with session:
        admin.add_officer(session, "lain", "LAIN-1", "officer", "sandi-lain-123")
        assign_desk(session, "LAIN-1", OTHER_MPP)
        assign_desk(session, "PASPOR-1", "default", ["paspor"])
        set_rules(session, "default", QueueRules(priority_run=1, skip_return_minutes=0, returns_allowed=1))
    engine.dispose()
    (root / "server.json").write_text(json.dumps({"zone": "WIT", "mpp_names": NAMES}), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MPP_ASSIST_SERVER_CONFIG", str(root / "server.json"))
        proc = ServerProcess(url, root).start()
    yield proc
    proc.kill()


_tokens: dict[tuple[str, str], str] = {}  # one sign-in per officer and server process (argon2 is slow on purpose)


class Desk:
    def __init__(self, server: ServerProcess, user: str = "ana", password: str = "") -> None:
        self.server = server
        key = (server.url, user)
        if key not in _tokens:
            _tokens[key] = requests.post(
                server.url + "/api/v1/auth/token", json={"username": user, "password": password}, timeout=10
            ).json()["access_token"] if password else server.token(user)
        token = _tokens[key]
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Bearer {token}"

    def post(self, path: str, body: dict[str, Any] | None = None) -> requests.Response:
        return self.s.post(self.server.url + "/api/v1/queue" + path, json=body or {}, timeout=30)

    def next(self, desk: str | None = None) -> dict[str, Any]:
        resp = self.post("/call-next", {"desk": desk} if desk else {})
        assert resp.status_code == 200, resp.text
        return resp.json()


def take(server: ServerProcess, service: str, priority: bool = False, **extra: Any) -> requests.Response:
    return requests.post(server.url + "/api/v1/queue/tickets", json={"service_id": service, "priority": priority,
                                                                      **extra}, timeout=30)


def drain(desk: Desk, name: str) -> list[str]:
    called = []
    while (ticket := desk.next(name)["ticket"]) is not None:
        called.append(ticket["number"])
        assert desk.post(f"/tickets/{ticket['id']}/done").status_code == 200
    return called


def test_a_ticket_is_taken_once_and_numbered_per_group(qserver: ServerProcess) -> None:
    client_id = str(uuid.uuid4())
    first = take(qserver, "skck", client_id=client_id)
    assert first.status_code == 201, first.text
    again = take(qserver, "skck", client_id=client_id)  # the kiosk retried after a lost answer
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"] == client_id
    second = take(qserver, "skck").json()
    prefix = first.json()["number"][0]
    assert second["number"] == f"{prefix}{int(first.json()['number'][1:]) + 1:03d}"
    assert second["people_ahead"] == first.json()["people_ahead"] + 1
    assert first.json()["page"] == f"/antrian/tiket/{first.json()['public_code']}"
    bad = take(qserver, "tidak-ada")
    assert bad.status_code == 422 and "tidak-ada" in bad.json()["message"]
    english = requests.post(qserver.url + "/api/v1/queue/tickets", json={"service_id": "x"},
                            headers={"Accept-Language": "en"}, timeout=10)
    assert english.json()["message"] == "Unknown service x."
    drain(Desk(qserver), "DESK-A")


def test_only_officers_of_this_mpp_call(qserver: ServerProcess) -> None:
    anonymous = requests.post(qserver.url + "/api/v1/queue/call-next", json={}, timeout=10)
    assert anonymous.status_code == 401
    ticket = take(qserver, "nib").json()
    other = Desk(qserver, "lain", "sandi-lain-123")
    assert other.post("/call-next", {"desk": "DESK-A"}).status_code == 403
    assert other.next()["ticket"] is None  # their own floor is empty: this MPP's ticket is not theirs
    assert other.post(f"/tickets/{ticket['id']}/recall").status_code == 404
    called = Desk(qserver).next()["ticket"]
    assert called["number"] == ticket["number"] and called["desk"] == "DESK-A"
    Desk(qserver).post(f"/tickets/{called['id']}/done")


def test_priority_lane_every_other_call_and_the_spoken_sentence(qserver: ServerProcess) -> None:
    regular = [take(qserver, "bpjs-kesehatan").json()["number"] for _ in range(3)]
    priority = [take(qserver, "bpjs-kesehatan", True).json()["number"] for _ in range(2)]
    desk = Desk(qserver, "budi")
    first = desk.next("LOKET-07")
    assert first["lane"] == "priority"
    assert first["spoken"].startswith("Nomor antrean B ") and first["spoken"].endswith(", silakan ke loket tujuh")
    order = [first["ticket"]["number"]]
    desk.post(f"/tickets/{first['ticket']['id']}/done")
    order += drain(desk, "LOKET-07")
    assert order == [priority[0], regular[0], priority[1], regular[1], regular[2]]


def test_recall_skip_and_no_show(qserver: ServerProcess) -> None:
    ticket = take(qserver, "pindah-datang").json()
    desk = Desk(qserver)
    called = desk.next("DESK-S")["ticket"]
    assert called["id"] == ticket["id"]
    recall = desk.post(f"/tickets/{ticket['id']}/recall").json()
    assert recall["ticket"]["state"] == "called" and "silakan ke loket" in recall["spoken"]
    skipped = desk.post(f"/tickets/{ticket['id']}/skip").json()
    assert skipped["state"] == "waiting"  # back in line (this MPP's window is 0 minutes)
    again = desk.next("DESK-S")["ticket"]
    assert again["id"] == ticket["id"]
    assert desk.post(f"/tickets/{ticket['id']}/skip").json()["state"] == "no_show"  # back only once
    wrong = desk.post(f"/tickets/{ticket['id']}/recall")
    assert wrong.status_code == 409 and wrong.json()["error"] == "not_called"
    assert desk.post(f"/tickets/{uuid.uuid4()}/skip").status_code == 404


def test_transfer_to_a_desk_and_to_a_service(qserver: ServerProcess) -> None:
    ticket = take(qserver, "akta-kelahiran").json()
    desk = Desk(qserver)
    assert desk.next("DESK-T1")["ticket"]["id"] == ticket["id"]
    moved = desk.post(f"/tickets/{ticket['id']}/transfer", {"to_desk": "DESK-T2"}).json()
    assert (moved["state"], moved["number"]) == ("waiting", ticket["number"])
    assert desk.next("DESK-T3")["ticket"] is None  # sent to T2 only
    assert desk.next("DESK-T2")["ticket"]["id"] == ticket["id"]
    to_paspor = desk.post(f"/tickets/{ticket['id']}/transfer", {"to_service": "paspor"}).json()
    assert to_paspor["service_id"] == "paspor"
    assert desk.next("PASPOR-1")["ticket"]["id"] == ticket["id"]  # the passport desk calls paspor only
    assert desk.post(f"/tickets/{ticket['id']}/transfer", {}).status_code == 409
    assert desk.post(f"/tickets/{ticket['id']}/transfer", {"to_service": "x"}).status_code == 422
    app_id = str(uuid.uuid4())
    done = desk.post(f"/tickets/{ticket['id']}/done", {"application_uuid": app_id})
    assert done.json()["state"] == "served"
    assert desk.post(f"/tickets/{ticket['id']}/done", {"application_uuid": app_id}).status_code == 200  # replay


def test_the_service_ends_when_the_receipt_was_printed_not_when_the_server_heard(qserver: ServerProcess) -> None:
    """A desk offline at print time tells the server later: the print time counts, if it could be true."""
    desk = Desk(qserver)
    served = []
    for told in ("printed", "future", "before the call", None):
        take(qserver, "skck")
        called = desk.next("DESK-A")["ticket"]
        # "printed": at the moment of the call itself, the one earlier time sure to lie between call and now
        at = {"printed": called["called_at"], "future": time.time() + 3600,
              "before the call": called["called_at"] - 60, None: None}[told]
        body = {"served_at": at} if at is not None else {}
        done = desk.post(f"/tickets/{called['id']}/done", body)
        assert done.status_code == 200, done.text
        served.append((called["called_at"], done.json()["served_at"]))
    (call0, printed), *rest = served
    assert printed == call0
    assert all(call < at <= time.time() for call, at in rest)  # the server's now instead
    assert desk.post("/tickets/x/done", {"served_at": "soon"}).status_code == 422


def test_public_state_display_and_ticket_page_show_numbers_only(qserver: ServerProcess) -> None:
    ticket = take(qserver, "kartu-keluarga").json()
    behind = take(qserver, "kartu-keluarga").json()
    page = requests.get(qserver.url + behind["page"], timeout=10)
    assert page.status_code == 200 and behind["number"] in page.text
    assert "Orang di depan Anda" in page.text and "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert requests.get(qserver.url + "/antrian/tiket/bukan-kode", timeout=10).status_code == 404
    public = requests.get(qserver.url + f"/api/v1/queue/public/{behind['public_code']}", timeout=10).json()
    assert public["people_ahead"] >= 1 and set(public) == {"number", "service_id", "state", "people_ahead", "desk"}
    Desk(qserver).next("LOKET-3")
    state = requests.get(qserver.url + "/api/v1/queue/state", timeout=10).json()
    assert state["calls"][0]["number"] == ticket["number"] and state["calls"][0]["desk"] == "LOKET-3"
    assert set(state) == {"mpp", "calls", "waiting", "waiting_by_service", "seq"}
    hall = requests.get(qserver.url + "/antrian/layar", timeout=10)
    assert hall.status_code == 200 and ticket["number"] in hall.text and "LOKET-3" in hall.text
    visible = re.sub(r"<[^>]*>", " ", re.sub(r"<(style|script)>.*?</\1>", "", hall.text, flags=re.S))
    text = visible.lower() + json.dumps(state).lower()
    assert not [w for w in PERSONAL if w in text]
    drain(Desk(qserver), "LOKET-3")


def test_the_state_of_a_desks_own_mpp(qserver: ServerProcess) -> None:
    """A hall display knows its desk, not its MPP: the server answers with the floor of that desk's MPP."""
    assert take(qserver, "ktp-el", mpp=OTHER_MPP).status_code == 201
    called = Desk(qserver, "lain", "sandi-lain-123").next("LAIN-1")["ticket"]
    state = requests.get(qserver.url + "/api/v1/queue/state", params={"desk": "LAIN-1"}, timeout=10).json()
    assert state["mpp"] == OTHER_MPP and state["calls"][0]["number"] == called["number"]
    assert state["calls"][0]["desk"] == "LAIN-1"
    default = requests.get(qserver.url + "/api/v1/queue/state", params={"desk": "DESK-A"}, timeout=10).json()
    assert default["mpp"] == "default" and "LAIN-1" not in [c["desk"] for c in default["calls"]]
    Desk(qserver, "lain", "sandi-lain-123").post(f"/tickets/{called['id']}/done")


def test_each_floor_shows_its_own_mpp_name(qserver: ServerProcess) -> None:
    for query, shown, hidden in (("", NAMES["default"], NAMES[OTHER_MPP]),
                                 (f"?mpp={OTHER_MPP}", NAMES[OTHER_MPP], NAMES["default"])):
        hall = requests.get(qserver.url + "/antrian/layar" + query, timeout=10).text
        assert shown in hall and hidden not in hall
    ticket = take(qserver, "ktp-el", mpp=OTHER_MPP).json()
    page = requests.get(qserver.url + ticket["page"], timeout=10).text
    assert NAMES[OTHER_MPP] in page and NAMES["default"] not in page
    unnamed = requests.get(qserver.url + "/antrian/layar?mpp=tanpa-nama", timeout=10).text
    assert "Mal Pelayanan Publik" in unnamed and NAMES["default"] not in unnamed


def test_the_hall_display_hears_each_call_live(qserver: ServerProcess) -> None:
    ticket = take(qserver, "ktp-el").json()
    seq = requests.get(qserver.url + "/api/v1/queue/state", timeout=10).json()["seq"]
    events: list[dict[str, Any]] = []
    stream = requests.get(qserver.url + f"/antrian/layar/events?after={seq}", stream=True, timeout=30)
    assert stream.headers["content-type"].startswith("text/event-stream")

    def read() -> None:
        for raw in stream.iter_lines(decode_unicode=True):
            if raw.startswith("data: "):
                events.append(json.loads(raw[6:]))
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    Desk(qserver).next("LOKET-12")
    wait_for(lambda: events, what="the call on the display's stream")
    stream.close()
    assert events[0]["number"] == ticket["number"] and events[0]["kind"] == "call"
    assert events[0]["spoken"].endswith("silakan ke loket dua belas")
    drain(Desk(qserver), "LOKET-12")


def test_a_restart_loses_no_ticket_and_local_tickets_join_the_line(qserver: ServerProcess) -> None:
    waiting = take(qserver, "nib").json()
    desk = Desk(qserver)
    called = desk.next("DESK-R")["ticket"]
    assert called["id"] == waiting["id"]
    queued = take(qserver, "nib").json()
    local = {"id": str(uuid.uuid4()), "number": "DESK-X-A001", "service_id": "nib", "priority": False,
             "state": "waiting", "taken_at": queued["taken_at"] + 1, "queued_at": queued["taken_at"] + 1,
             "public_code": "kodelokal-123456"}
    finished = {**local, "id": str(uuid.uuid4()), "number": "DESK-X-A000", "state": "served", "public_code": None,
                "called_at": queued["taken_at"], "served_at": queued["taken_at"] + 60}
    qserver.kill()
    qserver.start()
    desk = Desk(qserver)
    accepted = desk.post("/reconcile", {"tickets": [local, finished]}).json()["accepted"]
    assert accepted == [local["id"], finished["id"]]
    assert desk.post("/reconcile", {"tickets": [local]}).json()["accepted"] == [local["id"]]  # idempotent
    assert requests.get(qserver.url + "/antrian/tiket/kodelokal-123456", timeout=10).status_code == 200
    recall = desk.post(f"/tickets/{called['id']}/recall")
    assert recall.status_code == 200  # still called at DESK-R after the restart
    desk.post(f"/tickets/{called['id']}/done")
    assert drain(desk, "DESK-R") == [queued["number"], "DESK-X-A001"]


def test_period_report(qserver: ServerProcess) -> None:
    desk = Desk(qserver)
    today = SiteConfig(zone="Asia/Jayapura").today().isoformat()  # the server's day (WIT), not the host's

    def report() -> dict[str, Any]:
        resp = desk.s.get(qserver.url + "/api/v1/queue/report", params={"from": today, "to": today}, timeout=30)
        assert resp.status_code == 200, resp.text
        return resp.json()

    def skck(body: dict[str, Any]) -> dict[str, Any]:
        return next((x for x in body["services"] if x["service_id"] == "skck"),
                    {"tickets": 0, "served": 0, "no_shows": 0})

    before = report()
    take(qserver, "skck")
    drain(desk, "DESK-L")
    gone = take(qserver, "skck").json()
    desk.next("DESK-L")
    desk.post(f"/tickets/{gone['id']}/skip")
    desk.next("DESK-L")
    desk.post(f"/tickets/{gone['id']}/skip")
    after = report()
    assert skck(after)["tickets"] == skck(before)["tickets"] + 2
    assert skck(after)["served"] == skck(before)["served"] + 1
    assert skck(after)["no_shows"] == skck(before)["no_shows"] + 1
    assert skck(after)["wait_median"] is not None and skck(after)["service_p90"] is not None
    assert skck(after)["name"] == "Surat Keterangan Catatan Kepolisian (SKCK)" or skck(after)["name"]
    assert after["total"]["tickets"] == sum(x["tickets"] for x in after["services"])
    bad = desk.s.get(qserver.url + "/api/v1/queue/report", params={"from": today, "to": "2000-01-01"}, timeout=30)
    assert bad.status_code == 422
    assert requests.get(qserver.url + "/api/v1/queue/report", params={"from": today, "to": today},
                        timeout=10).status_code == 401


def test_docs_name_the_endpoints(qserver: ServerProcess) -> None:
    served = requests.get(qserver.url + "/openapi.json", timeout=10).json()
    for path in ("/api/v1/queue/tickets", "/api/v1/queue/call-next", "/api/v1/queue/state",
                 "/api/v1/queue/tickets/{ticket_id}/skip", "/api/v1/queue/tickets/{ticket_id}/transfer"):
        assert path in served["paths"]
    assert "/antrian/layar" not in served["paths"]

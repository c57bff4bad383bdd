"""The sync client against a real server process, with faults: nothing lost, nothing sent twice.

Every test ends by checking both sides: the server holds exactly the applications
sent, once each, and the desk shows each as sent with the server's number (or as
needing correction).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import requests

from backend_support import FlakyProxy, ServerProcess, wait_for
from mpp_assist.store import Application, Store
from mpp_assist.sync import outbox
from mpp_assist.sync.client import BackendClient
from mpp_assist.sync.runner import SyncProgress, SyncRunner

APPS = "/api/v1/applications/[^/]+"


def runner_for(store: Store, url: str, token: str, *, read_timeout: float = 10, **kw: Any) -> SyncRunner:
    client = BackendClient(url, token, timeout=(3, read_timeout))
    kw.setdefault("base_delay", 0.05)
    kw.setdefault("max_delay", 3)
    return SyncRunner(store, client, **kw)


def assert_exactly_once(
    server: ServerProcess, store: Store, sent: Iterable[str], to_correct: Iterable[str] = ()
) -> None:
    sent, to_correct = list(sent), list(to_correct)
    rows = server.rows()
    uuids = [r.client_uuid for r in rows]
    assert sorted(uuids) == sorted(sent), "the server holds exactly the applications sent"
    assert len(set(uuids)) == len(uuids)
    numbers = {r.client_uuid: r.official_number for r in rows}
    assert len(set(numbers.values())) == len(rows)
    for app_id in sent:
        app = store.get_application(app_id)
        assert app is not None
        assert (app.status, app.official_number) == ("sent", numbers[app_id])
        assert outbox.entry(store, app_id).state == "sent"
    for app_id in to_correct:
        app = store.get_application(app_id)
        assert app is not None and app.status == "needs_correction"


def ids(apps: list[Application]) -> list[str]:
    return [a.id for a in apps]


def test_happy_path_then_back_office_status_and_catalogue(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    apps = queue(5)
    events: list[SyncProgress] = []
    runner = runner_for(store, fault_backend.url, fault_backend.token())
    report = runner.run_once(events.append)
    assert (report.outcome, report.sent, report.remaining, report.exit_code) == ("ok", 5, 0, 0)
    assert report.catalogue_updated and report.last_sync_at
    assert [e.done for e in events if e.state == "sent"] == [1, 2, 3, 4, 5]
    assert all(e.total == 5 for e in events if e.state == "sent")
    assert_exactly_once(fault_backend, store, ids(apps))

    # Nothing new: nothing sent again, and the catalogue answers 304 (unchanged).
    again = runner.run_once()
    assert (again.sent, again.catalogue_updated, again.exit_code) == (0, False, 0)

    # The back office moves one case on; the desk learns of it on the next pass.
    number = store.get_application(apps[2].id).official_number
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mpp_assist",
            "server",
            "set-status",
            number,
            "ready_for_pickup",
            "--db",
            fault_backend.db_url,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = runner.run_once()
    assert report.changes_applied == 1
    assert store.get_application(apps[2].id).server_status == "ready_for_pickup"
    assert store.get_application(apps[1].id).server_status == "received"
    assert_exactly_once(fault_backend, store, ids(apps))


def test_server_killed_mid_batch_then_restarted(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    apps = queue(6)
    # The third PUT is committed by the server, which then dies before answering.
    fault_backend.set_faults([{"method": "PUT", "path": APPS, "on": [3], "action": "after_exit"}])
    runner = runner_for(store, fault_backend.url, fault_backend.token(), max_retries=2)
    events: list[SyncProgress] = []
    report = runner.run_once(events.append)
    assert fault_backend.wait_exit() != 0
    assert (report.outcome, report.sent, report.exit_code) == ("unreachable", 2, 3)
    assert report.remaining == 4
    third = [e.application_id for e in events if e.state == "sending" and e.application_id][2]
    assert store.get_application(third).status == "waiting"
    assert len(fault_backend.rows()) == 3  # the server had committed the third one

    fault_backend.start()  # same port, same database, no faults
    report = runner.run_once()
    assert (report.outcome, report.sent, report.exit_code) == ("ok", 4, 0)
    assert_exactly_once(fault_backend, store, ids(apps))


def test_500_and_503_with_retry_after(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    apps = queue(4)
    fault_backend.set_faults(
        [
            {
                "method": "PUT",
                "path": APPS,
                "on": [2, 3],
                "action": "status",
                "status": 503,
                "retry_after": 1,
            },
            {"method": "PUT", "path": APPS, "on": [6], "action": "after_status", "status": 500},
        ]
    )
    events: list[SyncProgress] = []
    report = runner_for(store, fault_backend.url, fault_backend.token()).run_once(events.append)
    assert (report.outcome, report.sent, report.exit_code) == ("ok", 4, 0)
    assert [r.get("fired") for r in fault_backend.fault_state()] == [2, 1]
    retries = [e for e in events if e.state == "retrying"]
    assert len(retries) == 3
    # Retry-After: 1 was honoured for both 503s; the 500 (no header) used plain backoff.
    assert [e.wait_seconds >= 1 for e in retries] == [True, True, False]
    assert_exactly_once(fault_backend, store, ids(apps))


def test_connection_reset(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    apps = queue(3)
    proxy = FlakyProxy(fault_backend.port)
    try:
        token = fault_backend.token()
        proxy.reset_next = 2
        report = runner_for(store, proxy.url, token).run_once()
    finally:
        proxy.close()
    assert proxy.cuts == 2
    assert (report.outcome, report.sent) == ("ok", 3)
    assert_exactly_once(fault_backend, store, ids(apps))


def test_response_slower_than_timeout(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    apps = queue(3)
    # The second PUT is committed, but its answer comes after the client gave up.
    fault_backend.set_faults([{"method": "PUT", "path": APPS, "on": [2], "action": "after_slow", "delay": 4}])
    events: list[SyncProgress] = []
    report = runner_for(store, fault_backend.url, fault_backend.token(), read_timeout=1).run_once(
        events.append
    )
    assert fault_backend.fault_state()[0]["fired"] == 1
    second = [e.application_id for e in events if e.state == "sending" and e.application_id][1]
    assert [e.application_id for e in events if e.state == "retrying"] == [second]
    assert (report.outcome, report.sent) == ("ok", 3)
    assert_exactly_once(fault_backend, store, ids(apps))


def test_token_expires_mid_sync(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    apps = queue(5)
    runner = runner_for(store, fault_backend.url, fault_backend.token())

    sending: list[str] = []

    def expire_before_the_third(p: SyncProgress) -> None:
        if p.state == "sending" and p.application_id:
            sending.append(p.application_id)
            if len(sending) == 3:
                fault_backend.execute("UPDATE tokens SET expires_at = 0")

    report = runner.run_once(expire_before_the_third)
    assert (report.outcome, report.sent, report.exit_code) == ("needs_login", 2, 2)
    assert report.message
    # The queue is untouched: the rest wait as before, none counted as a failed attempt.
    waiting = [a.id for a in apps if store.get_application(a.id).status == "waiting"]
    assert len(waiting) == 3
    assert all(outbox.entry(store, a).attempts == 0 for a in waiting)

    runner.client.token = fault_backend.token()  # the officer logs in again
    report = runner.run_once()
    assert (report.outcome, report.sent) == ("ok", 3)
    assert_exactly_once(fault_backend, store, ids(apps))


def test_422_in_the_middle_does_not_hold_up_the_rest(
    fault_backend: ServerProcess,
    store: Store,
    queue: Callable[..., list[Application]],
    example: dict[str, Any],
) -> None:
    first = queue(2)
    # As if the form's rules changed after the desk checked it: the server refuses the NIK.
    bad = store.create_application(
        service_id="ktp-el",
        form_version="2025.1",
        answers={**example, "nik": "12345"},
        officer="ana",
        desk="DESK-A",
    )
    last = queue(2)
    report = runner_for(store, fault_backend.url, fault_backend.token()).run_once()
    assert (report.sent, report.needs_correction, report.remaining, report.exit_code) == (4, 1, 0, 3)
    reasons = outbox.entry(store, bad.id).reasons
    assert [r["field"] for r in reasons] == ["nik"]
    assert "NIK" in reasons[0]["message"]
    assert_exactly_once(fault_backend, store, ids(first + last), [bad.id])

    # The officer corrects it; it goes on the next pass.
    outbox.resubmit(store, bad.id, {**example, "nik": example["nik"]})
    report = runner_for(store, fault_backend.url, fault_backend.token()).run_once()
    assert (report.sent, report.exit_code) == (1, 0)
    assert_exactly_once(fault_backend, store, [*ids(first + last), bad.id])


def test_replayed_and_conflicting_applications(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    apps = queue(3)
    token = fault_backend.token()
    headers = {"Authorization": f"Bearer {token}"}

    def body(app: Application) -> dict[str, Any]:
        return outbox.request_body(store.get_application(app.id), outbox.entry(store, app.id))

    # An earlier pass sent the first one but crashed before recording the answer.
    first = requests.put(
        f"{fault_backend.url}/api/v1/applications/{apps[0].id}",
        json=body(apps[0]),
        headers=headers,
        timeout=10,
    )
    assert first.status_code == 201
    # Someone sent something else under the second one's UUID.
    other = {**body(apps[1]), "answers": {**body(apps[1])["answers"], "nama_lengkap": "Orang Lain"}}
    assert (
        requests.put(
            f"{fault_backend.url}/api/v1/applications/{apps[1].id}", json=other, headers=headers, timeout=10
        ).status_code
        == 201
    )

    report = runner_for(store, fault_backend.url, token).run_once()
    assert (report.sent, report.needs_correction) == (2, 1)
    assert store.get_application(apps[0].id).official_number == first.json()["official_number"]
    assert outbox.entry(store, apps[1].id).reasons[0]["message"]
    # Three on the server, none twice; the conflicting one waits for the officer.
    assert sorted(r.client_uuid for r in fault_backend.rows()) == sorted(ids(apps))
    rows = [r for r in fault_backend.rows() if r.client_uuid != apps[1].id]
    for row in rows:
        assert store.get_application(row.client_uuid).official_number == row.official_number
        assert store.get_application(row.client_uuid).status == "sent"
    assert store.get_application(apps[1].id).status == "needs_correction"


def test_correction_is_a_new_version(
    fault_backend: ServerProcess,
    store: Store,
    queue: Callable[..., list[Application]],
    example: dict[str, Any],
) -> None:
    [app] = queue(1)
    runner = runner_for(store, fault_backend.url, fault_backend.token())
    assert runner.run_once().sent == 1
    number = store.get_application(app.id).official_number
    outbox.resubmit(store, app.id, {**example, "telepon": "0813-1111-2222"})
    assert outbox.entry(store, app.id).version == 2
    assert runner.run_once().sent == 1
    [row] = fault_backend.rows()
    assert (row.version, row.official_number) == (2, number)
    assert_exactly_once(fault_backend, store, [app.id])


def test_5mb_attachment_over_a_link_that_drops(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]], data_home: Path
) -> None:
    [app] = queue(1)
    content = os.urandom(5 * 1024 * 1024)
    sha = hashlib.sha256(content).hexdigest()
    sealed = outbox.attach(store, app.id, "foto-ktp", "KTP lama.jpg", content)  # as the desk keeps a scan
    assert content[:4096] not in sealed.read_bytes()  # sealed at rest

    token = fault_backend.token()
    proxy = FlakyProxy(fault_backend.port)
    proxy.set_cut_every(1_000_000)  # the link drops after every ~1 MB sent
    try:
        report = runner_for(store, proxy.url, token, max_retries=3).run_once()
    finally:
        proxy.close()
    assert proxy.cuts >= 4
    assert (report.outcome, report.sent) == ("ok", 1)
    state = requests.get(
        f"{fault_backend.url}/api/v1/applications/{app.id}/attachments/foto-ktp",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    assert state == {
        "attachment_id": "foto-ktp",
        "size": len(content),
        "sha256": sha,
        "received": len(content),
        "complete": True,
    }
    assert outbox.pending_attachments(store, app.id) == []
    assert_exactly_once(fault_backend, store, [app.id])


@pytest.mark.slow
def test_client_killed_while_sending(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]], data_home: Path
) -> None:
    """``mpp-assist sync`` killed (SIGKILL) mid-send leaves a state the next run finishes without doubles."""
    apps = queue(4)
    login = subprocess.run(
        [
            sys.executable,
            "-m",
            "mpp_assist",
            "login",
            "--backend",
            fault_backend.url,
            "ana",
            "--password-stdin",
        ],
        input="sandi-ana-123\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert login.returncode == 0, login.stderr
    fault_backend.set_faults(
        [{"method": "PUT", "path": APPS, "on": [2], "action": "after_slow", "delay": 60}]
    )
    sync = subprocess.Popen(
        [sys.executable, "-m", "mpp_assist", "sync"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        # Killed while the second PUT is at the server: the first was accepted, perhaps not yet recorded.
        wait_for(lambda: fault_backend.fault_state()[0].get("fired") == 1, what="the second PUT")
        assert outbox.counts(store).get("sending", 0) >= 1
    finally:
        sync.kill()
        sync.wait()
    fault_backend.set_faults([])
    again = subprocess.run(
        [sys.executable, "-m", "mpp_assist", "sync"], capture_output=True, text=True, check=False
    )
    assert again.returncode == 0, again.stderr
    assert_exactly_once(fault_backend, store, ids(apps))


def test_cancel_stops_between_applications_and_leaves_the_rest_waiting(
    fault_backend: ServerProcess, store: Store, queue: Callable[..., list[Application]]
) -> None:
    import threading

    apps = queue(4)
    cancel = threading.Event()

    def stop_after_first(p: SyncProgress) -> None:
        if p.state == "sending" and p.application_id:
            cancel.set()  # the officer closes the window while the first one is on its way

    report = runner_for(store, fault_backend.url, fault_backend.token()).run_once(stop_after_first, cancel)
    assert (report.outcome, report.sent, report.remaining, report.exit_code) == ("cancelled", 1, 3, 3)
    [sent] = fault_backend.rows()
    waiting = [a.id for a in apps if a.id != sent.client_uuid]
    assert all(store.get_application(a).status == "waiting" for a in waiting)
    assert all(outbox.entry(store, a).attempts == 0 for a in waiting)  # never attempted, not counted
    report = runner_for(store, fault_backend.url, fault_backend.token()).run_once()
    assert (report.outcome, report.sent) == ("ok", 3)
    assert_exactly_once(fault_backend, store, ids(apps))


def test_a_hostile_catalogue_is_refused_and_the_old_one_kept(
    fault_backend: ServerProcess, store: Store, data_home: Path
) -> None:
    from mpp_assist.forms import load_catalogue
    from mpp_assist.sync.runner import catalogue_cache

    runner = runner_for(store, fault_backend.url, fault_backend.token())
    assert runner.run_once().catalogue_updated
    good = catalogue_cache().read_bytes()
    hostile = load_catalogue().get("ktp-el").to_json()
    hostile["sections"][0]["fields"][0]["relevant"] = "__import__('os').system('id')"
    for body in ({"services": [hostile]}, {"services": "x" * 10}, [1, 2]):
        fault_backend.set_faults(
            [{"method": "GET", "path": "/api/v1/catalogue", "on": [1], "action": "respond", "body": body}]
        )
        report = runner.run_once()
        assert report.outcome == "ok" and not report.catalogue_updated
        expected = "Katalog layanan dari server ditolak" if isinstance(body, dict) else "tidak bisa dibaca"
        assert any(expected in p for p in report.problems), report.problems
        assert catalogue_cache().read_bytes() == good

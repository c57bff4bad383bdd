"""The desk takes newer service definitions and holiday calendars from a real backend process.

The server publishes with ``mpp-assist server --forms DIR --holidays DIR``; the desk runs
``mpp-assist sync`` and then uses what it fetched: the form it shows and checks answers
with, and the working days on its receipts. What is older or broken never replaces what we have.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from test_sync_cli import cli, login

from backend_support import ServerProcess, seed_officers
from mpp_assist import tracking
from mpp_assist.forms.catalogue import SERVICES_DIR, load_catalogue
from mpp_assist.paths import resource
from mpp_assist.receipts.content import build_content, format_date
from mpp_assist.receipts.workdays import load_calendar
from mpp_assist.store import Application, Store
from mpp_assist.sync.client import BackendClient
from mpp_assist.sync.runner import SyncRunner

NEW_FIELD = "nomor_antrean"


def ktp_definition(version: str) -> dict[str, Any]:
    """The shipped KTP-el definition under another version, asking one more (required) question."""
    data = json.loads((SERVICES_DIR / "ktp-el.json").read_text(encoding="utf-8"))
    data["version"] = version
    data["sections"][0]["fields"].append(
        {
            "id": NEW_FIELD,
            "type": "text",
            "label": {"id": "Nomor antrean", "en": "Queue number"},
            "required": True,
        }
    )
    return data


@pytest.fixture
def published(tmp_path: Path) -> dict[str, Path]:
    folders = {"forms": tmp_path / "published-forms", "holidays": tmp_path / "published-holidays"}
    for folder in folders.values():
        folder.mkdir()
    return folders


@pytest.fixture
def publishing_server(tmp_path: Path, published: dict[str, Path]) -> Iterator[Callable[[], ServerProcess]]:
    """``mpp-assist server --forms … --holidays …``; started by the test once its folders are filled."""
    db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    seed_officers(db_url)
    server = ServerProcess(
        db_url,
        tmp_path,
        extra_args=("--forms", str(published["forms"]), "--holidays", str(published["holidays"])),
    )
    yield server.start
    server.kill()


def runner_for(store: Store, server: ServerProcess) -> SyncRunner:
    return SyncRunner(store, BackendClient(server.url, server.token(), timeout=(3, 10)), base_delay=0.05)


def test_a_newer_definition_from_the_backend_is_what_the_desk_uses(
    publishing_server: Callable[[], ServerProcess],
    published: dict[str, Path],
    store: Store,
    queue: Callable[..., list[Application]],
    example: dict[str, Any],
    tmp_path: Path,
) -> None:
    (published["forms"] / "ktp-el.json").write_text(json.dumps(ktp_definition("2025.2")), encoding="utf-8")
    server = publishing_server()
    (before,) = queue(1)  # made with the shipped form, before the desk knew of the new one
    assert before.form_version == "2025.1"

    login(server)
    synced = cli("sync")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    # The server checks an application against the form version it names: the older one is accepted.
    assert [r.client_uuid for r in server.rows()] == [before.id]
    assert store.get_application(before.id).form_version == "2025.1"

    shown = json.loads(cli("form", "ktp-el", "--json").stdout)
    assert shown["version"] == "2025.2"
    assert NEW_FIELD in [f["id"] for f in shown["sections"][0]["fields"]]

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(example), encoding="utf-8")
    refused = cli("apply", "ktp-el", "--answers", str(answers))
    assert refused.returncode == 2 and NEW_FIELD in refused.stdout, refused.stdout + refused.stderr

    answers.write_text(json.dumps({**example, NEW_FIELD: "A-017"}), encoding="utf-8")
    applied = cli("apply", "ktp-el", "--answers", str(answers), "--json", "--again")  # the first is still open
    assert applied.returncode == 0, applied.stdout + applied.stderr
    made = store.get_application(json.loads(applied.stdout)["id"])
    assert made is not None and made.form_version == "2025.2" and made.answers[NEW_FIELD] == "A-017"
    synced = cli("sync")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert sorted(r.client_uuid for r in server.rows()) == sorted([before.id, made.id])

    # The server holds the desk to the version it names: 2025.2 without the new answer is refused.
    app_id = str(uuid.uuid4())
    body = {
        "service_id": "ktp-el",
        "form_version": "2025.2",
        "answers": example,
        "tracking_code": tracking.code_for(app_id),
        "receipt_number": "UJI/0001",
        "created_at": "2026-01-05T01:00:00Z",
    }
    resp = requests.put(
        f"{server.url}/api/v1/applications/{app_id}",
        json=body,
        headers={"Authorization": f"Bearer {server.token()}"},
        timeout=10,
    )
    assert resp.status_code == 422
    assert NEW_FIELD in [e["field"] for e in resp.json()["errors"]]


def test_an_older_fetched_definition_never_replaces_a_newer_one(fault_backend: ServerProcess, store: Store) -> None:
    shipped = load_catalogue().get("ktp-el")
    older = ktp_definition("2024.9")
    services = [d.to_json() for d in load_catalogue().services() if d.id != "ktp-el"] + [older]
    fault_backend.set_faults(
        [
            {
                "method": "GET",
                "path": "/api/v1/catalogue",
                "on": [1],
                "action": "respond",
                "body": {"services": services},
            }
        ]
    )
    report = SyncRunner(store, BackendClient(fault_backend.url, fault_backend.token(), timeout=(3, 10))).run_once()
    assert report.catalogue_updated, report.problems  # a valid catalogue: kept …
    catalogue = load_catalogue()
    assert catalogue.get("ktp-el").version == shipped.version  # … but the older KTP-el is not used
    assert NEW_FIELD not in [f.id for f in catalogue.get("ktp-el").fields()]
    assert catalogue.version("ktp-el", "2024.9") is not None  # still known, for applications naming it
    assert catalogue.broken == {}
    shown = json.loads(cli("form", "ktp-el", "--json").stdout)
    assert shown["version"] == shipped.version


def test_a_holiday_update_moves_the_estimated_completion_date(
    publishing_server: Callable[[], ServerProcess],
    published: dict[str, Path],
    store: Store,
    queue: Callable[..., list[Application]],
    data_home: Path,
) -> None:
    (app,) = queue(1)
    definition = load_catalogue().get(app.service_id)
    created = datetime.fromisoformat(app.created_at.replace("Z", "+00:00")).astimezone().date()
    first = load_calendar().add_working_days(created, definition.service_days)
    assert build_content(app, definition).estimate.value.startswith(format_date(first, "id"))

    # The government declares that day a holiday; the backend publishes the corrected year.
    bundled = resource("data", "holidays", f"{first.year}.json")
    year = (
        json.loads(bundled.read_text(encoding="utf-8"))
        if bundled.exists()
        else {"year": first.year, "source": "uji", "days": []}
    )
    year["days"].append({"date": first.isoformat(), "kind": "national", "name": {"id": "Libur nasional baru"}})
    (published["holidays"] / f"{first.year}.json").write_text(json.dumps(year), encoding="utf-8")
    server = publishing_server()

    served = requests.get(
        server.url + "/api/v1/holidays", headers={"Authorization": f"Bearer {server.token()}"}, timeout=10
    )
    assert served.status_code == 200 and served.headers["ETag"]
    assert first.isoformat() in [d["date"] for y in served.json()["years"] for d in y["days"]]

    report = runner_for(store, server).run_once()
    assert report.outcome == "ok", report.problems
    assert report.holidays_updated == [first.year]  # only the year that changed is kept
    assert (data_home / "holidays" / f"{first.year}.json").exists()
    later = load_calendar().add_working_days(created, definition.service_days)
    assert later > first and not load_calendar().is_working_day(first)
    assert build_content(app, definition).estimate.value.startswith(format_date(later, "id"))

    again = runner_for(store, server).run_once()  # unchanged: 304, nothing written
    assert again.holidays_updated == [] and not again.problems


@pytest.mark.parametrize(
    "body",
    [
        {"years": [{"year": 2026, "days": [{"date": "2026-02-30", "kind": "national"}]}]},
        {"years": [{"year": 2026, "days": [{"date": "2027-01-04", "kind": "national"}]}]},
        {"years": [{"year": 2026, "days": []}, {"year": 2026, "days": []}]},
        {"years": "2026"},
    ],
    ids=["not-a-date", "outside-the-year", "year-twice", "not-a-list"],
)
def test_bad_holiday_data_is_refused_and_the_calendar_kept(
    fault_backend: ServerProcess, store: Store, data_home: Path, body: dict[str, Any]
) -> None:
    day = date(2026, 3, 2) + timedelta(days=0)
    before = load_calendar().is_working_day(day)
    fault_backend.set_faults(
        [{"method": "GET", "path": "/api/v1/holidays", "on": [1], "action": "respond", "body": body}]
    )
    report = SyncRunner(store, BackendClient(fault_backend.url, fault_backend.token(), timeout=(3, 10))).run_once()
    assert report.outcome == "ok" and report.holidays_updated == []
    assert any("Kalender libur dari server ditolak" in p for p in report.problems), report.problems
    assert not (data_home / "holidays").exists()
    assert load_calendar().is_working_day(day) == before


def test_a_receipt_keeps_the_form_version_its_application_was_made_with(
    store: Store, queue: Callable[..., list[Application]], data_home: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    (old,) = queue(1)
    newer = {**ktp_definition("2025.3"), "service_days": 14}
    path = data_home / "catalogue" / "remote.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"services": [newer]}), encoding="utf-8")  # as a sync pass keeps it
    assert load_catalogue().get("ktp-el").service_days == 14

    out = tmp_path / "receipt.pdf"
    done = cli("receipt", old.id, "--layout", "a4", "-o", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "(1 hari kerja)" in text and "14 hari kerja" not in text

"""Retention purge, subject export by NIK, consent records and the privacy notice."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mpp_assist.security import audit, consent, retention, subject
from mpp_assist.security.errors import SecurityError
from mpp_assist.store import DB_NAME, Store

NIK = "3174055107910004"


def _app(store: Store, nik: str = NIK, draft_id: str | None = None, **extra):
    return store.create_application(
        service_id="ktp-el",
        form_version="1",
        answers={"nik": nik, "nama": "Ratna Kumalasari", **extra},
        officer="demo",
        desk="D1",
        draft_id=draft_id,
    )


def _mark(
    store: Store, app_id: str, *, status: str, official: str | None, days_ago: int, outbox: str
) -> None:
    at = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(timespec="seconds")
    with store.transaction() as c:
        c.execute(
            "UPDATE applications SET status = ?, official_number = ?, updated_at = ? WHERE id = ?",
            (status, official, at, app_id),
        )
        c.execute(
            "UPDATE outbox SET state = ?, sent_at = ? WHERE application_id = ?",
            (outbox, at if outbox == "sent" else None, app_id),
        )


def test_purge_removes_only_confirmed_applications_past_retention(data_home: Path) -> None:
    with Store() as store:
        old_confirmed = _app(store)
        recent_confirmed = _app(store)
        old_unsent = _app(store)
        old_sent_unconfirmed = _app(store)
        old_confirmed_but_resending = _app(store)
        _mark(store, old_confirmed.id, status="sent", official="KTP-1", days_ago=31, outbox="sent")
        _mark(store, recent_confirmed.id, status="sent", official="KTP-2", days_ago=29, outbox="sent")
        _mark(store, old_unsent.id, status="waiting", official=None, days_ago=90, outbox="waiting")
        _mark(store, old_sent_unconfirmed.id, status="sent", official=None, days_ago=90, outbox="sent")
        _mark(
            store,
            old_confirmed_but_resending.id,
            status="sent",
            official="KTP-3",
            days_ago=90,
            outbox="waiting",
        )
        # A later back-office status change does not restart the clock: it runs from the confirmation.
        with store.transaction() as c:
            c.execute(
                "UPDATE applications SET server_status = 'verified', updated_at = ? WHERE id = ?",
                (datetime.now(UTC).isoformat(timespec="seconds"), old_confirmed.id),
            )
        assert retention.purge(store, "demo") == [old_confirmed.id]
        left = {a.id for a in store.list_applications()}
        assert old_confirmed.id not in left and len(left) == 4
        assert [e.action for e in audit.entries(store, old_confirmed.id)][-1] == "purge"
        assert audit.verify(store)[1] is None
        # The daily purge runs once per day only.
        assert retention.purge_if_due(store, "demo", days=1) == [recent_confirmed.id]
        _mark(
            store, old_confirmed_but_resending.id, status="sent", official="KTP-3", days_ago=90, outbox="sent"
        )
        assert retention.purge_if_due(store, "demo", days=1) == []
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        assert retention.purge_if_due(store, "demo", days=1, now=tomorrow) == [old_confirmed_but_resending.id]
    # Consent for a draft that was abandoned goes too, once past the retention period.
    with Store() as store:
        consent.record(
            store,
            draft_id="gone",
            given_by="applicant",
            method="signature",
            officer="demo",
            consenter_name="Pemohon Batal",
        )
        consent.record(
            store,
            draft_id="open",
            given_by="applicant",
            method="signature",
            officer="demo",
            consenter_name="Pemohon Lanjut",
        )
        store.save_draft(draft_id="open", service_id="ktp-el", answers={}, position="", officer="demo")
        retention.purge(store, "demo", days=30)
        assert len(consent.all_records(store)) == 2  # not old enough yet
        retention.purge(store, "demo", days=30, now=datetime.now(UTC) + timedelta(days=31))
        assert [c.draft_id for c in consent.all_records(store)] == ["open"]
    # Zeroed on disk, not merely unlinked (the id would still be readable in free pages).
    raw = (data_home / DB_NAME).read_bytes()
    assert old_confirmed.tracking_code.encode() not in raw


def test_subject_export_gives_everything_about_one_nik_and_is_audited(
    data_home: Path, tmp_path: Path
) -> None:
    with Store() as store:
        store.save_draft(
            draft_id="d1", service_id="kk", answers={"anggota": [{"nik": NIK}]}, position="", officer="demo"
        )
        consent.record(
            store,
            draft_id="d2",
            given_by="applicant",
            method="thumbprint",
            officer="demo",
            consenter_name="Ratna Kumalasari",
        )
        mine = _app(store, draft_id="d2")
        _app(store, nik="3174055107910099")
        _app(store, nik="1111111111111111", ibu={"nik": NIK})  # the person as someone's mother
        out = tmp_path / "out" / "ratna.json"
        data = subject.export(store, "3174 0551 0791 0004", out, "demo")
        exported = json.loads(out.read_text(encoding="utf-8"))
        assert exported == json.loads(json.dumps(data))
        assert len(exported["applications"]) == 2 and len(exported["drafts"]) == 1
        assert [c["application_id"] for c in exported["consents"]] == [mine.id]
        assert any(e["action"] == "create" for e in exported["audit"])
        assert [e.action for e in audit.entries(store, mine.id)][-1] == "export"
        with pytest.raises(SecurityError):
            subject.export(store, NIK, data_home / "inside.json", "demo")
        with pytest.raises(SecurityError, match="16 angka"):
            subject.export(store, "12345", tmp_path / "x.json", "demo")
    assert not (data_home / "inside.json").exists()


def test_consent_records_who_how_and_which_notice(data_home: Path) -> None:
    with Store() as store:
        c = consent.record(
            store,
            draft_id="d9",
            given_by="parent",
            method="spoken",
            officer="demo",
            consenter_name="Bapak Hartono",
            applicant_name="Ananda Putri",
        )
        assert c.notice_version == consent.current_version()
        app = _app(store, draft_id="d9")
        [linked] = consent.for_application(store, app.id)
        assert linked.subject == {"consenter": "Bapak Hartono", "applicant": "Ananda Putri"}
        assert (linked.given_by, linked.method, linked.officer) == ("parent", "spoken", "demo")
        with pytest.raises(SecurityError):
            consent.record(
                store,
                draft_id="d10",
                given_by="guardian",
                method="spoken",
                officer="demo",
                consenter_name="Wali",
            )  # whom the guardian speaks for is missing
        with pytest.raises(SecurityError):
            consent.record(
                store,
                draft_id="d10",
                given_by="neighbour",
                method="spoken",
                officer="demo",
                consenter_name="X",
            )
    raw = sqlite3.connect(data_home / DB_NAME).execute("SELECT subject FROM consents").fetchone()[0]
    assert raw.startswith("enc1:")


def test_the_privacy_notice_exists_in_indonesian_and_english() -> None:
    nid, nen = consent.notice(lang="id"), consent.notice(lang="en")
    assert nid.version == nen.version == consent.current_version()
    for words in ("Pasal 20", "Pasal 25", "Pasal 26", "30 hari", "Hak Anda"):
        assert words in nid.text
    assert "Article 25" in nen.text and "30 days" in nen.text

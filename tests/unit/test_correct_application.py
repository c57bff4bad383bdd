"""Correcting an application: checked as at submit, new scans sealed, queued again in one step."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_submit_attachments import ktp_answers, sealed_files, tiny_png

from mpp_assist.applications import InvalidAnswers, correct
from mpp_assist.forms import load_catalogue
from mpp_assist.forms.attachments import is_record
from mpp_assist.store import Store
from mpp_assist.sync import outbox

EXAMPLE = load_catalogue().get("ktp-el").example_answers()


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def rejected(store: Store, answers: dict) -> str:
    """An application the server refused (422), as the sync runner leaves it."""
    app = store.create_application(
        service_id="ktp-el", form_version="2025.1", answers=answers, officer="ana", desk="A"
    )
    outbox.mark_needs_correction(store, app.id, [{"field": "nik", "code": "nik_length", "message": "NIK salah"}])
    return app.id


def test_errors_change_nothing(store: Store, data_home: Path, tmp_path: Path) -> None:
    app_id = rejected(store, {**EXAMPLE, "nik": "12345"})
    source = tmp_path / "kk.png"
    source.write_bytes(tiny_png())
    definition = load_catalogue().get("ktp-el")

    with pytest.raises(InvalidAnswers) as raised:
        correct(store, definition, app_id, {**ktp_answers(str(source)), "nik": "123"})

    assert "nik" in [p.field for p in raised.value.problems]
    with Store() as other:  # read back through a second connection
        app = other.get_application(app_id)
        entry = outbox.entry(other, app_id)
    assert app.answers["nik"] == "12345" and app.status == "needs_correction"
    assert entry.state == "needs_correction" and entry.reasons[0]["field"] == "nik"
    assert outbox.pending_attachments(store, app_id) == []
    assert sealed_files(data_home) == []


def test_a_chosen_file_becomes_a_sealed_record_and_the_application_is_queued_again(
    store: Store, data_home: Path, tmp_path: Path
) -> None:
    app_id = rejected(store, {**EXAMPLE, "nik": "12345"})
    png = tiny_png()
    source = tmp_path / "KK baru.png"
    source.write_bytes(png)
    definition = load_catalogue().get("ktp-el")

    app = correct(store, definition, app_id, ktp_answers(str(source)))

    with Store() as other:
        stored = other.get_application(app_id)
        entry = outbox.entry(other, app_id)
    assert stored.answers["nik"] == EXAMPLE["nik"] and stored.status == "waiting" == app.status
    assert (entry.state, entry.reasons, entry.version, entry.replaces) == ("waiting", [], 1, None)
    record = stored.answers["pindaian_kk"]
    assert is_record(record) and record["sha256"] == hashlib.sha256(png).hexdigest()
    assert str(tmp_path) not in json.dumps(stored.answers)  # no host path stored or sent
    [pending] = outbox.pending_attachments(store, app_id)
    [sealed] = sealed_files(data_home)
    assert pending.path == sealed and png not in sealed.read_bytes()
    assert outbox.read_attachment(store, app_id, pending) == png


def test_after_an_official_number_the_correction_names_the_version_it_replaces(
    store: Store, data_home: Path
) -> None:
    app_id = rejected(store, dict(EXAMPLE))
    outbox.mark_sent(store, app_id, "MPP-1")
    outbox.mark_needs_correction(store, app_id, [{"field": "", "code": "stale", "message": "basi"}])

    correct(store, load_catalogue().get("ktp-el"), app_id, {**EXAMPLE, "nama_lengkap": "Siti Aminah"})

    entry = outbox.entry(store, app_id)
    assert (entry.state, entry.version, entry.replaces) == ("waiting", 2, 1)
    assert store.get_application(app_id).answers["nama_lengkap"] == "Siti Aminah"

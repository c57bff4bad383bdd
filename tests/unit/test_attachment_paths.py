"""Scans are found after the data home moves: kept relative to it, resolved against today's home.

The defect: an absolute path (or one relative to the working folder, with a relative
MPP_ASSIST_HOME) was stored, so a data home restored to another folder — or a desk started
from another folder — said *Berkas lampiran … tidak ada lagi* and the server never got the scan.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mpp_assist.store import DB_NAME, Store
from mpp_assist.sync import outbox

SCAN = b"\x89PNG pindaian KK"


def _application_with_scan(store: Store) -> str:
    app = store.create_application(
        service_id="ktp-el", form_version="1", answers={"nama": "Sari"}, officer="demo", desk="D1"
    )
    outbox.attach(store, app.id, "scan-1", "kk.png", SCAN)
    return app.id


def _stored(home: Path) -> str:
    with sqlite3.connect(home / DB_NAME) as raw:
        return raw.execute("SELECT path FROM outbox_attachments").fetchone()[0]


def test_a_scan_path_is_kept_relative_to_the_data_home(data_home: Path) -> None:
    with Store() as store:
        _application_with_scan(store)
    assert _stored(data_home).startswith("attachments/")


def test_a_data_home_restored_to_another_folder_still_uploads_its_scans(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store() as store:
        app_id = _application_with_scan(store)
    moved = tmp_path / "restored" / "home"
    shutil.move(str(data_home), moved)
    monkeypatch.setenv("MPP_ASSIST_HOME", str(moved))
    with Store() as store:
        (att,) = outbox.pending_attachments(store, app_id)
        assert outbox.read_attachment(store, app_id, att) == SCAN


def test_a_relative_data_home_finds_its_scans_from_where_the_desk_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MPP_ASSIST_HOME", "data")
    with Store() as store:
        app_id = _application_with_scan(store)
        (att,) = outbox.pending_attachments(store, app_id)
        assert outbox.read_attachment(store, app_id, att) == SCAN
    assert _stored(tmp_path / "data").startswith("attachments/")


def test_absolute_paths_an_older_version_kept_are_made_relative_and_found_after_a_move(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store() as store:
        app_id = _application_with_scan(store)
    with sqlite3.connect(data_home / DB_NAME) as raw:  # as the old version kept it
        raw.execute("UPDATE outbox_attachments SET path = ?", (str(data_home / _stored(data_home)),))
        raw.execute("DELETE FROM migrations WHERE name = 'store-7-relative-attachment-paths'")
    moved = tmp_path / "elsewhere"
    shutil.move(str(data_home), moved)
    monkeypatch.setenv("MPP_ASSIST_HOME", str(moved))
    with Store() as store:
        (att,) = outbox.pending_attachments(store, app_id)
        assert outbox.read_attachment(store, app_id, att) == SCAN
    assert _stored(moved).startswith("attachments/")

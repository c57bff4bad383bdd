"""The data home and the database are readable by this OS user only (0700 / 0600 on POSIX): tracking
codes open the status page, and receipt numbers and officer names are in the database."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mpp_assist.paths import data_home
from mpp_assist.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_data_home_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, usual_umask: None) -> None:
    monkeypatch.setenv("MPP_ASSIST_HOME", str(tmp_path / "fresh" / "home"))
    home = data_home()
    assert _mode(home) == 0o700


def test_a_new_database_and_its_journal_are_private(data_home: Path, usual_umask: None) -> None:
    with Store() as store:
        store.create_application(service_id="ktp-el", form_version="1", answers={"nama": "A"},
                                 officer="demo", desk="D1")
        assert _mode(data_home / "mpp-assist.sqlite3") == 0o600
        assert _mode(data_home / "mpp-assist.sqlite3-wal") == 0o600
    assert _mode(data_home) == 0o700


def test_a_database_left_readable_by_an_older_version_is_tightened(data_home: Path, usual_umask: None) -> None:
    with Store():
        pass
    db = data_home / "mpp-assist.sqlite3"
    db.chmod(0o644)
    data_home.chmod(0o755)
    with Store() as store:
        assert store.list_applications() == []
    assert _mode(db) == 0o600 and _mode(data_home) == 0o700

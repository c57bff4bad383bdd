"""One ``write_atomic``: a crash in the middle of a write leaves the old file, and no temporary file;
secrets and personal data are written private (0600 in a 0700 folder)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from mpp_assist import atomic, holidays
from mpp_assist.atomic import write_atomic
from mpp_assist.security import files
from mpp_assist.security.crypto import DataKeys, new_data_key
from mpp_assist.security.officers import Registry
from mpp_assist.settings import Settings
from mpp_assist.store import Store
from mpp_assist.sync import bundle

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class Crash(Exception):
    """What a full disk or a power cut looks like from inside the write."""


@pytest.fixture
def crashing_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(fd: int) -> None:
        raise Crash

    monkeypatch.setattr(atomic.os, "fsync", crash)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_crash_leaves_the_old_file_and_no_temporary_one(tmp_path: Path, crashing_fsync: None) -> None:
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Crash):
        write_atomic(target, b"new and longer")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_crash_while_saving_settings_keeps_the_old_ones(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    settings.set("desk", "LOKET-01")
    machine = settings.folder / "machine.json"
    before = machine.read_bytes()
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        settings.set("desk", "LOKET-02")
    assert machine.read_bytes() == before
    assert _leftovers(settings.folder) == []  # the old copy in settings.py left its temporary file behind


def test_a_crash_while_saving_a_holiday_year_keeps_the_old_one(data_home: Path, crashing_fsync: None) -> None:
    folder = data_home / "holidays"
    folder.mkdir()
    (folder / "2031.json").write_text("old", encoding="utf-8")
    year = json.loads((RESOURCES / "data" / "holidays" / "2026.json").read_text(encoding="utf-8"))
    year["year"] = 2031
    year["days"] = [dict(d, date="2031" + d["date"][4:]) for d in year["days"]]  # 2026 has no 29 February
    with pytest.raises(Crash):
        holidays.save_year(year, data_home)
    assert (folder / "2031.json").read_text(encoding="utf-8") == "old"
    assert _leftovers(folder) == []


@posix_only
def test_private_files_are_0600_in_folders_made_0700(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    old = os.umask(0o022)
    try:
        target = write_atomic(shared / "new" / "deeper" / "secret.json", b"{}", private=True)
        plain = write_atomic(shared / "plain.pdf", b"%PDF", mode=0o644)
    finally:
        os.umask(old)
    assert _mode(target) == 0o600
    assert _mode(shared / "new") == 0o700 and _mode(shared / "new" / "deeper") == 0o700
    assert _mode(shared) == 0o755  # a folder that existed is the owner's choice
    assert _mode(plain) == 0o644


@posix_only
def test_sealed_scans_are_private(data_home: Path) -> None:
    path = files.save(DataKeys(new_data_key()), "6f1c1d7e-0000-4000-8000-000000000001", "kk.pdf", b"%PDF-1.4")
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700 and _mode(files.attachments_root()) == 0o700


@posix_only
def test_a_bundle_is_private(data_home: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with Store() as store:
            store.create_application(service_id="ktp-el", form_version="1", answers={"nama": "A"},
                                     officer="demo", desk="D1")
            assert bundle.export_outbox(store, tmp_path / "usb" / "out.mppbundle", "kata sandi bundel panjang") == 1
    finally:
        os.umask(old)
    assert _mode(tmp_path / "usb" / "out.mppbundle") == 0o600  # was 0644: written with write_bytes
    assert _leftovers(tmp_path / "usb") == []


@posix_only
def test_the_officer_registry_is_private(data_home: Path) -> None:
    registry = Registry(data_home, "home-id", {})
    registry.save()
    path = data_home / "security" / "officers.json"
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700

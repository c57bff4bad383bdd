"""Hostile attachment names never become paths; oversized attachments are refused; files are sealed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpp_assist.security import files
from mpp_assist.security.crypto import DataKeys, new_data_key
from mpp_assist.security.errors import SecurityError

KEYS = DataKeys(new_data_key())


@pytest.mark.parametrize(
    "name,expected",
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\system32\\drivers\\etc\\hosts", "hosts"),
        ("/absolute/KK scan.pdf", "KK scan.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("nul", "_nul"),
        ("..", "lampiran"),
        ("foto\x00.jpg\u202egpj.exe", "foto.jpggpj.exe"),
        ("a:b?.png", "a_b_.png"),
    ],
)
def test_safe_names(name: str, expected: str) -> None:
    assert files.safe_name(name) == expected


@given(st.text(max_size=300))
def test_any_name_stays_a_single_harmless_component(name: str) -> None:
    safe = files.safe_name(name)
    assert safe and len(safe) <= files.MAX_NAME
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in {".", ".."} and not safe.startswith(".")
    root = Path("/srv/attachments")
    assert (root / safe).resolve().parent == root


def test_an_oversized_attachment_is_refused_with_its_size(data_home: Path) -> None:
    with pytest.raises(files.AttachmentTooLarge, match="terlalu besar"):
        files.save(KEYS, "app-1", "scan.pdf", b"x" * (files.MAX_ATTACHMENT_BYTES + 1))
    assert not (data_home / "attachments" / "app-1").exists() or not any(
        (data_home / "attachments" / "app-1").iterdir()
    )


def test_attachments_are_sealed_and_only_read_from_their_own_folder(data_home: Path) -> None:
    secret = b"%PDF-1.7 KARTU KELUARGA 3201010101010001"
    path = files.save(KEYS, "app-1", "../../kk.pdf", secret)
    assert path.parent == data_home / "attachments" / "app-1"
    assert secret not in path.read_bytes() and b"3201010101010001" not in path.read_bytes()
    assert files.load(KEYS, "app-1", path) == secret
    with pytest.raises(SecurityError):
        files.load(KEYS, "app-2", path)  # another application's folder
    with pytest.raises(SecurityError):
        files.load(KEYS, "app-1", data_home / "attachments" / "app-1" / ".." / ".." / "settings.json")
    with pytest.raises(SecurityError):
        files.save(KEYS, "../escape", "a.pdf", b"x")

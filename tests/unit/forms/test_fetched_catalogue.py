"""The catalogue the desk fetched from the backend, merged with the shipped one by version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mpp_assist.forms.catalogue import (
    MAX_FETCHED_BYTES,
    build_catalogue,
    fetched_path,
    invalidate,
    is_newer,
    load_catalogue,
    version_key,
)


@pytest.mark.parametrize(
    ("candidate", "current", "newer"),
    [
        ("2025.2", "2025.1", True),
        ("2025.10", "2025.9", True),  # whole numbers, not text
        ("2026", "2025.9", True),
        ("2025.1", "2025.1", False),
        ("2025.1.0", "2025.1", False),  # trailing zeros do not count
        ("2025.0.1", "2025", True),
        ("2024.9", "2025.1", False),
        ("rusak", "2025.1", False),
    ],
)
def test_version_comparison(candidate: str, current: str, newer: bool) -> None:
    assert is_newer(candidate, current) is newer
    assert version_key("2025.1.0") == version_key("2025.1")


def ktp(version: str, **changes: Any) -> dict[str, Any]:
    data = load_catalogue().get("ktp-el").to_json()
    return {**data, "version": version, **changes}


def write_fetched(services: Any, home: Path) -> Path:
    path = fetched_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"services": services}), encoding="utf-8")
    return path


def test_a_newer_fetched_definition_replaces_the_shipped_one(data_home: Path) -> None:
    shipped = load_catalogue().get("ktp-el")
    write_fetched([ktp("2025.2", fee=5000)], data_home)
    catalogue = load_catalogue()  # noticed without a restart: the file changed
    assert (catalogue.get("ktp-el").version, catalogue.get("ktp-el").fee) == ("2025.2", 5000)
    assert catalogue.versions("ktp-el") == [shipped.version, "2025.2"]
    assert catalogue.version("ktp-el", shipped.version).fee == shipped.fee  # older stays known
    assert [d.id for d in catalogue.services()][:1] == ["ktp-el"]  # desk order unchanged
    assert catalogue.broken == {}


def test_older_equal_and_broken_fetched_definitions_are_left_out(data_home: Path) -> None:
    shipped = load_catalogue().get("ktp-el")
    broken = ktp("2099.1")
    broken["sections"][0]["fields"][0]["relevant"] = "tgl_lahir_tidak_ada > 3"
    write_fetched(
        [ktp("2024.1", fee=1), ktp(shipped.version, fee=2), broken, {"id": "nib"}, "bukan definisi"],
        data_home,
    )
    catalogue = load_catalogue()
    assert catalogue.get("ktp-el").version == shipped.version
    assert catalogue.get("ktp-el").fee == shipped.fee  # an equal version never replaces the shipped one
    assert (
        catalogue.get("nib").version
        == load_catalogue(home=Path("/nonexistent-home-for-test")).get("nib").version
    )
    assert sorted(catalogue.broken) == [
        "remote.json: services[2] (ktp-el)",
        "remote.json: services[3] (nib)",
        "remote.json: services[4]",
    ]
    problems = [str(p) for p in catalogue.broken["remote.json: services[2] (ktp-el)"].problems]
    assert any("tgl_lahir_tidak_ada" in p for p in problems), problems
    assert len(catalogue) == len(build_catalogue())  # every service still there


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "bukan JSON"),
        (b"[" * 200_000 + b"]" * 200_000, "bersarang terlalu dalam"),
        (b'{"services": ' + b"[" * 200_000 + b"]" * 200_000 + b"}", "bersarang terlalu dalam"),
        (b'{"services": "semua"}', "bukan JSON"),
        (b" " * (MAX_FETCHED_BYTES + 1), "terlalu besar"),
    ],
    ids=["not-json", "nested", "nested-services", "not-a-list", "huge"],
)
def test_a_hostile_fetched_file_is_refused_and_the_shipped_catalogue_stays(
    data_home: Path, content: bytes, message: str
) -> None:
    path = fetched_path(data_home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    invalidate()
    catalogue = load_catalogue()
    assert len(catalogue) == len(build_catalogue())
    assert catalogue.get("ktp-el").version == build_catalogue().get("ktp-el").version
    assert list(catalogue.broken) == ["remote.json"]
    assert message in str(catalogue.broken["remote.json"])


def test_the_desk_windows_live_catalogue_follows_a_sync(data_home: Path) -> None:
    from mpp_assist.forms.catalogue import LiveCatalogue

    live = LiveCatalogue()  # what the open window holds
    assert live.get("ktp-el").version == build_catalogue().get("ktp-el").version
    write_fetched([ktp("2025.7")], data_home)
    assert live.get("ktp-el").version == "2025.7"
    assert "ktp-el" in live and len(live) == len(build_catalogue())

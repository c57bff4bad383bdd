"""The server's own configuration (``server.config``): names per MPP, its zone, its public address."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mpp_assist.server import config
from mpp_assist.server.config import ServerConfigError, SiteConfig, load


def write(path: Path, data: object) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_file_then_environment(tmp_path: Path) -> None:
    where = write(tmp_path / "server.json", {
        "zone": "WIT", "public_url": "https://lacak.mpp.example.go.id/",
        "mpp_names": {"default": "MPP Kota Jayapura", "mpp-sentani": "MPP Sentani"},
    })
    site = load({config.ENV_FILE: where})
    assert site.zone == "Asia/Jayapura" and site.abbreviation == "WIT"
    assert site.public_url == "https://lacak.mpp.example.go.id"
    assert site.mpp_name("default") == site.mpp_name(None) == "MPP Kota Jayapura"
    assert site.mpp_name("mpp-sentani") == "MPP Sentani"
    assert site.mpp_name("mpp-lain") == "Mal Pelayanan Publik"  # never another MPP's name
    env = {config.ENV_FILE: where, config.ENV_ZONE: "Asia/Makassar", config.ENV_NAME: "MPP Baru",
           config.ENV_PUBLIC_URL: "https://status.example.go.id"}
    site = load(env)
    assert (site.zone, site.mpp_name("default"), site.mpp_name("mpp-sentani"), site.public_url) == (
        "Asia/Makassar", "MPP Baru", "MPP Sentani", "https://status.example.go.id"
    )


def test_nothing_configured_is_the_hosts_indonesian_zone_and_no_address() -> None:
    site = load({})
    assert site.zone in ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura") and site.public_url == ""


@pytest.mark.parametrize(("data", "words"), [
    ({"zone": "CET"}, "Zona waktu server tidak dikenal"),
    ({"zona": "WIB"}, "Kunci tidak dikenal"),
    ({"public_url": "lacak.example"}, "https://"),
    ({"mpp_names": {"default": ""}}, "mpp_names"),
    ({"mpp_names": ["MPP"]}, "mpp_names"),
    ([1, 2], "objek JSON"),
])
def test_a_bad_file_is_refused_naming_what_to_change(tmp_path: Path, data: object, words: str) -> None:
    with pytest.raises(ServerConfigError, match=words):
        load({config.ENV_FILE: write(tmp_path / "server.json", data)})


def test_a_missing_or_broken_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ServerConfigError, match="tidak bisa dibaca"):
        load({config.ENV_FILE: str(tmp_path / "tidak-ada.json")})
    (tmp_path / "rusak.json").write_text('{"zone": NaN}', encoding="utf-8")
    with pytest.raises(ServerConfigError, match=r"rusak\.json"):
        load({config.ENV_FILE: str(tmp_path / "rusak.json")})


def test_a_moment_is_dated_in_the_servers_zone_not_the_hosts() -> None:
    late = datetime(2026, 3, 17, 16, 30, tzinfo=UTC)  # 23.30 WIB, 00.30 WITA, 01.30 WIT
    assert SiteConfig(zone="Asia/Jakarta").day_of(late) == date(2026, 3, 17)
    assert SiteConfig(zone="Asia/Makassar").day_of(late) == date(2026, 3, 18)
    assert SiteConfig(zone="Asia/Jayapura").day_of(late.timestamp()) == date(2026, 3, 18)
    assert SiteConfig(zone="Asia/Jayapura").day_of("2026-03-17T16:30:00") == date(2026, 3, 18)  # naive: UTC
    assert SiteConfig().day_of("bukan waktu") is None and SiteConfig().day_of(None) is None


def test_the_server_command_refuses_a_bad_configuration_before_serving(tmp_path: Path) -> None:
    where = write(tmp_path / "server.json", {"zone": "PST"})
    env = {"MPP_ASSIST_HOME": str(tmp_path / "home"), config.ENV_FILE: where, "PATH": "/usr/bin:/bin"}
    env["PYTHONPATH"] = os.environ.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "mpp_assist", "server", "--port", "0"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Zona waktu server tidak dikenal" in done.stderr
    assert "Traceback" not in done.stderr


def test_version_tells_desks_the_public_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import requests

    from backend_support import ServerProcess

    monkeypatch.setenv(config.ENV_PUBLIC_URL, "https://lacak.mpp.example.go.id/")
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path).start()
    try:
        shown = requests.get(server.url + "/api/v1/version", timeout=10).json()
    finally:
        server.kill()
    assert shown["public_url"] == "https://lacak.mpp.example.go.id"  # what a desk puts before /lacak/<code>

"""The local demo backend launcher, the offline-limit banner, backoff and Retry-After."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from backend_support import wait_for
from mpp_assist import i18n
from mpp_assist.settings import Settings
from mpp_assist.store import Application, Store
from mpp_assist.sync import backoff, local_backend, runner
from mpp_assist.sync.client import BackendClient, Misconfigured, retry_after_seconds
from mpp_assist.sync.limits import offline_banner


@pytest.mark.slow
def test_local_backend_starts_once_and_syncs_the_demo_desk(
    data_home: Path, store: Store, queue: Callable[..., list[Application]]
) -> None:
    assert local_backend.wanted("") and not local_backend.wanted("https://mpp.example.go.id")
    url = local_backend.start_for_demo(data_home)  # what the window does for a demo desk
    try:
        assert url and url.startswith("http://127.0.0.1:")
        assert local_backend.wanted(url)
        assert local_backend.ensure_running(data_home) == url  # already running: the same one
        assert (data_home / "server" / "server.sqlite3").exists()
        queue(2, desk="DEMO-01")
        settings = Settings()
        settings.set("backend_url", url)
        report = runner.for_desk(store, settings).run_once()  # officer "demo", token from the keyring
        assert (report.sent, report.exit_code) == (2, 0)
        login = local_backend.sign_in_demo(store, url)
        assert (login.username, login.desk) == ("demo", "DEMO-01")
    finally:
        local_backend.stop(data_home)
    wait_for(lambda: local_backend.running_url(data_home) is None, what="the local server to stop")


def test_offline_banner_thresholds(store: Store, queue: Callable[..., list[Application]]) -> None:
    settings = Settings()
    assert offline_banner(store, settings) is None
    queue(3)
    settings.set("offline_limit_count", 5)
    assert offline_banner(store, settings) is None
    settings.set("offline_limit_count", 2)
    banner = offline_banner(store, settings)
    assert banner and "3 permohonan belum terkirim" in banner
    settings.set("offline_limit_count", 50)
    settings.set("offline_limit_days", 2)
    assert offline_banner(store, settings, now=datetime.now(UTC) + timedelta(days=1)) is None
    later = offline_banner(store, settings, now=datetime.now(UTC) + timedelta(days=4))
    assert later and "sejak 4 hari" in later
    i18n.set_language("en")
    assert "unsent for 4 days" in offline_banner(store, settings, now=datetime.now(UTC) + timedelta(days=4))


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    rng = random.Random(1)
    waits = [backoff.delay(n, base=1, cap=60, rng=rng) for n in range(8)]
    assert all(0 <= w <= min(60, 2**n) for n, w in enumerate(waits))
    assert len(set(waits)) == len(waits)  # jittered, not lock-step
    assert all(7 <= backoff.delay(0, 7, base=0.5, rng=rng) <= 7.5 for _ in range(20))
    assert backoff.delay(3, 10_000, cap=60, rng=rng) <= 60.5


def test_retry_after_header_forms() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_tls_verification_cannot_be_switched_off() -> None:
    client = BackendClient("https://backend.example", ca_bundle=None)
    assert client.session.verify is True
    client = BackendClient("https://backend.example", ca_bundle="/etc/ssl/certs/ca-certificates.crt")
    assert client.session.verify == "/etc/ssl/certs/ca-certificates.crt"
    assert client.timeout[0] > 0 and client.timeout[1] > 0
    with pytest.raises(Misconfigured):
        BackendClient("ftp://backend.example")

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


def _self_signed(folder: Path) -> tuple[Path, Path]:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(san, False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_file, key_file


def test_tls_is_verified_against_the_configured_ca(tmp_path: Path) -> None:
    import subprocess
    import sys

    from backend_support import free_port

    cert, key = _self_signed(tmp_path)
    port = free_port()
    script = (
        "import sys, uvicorn\n"
        "from mpp_assist.server.app import ServerConfig, create_app\n"
        "app = create_app(ServerConfig(db_url=sys.argv[1]))\n"
        "uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[2]), ssl_certfile=sys.argv[3],"
        " ssl_keyfile=sys.argv[4], log_level='warning')\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, f"sqlite:///{tmp_path / 's.db'}", str(port), str(cert), str(key)],
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"https://127.0.0.1:{port}"
        trusted = BackendClient(url, ca_bundle=str(cert), timeout=(2, 5))
        assert wait_for(lambda: _answers(trusted), what="the TLS server") == "ok"
        untrusted = BackendClient(url, timeout=(2, 5))  # system CAs only: the self-signed cert is refused
        with pytest.raises(Misconfigured) as refused:
            untrusted.health()
        assert "TLS" in refused.value.message
    finally:
        proc.kill()
        proc.wait()


def _answers(client: BackendClient) -> str | None:
    from mpp_assist.sync.client import Unreachable

    try:
        return client.health()["status"]
    except Unreachable:
        return None


def test_the_offline_banner_names_no_command(data_home: Path) -> None:
    # The officer reads it in the window, where there is no command line.
    settings = Settings()
    settings.set("offline_limit_count", 1)
    with Store() as store:
        for nik in ("1", "2"):
            store.create_application(service_id="ktp-el", form_version="1", answers={"nik": nik}, officer="a",
                                     desk="D")
        banner = offline_banner(store, settings)
    assert banner and "mpp-assist" not in banner and "bundel" in banner

"""Test setup shared by every test: offscreen Qt and a temporary data home.

Configured here, not by the caller's shell, so ``pytest`` alone is enough.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# Never touch the developer's real data home, even at import time.
os.environ["MPP_ASSIST_HOME"] = tempfile.mkdtemp(prefix="mpp-test-home-")

from mpp_assist import clock, i18n
from secret_service import secret_service_session  # tests/ is on sys.path


@pytest.fixture(scope="session", autouse=True)
def os_keyring() -> Iterator[None]:
    """A real Secret Service keyring (private D-Bus + gnome-keyring) for the whole run."""
    with secret_service_session():
        yield


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty data home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MPP_ASSIST_HOME", str(home))
    yield home
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    clock.use_zone(None)  # a test that chose a desk's zone leaves the next one the default


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_unexpected_logged_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails when the app logs an error it did not expect (mark it ``logs_errors`` when it does)."""
    errors = _Errors()
    logger = logging.getLogger("mpp_assist")
    logger.addHandler(errors)
    yield
    logger.removeHandler(errors)
    if errors.records and request.node.get_closest_marker("logs_errors") is None:
        lines = "; ".join(f"{r.name}: {r.getMessage()}" for r in errors.records[:5])
        pytest.fail(f"the app logged {len(errors.records)} unexpected error(s): {lines}")

"""dev.py says plainly what a bare machine lacks instead of letting Qt fail with its raw message."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _dev():
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_run_without_a_display_says_so_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    message = _dev().check_system("run")
    assert message is not None and "Tidak ada layar" in message and "No display" in message
    assert _dev().check_system("test") is None  # tests run offscreen: no display needed


def test_missing_qt_libraries_are_named_with_their_package(monkeypatch: pytest.MonkeyPatch) -> None:
    dev = _dev()
    monkeypatch.setattr(dev, "missing_qt_libraries", lambda: ["libEGL.so.1", "libxkbcommon.so.0"])
    message = dev.check_system("test")
    assert message is not None
    assert "libEGL.so.1" in message and "apt-get install libegl1 libxkbcommon0" in message


def test_this_machine_has_what_qt_needs() -> None:
    # The suite itself runs here, so nothing may be reported missing (the probe must not cry wolf).
    assert _dev().missing_qt_libraries() == []
    assert subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=False).returncode == 0

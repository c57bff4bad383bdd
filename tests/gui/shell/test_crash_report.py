"""An error nothing caught: the officer is told plainly, in Indonesian, that the answers are safe."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from mpp_assist.ui.shell.crash_report import CrashReport

pytestmark = pytest.mark.gui


def test_a_crash_in_a_worker_thread_is_reported_on_the_ui_thread_once(qtbot: Any, desk: Any, tmp_path: Path) -> None:
    _ctx, window = desk
    report = CrashReport(window)
    log = tmp_path / "logs" / "mpp-assist.log"
    worker = threading.Thread(target=lambda: (report.report(log), report.report(log)))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: report.box is not None and report.box.isVisible())
    box = report.box
    assert box.windowTitle() == "Terjadi kesalahan"
    assert "aman" in box.informativeText() and str(log) in box.informativeText()
    assert box.buttons()[0].text() == "OK"
    assert len([w for w in window.findChildren(type(box)) if w.isVisible()]) == 1  # not one per report
    box.accept()

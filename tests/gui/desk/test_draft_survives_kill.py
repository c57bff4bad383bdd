"""SIGKILL the desk while the officer types: the reopened draft holds every acknowledged keystroke."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from typing import Any

import pytest

from ..desk_driver import click, page

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

# The officer's typing, key by key, in a real window in another process. After each keystroke
# returns (the draft is written before it does), the child says what the field holds now.
CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from mpp_assist.app import build_context, create_window
app = QApplication([])
ctx = build_context(synchronous_tasks=True)
window = create_window(ctx, consent=False)
window.show()
window.start_service("ktp-el")
flow = window.flow
flow.set_answer("jenis_permohonan", "hilang")
flow.go("section:pemohon")
rows = flow.page.rows
for field, text in [("nik", "3273015708900001"), ("nama_lengkap", "Siti Nurhaliza binti Ahmad"),
                    ("tempat_lahir", "Bandung")] * 50:
    edit = rows[field].editor.edit
    edit.clear()
    for ch in text:
        QTest.keyClick(edit, ch)
        print("ack", field, edit.text(), flush=True)
print("done", flush=True)
app.exec()
"""


def test_draft_survives_sigkill_mid_typing(qtbot: Any, open_desk: Any) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ), start_new_session=True)
    acked: dict[str, str] = {}
    try:
        assert child.stdout is not None
        for line in child.stdout:
            parts = line.rstrip("\n").split(" ", 2)
            if parts[0] == "ack":
                acked[parts[1]] = parts[2] if len(parts) > 2 else ""
            # Mid-word in the second field, with the first one complete.
            if len(acked.get("nama_lengkap", "")) == 7:
                break
        else:
            pytest.fail(f"the child stopped early (exit {child.wait()})")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    assert acked["nik"] == "3273015708900001" and acked["nama_lengkap"] == "Siti Nu"

    _ctx, window = open_desk()
    assert window.services.resume_box.isVisible(), "the killed desk's draft is offered"
    click(qtbot, window.services.resume_button)
    resumed = page(window)
    assert resumed.section.id == "pemohon"
    assert resumed.rows["nik"].editor.edit.text() == acked["nik"]
    # Every acknowledged keystroke is there (one more may have landed before the kill).
    assert resumed.rows["nama_lengkap"].editor.edit.text().startswith(acked["nama_lengkap"])
    assert window.flow.session.raw("jenis_permohonan") == "hilang"

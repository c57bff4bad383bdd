"""App start to first painted window, and peak memory, against a bare PySide6 window.

Each measurement is a fresh subprocess (cold interpreter, same machine, same run),
alternating app and floor so drift hits both alike. Time is from spawning the
process to the first paint event of its main window; memory is the process's
peak resident set at that moment.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = 5

BARE = r"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer, QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
import resource

class F(QObject):
    done = False
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def peak_kib():
    # VmHWM starts afresh at exec; ru_maxrss keeps the size of the (large) process that forked us.
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def report():
    print(f"painted {time.monotonic():.6f} {peak_kib()}", flush=True)
    QCoreApplication.quit()

app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QLabel("MPP Assist"))
w.resize(1000, 720)
f = F(w)
w.installEventFilter(f)
w.show()
app.exec()
"""

APP = "from mpp_assist.app import run_gui; raise SystemExit(run_gui())"


def _measure(code: str, home: str) -> tuple[float, int]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        MPP_ASSIST_HOME=home,
        MPP_ASSIST_EXIT_AFTER_PAINT="1",
    )
    # An installed desk runs from compiled bytecode (the installer ships it; pip writes it): a shell
    # with PYTHONDONTWRITEBYTECODE set would have every start compile every module again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    for line in proc.stdout.splitlines():
        if line.startswith("painted "):
            _, at, peak = line.split()
            return float(at) - start, int(peak)
    raise RuntimeError(f"no paint reported (exit {proc.returncode}): {proc.stderr[-2000:]}")


def run() -> list[dict]:
    app_t, bare_t, app_m, bare_m = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="mpp-bench-") as home:
        _measure(APP, home)  # first run creates the database and the bytecode caches; not timed
        for _ in range(ROUNDS):
            t, m = _measure(BARE, home)
            bare_t.append(t)
            bare_m.append(m)
            t, m = _measure(APP, home)
            app_t.append(t)
            app_m.append(m)
    t_app, t_bare = statistics.median(app_t), statistics.median(bare_t)
    m_app, m_bare = statistics.median(app_m), statistics.median(bare_m)
    return [
        {
            "name": "start-up to first paint",
            "value": f"{t_app * 1000:.0f} ms",
            "floor": f"{t_bare * 1000:.0f} ms (bare window)",
            "ratio": t_app / t_bare,
            "goal": 1.5,
        },
        {
            "name": "peak memory at first paint",
            "value": f"{m_app / 1024:.0f} MiB",
            "floor": f"{m_bare / 1024:.0f} MiB (bare window)",
            "ratio": m_app / m_bare,
            "goal": 1.5,
        },
    ]

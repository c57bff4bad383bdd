"""The QApplication itself: names, a fatal-error box, and the first-paint hook benchmarks use."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def make_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("MPP Assist")
    QCoreApplication.setApplicationName("MPP Assist")
    app = QApplication(argv)
    app.setApplicationDisplayName("MPP Assist")
    return app


def show_fatal(message: str) -> int:
    """A problem that stops the app before its window: say it plainly, exit non-zero."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "MPP Assist",
        QCoreApplication.translate("Application", "MPP Assist tidak bisa dibuka: {error}").format(
            error=message
        ),
    )
    if os.environ.get("MPP_ASSIST_EXIT_AFTER_PAINT"):  # unattended (smoke test, benchmark): nobody clicks OK
        print(box.text(), file=sys.stderr, flush=True)
        return 1
    box.exec()
    return 1


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # After this paint completes: report and quit.
            QTimer.singleShot(0, report_and_quit)
        return False


def peak_memory_kib() -> int:
    """This process's own peak resident memory. Linux's VmHWM starts afresh at exec; ``ru_maxrss`` does
    not (a child forked from a large parent reports the parent's size), so it is only the fallback."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource  # Unix only

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:
        return 0


def report_and_quit() -> None:
    print(f"painted {time.monotonic():.6f} {peak_memory_kib()}", flush=True)
    QCoreApplication.quit()


def quit_after_first_paint(window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(window))

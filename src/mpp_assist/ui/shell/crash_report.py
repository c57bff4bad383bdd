"""What the officer sees when something nothing caught went wrong: a plain dialog, and the desk goes on.

``mpp_assist.logs.install_crash_handlers`` records the error (redacted) and calls ``CrashReport.report``,
from whichever thread failed; the dialog is shown on the UI thread, one at a time. It says what
happened, that the answers already typed are safe (every answer is in the durable draft), and where
the log is, for the admin. Qt's own warnings go to the same log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QMessageBox, QWidget

_qt_log = logging.getLogger("mpp_assist.qt")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    _qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)


def log_qt_messages() -> None:
    """Qt's warnings into the desk's log (they went to a console nobody reads on a desk)."""
    qInstallMessageHandler(_qt_message)


class CrashReport(QObject):
    _crashed = Signal(str)  # queued to the UI thread whichever thread emits it

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self._crashed.connect(self._show)

    def report(self, log: Path) -> None:
        self._crashed.emit(str(log))

    def _show(self, log: str) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one report at a time: a failing timer must not pile up dialogs
        box = QMessageBox(self.window)
        box.setObjectName("crashReport")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Terjadi kesalahan"))
        box.setText(self.tr("Terjadi kesalahan yang tidak terduga. Pekerjaan bisa dilanjutkan."))
        box.setInformativeText(
            self.tr(
                "Isian yang sudah diketik aman: setiap jawaban tersimpan sebagai draf, dan permohonan yang "
                "sudah dikirim tersimpan di komputer ini. Bila ini terulang, berikan berkas catatan ini "
                "kepada admin: {log}"
            ).format(log=log)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(box.windowTitle())
        box.setAccessibleDescription(box.text() + " " + box.informativeText())
        self.box = box
        box.open()

"""*Baca dokumen*: a photo of a KTP-el or KK chosen, read off the UI thread, confirmed, handed to a form.

The OCR takes seconds on a desk PC, so it runs through the task manager; the officer is told it
is reading, and a bad photo gets the reader's own message (``DocumentError``) without losing
anything already typed. After the confirmation dialog, ``on_confirmed(kind, profile, members)``
receives what the officer accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from mpp_assist.documents import DocumentError, Reading
from mpp_assist.ui.documents.confirm_reading import ConfirmReadingDialog
from mpp_assist.ui.documents.drop import file_filter, tell_problem
from mpp_assist.ui.shell.taskman import Future, TaskManager

Confirmed = Callable[[str, dict[str, Any], list[dict[str, Any]]], None]


def read(path: str | Path, kind: str = "auto") -> Reading:
    from mpp_assist.documents import read_file  # the OCR engine loads on first use, not at start

    return read_file(path, kind)


class DocumentReader(QObject):
    def __init__(self, parent: QWidget, tasks: TaskManager, on_confirmed: Confirmed,
                 announce: Callable[[str], None] | None = None,
                 speak: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget, self.tasks, self.on_confirmed = parent, tasks, on_confirmed
        self.announce = announce or (lambda _text: None)
        self.speak = speak  # the desk's speech: the confirmation page reads itself aloud with it
        self.dialog: ConfirmReadingDialog | None = None
        self.reading_now = False

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Pilih foto KTP-el atau Kartu Keluarga"), "",
            file_filter(),
            options=QFileDialog.Option.DontUseNativeDialog,  # in the desk's language, on every OS
        )
        if path:
            self.read(path)

    def read(self, path: str | Path, kind: str = "auto") -> Future | None:
        if self.reading_now:
            return None
        self.reading_now = True
        self.announce(self.tr("Membaca dokumen… (beberapa detik)"))
        return self.tasks.run_in_background(lambda: read(path, kind), self._read_done)

    def _read_done(self, future: Future) -> None:
        self.reading_now = False
        try:
            reading = future.result()
        except DocumentError as exc:
            self._problem(exc.message)
            return
        except (OSError, ValueError) as exc:
            self._problem(self.tr("Foto tidak bisa dibaca: {error}").format(error=exc))
            return
        self.announce(self.tr("Dokumen terbaca. Periksa setiap isian."))
        dialog = ConfirmReadingDialog(reading, self.parent_widget, self.speak)
        dialog.accepted.connect(lambda: self.on_confirmed(reading.kind, dialog.profile(), dialog.members()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _problem(self, message: str) -> None:
        tell_problem(self.parent_widget, message, self.announce)

"""A photo or PDF of a KTP-el or KK dropped onto the desk window: read as if opened with *Baca KTP-el / KK*.

``DocumentDrops`` watches the window's own native window (``windowHandle()``), where a drag
arrives before Qt hands it to the widget under the cursor: a file dropped over a form's text
field is read, not pasted into it as its path. Only drags that carry files are taken; a
dragged piece of text still goes where it is dropped. The file is only named here: what it
holds is checked by the reader (its bytes, not its name), and nothing reaches the form before
the officer accepts the confirmation page. Anything else is refused in plain words.

Light on purpose (Qt only): the window builds this at start-up; the OCR loads on the first read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

# What the reader opens: photos (a phone, a webcam), scans (a scanner's JPEG, PNG or TIFF), a PDF page.
DOCUMENT_SUFFIXES = (".jpg", ".jpeg", ".png", ".pdf", ".webp", ".bmp", ".tif", ".tiff")
DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def file_filter() -> str:
    """The open dialog's filter: the same kinds a drop takes."""
    patterns = " ".join(f"*{s}" for s in DOCUMENT_SUFFIXES)
    return QApplication.translate("DocumentDrops", "Foto atau PDF ({patterns})").format(patterns=patterns)


def tell_problem(parent: QWidget, message: str, announce: Callable[[str], None],
                 title: str | None = None) -> None:
    """A document that cannot be read: said to assistive technology and shown, never a nested event loop."""
    announce(message)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QApplication.translate("DocumentDrops", "Dokumen tidak terbaca"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("documentProblem")
    box.button(QMessageBox.StandardButton.Ok).setText(QApplication.translate("DocumentDrops", "Tutup"))
    box.finished.connect(box.deleteLater)
    box.open()


def refusal(paths: list[Path | None]) -> str | None:
    """Why these dropped files are not read (None: one document file, to be read)."""
    if len(paths) != 1:
        return QApplication.translate(
            "DocumentDrops", "Letakkan satu berkas saja: satu foto atau PDF KTP-el atau Kartu Keluarga.")
    [path] = paths
    if path is None:
        return QApplication.translate(
            "DocumentDrops", "Berkas ini tidak ada di komputer ini. Simpan dulu ke komputer, lalu letakkan di sini.")
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return QApplication.translate(
            "DocumentDrops",
            "{name} bukan foto atau PDF. Letakkan foto KTP-el atau Kartu Keluarga (JPG atau PNG) atau PDF"
            " hasil pindaian.").format(name=path.name)
    return None


class DocumentDrops(QObject):
    """Files dropped on ``window`` while ``takes_documents()``: one document → ``read(path)``, else refused."""

    def __init__(self, window: QWidget, takes_documents: Callable[[], bool], read: Callable[[Path], None],
                 announce: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window, self.takes_documents, self.read, self.announce = window, takes_documents, read, announce
        window.setAcceptDrops(True)
        window.installEventFilter(self)  # to learn when its native window exists
        self._watched: QObject | None = None
        self._watch()

    def _watch(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._watched:
            handle.installEventFilter(self)
            self._watched = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind in (QEvent.Type.WinIdChange, QEvent.Type.Show):
                self._watch()
            elif kind in DROP_EVENTS:  # a drop Qt handed to the window itself (no native window in between)
                return self._drag(event)  # type: ignore[arg-type]
            return False
        if kind in DROP_EVENTS:
            return self._drag(event)  # type: ignore[arg-type]
        return False

    def _drag(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls() or not self.takes_documents():
            return False  # text, or a page that reads no document: as Qt would
        if QApplication.activeModalWidget() is not None:  # a question or the confirmation page comes first
            event.ignore()
            return True  # (nor is the file's name dropped into the field under it)
        event.setDropAction(Qt.DropAction.CopyAction)  # the file stays where it is
        event.accept()
        if event.type() == QEvent.Type.Drop:
            paths = [Path(u.toLocalFile()) if u.isLocalFile() else None for u in mime.urls()]
            problem = refusal(paths)
            if problem is None:
                path = paths[0]
                assert path is not None
                self.read(path)
            else:
                tell_problem(self.window, problem, self.announce,
                             QApplication.translate("DocumentDrops", "Berkas tidak dipakai"))
        return True

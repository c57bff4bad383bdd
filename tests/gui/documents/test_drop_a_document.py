"""A photo or PDF dropped onto the desk window: read as if opened, confirmed before the form changes.

The drops are real Qt drag events with file URLs, handed to the window's own native window as
the platform hands them, at the place on screen where the officer lets go (over a form's field).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..desk_driver import page, type_into

pytestmark = pytest.mark.gui

COPY, LEFT, NONE = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def files(*paths: Path | QUrl) -> QMimeData:
    """As a file manager offers dragged files: their URLs, and their names as text too."""
    mime = QMimeData()
    urls = [p if isinstance(p, QUrl) else QUrl.fromLocalFile(str(p)) for p in paths]
    mime.setUrls(urls)
    mime.setText("\n".join(u.toString() for u in urls))
    return mime


def drop(window: QWidget, over: QWidget, mime: QMimeData) -> bool:
    """Drag ``mime`` in over ``over``, move, let go: whether the window took the drop."""
    at = over.mapTo(window, over.rect().center())
    handle = window.windowHandle()
    enter = QDragEnterEvent(at, COPY, mime, LEFT, NONE)
    QApplication.sendEvent(handle, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(handle, QDragMoveEvent(at, COPY, mime, LEFT, NONE))
    let_go = QDropEvent(QPointF(at), COPY, mime, LEFT, NONE)
    QApplication.sendEvent(handle, let_go)
    return let_go.isAccepted()


def ktp_photo(tmp_path: Path, fmt: str = "PNG") -> tuple[Any, Path]:
    from documents import synth  # tests/ is on sys.path

    card = synth.make_ktp(random.Random(7))
    path = tmp_path / f"ktp.{fmt.lower()}"
    path.write_bytes(synth.to_bytes(synth.render_ktp(card), fmt))
    return card, path


def refused(window: QWidget) -> str:
    box = window.findChild(QMessageBox, "documentProblem")
    assert box is not None and box.isVisible(), "nothing was said"
    text = box.text()
    box.accept()
    return text


def test_a_photo_dropped_on_a_form_is_read_and_fills_it_only_once_accepted(qtbot: Any, desk: Any,
                                                                          tmp_path: Path) -> None:
    card, photo = ktp_photo(tmp_path)
    _ctx, window = desk
    window.start_service("ktp-el")
    window.flow.go("section:pemohon")
    section = page(window)
    type_into(qtbot, section.rows["nama_lengkap"].editor.edit, "Typed By Officer")
    nik_box = section.rows["nik"].editor.edit
    assert drop(window, nik_box, files(photo))  # over a text field: read, not pasted into it
    dialog = window.documents.dialog
    assert dialog is not None and dialog.isVisible() and dialog.rows["nik"].text() == card.person.nik
    # Until the officer accepts, the form is as it was.
    assert nik_box.text() == "" and window.flow.session.raw("nik") == ""
    # While the confirmation is open, another drop does not start a second reading behind it.
    assert not drop(window, nik_box, files(photo)) and window.documents.dialog is dialog
    for row in dialog.rows.values():
        row.checked.setChecked(True)
    qtbot.keyClick(dialog.use_button, Qt.Key.Key_Space)
    # Accepted: the open form shows what was read, where the officer had typed nothing; the rest stays.
    section = page(window)
    assert window.flow.session.value("nik") == card.person.nik and window.flow.session.prefilled("nik")
    assert section.rows["nik"].editor.edit.text() == card.person.nik
    assert section.rows["nik"].prefilled_note.text().startswith("Dari dokumen")
    assert window.flow.session.raw("nama_lengkap") == "Typed By Officer"


def test_a_pdf_dropped_on_the_service_list_is_read_as_if_opened(qtbot: Any, desk: Any, tmp_path: Path) -> None:
    card, pdf = ktp_photo(tmp_path, "PDF")
    _ctx, window = desk
    assert drop(window, window.services, files(pdf))
    dialog = window.documents.dialog
    assert dialog is not None and dialog.rows["nik"].text() == card.person.nik
    dialog.reject()
    assert window.applicant_profile == {}  # cancelled: nothing known of anyone


@pytest.mark.parametrize(("dropped", "said"), [
    (["notes.txt"], "notes.txt bukan foto atau PDF"),
    (["ktp.png", "kk.png"], "satu berkas saja"),
    ([QUrl("https://example.org/ktp.jpg")], "tidak ada di komputer ini"),
])
def test_anything_else_dropped_is_refused_in_plain_words_and_nothing_changes(
        qtbot: Any, desk: Any, tmp_path: Path, dropped: list[Any], said: str) -> None:
    _ctx, window = desk
    window.start_service("ktp-el")
    window.flow.go("section:pemohon")
    before = window.flow.session.answers()
    paths = []
    for name in dropped:
        if isinstance(name, str):
            (tmp_path / name).write_bytes(b"not a card")
            paths.append(tmp_path / name)
        else:
            paths.append(name)
    assert drop(window, page(window), files(*paths))
    assert said in refused(window)
    assert window.documents is None  # the reader (and the OCR) never started
    assert window.flow.session.answers() == before


def test_a_dropped_file_that_is_not_a_picture_inside_gets_the_readers_message(qtbot: Any, desk: Any,
                                                                                tmp_path: Path) -> None:
    fake = tmp_path / "ktp.jpg"
    fake.write_bytes(b"%!PS-Adobe not a photo at all" * 20)
    _ctx, window = desk
    assert drop(window, window.services, files(fake))
    assert "bukan gambar atau PDF" in refused(window)  # judged by its bytes, not its name


def test_dragged_text_still_goes_into_the_field_and_other_places_take_no_file(qtbot: Any, desk: Any,
                                                                               tmp_path: Path) -> None:
    _ctx, window = desk
    window.start_service("ktp-el")
    window.flow.go("section:pemohon")
    box = page(window).rows["nama_lengkap"].editor.edit
    text = QMimeData()
    text.setText("Siti")
    assert drop(window, box, text)  # taken by the field itself, as Qt does
    assert box.text() == "Siti" and window.documents is None
    window.show_place("antrian")  # a place that reads no document: the drop is not taken
    _card, photo = ktp_photo(tmp_path)
    assert not drop(window, window.stack.currentWidget(), files(photo))
    assert window.documents is None

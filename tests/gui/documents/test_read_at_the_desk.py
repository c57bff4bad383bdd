"""*Baca KTP-el / KK* on the service list: a real photo read, confirmed, and the next form filled from it."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

pytestmark = pytest.mark.gui


def test_a_ktp_read_at_the_desk_fills_the_form_chosen_next(qtbot: Any, desk: Any, tmp_path: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from documents import synth  # tests/ is on sys.path

    card = synth.make_ktp(random.Random(7))
    photo = tmp_path / "ktp.png"
    photo.write_bytes(synth.to_bytes(synth.render_ktp(card)))
    # The officer picking the file is the one thing the test cannot own.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    ctx, window = desk
    services = window.services
    assert services.read_button.isVisible()
    services.read_button.click()
    dialog = window.documents.dialog
    assert dialog is not None and dialog.rows["nik"].text() == card.person.nik
    assert dialog.read_aloud.isVisible()  # the desk's speech reads the page to the applicant (Bacakan)
    for row in dialog.rows.values():
        row.checked.setChecked(True)
    dialog.accept()
    name = window.applicant_profile["nama_lengkap"]
    assert services.read_done.isVisible() and name in services.read_done.text()
    # On record that a document was read, never what it said.
    from mpp_assist.security import audit

    [read] = [e for e in audit.entries(ctx.store) if e.action == "document-read"]
    assert read.detail.startswith("ktp:") and card.person.nik not in read.detail and name not in read.detail
    window.start_service("ktp-el")
    session = window.flow.session
    assert session.value("nik") == card.person.nik and session.prefilled("nik")
    window.flow.go("section:pemohon")
    row = window.flow.page.rows["nik"]
    assert row.prefilled_note.text().startswith("Dari dokumen")  # not "from an earlier application"
    window.new_applicant()
    assert window.applicant_profile == {} and not window.services.read_done.isVisible()
    assert window.from_document == set()


def test_a_desk_without_the_reader_says_so_instead_of_failing(qtbot: Any, desk: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    # A desk installed without OpenCV and the OCR models (the import fails there, as it would).
    monkeypatch.setitem(sys.modules, "mpp_assist.ui.documents.document_reader", None)
    _ctx, window = desk
    window.read_document()
    box = window.findChild(QMessageBox, "noDocumentReader")
    told = [box.text()] if box is not None and box.isVisible() else []
    assert told and "tidak terpasang" in told[0] and window.documents is None
    box.accept()

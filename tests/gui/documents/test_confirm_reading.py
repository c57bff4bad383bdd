"""A reading confirmed field by field: doubtful fields must be checked, corrections win, a KK gives its family."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from mpp_assist.documents.model import FieldReading, Reading
from mpp_assist.ui.documents.confirm_reading import ConfirmReadingDialog
from mpp_assist.ui.documents.document_reader import DocumentReader
from mpp_assist.ui.shell.taskman import TaskManager

pytestmark = pytest.mark.gui


def ktp_reading() -> Reading:
    image = np.full((400, 640, 3), 255, dtype=np.uint8)
    image[50:80, 100:400] = 0  # where the NIK was "read"
    return Reading("ktp", {
        "nik": FieldReading("3273015708900001", 0.97, (100, 50, 400, 80), "3273015708900001"),
        "nama_lengkap": FieldReading("SITI NURHALIZA", 0.95, (100, 90, 400, 120)),
        "tempat_lahir": FieldReading("BANDUNC", 0.41, (100, 130, 300, 160), "BANDUNC", ["Nama tempat tidak dikenal"]),
        "pekerjaan": FieldReading(None, 0.0),
    }, image=image)


def open_dialog(qtbot: Any, reading: Reading) -> ConfirmReadingDialog:
    dialog = ConfirmReadingDialog(reading)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_doubtful_field_must_be_checked_and_a_correction_counts_as_checked(qtbot: Any) -> None:
    dialog = open_dialog(qtbot, ktp_reading())
    assert set(dialog.rows) == {"nik", "nama_lengkap", "tempat_lahir"}  # nothing unread is offered
    assert dialog.rows["nik"].crop.pixmap() is not None and not dialog.rows["nik"].crop.pixmap().isNull()
    assert not dialog.use_button.isEnabled() and "Tempat lahir" in dialog.problem.text()
    qtbot.keyClick(dialog.rows["tempat_lahir"].value, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.rows["tempat_lahir"].value, "G")
    assert dialog.use_button.isEnabled() and not dialog.problem.isVisible()
    qtbot.keyClick(dialog.use_button, Qt.Key.Key_Space)
    assert dialog.result() == ConfirmReadingDialog.DialogCode.Accepted
    assert dialog.profile() == {"nik": "3273015708900001", "nama_lengkap": "SITI NURHALIZA", "tempat_lahir": "BANDUNG"}


def test_a_kk_shows_every_member_in_one_editable_table(qtbot: Any) -> None:
    def member(nik: str, name: str, rel: str) -> dict[str, FieldReading]:
        values = {"nik": nik, "nama_lengkap": name, "hubungan": rel}
        return {k: FieldReading(v, 0.9) for k, v in values.items()}

    fields = {"no_kk": FieldReading("3578011203150007", 0.96), "nama_kepala": FieldReading("BUDI", 0.9)}
    family = [member("3578010504850003", "BUDI", "kepala_keluarga"), member("3578014512870002", "ANI", "istri")]
    reading = Reading("kk", fields, members=family)
    dialog = open_dialog(qtbot, reading)
    assert dialog.table is not None and dialog.table.rowCount() == 2
    dialog.table.item(1, 1).setText("ANI RAHAYU")  # the officer corrects a member's name in the table
    assert [m["nama_lengkap"] for m in dialog.members()] == ["BUDI", "ANI RAHAYU"]
    assert dialog.profile()["nik"] == "3578010504850003" and dialog.profile()["no_kk"] == "3578011203150007"


def test_a_real_photo_is_read_off_the_ui_thread_and_a_bad_one_named(qtbot: Any, tmp_path: Any) -> None:
    from documents import synth  # tests/ is on sys.path

    card = synth.make_ktp(random.Random(101))
    photo = tmp_path / "ktp.png"
    photo.write_bytes(synth.to_bytes(synth.render_ktp(card)))
    bad = tmp_path / "bukan.png"
    bad.write_bytes(b"not a picture at all")
    host = ConfirmReadingDialog(Reading("ktp", {}))  # any parent widget
    qtbot.addWidget(host)
    said: list[str] = []
    confirmed: list[tuple] = []
    reader = DocumentReader(host, TaskManager(synchronous=True), lambda *a: confirmed.append(a), said.append)
    reader.read(bad)
    assert reader.dialog is None and "Membaca dokumen" in said[0] and len(said) == 2  # the reader's own message
    reader.read(photo, "ktp")
    assert reader.dialog is not None and reader.dialog.rows["nik"].text() == card.person.nik
    for row in reader.dialog.rows.values():
        row.checked.setChecked(True)
    reader.dialog.accept()
    [(kind, profile, members)] = confirmed
    assert kind == "ktp" and profile["nik"] == card.person.nik and members == []

"""A reading confirmed field by field: doubtful fields must be checked, corrections win, a KK gives its family."""

from __future__ import annotations

import random
import shutil
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mpp_assist.documents.model import FieldReading, Reading
from mpp_assist.ui.documents.confirm_reading import ConfirmReadingDialog
from mpp_assist.ui.documents.document_reader import DocumentReader
from mpp_assist.ui.shell.taskman import TaskManager

from ..speech_helpers import GatedPlayer

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


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")
def test_bacakan_reads_each_field_aloud_as_corrected_for_the_applicant(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    player = GatedPlayer()  # the desk's sound card: what it is handed
    player.release.set()
    speech = window.inclusion.speech
    speech.speaker.player = player
    said: list[str] = []
    speech.event.connect(lambda e: said.append(e.text) if e.kind == "started" else None)
    reading = ktp_reading()
    reading.fields["tanggal_lahir"] = FieldReading("1990-08-17", 0.95, (100, 170, 300, 200))
    reading.fields["jenis_kelamin"] = FieldReading("P", 0.95, (100, 210, 300, 240))
    dialog = ConfirmReadingDialog(reading, window, window.speak)  # as the window's reader builds it
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as opening it does on a desktop; keys go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.read_aloud.isVisible() and dialog.read_aloud.text() == "Bacakan"
    qtbot.keyClick(dialog.rows["tempat_lahir"].value, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.rows["tempat_lahir"].value, "G")  # corrected before it is read out
    with qtbot.waitSignal(speech.event, check_params_cb=lambda e: e.kind == "finished", timeout=60_000):
        qtbot.keyClick(dialog.rows["nik"].value, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    [text] = said
    lines = text.splitlines()
    assert lines[0].startswith("Saya bacakan yang terbaca dari KTP-el")
    assert lines[1:] == [
        "NIK: tiga dua tujuh tiga, nol satu lima tujuh, nol delapan sembilan nol, nol nol nol satu.",
        "Nama lengkap: Siti Nurhaliza.",
        "Tempat lahir: Bandung.",
        "Tanggal lahir: tujuh belas Agustus seribu sembilan ratus sembilan puluh.",
        "Jenis kelamin: Perempuan.",
    ]
    assert player.played and player.played[-1][1] > 0.01  # a WAV with a voice in it reached the speakers
    assert dialog.isVisible() and dialog.result() == 0  # reading aloud neither accepts nor closes
    with qtbot.waitSignal(speech.event, check_params_cb=lambda e: e.kind == "finished", timeout=60_000):
        qtbot.mouseClick(dialog.read_aloud, Qt.MouseButton.LeftButton)
    assert len(said) == 2 and said[1] == text
    dialog.reject()


def test_without_speech_the_page_offers_no_bacakan(qtbot: Any) -> None:
    dialog = open_dialog(qtbot, ktp_reading())
    assert not dialog.read_aloud.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # nothing to say it with: no error


def test_a_kk_is_read_aloud_with_its_family_each_value_in_words() -> None:
    from mpp_assist.documents.spoken import script
    from mpp_assist.ui.documents.confirm_reading import field_label

    text = script("kk", {"no_kk": "3578011203150007", "kode_pos": "60111", "desa": "3578011001"},
                  [{"nik": "3578010504850003", "nama_lengkap": "BUDI SANTOSO", "hubungan": "kepala_keluarga",
                    "pendidikan": "sma", "kewarganegaraan": "WNI", "agama": ""}],
                  field_label, "id")
    assert text.splitlines()[1:] == [
        "No. KK: tiga lima tujuh delapan, nol satu satu dua, nol tiga satu lima, nol nol nol tujuh.",
        "Kode pos: enam nol satu satu satu.",  # one group of five; the village's code is not on the card
        "Anggota keluarga satu.",
        "NIK: tiga lima tujuh delapan, nol satu nol lima, nol empat delapan lima, nol nol nol tiga.",
        "Nama lengkap: Budi Santoso.",
        "Hubungan keluarga: Kepala keluarga.",
        "Pendidikan: SMA/sederajat.",
        "Kewarganegaraan: Warga Negara Indonesia.",
    ]

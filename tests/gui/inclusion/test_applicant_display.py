"""The display facing the applicant follows the officer's page and forgets them for the next person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mpp_assist.forms import load_catalogue
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.desk.section_page import SectionPage
from mpp_assist.ui.inclusion.applicant_display import (
    ApplicantDisplay,
    DisplayContent,
    DisplayItem,
    grouped_digits,
)

from ..desk_driver import fill_section, page, press
from ..speech_helpers import GatedPlayer

pytestmark = pytest.mark.gui

EXAMPLE = load_catalogue().get("ktp-el").example_answers()


def test_display_widget_shows_plain_content_and_blanks(qtbot) -> None:
    d = ApplicantDisplay()
    qtbot.addWidget(d)
    d.show()
    d.show_content(DisplayContent(
        heading="KTP-el: Data pemohon", question="NIK", hint="16 angka", answer="3201234567890001",
        items_title="Sudah diisi", items=(DisplayItem("Nama lengkap", "Budi Santoso"),),
    ))
    shown = d.visible_texts()
    assert {"KTP-el: Data pemohon", "NIK", "16 angka", "3201234567890001", "Budi Santoso"} <= set(shown)
    spoken = d.spoken_text()
    assert "NIK" in spoken and "Diisi: 3201234567890001" in spoken
    with qtbot.waitSignal(d.read_aloud_requested) as asked:
        d.read_button.click()
    assert asked.args == [spoken]
    d.blank()
    assert d.visible_texts() == ["Selamat datang. Silakan menunggu petugas."]
    assert not d.read_button.isEnabled()


def go_to_section(qtbot: Any, window: Any, section_id: str) -> SectionPage:
    window.start_service("ktp-el")
    window.flow.go(f"section:{section_id}")
    current = page(window)
    assert isinstance(current, SectionPage)
    return current


def test_display_follows_the_officer_and_is_wiped_for_a_new_applicant(
    qtbot: Any, desk: Any, tmp_path: Path
) -> None:
    ctx, window = desk
    inclusion = window.inclusion
    player = GatedPlayer()
    player.release.set()
    inclusion.speech.speaker.player = player
    display = inclusion.display
    assert not display.isVisible()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_shift)
    assert ctx.settings.get("applicant_display") is True
    assert display.isVisible()
    assert display.visible_texts() == ["Selamat datang. Silakan menunggu petugas."]  # service list: nothing

    section = go_to_section(qtbot, window, "pemohon")
    fill_section(qtbot, section, {"nik": EXAMPLE["nik"], "nama_lengkap": EXAMPLE["nama_lengkap"]}, tmp_path)
    section.rows["nik"].editor.edit.setFocus()
    qtbot.waitUntil(lambda: display.content.question == "NIK")
    shown = display.visible_texts()
    nik = EXAMPLE["nik"]
    # 4-4-4-4, as on receipts, with no-break spaces (never split across lines)
    assert grouped_digits(nik) == "\u00a0".join((nik[:4], nik[4:8], nik[8:12], nik[12:]))
    assert grouped_digits(nik) in shown and EXAMPLE["nama_lengkap"] in shown
    assert shown.count(grouped_digits(nik)) == 1  # the answer being typed, not repeated under "Sudah diisi"
    assert "NIK" not in [i.label for i in display.content.items]
    assert any("Data pemohon" in t for t in shown)

    # Read aloud on request: the spoken text is what is on the applicant's screen.
    finished = lambda e: e.kind == "finished"  # noqa: E731
    with qtbot.waitSignal(inclusion.speech.event, timeout=30000, check_params_cb=finished):
        display.read_button.click()
    assert player.played

    # Check answers: the summary.
    window.flow.go("check")
    assert isinstance(page(window), CheckAnswersPage)
    qtbot.waitUntil(lambda: display.content.items_title == "Ringkasan jawaban")
    assert any(EXAMPLE["nama_lengkap"] == t for t in display.visible_texts())

    # New applicant: confirm, and nothing of them is left on the display or can be repeated aloud.
    from unittest import mock

    from PySide6.QtWidgets import QMessageBox

    with mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        window.new_applicant()
    qtbot.waitUntil(lambda: display.content.empty)
    texts = " ".join(display.visible_texts())
    assert EXAMPLE["nama_lengkap"] not in texts and grouped_digits(EXAMPLE["nik"]) not in texts
    assert not inclusion.speech.repeat()

    # The setting is remembered per officer, and turning it off hides the window.
    ctx.settings.set("applicant_display", False)
    assert not display.isVisible()
    press(qtbot, Qt.Key.Key_Escape, window)  # nothing breaks on a stray key


def test_f8_reads_the_focused_question_with_its_choices_and_answer(qtbot: Any, desk: Any,
                                                                   tmp_path: Path) -> None:
    _ctx, window = desk
    section = go_to_section(qtbot, window, "pemohon")
    fill_section(qtbot, section, {"nik": EXAMPLE["nik"]}, tmp_path)
    section.rows["nik"].editor.edit.setFocus()
    said = window.inclusion.question_text()
    assert said.startswith(window.flow.session.prompt("nik", "id").rstrip("."))  # the form's spoken prompt
    assert f"Diisi: {EXAMPLE['nik']}" in said
    row = next(r for r in section.rows.values() if r.editor is not None and hasattr(r.editor, "buttons")
               and r.editor.buttons)
    row.editor.buttons[0].setFocus()
    said = window.inclusion.question_text()
    assert "Pilihan: " in said and row.editor.buttons[0].text() in said


def test_a_mistyped_answer_is_shown_as_typed(qtbot: Any, desk: Any, tmp_path: Path) -> None:
    ctx, window = desk
    ctx.settings.set("applicant_display", True)
    section = go_to_section(qtbot, window, "pemohon")
    fill_section(qtbot, section, {"nik": "3201"}, tmp_path)
    section.rows["nik"].editor.edit.setFocus()
    display = window.inclusion.display
    qtbot.waitUntil(lambda: display.content.question == "NIK")
    assert display.content.answer == "3201"  # the applicant sees exactly what was typed for them


def test_locking_the_desk_blanks_the_display_and_silences_speech(qtbot: Any, desk: Any,
                                                                 tmp_path: Path) -> None:
    ctx, window = desk
    player = GatedPlayer()
    window.inclusion.speech.speaker.player = player
    ctx.settings.set("applicant_display", True)
    section = go_to_section(qtbot, window, "pemohon")
    fill_section(qtbot, section, {"nama_lengkap": EXAMPLE["nama_lengkap"]}, tmp_path)
    display = window.inclusion.display
    qtbot.waitUntil(lambda: EXAMPLE["nama_lengkap"] in display.visible_texts())
    qtbot.waitUntil(lambda: getattr(window, "protection", None) is not None)
    QApplication.processEvents()  # the inclusion hooks the lock on the next turn
    window.inclusion.speech.say(EXAMPLE["nama_lengkap"])
    assert player.playing.wait(30)
    window.protection.lock.lock()
    qtbot.waitUntil(lambda: not player.playing.is_set())
    assert EXAMPLE["nama_lengkap"] not in " ".join(display.visible_texts())
    assert not window.inclusion.speech.repeat()

"""Never ask twice: what one application told the desk fills in the applicant's next form, and only theirs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mpp_assist.forms import load_catalogue
from mpp_assist.security import session
from mpp_assist.security.officers import DEMO_PIN
from mpp_assist.store import Store
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.desk.section_page import RequirementsPage, SectionPage
from mpp_assist.ui.receipt.receipt_page import ReceiptPage

from ..desk_driver import click, continue_page, fill_section, page, press
from .test_desk_flow import fill_ktp_el_to_check_answers

pytestmark = pytest.mark.gui

CATALOGUE = load_catalogue()
KTP = CATALOGUE.get("ktp-el").example_answers()
SKCK = CATALOGUE.get("skck")
# SKCK asks these of the applicant too: after KTP-el they must already be filled in.
KNOWN = ("nik", "nama_lengkap", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "pekerjaan")
# What the officer still types for SKCK: everything the profile does not know.
SKCK_ONLY = {
    k: v for k, v in SKCK.example_answers().items() if not SKCK.field(k).profile_key
}


@pytest.fixture(autouse=True)
def _signed_out_after() -> Any:
    yield
    session.sign_out()


def submit_ktp_el(qtbot: Any, window: Any, tmp: Path) -> ReceiptPage:
    fill_ktp_el_to_check_answers(qtbot, window, tmp)
    assert QApplication.focusWidget() is page(window).continue_button
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(window.receipt, ReceiptPage)
    return window.receipt


def open_skck_personal_page(qtbot: Any, window: Any, tmp: Path) -> SectionPage:
    """From the service list to SKCK's "pemohon" page, answering the purpose on the way."""
    services = window.services
    services.list.setFocus()
    while services.list.currentItem().data(Qt.ItemDataRole.UserRole) != "skck":
        press(qtbot, Qt.Key.Key_Down, services.list)
    press(qtbot, Qt.Key.Key_Return, services.list)
    assert isinstance(page(window), RequirementsPage)
    press(qtbot, Qt.Key.Key_Return)  # the checklist may be marked later
    purpose = page(window)
    assert isinstance(purpose, SectionPage) and purpose.section.id == "keperluan"
    fill_section(qtbot, purpose, SKCK_ONLY, tmp)
    press(qtbot, Qt.Key.Key_Return)
    personal = page(window)
    assert isinstance(personal, SectionPage) and personal.section.id == "pemohon"
    return personal


def shown(section: SectionPage, field_id: str) -> Any:
    return section.rows[field_id].value()


def test_the_next_service_for_the_same_applicant_asks_nothing_twice(
    qtbot: Any, desk: Any, tmp_path: Path
) -> None:
    ctx, window = desk
    officer = ctx.settings.get("officer")
    receipt = submit_ktp_el(qtbot, window, tmp_path)
    click(qtbot, receipt.another_button)
    assert window.services is not None and window.stack.currentWidget() is window.services

    personal = open_skck_personal_page(qtbot, window, tmp_path)
    assert shown(personal, "nik") == KTP["nik"]
    assert shown(personal, "nama_lengkap") == KTP["nama_lengkap"]
    assert shown(personal, "tanggal_lahir") == {"day": "17", "month": "8", "year": "1990"}
    row = personal.rows["nik"]
    assert row.prefilled_note.isVisibleTo(personal)
    assert row.prefilled_note.text().startswith("Diisi otomatis dari permohonan sebelumnya")
    assert "Diisi otomatis" in row.editor.edit.accessibleDescription()
    assert not personal.rows["pendidikan"].prefilled_note.isVisibleTo(personal)  # KTP-el never asked it

    # The officer corrects one prefilled answer: it is theirs now, and the cue goes.
    name = personal.rows["tempat_lahir"].editor.edit
    click(qtbot, name)
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " Kota")
    assert not personal.rows["tempat_lahir"].prefilled_note.isVisibleTo(personal)

    for _ in range(10):
        current = page(window)
        if isinstance(current, CheckAnswersPage):
            break
        fill_section(qtbot, current, SKCK_ONLY, tmp_path)
        continue_page(qtbot)  # Ctrl+Enter where the address (a long text) has the focus
        problems = current.summary.accessibleDescription()
        assert page(window) is not current, f"stuck on {current.section.id}: {problems}"
    press(qtbot, Qt.Key.Key_Return, page(window).continue_button)
    assert isinstance(window.receipt, ReceiptPage)

    with Store() as other:
        [skck] = [a for a in other.list_applications() if a.service_id == "skck"]
    for key in ("nik", "nama_lengkap", "tanggal_lahir", "jenis_kelamin", "pekerjaan"):
        assert skck.answers[key] == KTP[key], key
    assert skck.answers["tempat_lahir"] == f"{KTP['tempat_lahir']} Kota"
    assert skck.answers["pendidikan"] == SKCK_ONLY["pendidikan"]
    assert window.applicant_profile["tempat_lahir"] == f"{KTP['tempat_lahir']} Kota"  # the latest word counts

    # "Pemohon baru": the next person's SKCK starts empty, and nothing of the profile reached the disk.
    click(qtbot, window.receipt.new_button)
    assert window.applicant_profile == {}
    personal = open_skck_personal_page(qtbot, window, tmp_path)
    for field_id in KNOWN:
        value = shown(personal, field_id)
        assert not (any(value.values()) if isinstance(value, dict) else value), field_id
        assert not personal.rows[field_id].prefilled_note.isVisibleTo(personal)
    assert ctx.store.latest_draft(officer).answers.get("nik") is None


def test_prefilled_answers_alone_make_no_draft_and_survive_a_lock(qtbot: Any, desk: Any, tmp_path: Path) -> None:
    ctx, window = desk
    officer = ctx.settings.get("officer")
    click(qtbot, submit_ktp_el(qtbot, window, tmp_path).another_button)
    services = window.services
    services.list.setFocus()
    while services.list.currentItem().data(Qt.ItemDataRole.UserRole) != "skck":
        press(qtbot, Qt.Key.Key_Down, services.list)
    press(qtbot, Qt.Key.Key_Return, services.list)
    assert window.flow.answers["nik"] == KTP["nik"]
    # Nothing typed yet: no draft to offer (the officer may still send this person on with "Kembali").
    assert ctx.store.latest_draft(officer) is None
    assert not window.flow.has_answers()

    # Locking hides the applicant, it does not end their visit: after the PIN the profile still serves.
    window.flow.leave()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = window.protection.lock
    assert lock.is_locked
    qtbot.keyClicks(lock.form.secret, DEMO_PIN)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClick(lock.form.secret, Qt.Key.Key_Return)
    assert window.services is not None and ctx.store.latest_draft(officer) is None
    personal = open_skck_personal_page(qtbot, window, tmp_path)
    assert shown(personal, "nik") == KTP["nik"]
    assert personal.rows["nik"].prefilled_note.isVisibleTo(personal)

    # A draft resumed from the list may be another applicant's: it gets no profile, and ends this one's.
    draft = ctx.store.latest_draft(officer)
    assert draft is not None  # the purpose was typed
    window.flow.leave()
    window.resume_draft(draft)
    assert window.applicant_profile == {}


def test_prefilled_answers_still_show_as_such_after_a_language_change(
    qtbot: Any, desk: Any, tmp_path: Path
) -> None:
    ctx, window = desk
    click(qtbot, submit_ktp_el(qtbot, window, tmp_path).another_button)
    open_skck_personal_page(qtbot, window, tmp_path)
    ctx.settings.set("language", "en")
    personal = page(window)
    assert isinstance(personal, SectionPage) and personal.section.id == "pemohon"
    assert shown(personal, "nik") == KTP["nik"]
    note = personal.rows["nik"].prefilled_note
    assert note.isVisibleTo(personal) and note.text().startswith("Filled in from an earlier application")
    assert window.flow.answers["keperluan"] == SKCK_ONLY["keperluan"]  # the officer's own answers stay

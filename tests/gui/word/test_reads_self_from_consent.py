"""*Pemohon membaca sendiri?* on the consent page, carried to check answers: the read-back is then required."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mpp_assist.attestation import word_of
from mpp_assist.forms import load_catalogue
from mpp_assist.security import audit, session
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.desk.form_flow import FlowState
from mpp_assist.ui.desk.section_page import RequirementsPage, SectionPage
from mpp_assist.ui.protection.consent import ConsentPage

from ..desk_driver import fill_section, page, press

pytestmark = pytest.mark.gui
EXAMPLE = load_catalogue().get("ktp-el").example_answers()


@pytest.fixture(autouse=True)
def _signed_out_after() -> Any:
    yield
    session.sign_out()


def consent_by_keys(qtbot: Any, window: Any, *, reads: bool) -> None:
    services = window.services
    services.list.setFocus()
    while services.list.currentItem().data(Qt.ItemDataRole.UserRole) != "ktp-el":
        press(qtbot, Qt.Key.Key_Down, services.list)
    press(qtbot, Qt.Key.Key_Return, services.list)
    consent = window.stack.currentWidget()
    assert isinstance(consent, ConsentPage) and window.flow is None
    assert consent.reads_yes.isChecked()  # the usual case, as the other questions start on theirs
    consent.consenter.setFocus()
    qtbot.keyClicks(consent.consenter, EXAMPLE["nama_lengkap"])
    if not reads:
        consent.reads_yes.setFocus()
        press(qtbot, Qt.Key.Key_Down, consent.reads_yes)  # arrow keys move within the radio group
        assert consent.reads_no.isChecked() and not consent.reads_self()
    with qtbot.waitSignal(window.screen_changed) as changed:
        press(qtbot, Qt.Key.Key_Return)
    assert changed.args == ["form"] and window.flow is not None


def fill_to_check_answers(qtbot: Any, window: Any, tmp: Path) -> CheckAnswersPage:
    checklist = page(window)
    assert isinstance(checklist, RequirementsPage)
    radio = checklist.checklist.buttons[("kk", "original_seen")]
    radio.setFocus()
    press(qtbot, Qt.Key.Key_Space, radio)
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(10):
        current = page(window)
        if isinstance(current, CheckAnswersPage):
            return current
        assert isinstance(current, SectionPage)
        fill_section(qtbot, current, EXAMPLE, tmp)
        press(qtbot, Qt.Key.Key_Return)
        assert page(window) is not current, f"stuck on {current.section.id}"
    raise AssertionError("never reached check answers")


def test_an_applicant_who_does_not_read_needs_the_read_back_confirmed_before_submitting(
    qtbot: Any, open_desk: Any, tmp_path: Path
) -> None:
    ctx, window = open_desk(consent=True)
    consent_by_keys(qtbot, window, reads=False)
    assert window.flow.reads_self is False
    check = fill_to_check_answers(qtbot, window, tmp_path)
    panel = check.word_panel
    assert not panel.reads_self.isChecked() and panel.confirmed.isVisibleTo(check)
    assert panel.confirmed.text() == "Isi permohonan telah dibacakan dan dibenarkan oleh pemohon."

    # A draft resumed later still knows the applicant does not read.
    draft = ctx.store.latest_draft(ctx.settings.get("officer"))
    assert draft is not None and FlowState.from_draft(window.flow.definition, draft).reads_self is False

    # Submitting without the confirmation is refused, and says why; nothing is stored.
    check.continue_button.setFocus()
    press(qtbot, Qt.Key.Key_Return, check.continue_button)
    assert window.receipt is None
    assert "tidak membaca sendiri" in check.summary.accessibleDescription()
    assert ctx.store.list_applications() == []

    # Read back (Bacakan semua), the officer confirms with the keyboard, and it goes.
    panel.read_all.setFocus()
    press(qtbot, Qt.Key.Key_Space, panel.read_all)
    panel.confirmed.setFocus()
    press(qtbot, Qt.Key.Key_Space, panel.confirmed)
    assert panel.confirmed.isChecked()
    check.continue_button.setFocus()
    press(qtbot, Qt.Key.Key_Return, check.continue_button)
    qtbot.waitUntil(lambda: window.receipt is not None)
    app = ctx.store.get_application(window.receipt.application.id)
    word = word_of(app.answers)
    assert word is not None and (word.reads_self, word.read_back_confirmed) == (False, True)
    assert any(e.action == "applicant_word" for e in audit.entries(ctx.store, app.id))


def test_an_applicant_who_reads_is_not_asked_to_confirm_a_read_back(
    qtbot: Any, open_desk: Any, tmp_path: Path
) -> None:
    _ctx, window = open_desk(consent=True)
    consent_by_keys(qtbot, window, reads=True)
    check = fill_to_check_answers(qtbot, window, tmp_path)
    assert check.word_panel.reads_self.isChecked() and not check.word_panel.confirmed.isVisibleTo(check)
    check.continue_button.setFocus()
    press(qtbot, Qt.Key.Key_Return, check.continue_button)
    qtbot.waitUntil(lambda: window.receipt is not None)
    assert QApplication.focusWidget() is not None

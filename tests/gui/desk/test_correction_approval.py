"""An officer's correction needs a supervisor's approval at Check answers: cancelled, nothing changes;
approved with the supervisor's own PIN, it is queued and the approver is in the audit trail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mpp_assist.forms import load_catalogue
from mpp_assist.security import audit, session
from mpp_assist.security.officers import Registry
from mpp_assist.store import Store
from mpp_assist.sync import outbox
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.protection.approval import ApprovalDialog

from ..desk_driver import continue_page, page, press
from ..sync_desk import open_applications
from .test_correction import tab_to

pytestmark = [pytest.mark.gui]

EXAMPLE = load_catalogue().get("ktp-el").example_answers()


def to_check_answers(qtbot: Any, window: Any, app_id: str) -> CheckAnswersPage:
    """"Perbaiki" on the refused row, the NIK typed again, Enter through to Check answers."""
    queue = open_applications(qtbot, window)
    queue.table.setFocus()
    queue.table.selectRow(queue.row_of[app_id])
    tab_to(qtbot, queue.correct_button)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)  # the server's reason's link …
    press(qtbot, Qt.Key.Key_Return)  # … goes to the NIK
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, EXAMPLE["nik"])
    for _ in range(10):
        if isinstance(page(window), CheckAnswersPage):
            break
        continue_page(qtbot)
    check = page(window)
    assert isinstance(check, CheckAnswersPage)
    return check


def when_asked(answer: Any) -> None:
    """Run ``answer(dialog)`` on the approval dialog once it is open (it is modal: exec)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ApprovalDialog):
            QTimer.singleShot(20, act)
            return
        answer(dialog)

    QTimer.singleShot(0, act)


def test_an_officers_correction_waits_for_a_supervisor(
    qtbot: Any, open_desk: Any, data_home: Path
) -> None:
    admin = session.require()
    reg = Registry.load(data_home)
    reg.add(admin.data_key, "sari", "officer", "sari-pin-1")
    reg.add(admin.data_key, "budi", "supervisor", "budi-pin-1")
    session.unlock("sari", "sari-pin-1")
    ctx, window = open_desk()
    bad = ctx.store.create_application(
        service_id="ktp-el", form_version="2025.1", answers={**EXAMPLE, "nik": "12345"}, officer="sari", desk="A"
    )
    outbox.mark_needs_correction(ctx.store, bad.id, [{"field": "nik", "code": "nik_length", "message": "NIK salah"}])
    check = to_check_answers(qtbot, window, bad.id)

    # Cancelled: nothing stored, and the page says why.
    when_asked(lambda d: qtbot.keyClick(d.username, Qt.Key.Key_Escape))
    press(qtbot, Qt.Key.Key_Return, check.continue_button)
    assert page(window) is check
    assert any("persetujuan supervisor" in link.text() for link in check.summary.links)
    with Store() as other:
        assert other.get_application(bad.id).status == "needs_correction"

    # A wrong PIN is refused in the dialog, then the supervisor's own PIN approves it.
    def approve(d: ApprovalDialog) -> None:
        qtbot.keyClicks(d.username, "budi")
        qtbot.keyClicks(d.password, "salah-pin-0")
        qtbot.keyClick(d.password, Qt.Key.Key_Return)
        assert d.isVisible() and "Sisa percobaan" in d.status.text()
        qtbot.keyClicks(d.password, "budi-pin-1")
        qtbot.keyClick(d.password, Qt.Key.Key_Return)

    when_asked(approve)
    check.continue_button.setFocus()
    press(qtbot, Qt.Key.Key_Return, check.continue_button)
    assert window.stack.currentWidget() is window.desk_sync.page
    assert session.current().officer == "sari"  # approving did not switch who is signed in
    with Store() as other:
        stored = other.get_application(bad.id)
        assert stored.answers["nik"] == EXAMPLE["nik"] and stored.status == "waiting"
        edits = [(e.officer, e.detail) for e in audit.entries(other, bad.id) if e.action == "edit"]
    assert edits == [("sari", "correction approved by budi")]

"""'Perbaiki' against a real reference server: a refused (422) application is corrected with the keyboard
in the normal form flow, stored and queued again, then sent once and shown with its official number."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backend_support import ServerProcess
from mpp_assist.forms import load_catalogue
from mpp_assist.store import Store
from mpp_assist.sync import outbox
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.desk.section_page import SectionPage

from ..desk_driver import continue_page, page, press
from ..sync_desk import open_applications, sign_desk_in

pytestmark = [pytest.mark.gui, pytest.mark.slow]

EXAMPLE = load_catalogue().get("ktp-el").example_answers()


def server_answers(server: ServerProcess) -> dict[str, dict[str, Any]]:
    """Each application the server holds, by client UUID: its current answers."""
    from sqlalchemy import select

    from mpp_assist.server.db import Application, open_engine, session_factory

    engine = open_engine(server.db_url)
    try:
        with session_factory(engine)() as session:
            return {a.client_uuid: json.loads(a.answers) for a in session.execute(select(Application)).scalars()}
    finally:
        engine.dispose()


def tab_to(qtbot: Any, target: Any, limit: int = 20) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


def test_a_refused_application_is_corrected_with_the_keyboard_and_sent_once(
    qtbot: Any, open_desk: Any, backend: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    backend.start()
    sign_desk_in(backend)
    ctx, window = open_desk()
    # As if the form's rules changed after this desk checked it: the server refuses the NIK.
    bad = ctx.store.create_application(
        service_id="ktp-el", form_version="2025.1", answers={**EXAMPLE, "nik": "12345"}, officer="ana", desk="A"
    )
    queue = open_applications(qtbot, window)
    queue.worker.sync_now()
    qtbot.waitUntil(lambda: queue.row_texts(bad.id)[3] == "Perlu perbaikan", timeout=30_000)
    reason = queue.row_texts(bad.id)[6]
    assert "NIK" in reason and server_answers(backend) == {}

    # "Perbaiki" on the refused row, with the keyboard.
    queue.table.setFocus()
    queue.table.selectRow(queue.row_of[bad.id])
    assert queue.correct_button.isEnabled()
    tab_to(qtbot, queue.correct_button)
    press(qtbot, Qt.Key.Key_Space)

    first = page(window)
    assert isinstance(first, SectionPage)
    # The server's reasons at the top of the first page (focused, as GOV.UK's summary is).
    assert first.summary.isVisible() and QApplication.focusWidget() is first.summary
    assert [link.text() for link in first.summary.links] == [reason]
    assert window.desk_sync.page is not window.stack.currentWidget()

    press(qtbot, Qt.Key.Key_Tab)  # to the reason's link
    assert QApplication.focusWidget() is first.summary.links[0]
    press(qtbot, Qt.Key.Key_Return)  # … which goes to the field, on its own page, the reason beside it
    nik = page(window).all_rows()["nik"]
    assert nik.error.isVisible() and nik.error.text() == reason
    field = QApplication.focusWidget()
    assert nik.isAncestorOf(field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, EXAMPLE["nik"])

    for _ in range(10):  # Enter through the pages to check answers
        if isinstance(page(window), CheckAnswersPage):
            break
        current = page(window)
        continue_page(qtbot)
        assert page(window) is not current, current.summary.accessibleDescription()
    check = page(window)
    assert isinstance(check, CheckAnswersPage) and not check.summary.isVisible()
    press(qtbot, Qt.Key.Key_Return)  # "Kirim permohonan"

    # Stored and queued again at once (durable), then back on the queue, where it goes out.
    assert window.stack.currentWidget() is queue
    with Store() as other:
        stored = other.get_application(bad.id)
        assert stored.answers["nik"] == EXAMPLE["nik"]
        assert stored.status in ("waiting", "sending", "sent")
        assert other.latest_draft("ana") is None  # a correction never leaves a draft behind
    qtbot.waitUntil(lambda: queue.row_texts(bad.id)[3] == "Terkirim", timeout=30_000)
    number = queue.row_texts(bad.id)[4]
    assert number and queue.row_texts(bad.id)[6] == ""
    held = server_answers(backend)
    assert list(held) == [bad.id] and held[bad.id]["nik"] == EXAMPLE["nik"]
    assert [r.official_number for r in backend.rows()] == [number]
    assert outbox.entry(ctx.store, bad.id).reasons == []
    assert not queue.correct_button.isEnabled()

    # The applicant's receipt can be printed again, for the corrected application.
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.desk_sync.reprint_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.receipt.application.id == bad.id
    assert dialog.receipt.application.answers["nik"] == EXAMPLE["nik"]
    dialog.reject()

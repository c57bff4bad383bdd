"""Data protection in the real desk window: consent before data entry, Ctrl+L / idle lock, clipboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from mpp_assist.forms import load_catalogue
from mpp_assist.security import audit, consent, session
from mpp_assist.security.officers import DEMO_PIN
from mpp_assist.ui.desk.section_page import SectionPage
from mpp_assist.ui.inclusion.applicant_display import grouped_digits
from mpp_assist.ui.protection.consent import ConsentPage

from ..desk_driver import fill_section, page, texts_on_screen

pytestmark = pytest.mark.gui
EXAMPLE = load_catalogue().get("ktp-el").example_answers()


@pytest.fixture(autouse=True)
def _signed_out_after() -> Any:
    yield
    session.sign_out()


def test_consent_is_asked_before_data_entry_and_linked_to_the_application(qtbot: Any, open_desk: Any) -> None:
    ctx, window = open_desk(consent=True)
    window.start_service("ktp-el")
    consent_page = window.stack.currentWidget()
    assert isinstance(consent_page, ConsentPage) and window.flow is None
    assert consent_page.notice.version == consent.current_version()
    qtbot.keyClicks(consent_page.consenter, EXAMPLE["nama_lengkap"])
    with qtbot.waitSignal(window.screen_changed) as changed:
        qtbot.mouseClick(consent_page.agree, Qt.MouseButton.LeftButton)
    assert changed.args == ["form"] and window.flow is not None
    for field_id, value in EXAMPLE.items():
        window.flow.set_answer(field_id, value)
    with qtbot.waitSignal(window.flow.submitted) as submitted:
        assert window.flow.submit() is None
    app = submitted.args[0]
    [record] = consent.for_application(ctx.store, app.id)
    assert (record.given_by, record.method, record.officer) == ("applicant", "signature", "demo")
    assert [e.action for e in audit.entries(ctx.store) if e.action in ("consent", "create")] == [
        "consent",
        "create",
    ]


def test_consent_answers_to_enter_and_an_empty_name_takes_the_focus(qtbot: Any, open_desk: Any) -> None:
    _ctx, window = open_desk(consent=True)
    window.start_service("ktp-el")
    page_ = window.stack.currentWidget()
    assert isinstance(page_, ConsentPage)
    page_.consenter.setFocus()
    qtbot.keyClick(page_.consenter, Qt.Key.Key_Return)  # nothing written yet
    assert page_.error.isVisible() and "nama" in page_.error.text().lower()
    assert page_.consenter.hasFocus() and window.flow is None
    qtbot.keyClicks(page_.consenter, EXAMPLE["nama_lengkap"])
    page_.givers.buttons()[1].setChecked(True)  # someone on the applicant's behalf: their name too
    page_.givers.buttons()[1].setFocus()
    qtbot.keyClick(page_.givers.buttons()[1], Qt.Key.Key_Enter)
    assert page_.applicant.hasFocus() and window.flow is None
    qtbot.keyClicks(page_.applicant, "Budi")
    with qtbot.waitSignal(window.screen_changed) as changed:
        qtbot.keyClick(page_.applicant, Qt.Key.Key_Return)
    assert changed.args == ["form"] and window.flow is not None


def test_enter_on_tidak_setuju_declines(qtbot: Any, open_desk: Any) -> None:
    _ctx, window = open_desk(consent=True)
    window.start_service("ktp-el")
    page_ = window.stack.currentWidget()
    page_.decline.setFocus()
    with qtbot.waitSignal(page_.declined):
        qtbot.keyClick(page_.decline, Qt.Key.Key_Return)  # the focused button, never the other one


def test_declining_consent_goes_back_to_the_service_list_with_nothing_stored(
    qtbot: Any, open_desk: Any
) -> None:
    ctx, window = open_desk(consent=True)
    window.start_service("ktp-el")
    qtbot.keyClicks(window.stack.currentWidget().consenter, "Nama Yang Menolak")
    qtbot.mouseClick(window.stack.currentWidget().decline, Qt.MouseButton.LeftButton)
    assert window.services is not None and window.stack.currentWidget() is window.services
    assert consent.all_records(ctx.store) == []
    qtbot.waitUntil(lambda: "Nama Yang Menolak" not in texts_on_screen())


def test_ctrl_l_locks_every_window_and_the_pin_brings_the_form_back(
    qtbot: Any, desk: Any, tmp_path: Path
) -> None:
    ctx, window = desk
    ctx.settings.set("applicant_display", True)
    display = window.inclusion.display
    assert display.isVisible()
    window.start_service("ktp-el")
    window.flow.go("section:pemohon")
    section = page(window)
    assert isinstance(section, SectionPage)
    fill_section(qtbot, section, {"nik": EXAMPLE["nik"], "nama_lengkap": EXAMPLE["nama_lengkap"]}, tmp_path)
    section.rows["nik"].editor.edit.setFocus()
    qtbot.waitUntil(lambda: grouped_digits(EXAMPLE["nik"]) in display.visible_texts())  # shown 4-4-4-4

    window.activateWindow()  # the officer works in the main window (the display may have taken activation)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = window.protection.lock
    assert lock.is_locked
    for w in (window, display):
        visible = [c for c in w.findChildren(QWidget) if c.isVisible()]
        shown = texts_on_screen(visible) if visible else []  # none at all: texts_on_screen([]) reads every widget
        assert EXAMPLE["nama_lengkap"] not in " ".join(shown)
        assert EXAMPLE["nik"] not in " ".join(shown)
        assert grouped_digits(EXAMPLE["nik"]) not in " ".join(shown)
    assert not window.centralWidget().isVisible()
    assert display.content.empty and grouped_digits(EXAMPLE["nik"]) not in display.visible_texts()
    # No shortcut reaches the form while locked: F8 ("read the question") and Ctrl+N do nothing.
    read_question = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("F8")]
    assert read_question and not any(a.isEnabled() for a in read_question)
    assert not window.new_action.isEnabled()

    qtbot.keyClicks(lock.form.secret, DEMO_PIN)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClick(lock.form.secret, Qt.Key.Key_Return)
    assert window.centralWidget().isVisible() and page(window) is section
    assert window.new_action.isEnabled() and all(a.isEnabled() for a in read_question)
    assert window.flow.answers["nama_lengkap"] == EXAMPLE["nama_lengkap"]  # nothing lost by locking
    assert "login" in [e.action for e in audit.entries(ctx.store)]


def test_the_idle_time_follows_the_setting(desk: Any) -> None:
    ctx, window = desk
    lock = window.protection.lock
    assert lock.timer.interval() == ctx.settings.get("auto_lock_minutes") * 60_000
    ctx.settings.set("auto_lock_minutes", 2)
    assert lock.timer.interval() == 2 * 60_000


def test_a_new_applicant_clears_what_the_app_put_on_the_clipboard(
    qtbot: Any, desk: Any, tmp_path: Path
) -> None:
    _ctx, window = desk
    window.start_service("ktp-el")
    window.flow.go("section:pemohon")
    section = page(window)
    fill_section(qtbot, section, {"nik": EXAMPLE["nik"]}, tmp_path)
    edit = section.rows["nik"].editor.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert EXAMPLE["nik"] in QGuiApplication.clipboard().text().replace(" ", "")
    window.flow.save_draft()
    window.ctx.store.delete_draft(window.flow.state().draft_id)
    window.show_services()
    assert QGuiApplication.clipboard().text() == ""


def test_the_daily_purge_runs_when_the_desk_opens(qtbot: Any, open_desk: Any) -> None:
    from datetime import UTC, datetime, timedelta

    from mpp_assist.store import Store

    with Store() as store:
        old = store.create_application(
            service_id="ktp-el", form_version="1", answers={"nik": EXAMPLE["nik"]}, officer="demo", desk="D1"
        )
        unsent = store.create_application(
            service_id="ktp-el", form_version="1", answers={}, officer="demo", desk="D1"
        )
        long_ago = (datetime.now(UTC) - timedelta(days=45)).isoformat(timespec="seconds")
        with store.transaction() as c:
            c.execute(
                "UPDATE applications SET status = 'sent', official_number = 'K-1', updated_at = ?"
                " WHERE id = ?",
                (long_ago, old.id),
            )
            c.execute("UPDATE applications SET updated_at = ? WHERE id = ?", (long_ago, unsent.id))
            c.execute("UPDATE outbox SET state = 'sent' WHERE application_id = ?", (old.id,))
    ctx, _window = open_desk()
    assert [a.id for a in ctx.store.list_applications()] == [unsent.id]


def test_the_desk_leaves_no_personal_data_in_plaintext_under_the_data_home(
    qtbot: Any, open_desk: Any, data_home: Path
) -> None:
    person = {
        **EXAMPLE,
        "nik": "3273016512880002",
        "nama_lengkap": "Kusumawardhani Tjokroaminoto",
        "tanggal_lahir": "1988-12-25",
        "jenis_kelamin": "P",
        "alamat": "Jl. Cibeunying Kidul No. 77",
    }
    _ctx, window = open_desk(consent=True)
    window.start_service("ktp-el")
    qtbot.keyClicks(window.stack.currentWidget().consenter, person["nama_lengkap"])
    qtbot.mouseClick(window.stack.currentWidget().agree, Qt.MouseButton.LeftButton)
    for field_id, value in person.items():
        window.flow.set_answer(field_id, value)
    window.flow.save_draft()
    with qtbot.waitSignal(window.flow.submitted):
        assert window.flow.submit() is None
    qtbot.waitUntil(lambda: window.receipt is not None)
    window.new_applicant()
    needles = [person["nik"], person["nama_lengkap"], person["alamat"], person["nama_lengkap"].split()[-1]]
    leaks = []
    for path in data_home.rglob("*"):
        if path.is_file() and path.relative_to(data_home).parts[0] != "server":
            blob = path.read_bytes().lower()
            leaks += [
                f"{path.name}: {n}"
                for n in needles
                for enc in ("utf-8", "utf-16-le")
                if n.lower().encode(enc) in blob
            ]
    assert leaks == []
    assert any(p.name == "mpp-assist.sqlite3" for p in data_home.rglob("*"))

"""The window's frame: header, navigation rail from the place registry, service cards, step indicator."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from mpp_assist.app import build_context
from mpp_assist.ui.shell.main_window import MainWindow
from mpp_assist.ui.shell.places import Place, PlaceRegistry

from ..keyboard_driver import key


def test_the_rail_lists_the_desks_places_in_order_with_alt_shortcuts(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    assert [p.id for p in window.places][:2] == ["services", "applications"]
    names = [window.rail.buttons[p.id].accessibleName() for p in window.places]
    assert names[:2] == ["Layanan", "Permohonan"] and "Pengaturan" in names and "Bantuan" in names
    assert window.rail.current() == "services"
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.desk_sync.page
    assert window.rail.current() == "applications"
    assert "Alt+2" in window.rail.buttons["applications"].toolTip()
    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.services and window.rail.current() == "services"


def test_a_place_joins_the_rail_without_the_windows_code(qtbot: Any) -> None:
    built: list[Any] = []

    def factory(host: Any) -> QLabel:
        built.append(host)
        label = QLabel("Halaman percobaan")
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return label

    places = PlaceRegistry()
    places.register(Place("trial", label=lambda: "Percobaan", icon="mdi6.flask-outline", factory=factory, order=5))
    ctx = build_context(synchronous_tasks=True)
    try:
        window = MainWindow(ctx, places=places)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        button = window.rail.buttons["trial"]
        assert button.text() == "Percobaan" and not button.icon().isNull()
        key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        assert built == [window] and window.stack.currentWidget().text() == "Halaman percobaan"
        window.show_place("trial")
        assert len(built) == 1  # built once, kept
        window.new_applicant()  # a page of one applicant's is not kept for the next
        assert "trial" not in window.place_pages
        window.close()
    finally:
        ctx.store.close()


def test_the_header_shows_the_desk_and_the_sync_state_in_words(desk: Any) -> None:
    ctx, window = desk
    assert window.header.identity.accessibleName() == (
        f"{ctx.settings.get('mpp_name')} · Loket {ctx.settings.get('desk')} · Petugas {ctx.settings.get('officer')}"
    )
    chip = window.header.sync_chip
    assert chip.isVisible() and chip.text() == "Tanpa server" and not chip.icon().isNull()
    lock = window.header.button_for(window.protection.lock_action)
    assert lock is not None and lock.accessibleName() == "Kunci"


def test_at_200_percent_the_rail_shows_icons_and_the_frame_leaves_the_form_its_height(qtbot: Any, desk: Any) -> None:
    ctx, window = desk
    window.resize(1366, 768)
    ctx.settings.set("font_scale", 200)
    window.start_service("ktp-el")
    qtbot.waitUntil(lambda: window.flow is not None and window.flow.isVisible())
    QApplication.processEvents()
    rail_button = window.rail.buttons["services"]
    assert rail_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    frame = window.header.height() + window.flow.steps.height()
    assert frame <= 0.20 * 768, frame
    assert window.rail.width() <= 0.1 * 1366
    ctx.settings.set("font_scale", 100)
    assert rail_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert rail_button.text() == "Layanan"


def test_service_cards_filter_as_one_types_and_open_with_enter(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    services = window.services
    assert QApplication.focusWidget() is services.search  # typing filters at once
    for ch in "paspor":
        qtbot.keyClick(services.search, ch)
    shown = [services.list.item(i) for i in range(services.list.count()) if not services.list.item(i).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in shown] == ["paspor"]
    card = services.list.itemWidget(shown[0])
    assert "Imigrasi" in card.agency.text() and "dokumen" in card.facts.text()
    key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is services.list
    key(qtbot, Qt.Key.Key_Return)
    assert window.flow is not None and window.flow.definition.id == "paspor"


def test_cards_say_fee_time_and_documents(desk: Any) -> None:
    _ctx, window = desk
    services = window.services
    texts = {services.list.item(i).data(Qt.ItemDataRole.UserRole): services.list.item(i).data(
        Qt.ItemDataRole.AccessibleTextRole) for i in range(services.list.count())}
    assert "Gratis" in texts["ktp-el"] and "hari kerja" in texts["ktp-el"]
    assert "Rp " in texts["paspor"]


def test_the_step_indicator_follows_the_form_and_names_the_applicant_masked(qtbot: Any, desk: Any) -> None:
    _ctx, window = desk
    window.start_service("ktp-el", prefill={"nik": "3273015708900001", "nama_lengkap": "Siti Aminah"})
    flow = window.flow
    assert flow.steps.steps_label.accessibleName().startswith("Langkah 1 dari ")
    assert "Dokumen" in flow.steps.steps_label.accessibleName()
    flow.go(flow.next_after(flow.state().page))
    assert flow.steps.steps_label.accessibleName().startswith("Langkah 2 dari ")
    summary = flow.steps.summary.toolTip()  # the whole line (shown shortened when narrow)
    assert "Siti Aminah" in summary and "3273 **** **** 0001" in summary and "3273015708900001" not in summary


def test_the_primary_button_stays_in_place_below_the_scrolling_page(qtbot: Any, desk: Any) -> None:
    ctx, window = desk
    window.resize(1366, 768)
    ctx.settings.set("font_scale", 200)
    window.start_service("ktp-el")
    page = window.flow.page
    qtbot.waitUntil(page.continue_button.isVisible)
    bottom = page.continue_button.mapTo(window, QPoint(0, page.continue_button.height())).y()
    assert bottom <= window.height()
    assert not page.scroll.widget().isAncestorOf(page.continue_button)
    before = page.continue_button.mapTo(window, QPoint(0, 0))
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    assert page.continue_button.mapTo(window, QPoint(0, 0)) == before


def test_the_rail_and_header_speak_english_after_a_live_switch(desk: Any) -> None:
    ctx, window = desk
    ctx.settings.set("language", "en")
    try:
        assert window.rail.buttons["services"].accessibleName() == QCoreApplication.translate("Places", "Layanan")
        assert window.rail.buttons["services"].accessibleName() == "Services"
        speak = window.inclusion.panel.speak_button
        assert isinstance(speak, QToolButton) and speak.accessibleName() == "Read aloud"
    finally:
        ctx.settings.set("language", "id")


def test_the_window_keeps_the_engines_clock(desk: Any) -> None:
    # The engine's "today" is Indonesia's (WIT); the window once took the machine's date, so from
    # 22:00 WIB a child's age in days differed between the desk and the server.
    from mpp_assist.forms import dates

    ctx, window = desk
    assert ctx.today is dates.today
    window.start_service("akta-kelahiran")
    assert window.flow.session.today == dates.today()


def test_an_officer_is_never_sent_to_the_command_line(data_home: Any) -> None:
    # The runner's own words for "no token" once ended "Masuk dulu: mpp-assist login", which the
    # window showed an officer who has no command line.
    import pytest as _pytest

    from mpp_assist.settings import Settings
    from mpp_assist.store import Store
    from mpp_assist.sync import runner
    from mpp_assist.sync.client import AuthRequired
    from mpp_assist.ui.queue.applications_page import problem_text
    from mpp_assist.ui.shell.sync_worker import SyncStatus

    settings = Settings()
    settings.set("backend_url", "https://127.0.0.1:9")
    with Store() as store, _pytest.raises(AuthRequired) as caught:
        runner.for_desk(store, settings)
    text = problem_text(SyncStatus("needs_login", caught.value.message))
    assert "mpp-assist" not in text and "Masuk lagi ke server" in text


@pytest.mark.parametrize("kind", ["unreachable", "misconfigured", "needs_login"])
def test_the_sync_line_keeps_its_sentences_apart(kind: str) -> None:
    from mpp_assist.ui.queue.applications_page import problem_text
    from mpp_assist.ui.shell.sync_worker import SyncStatus

    text = problem_text(SyncStatus(kind, "koneksi ditolak"))  # a reason with no full stop of its own
    assert "koneksi ditolak. " in text
    assert "ditolak.. " not in problem_text(SyncStatus(kind, "koneksi ditolak."))


def test_the_receipt_promises_sending_only_on_a_desk_with_a_server(desk: Any) -> None:
    from mpp_assist.applications import submit

    ctx, window = desk
    definition = ctx.catalogue.get("ktp-el")
    app = submit(ctx.store, definition, definition.example_answers(), officer="demo", desk="DEMO-01")
    ctx.settings.set("backend_url", "")
    window.show_receipt(app)
    assert "sendiri" not in window.receipt.queued.text() and "tanpa server" in window.receipt.queued.text()
    ctx.settings.set("backend_url", "https://127.0.0.1:9")
    window.show_receipt(app)
    assert "terkirim sendiri" in window.receipt.queued.text() and " Ia " not in window.receipt.queued.text()


def test_a_closed_desk_never_locks_later(qtbot: Any, open_desk: Any) -> None:
    # Any key in any window restarted the idle countdown of a desk already closed, which then locked
    # minutes later and reached for its applicant display, deleted with the window (a CI failure).
    _ctx, window = open_desk()
    lock = window.protection.lock
    assert lock.timer.isActive()
    window.close()
    _ctx2, other = open_desk()
    qtbot.keyClick(other.services.search, "a")
    assert not lock.timer.isActive()


def test_the_demo_desk_syncs_only_once_its_local_server_is_up_and_the_demo_officer_signed_in(
    qtbot: Any,
) -> None:
    """A pass before the demo sign-in told the officer to log in again, for 40 s after every start."""
    import threading

    from mpp_assist.app import create_window, use_local_backend

    ctx = build_context()  # real background tasks, as `dev.py run`
    ctx.settings.set("backend_url", "http://127.0.0.1:9")  # the local server of an earlier run (not up yet)
    window = create_window(ctx, None, consent=False)
    qtbot.addWidget(window)
    worker = window.desk_sync.worker
    started, gate = threading.Event(), threading.Event()

    def start(_home: Any) -> None:  # the local server and sign-in, held until the test lets go
        started.set()
        gate.wait(30)

    use_local_backend(ctx, worker, start)
    window.show()
    qtbot.waitUntil(started.is_set)
    for _ in range(5):
        QCoreApplication.processEvents()  # the worker's first pass would start here
    assert not worker.running
    gate.set()
    qtbot.waitUntil(lambda: worker.running or worker.status.kind == "unreachable")  # then it goes on
    ctx.tasks.wait(5000)
    window.close()
    ctx.store.close()

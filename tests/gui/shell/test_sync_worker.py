"""The background sync worker against real server processes: off the UI thread, offline only,
paused by the desk lock and resumed on unlock, a 401 asks for a new login, a clean stop on quit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication

from backend_support import ServerProcess, seed_officers
from mpp_assist.security.officers import DEMO_PIN
from mpp_assist.server.demo import DEMO_PASSWORD, DEMO_USERNAME
from mpp_assist.store import Store
from mpp_assist.sync import outbox

from ..sync_desk import PASSWORD, open_applications, sign_desk_in, submit_one

pytestmark = [pytest.mark.gui, pytest.mark.slow]

APPS = "/api/v1/applications/[^/]+"


@pytest.fixture
def fault_server(tmp_path: Path) -> Any:
    """The reference server behind the test-only fault middleware (tests/fault_server.py)."""
    folder = tmp_path / "faulty"
    folder.mkdir()
    db_url = f"sqlite:///{folder / 'server.sqlite3'}"
    seed_officers(db_url)
    server = ServerProcess(db_url, folder, faults=True).start()
    yield server
    server.kill()


def test_the_ui_keeps_running_while_a_pass_waits_on_the_server(
    qtbot: Any, open_desk: Any, fault_server: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    sign_desk_in(fault_server)
    _ctx, window = open_desk()
    worker = window.desk_sync.worker
    passes: list[QThread] = []
    worker.progress.connect(lambda _p: passes.append(QThread.currentThread()))
    # The server holds its answer to the PUT: the pass is in flight for a while.
    fault_server.set_faults([{"method": "PUT", "path": APPS, "on": [1], "action": "after_slow", "delay": 2}])
    ticks_during_pass = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks_during_pass.append(1) if worker.running else None)
    timer.start()
    app_id = submit_one(qtbot, window, tmp_path)  # the submit starts a pass at once
    assert worker.running
    page = open_applications(qtbot, window)
    qtbot.waitUntil(lambda: page.row_texts(app_id)[3] == "Terkirim", timeout=30_000)
    timer.stop()
    assert len(ticks_during_pass) >= 5, "the UI thread's timers fired while the pass was running"
    assert passes and all(t is QApplication.instance().thread() for t in passes)  # delivered on the UI thread
    assert [r.client_uuid for r in fault_server.rows()] == [app_id]


def test_offline_only_makes_no_attempt(qtbot: Any, open_desk: Any, tmp_path: Path) -> None:
    ctx, window = open_desk()
    assert ctx.settings.get("backend_url") == ""
    worker = window.desk_sync.worker
    app_id = submit_one(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: worker.status.kind == "offline_only")
    assert not worker.running and not worker.timer.isActive()
    page = open_applications(qtbot, window)
    assert "tanpa server" in page.problem.text()
    assert page.row_texts(app_id)[3] == "Menunggu dikirim"
    assert not page.sync_button.isEnabled()
    assert window.desk_sync.status_label.text() == "Tanpa server"


def test_lock_pauses_sync_and_unlock_resumes_it(
    qtbot: Any, open_desk: Any, backend: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    from mpp_assist.server import admin
    from mpp_assist.server.db import open_engine, session_factory

    engine = open_engine(backend.db_url)  # the desk's (demo) officer has an account on this server
    with session_factory(engine)() as session:
        admin.add_officer(session, DEMO_USERNAME, "DESK-A", "officer", DEMO_PASSWORD)
    engine.dispose()
    backend.start()
    sign_desk_in(backend, DEMO_USERNAME, DEMO_PASSWORD)
    backend.kill()
    _ctx, window = open_desk()
    worker = window.desk_sync.worker
    app_id = submit_one(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: worker.status.kind == "unreachable", timeout=30_000)
    lock = window.protection.lock
    lock.lock()
    qtbot.waitUntil(lambda: not worker.running, timeout=30_000)
    assert worker.status.kind == "paused" and not worker.timer.isActive()  # nothing can start while locked
    backend.start()
    worker.sync_now()  # even a request (a late submit signal) does nothing while locked
    assert not worker.running
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClicks(lock.form.secret, DEMO_PIN)
        qtbot.keyClick(lock.form.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.client_uuid for r in backend.rows()] == [app_id], timeout=30_000)
    qtbot.waitUntil(lambda: worker.status.kind == "ok", timeout=30_000)


def test_a_401_asks_for_a_new_login_and_leaves_the_queue_alone(
    qtbot: Any, open_desk: Any, fault_server: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    sign_desk_in(fault_server)
    _ctx, window = open_desk()
    unauthorised = {"method": "PUT", "path": APPS, "on": [1, 2, 3], "action": "status", "status": 401}
    fault_server.set_faults([unauthorised])
    app_id = submit_one(qtbot, window, tmp_path)
    page = open_applications(qtbot, window)
    qtbot.waitUntil(lambda: page.login_button.isVisible(), timeout=30_000)
    assert "Perlu masuk lagi ke server" in page.problem.text()
    assert "Permohonan tetap tersimpan" in page.problem.text()
    assert page.row_texts(app_id)[3] == "Menunggu dikirim"
    with Store() as other:
        entry = outbox.entry(other, app_id)
        assert (entry.state, entry.attempts) == ("waiting", 0)
    worker = window.desk_sync.worker
    assert not worker.timer.isActive()  # no retries until the officer logs in

    fault_server.set_faults([])
    qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)
    dialog = window.desk_sync.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.username.text() == "ana"
    qtbot.keyClicks(dialog.password, "salah-sandi")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.status.text().startswith("Belum bisa masuk: ")
    assert dialog.password.text() == ""  # the password never stays in the widget
    assert page.row_texts(app_id)[3] == "Menunggu dikirim"
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.row_texts(app_id)[3] == "Terkirim", timeout=30_000)
    assert not page.login_button.isVisible()
    assert [r.client_uuid for r in fault_server.rows()] == [app_id]


def test_closing_the_window_stops_the_worker_cleanly(
    qtbot: Any, open_desk: Any, fault_server: ServerProcess, tmp_path: Path, fast_sync: None
) -> None:
    sign_desk_in(fault_server)
    _ctx, window = open_desk()
    worker = window.desk_sync.worker
    fault_server.set_faults([{"method": "PUT", "path": APPS, "on": [1], "action": "after_slow", "delay": 2}])
    app_id = submit_one(qtbot, window, tmp_path)
    assert worker.running
    qtbot.waitUntil(lambda: fault_server.fault_state()[0].get("seen") == 1, timeout=30_000)  # PUT in flight
    window.close()  # waits for the request in flight, then nothing more starts
    assert not worker.running and not worker.timer.isActive()
    worker.sync_now()
    assert not worker.running
    assert _ctx.tasks.wait(0), "the pass in flight had ended when the window closed"
    with Store() as other:  # the answer that was on its way is recorded, not lost
        app = other.get_application(app_id)
        assert outbox.entry(other, app_id).state == "sent"
    rows = fault_server.rows()
    assert [(r.client_uuid, r.official_number) for r in rows] == [(app_id, app.official_number)]

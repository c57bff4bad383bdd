"""A desk signed in to a real reference server on 127.0.0.1, and applications submitted through its window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backend_support import ServerProcess, seed_officers
from mpp_assist.settings import Settings
from mpp_assist.store import Store
from mpp_assist.sync import credentials
from mpp_assist.ui.desk.check_answers import CheckAnswersPage
from mpp_assist.ui.queue.applications_page import ApplicationsPage
from mpp_assist.ui.shell import sync_worker

from .desk.test_desk_flow import fill_ktp_el_to_check_answers
from .desk_driver import page, press

OFFICER, PASSWORD = "ana", "sandi-ana-123"


@pytest.fixture
def fast_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Health checks every fraction of a second, so waiting for "by itself" stays short."""
    monkeypatch.setattr(sync_worker, "CHECK_MS", 200)
    monkeypatch.setattr(sync_worker, "MAX_CHECK_MS", 800)


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[ServerProcess]:
    """The reference server (SQLite) with three officers; the test starts and kills it."""
    folder = tmp_path / "backend"
    folder.mkdir()
    db_url = f"sqlite:///{folder / 'server.sqlite3'}"
    seed_officers(db_url)
    server = ServerProcess(db_url, folder)
    yield server
    server.kill()


def sign_desk_in(server: ServerProcess, officer: str = OFFICER, password: str = PASSWORD) -> None:
    """The desk's settings point at ``server`` and the officer holds a token (as after the first run)."""
    settings = Settings()
    settings.set("backend_url", server.url)
    settings.set("officer", officer)
    with Store() as store:
        credentials.login_online(store, server.url, officer, password)


def submit_one(qtbot: Any, window: Any, tmp: Path) -> str:
    """One KTP-el application typed in and submitted with the keyboard; its id."""
    window.new_applicant()
    fill_ktp_el_to_check_answers(qtbot, window, tmp)
    check = page(window)
    assert isinstance(check, CheckAnswersPage)
    press(qtbot, Qt.Key.Key_Return)
    if check.duplicate_dialog is not None:  # the same applicant again: the officer goes on
        go = next(b for b in check.duplicate_dialog.buttons() if b.text() == "Lanjutkan")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert window.receipt is not None
    return window.receipt.application.id


def open_applications(qtbot: Any, window: Any) -> ApplicationsPage:
    """Ctrl+Shift+P, as the officer would."""
    target = QApplication.focusWidget() or window
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(target, Qt.Key.Key_P, modifiers)
    page_ = window.desk_sync.page
    assert window.stack.currentWidget() is page_
    return page_


def state_of(page_: ApplicationsPage, app_id: str) -> list[str]:
    return page_.row_texts(app_id)


def waiter(qtbot: Any) -> Callable[..., None]:
    def wait(condition: Callable[[], Any], timeout: int = 30_000) -> None:
        qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    return wait

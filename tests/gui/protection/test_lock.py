"""The desk locks when idle: every window hides applicant data, the clipboard is cleared, PIN unlocks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from mpp_assist.security import session
from mpp_assist.security.officers import DEMO_PIN, MAX_ATTEMPTS
from mpp_assist.ui.protection.lock import DeskLock

pytestmark = pytest.mark.gui
NAME = "Sri Rahayuningsih"


def visible_texts(window: QWidget) -> list[str]:
    texts = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel | QLineEdit):
            texts.append(w.text())
    return texts


@pytest.fixture
def desk(qtbot: Any, data_home: Path):
    session.require()  # the demo officer, signed in
    main = QMainWindow()
    central = QWidget()
    QVBoxLayout(central).addWidget(QLineEdit(NAME))
    main.setCentralWidget(central)
    display = QWidget()
    QVBoxLayout(display).addWidget(QLabel(f"Nama: {NAME}"))
    for w in (main, display):
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
    blanked: list[bool] = []
    lock = DeskLock([main, display], minutes=5, officer=lambda: "demo", on_lock=lambda: blanked.append(True))
    yield main, display, lock, blanked
    lock.close()
    session.sign_out()


def test_idle_timer_follows_the_setting_and_input_restarts_it(desk: Any, qtbot: Any) -> None:
    main, _display, lock, _ = desk
    assert lock.timer.interval() == 5 * 60_000 and lock.timer.isActive()
    lock.timer.stop()
    qtbot.keyClick(main.centralWidget().findChild(QLineEdit), Qt.Key.Key_End)
    assert lock.timer.isActive()  # any key press starts the countdown again
    lock.set_minutes(12)
    assert lock.timer.interval() == 12 * 60_000


def test_input_is_noticed_once_then_not_again_until_rearmed(desk: Any, qtbot: Any) -> None:
    """Not a call into Python for every event of the desk: after the first key the filter is off."""
    main, _display, lock, _ = desk
    field = main.centralWidget().findChild(QLineEdit)
    assert lock.watching
    assert lock.rearm.interval() == 30_000  # a tenth of 5 minutes, at most 30 s
    qtbot.keyClick(field, Qt.Key.Key_End)
    assert not lock.watching and lock.timer.isActive() and lock.rearm.isActive()
    lock.timer.stop()
    qtbot.keyClicks(field, "abc")  # unnoticed: the filter is not installed
    assert not lock.timer.isActive()
    lock.rearm.timeout.emit()  # the short while has passed
    assert lock.watching
    qtbot.keyClick(field, Qt.Key.Key_Home)
    assert lock.timer.isActive() and not lock.watching
    lock.set_minutes(1)
    assert lock.rearm.interval() == 6_000  # never more than a tenth of the idle time early


def test_locking_hides_applicant_data_in_every_window_and_clears_the_clipboard(desk: Any, qtbot: Any) -> None:
    main, display, lock, blanked = desk
    QGuiApplication.clipboard().setText(f"{NAME} 3201234567890123")
    assert any(NAME in t for t in visible_texts(main)) and any(NAME in t for t in visible_texts(display))
    lock.timer.timeout.emit()  # as when the idle minutes have passed
    assert lock.is_locked and blanked == [True]
    assert not any(NAME in t for t in visible_texts(main))
    assert not any(NAME in t for t in visible_texts(display))
    assert not main.centralWidget().isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert lock.form is not None and lock.form.isVisible()


def test_wrong_pin_says_so_then_the_right_pin_brings_everything_back(desk: Any, qtbot: Any) -> None:
    main, display, lock, _ = desk
    lock.lock()
    form = lock.form
    qtbot.keyClicks(form.secret, "000000")
    qtbot.keyClick(form.secret, Qt.Key.Key_Return)
    assert lock.is_locked and form.error.isVisible()
    assert f"Sisa percobaan: {MAX_ATTEMPTS - 1}" in form.error.text()
    assert form.secret.text() == ""  # the PIN never stays in the widget
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClicks(form.secret, DEMO_PIN)
        qtbot.keyClick(form.secret, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert any(NAME in t for t in visible_texts(main)) and any(NAME in t for t in visible_texts(display))
    assert lock.timer.isActive()


def test_five_wrong_pins_lock_the_account(desk: Any, qtbot: Any) -> None:
    _main, _display, lock, _ = desk
    lock.lock()
    for _ in range(MAX_ATTEMPTS):
        qtbot.keyClicks(lock.form.secret, "999999")
        qtbot.keyClick(lock.form.secret, Qt.Key.Key_Return)
    assert "dikunci" in lock.form.error.text()
    qtbot.keyClicks(lock.form.secret, DEMO_PIN)
    qtbot.keyClick(lock.form.secret, Qt.Key.Key_Return)
    assert lock.is_locked and "dikunci" in lock.form.error.text()


def test_a_question_open_when_the_desk_locks_is_answered_no(desk: Any, qtbot: Any) -> None:
    main, _display, lock, _ = desk
    answers: list[QMessageBox.StandardButton] = []

    def ask() -> None:  # as "Pemohon baru?" does: a modal question with its own event loop
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Pemohon baru",
            f"Hapus isian {NAME}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            main,
        )
        QTimer.singleShot(0, lock.lock)  # the idle time runs out while the question is open
        answers.append(box.exec())

    ask()
    assert answers == [QMessageBox.StandardButton.No] and lock.is_locked

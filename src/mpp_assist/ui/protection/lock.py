"""Locking the desk: after N idle minutes (or on demand) every window hides applicant data.

``DeskLock`` watches user input application-wide; when the officer has been idle for
``auto_lock_minutes`` (a machine setting, default 5) it locks. Locking hides every
child of every registered window (so neither eyes nor a screen reader can reach
the applicant's data), lays an opaque panel over each, blanks the applicant
display, and clears anything this app put on the clipboard. The officer's window
gets the unlock form; five wrong attempts lock the account for a while
(``security.officers``). Another officer may unlock too: they take over the desk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mpp_assist.security import session as security_session
from mpp_assist.security.errors import SecurityError
from mpp_assist.security.session import Session
from mpp_assist.ui.shell.widgets import button, heading, paragraph

REARM_MAX_MS = 30_000  # how long input may go unnoticed after it was last noticed (see DeskLock)
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class ClipboardGuard(QObject):
    """Knows whether the clipboard holds something this app put there, and clears only that.

    ``ownsClipboard()`` answers this on Windows and X11; where the platform cannot
    tell, a change made while one of our windows is active counts as ours.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours = False
        self.clipboard = QGuiApplication.clipboard()
        self.clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        self._ours = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def clear(self) -> None:
        if self.clipboard.ownsClipboard() or self._ours:
            self.clipboard.clear()
        self._ours = False


def _no_button(box: QMessageBox) -> QAbstractButton | None:
    roles = (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)
    return next((b for b in box.buttons() if box.buttonRole(b) in roles), None)


class UnlockForm(QWidget):
    """Officer name + password/PIN; emits ``unlocked`` with the new session."""

    unlocked = Signal(object)

    def __init__(self, officer: str = "", parent: QWidget | None = None,
                 unlock: Callable[[str, str], Session] = security_session.unlock) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.setObjectName("unlockForm")
        self.title = heading(self.tr("Aplikasi terkunci"))
        self.note = paragraph(
            self.tr("Data pemohon disembunyikan. Masukkan kata sandi atau PIN untuk membuka.")
        )
        self.officer = QLineEdit(officer)
        self.officer.setObjectName("unlockOfficer")
        self.secret = QLineEdit()
        self.secret.setObjectName("unlockSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.officer.setAccessibleName(self.tr("Nama petugas"))
        self.secret.setAccessibleName(self.tr("Kata sandi atau PIN"))
        self.error = paragraph("", role="error")
        self.error.setObjectName("unlockError")
        self.error.hide()
        self.submit = button(self.tr("Buka kunci"), role="primary")
        self.submit.setObjectName("unlockButton")
        self.submit.clicked.connect(self.try_unlock)
        self.secret.returnPressed.connect(self.try_unlock)
        form = QFormLayout()
        form.addRow(self.tr("Nama petugas"), self.officer)
        form.addRow(self.tr("Kata sandi/PIN"), self.secret)
        layout = QVBoxLayout(self)
        for w in (self.title, self.note, self.error):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.submit)

    def focus(self) -> None:
        target = self.secret if self.officer.text() else self.officer
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> None:
        officer, secret = self.officer.text().strip(), self.secret.text()
        self.secret.clear()  # never keep the PIN in a widget longer than needed
        try:
            s = self._unlock(officer, secret)
        except SecurityError as exc:
            self.error.setText(exc.message)
            self.error.setAccessibleName(exc.message)
            self.error.show()
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.hide()
        self.unlocked.emit(s)


class LockCover(QWidget):
    """An opaque panel over one window while the desk is locked."""

    def __init__(self, window: QWidget, content: QWidget | None) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if content is None:
            content = heading(self.tr("Terkunci"))
        layout.addWidget(content)
        self.content = content
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(obj, QWidget):
            self.setGeometry(obj.rect())
        return False


class DeskLock(QObject):
    """Idle timer and lock state for a set of windows (the main window first)."""

    locked = Signal()
    unlocked = Signal(object)  # the session that unlocked

    def __init__(self, windows: list[QWidget], minutes: int, officer: Callable[[], str],
                 on_lock: Callable[[], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windows = list(windows)
        self._officer = officer
        self._on_lock = on_lock
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._covers: list[LockCover] = []
        self.form: UnlockForm | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        # Activity is noticed by an application-wide event filter, but not on every event: a filter
        # there is a call into Python for each of Qt's events (every paint, timer and key, ~5 µs each).
        # The first input event after the filter is armed restarts the countdown and disarms it; it is
        # armed again a short while later (``rearm``). The lock may so come that while early: at most a
        # tenth of the idle time (30 s at most), never late.
        self.rearm = QTimer(self)
        self.rearm.setSingleShot(True)
        self.rearm.timeout.connect(self._watch)
        self.watching = False
        self.clipboard = ClipboardGuard(self)
        self.set_minutes(minutes)
        self._watch()

    @property
    def is_locked(self) -> bool:
        return bool(self._covers)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, int(minutes)) * 60_000)
        self.rearm.setInterval(min(REARM_MAX_MS, self.timer.interval() // 10))
        if not self.is_locked:
            self.timer.start()

    def add_window(self, window: QWidget) -> None:
        if window not in self.windows:
            self.windows.append(window)
            if self.is_locked:
                self._cover(window, None)

    def remove_window(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def _watch(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.watching:
            app.installEventFilter(self)
            self.watching = True

    def _unwatch(self) -> None:
        app = QApplication.instance()
        if app is not None and self.watching:
            app.removeEventFilter(self)
        self.watching = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()  # restart the idle countdown
            self._unwatch()
            self.rearm.start()
        return False

    def _cover(self, window: QWidget, content: QWidget | None) -> None:
        for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible() and not child.isWindow() and not isinstance(child, LockCover):
                child.hide()
                self._hidden.append(child)
        cover = LockCover(window, content)
        cover.show()
        cover.raise_()
        self._covers.append(cover)

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        self.clipboard.clear()
        # Close open dialogs (a question about this applicant, a print dialog…): they could show data,
        # and a modal one would keep the unlock form from getting the keyboard. Rejecting is the safe answer.
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                no = _no_button(w) if isinstance(w, QMessageBox) else None
                if no is not None:
                    no.click()  # "No" / "Cancel", as the officer's Esc would
                else:
                    w.reject()
        if self._on_lock is not None:
            self._on_lock()
        # Shortcuts work even on hidden toolbars: "read the question aloud" must not speak through the lock.
        for window in self.windows:
            for action in window.findChildren(QAction):
                if action.isEnabled():
                    action.setEnabled(False)
                    self._disabled.append(action)
        for i, window in enumerate(self.windows):
            form = None
            if i == 0:
                self.form = form = UnlockForm(self._officer())
                form.unlocked.connect(self._unlocked)
            self._cover(window, form)
        if self.form is not None:
            self.form.focus()
        self.locked.emit()

    def _unlocked(self, s: Session) -> None:
        for cover in self._covers:
            cover.hide()
            cover.setParent(None)
            cover.deleteLater()
        self._covers.clear()
        for child in self._hidden:
            child.show()
        self._hidden.clear()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled.clear()
        self.form = None
        self.timer.start()
        self.unlocked.emit(s)

    def close(self) -> None:
        self.timer.stop()
        self.rearm.stop()
        self._unwatch()

"""Data protection in the desk window: idle lock over every window, consent before data entry, clipboard.

Attached by the composition root (``app.create_window``) like ``Inclusion``:

* ``DeskLock`` over the main window and the applicant display, its idle time
  from the ``auto_lock_minutes`` setting, plus a "Kunci" action (Ctrl+L);
* the consent page (privacy notice, read aloud through the speech panel) before
  data entry of a new application, through ``MainWindow.before_entry``;
* the clipboard cleared of what the app put there whenever the desk returns to
  the service list (a new applicant) or locks.

Signing in before the window opens is ``ui.setup.first_run``'s job.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from mpp_assist.security import retention
from mpp_assist.security import session as security_session
from mpp_assist.store import StoreError
from mpp_assist.ui.protection.consent import ConsentPage
from mpp_assist.ui.protection.lock import DeskLock
from mpp_assist.ui.shell.widgets import retire

if TYPE_CHECKING:
    from mpp_assist.ui.desk.form_flow import FlowState
    from mpp_assist.ui.inclusion.applicant_display import ApplicantDisplay
    from mpp_assist.ui.inclusion.speech_panel import SpeechController
    from mpp_assist.ui.shell.main_window import MainWindow


class DeskProtection(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        display: ApplicantDisplay | None = None,
        speech: SpeechController | None = None,
        consent: bool = True,
    ) -> None:
        """``display``: locked with the window; ``speech``: silenced on lock, and the consent page's voice;
        ``consent``: the consent page before data entry (tests of the form pages alone go without)."""
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.display = display
        self.speech = speech
        self.lock = DeskLock([window] + ([self.display] if self.display is not None else []),
                             self.ctx.settings.get("auto_lock_minutes"), officer=self.officer,
                             on_lock=self._on_lock, parent=self)
        self.lock.unlocked.connect(self._on_unlocked)
        self.lock_action = QAction(window)
        self.lock_action.setObjectName("lockDesk")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock.lock)
        window.addAction(self.lock_action)
        window.header.add_action(self.lock_action, "mdi6.lock-outline", "end")
        self.consent_page: ConsentPage | None = None
        self.asks_consent = consent  # the window asks before data entry (MainWindow.start_service)
        self._retranslate()
        self.ctx.settings.subscribe(self._on_setting)
        window.screen_changed.connect(self._on_screen)
        window.destroyed.connect(self.close)
        # Closed is enough: the applicant display goes with the window's close, and the idle lock
        # (whose countdown any key in any window restarts) would fire later on a closed desk.
        window.installEventFilter(self)
        # The automatic daily purge: now, then hourly (it runs at most once per day).
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(3_600_000)
        self.purge_timer.timeout.connect(self.daily_purge)
        self.purge_timer.start()
        self.daily_purge()

    def _retranslate(self) -> None:
        self.lock_action.setText(self.tr("Kunci"))
        self.lock_action.setToolTip(
            self.tr("Sembunyikan data pemohon sampai petugas memasukkan PIN (Ctrl+L)")
        )

    def officer(self) -> str:
        return self.ctx.officer

    def _on_setting(self, name: str, value: object) -> None:
        if name == "auto_lock_minutes":
            self.lock.set_minutes(int(value))  # type: ignore[call-overload]
        elif name == "language":
            self._retranslate()

    def daily_purge(self) -> list[str]:
        """Confirmed applications past ``retention_days`` leave this computer; never anything unsent."""
        days = self.ctx.settings.get("retention_days")
        try:
            return retention.purge_if_due(self.ctx.store, self.officer(), days)
        except (sqlite3.Error, StoreError, OSError):  # never stops the desk; retried within the hour
            return []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.lock.close()
            self.purge_timer.stop()
        return False

    def _on_lock(self) -> None:
        if self.display is not None:
            self.display.blank()
        if self.speech is not None:
            self.speech.forget()  # stop reading aloud, and nothing of the applicant left to "repeat"

    def _on_unlocked(self, s: Any) -> None:
        for officer, action in security_session.take_pending_events():
            self.ctx.store.audit(officer, action)
        if s.officer != self.ctx.settings.get("officer"):
            self.ctx.settings.set("officer", s.officer)  # another officer took over the desk

    def _on_screen(self, name: str) -> None:
        if name != "consent":
            self._retire_consent()
        if name == "services":
            self.lock.clipboard.clear()  # a new applicant: nothing of the last one stays behind

    # -- consent before data entry ------------------------------------------------------------

    def _speak(self) -> Callable[[str], None] | None:
        return self.speech.say if self.speech is not None else None

    def ask_consent(self, state: FlowState, proceed: Callable[[], None]) -> None:
        page = ConsentPage(
            self.ctx.store, draft_id=state.draft_id, officer=self.officer(), speak=self._speak()
        )

        def agreed(_record: object) -> None:
            state.reads_self = page.reads_self()  # check answers then needs the read-back when not
            proceed()

        page.consented.connect(agreed)
        page.declined.connect(self.window.show_services)
        self.consent_page = page
        self.window.show_page(page, "consent")

    def _retire_consent(self) -> None:
        page, self.consent_page = self.consent_page, None
        if page is not None:
            self.window.stack.removeWidget(page)
            retire(page, self.window.stack)

    def close(self) -> None:
        try:
            self.ctx.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass
        self.lock.close()


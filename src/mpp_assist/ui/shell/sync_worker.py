"""The desk's background sync: one pass at a time on a thread of its own, never on the UI thread.

A pass (``sync.runner.SyncRunner.run_once``) runs on a ``QThread`` that opens its own
``Store`` connection (SQLite connections are per thread) with the signed-in session's
data key. It starts with one cheap ``GET /health``: an unreachable backend costs one
request, not a round of retries, and nothing in the queue changes. Passes start:

* when the backend becomes reachable: a health check on a timer, backing off with
  jitter while the backend does not answer (``sync.backoff``), then a slow poll for
  back-office statuses once it does;
* right after every new application (``MainWindow.application_submitted``);
* when the officer asks ("Kirim sekarang"), logs in again, or the backend address changes.

``backend_url`` empty means offline only: no attempt at all. The worker pauses when the
desk locks (the pass in flight is cancelled between applications) and resumes on unlock;
``stop()`` on quit cancels and waits for the thread. Everything it reports arrives on the
UI thread as signals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from mpp_assist.security import session as security_session
from mpp_assist.security.errors import SecurityError
from mpp_assist.settings import Settings
from mpp_assist.store import Store, StoreError
from mpp_assist.sync import backoff, outbox

if TYPE_CHECKING:  # requests and the runner load with the first pass, not before the window shows
    from mpp_assist.sync.client import BackendError
    from mpp_assist.sync.runner import SyncReport

CHECK_MS = 15_000  # first health check after a failure; doubles (with jitter) up to MAX_CHECK_MS
MAX_CHECK_MS = 300_000
POLL_MS = 120_000  # reachable and idle: look for back-office statuses this often
STOP_WAIT_MS = 15_000

# Threads that did not end in time at quit: kept referenced so Qt never destroys a running thread.
_orphans: list[QThread] = []


@dataclass(frozen=True)
class SyncStatus:
    """What the desk shows about sync now. ``kind``: offline_only | idle | sending | ok | partial |
    unreachable | misconfigured | needs_login | paused | error."""

    kind: str
    message: str = ""
    last_sync_at: str | None = None


class _Pass(QThread):
    progressed = Signal(object)  # SyncProgress, queued to the UI thread
    reported = Signal(object)  # SyncReport

    def __init__(self, db: Path, key: bytes, settings: Settings, cancel: threading.Event) -> None:
        super().__init__()
        self.db, self.key, self.settings, self.cancel = db, key, settings, cancel

    def run(self) -> None:
        self.reported.emit(self._run())

    def _run(self) -> SyncReport:
        from mpp_assist.sync.client import BackendError, ServerBusy
        from mpp_assist.sync.runner import SyncReport, for_desk, last_sync_at

        try:
            with Store(self.db, self.key) as store:
                try:
                    self._probe()
                    runner = for_desk(store, self.settings)
                    try:
                        return runner.run_once(self.progressed.emit, self.cancel)
                    finally:
                        runner.client.close()
                except BackendError as exc:
                    report = SyncReport(outcome=_outcome(exc), message=exc.message)
                    report.retry_after = exc.retry_after if isinstance(exc, ServerBusy) else None
                    report.last_sync_at = last_sync_at(store)
                    return report
        except StoreError as exc:
            return SyncReport(outcome="error", message=str(exc))
        except Exception as exc:  # never a traceback on screen; the queue is safe and retried later
            return SyncReport(outcome="error", message=type(exc).__name__)

    def _probe(self) -> None:
        """One cheap request: is anything there, and is it an MPP Assist backend?"""
        from mpp_assist.sync.client import BackendClient

        get = self.settings.get
        client = BackendClient(
            get("backend_url"), ca_bundle=get("sync_ca_bundle") or None, timeout=(5.0, 10.0)
        )
        try:
            client.health()
        finally:
            client.close()


def _outcome(exc: BackendError) -> str:
    from mpp_assist.sync.client import AuthRequired, Misconfigured

    if isinstance(exc, AuthRequired):
        return "needs_login"
    if isinstance(exc, Misconfigured):
        return "misconfigured"
    return "unreachable"


class SyncWorker(QObject):
    progress = Signal(object)  # SyncProgress
    status_changed = Signal(object)  # SyncStatus
    finished = Signal(object)  # SyncReport of each pass

    def __init__(
        self,
        ctx: Any,
        *,
        check_ms: int | None = None,
        max_check_ms: int | None = None,
        poll_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.check_ms = check_ms or CHECK_MS
        self.max_check_ms = max_check_ms or MAX_CHECK_MS
        self.poll_ms = poll_ms or POLL_MS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self._thread: _Pass | None = None
        self._live: set[_Pass] = set()  # Python must never drop a QThread that still runs
        self._cancel = threading.Event()
        self._again = False
        self._failures = 0
        self._paused = False
        self._stopped = False
        self.status = SyncStatus("idle")
        ctx.settings.subscribe(self._on_setting)

    # -- control --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Begin: the first health check now (or say "offline only")."""
        QTimer.singleShot(0, self.sync_now)

    def sync_now(self) -> None:
        """Start a pass now, or right after the one running."""
        if self._stopped or self._paused:
            return
        url = self.ctx.settings.get("backend_url")
        if not url:
            self.timer.stop()
            self._set_status(SyncStatus("offline_only", last_sync_at=self._last_sync()))
            return
        if self._thread is not None:
            self._again = True
            return
        try:
            key = security_session.require().data_key
        except SecurityError as exc:  # not signed in (locked out): nothing to send with
            self._set_status(SyncStatus("error", exc.message, self._last_sync()))
            return
        self.timer.stop()
        self._again = False
        self._cancel = threading.Event()
        thread = _Pass(Path(self.ctx.store.path), key, self.ctx.settings, self._cancel)
        thread.progressed.connect(self.progress)
        thread.reported.connect(self._pass_done)
        # The pass reports before its thread has quite ended: keep the object until it has.
        thread.finished.connect(lambda: self._reap(thread))
        self._live.add(thread)
        self._thread = thread
        self._set_status(SyncStatus("sending", last_sync_at=self._last_sync()))
        thread.start()

    def pause(self) -> None:
        """The desk locked: cancel the pass in flight (between applications) and try nothing until resume."""
        self._paused = True
        self.timer.stop()
        self._cancel.set()
        self._set_status(SyncStatus("paused", last_sync_at=self._last_sync()))

    def hold(self) -> None:
        """No pass starts until ``resume``: what it needs is still being prepared (the demo desk's local
        server and the demo officer's sign-in; a pass before it would only say "log in again")."""
        self._paused = True
        self.timer.stop()

    def resume(self) -> None:
        if self._stopped:
            return
        self._paused = False
        self.sync_now()

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> None:
        """On quit: cancel, and wait for the thread (a request in flight ends within its timeout)."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        self._cancel.set()
        try:
            self.ctx.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass
        thread, self._thread = self._thread, None
        if thread is not None and not thread.wait(wait_ms):
            _orphans.append(thread)  # still finishing a request; never destroyed while running

    # -- results (UI thread) ----------------------------------------------------------------

    def _reap(self, thread: _Pass) -> None:
        thread.wait()  # returns at once: ``finished`` is its last act
        self._live.discard(thread)

    def _pass_done(self, report: SyncReport) -> None:
        self._thread = None
        if self._stopped:
            return
        self.finished.emit(report)
        outcome = report.outcome
        if outcome in ("ok", "partial"):
            self._failures = 0
            self._set_status(SyncStatus(outcome, report.message, report.last_sync_at))
            if self._again or (outcome == "partial" and report.remaining):
                self._schedule(self.check_ms if not self._again else 0)
            else:
                self._schedule(self.poll_ms)
        elif outcome == "cancelled":
            if not self._paused:
                self._schedule(0 if self._again else self.check_ms)
        elif outcome == "needs_login":
            # No retries until the officer logs in again (the queue is left exactly as it was).
            self._set_status(SyncStatus(outcome, report.message, report.last_sync_at))
        else:  # unreachable, misconfigured, error: back off, with jitter
            self._failures += 1
            self._set_status(SyncStatus(outcome, report.message, report.last_sync_at))
            seconds = backoff.delay(
                self._failures, report.retry_after, base=self.check_ms / 1000, cap=self.max_check_ms / 1000
            )
            self._schedule(max(self.check_ms, int(seconds * 1000)))
        self._again = False

    def _schedule(self, ms: int) -> None:
        if not self._paused and not self._stopped:
            self.timer.start(ms)

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _last_sync(self) -> str | None:
        try:
            return outbox.get_state(self.ctx.store, "last_sync_at")  # as sync.runner.last_sync_at
        except Exception:  # a display detail; never stops the desk
            return None

    def _on_setting(self, name: str, _value: object) -> None:
        if name in ("backend_url", "officer", "sync_ca_bundle"):
            self._failures = 0
            self.sync_now()

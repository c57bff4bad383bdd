"""The desk's background sync: one pass at a time on a lane of its own, never on the UI thread.

A pass (``sync.runner.SyncRunner.run_once``) runs on the worker's lane of the desk's task
runner (``TaskManager.lane``: one fixed thread; progress and cancel through ``TaskControl``),
opening its own ``Store`` connection (SQLite connections are per thread) with the signed-in
session's data key. It starts with one cheap ``GET /health``: an unreachable backend costs one
request, not a round of retries, and nothing in the queue changes. Passes start:

* when the backend becomes reachable: a health check on a timer, backing off with
  jitter while the backend does not answer (``sync.backoff``), then a slow poll for
  back-office statuses once it does;
* right after every new application (``MainWindow.application_submitted``);
* when the officer asks ("Kirim sekarang"), logs in again, or the backend address changes.

``backend_url`` empty means offline only: no attempt at all. The worker pauses when the
desk locks (the pass in flight is cancelled between applications) and resumes on unlock;
``stop()`` on quit cancels and waits for the pass. Everything it reports arrives on the
UI thread as signals.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from mpp_assist.security import session as security_session
from mpp_assist.security.errors import SecurityError
from mpp_assist.settings import Settings
from mpp_assist.store import Store, StoreError
from mpp_assist.sync import backoff, outbox
from mpp_assist.ui.shell.taskman import Future, TaskControl

if TYPE_CHECKING:  # requests and the runner load with the first pass, not before the window shows
    from mpp_assist.sync.client import BackendError
    from mpp_assist.sync.runner import SyncReport

CHECK_MS = 15_000  # first health check after a failure; doubles (with jitter) up to MAX_CHECK_MS
MAX_CHECK_MS = 300_000
POLL_MS = 120_000  # reachable and idle: look for back-office statuses this often
STOP_WAIT_MS = 15_000


@dataclass(frozen=True)
class SyncStatus:
    """What the desk shows about sync now. ``kind``: offline_only | idle | sending | ok | partial |
    unreachable | misconfigured | needs_login | paused | error."""

    kind: str
    message: str = ""
    last_sync_at: str | None = None


def _run_pass(db: Path, key: bytes, settings: Settings, control: TaskControl) -> SyncReport:
    """One pass, on the sync lane: a cheap probe, then the runner; every failure becomes a report."""
    from mpp_assist.sync.client import BackendError, ServerBusy
    from mpp_assist.sync.runner import SyncReport, for_desk, last_sync_at

    try:
        with Store(db, key) as store:
            try:
                _probe(settings)
                runner = for_desk(store, settings)
                try:
                    return runner.run_once(control.report, control.cancelled)
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


def _probe(settings: Settings) -> None:
    """One cheap request: is anything there, and is it an MPP Assist backend?"""
    from mpp_assist.sync.client import BackendClient

    get = settings.get
    client = BackendClient(get("backend_url"), ca_bundle=get("sync_ca_bundle") or None, timeout=(5.0, 10.0))
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
        # Passes run here one at a time, on its own thread even in tests (their timing is the subject).
        self._lane = ctx.tasks.lane(threaded=True)
        self._pass: Future | None = None
        self._again = False
        self._failures = 0
        self._paused = False
        self._stopped = False
        self.status = SyncStatus("idle")
        ctx.settings.subscribe(self._on_setting)

    # -- control --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._pass is not None

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
        if self._pass is not None:
            self._again = True
            return
        try:
            key = security_session.require().data_key
        except SecurityError as exc:  # not signed in (locked out): nothing to send with
            self._set_status(SyncStatus("error", exc.message, self._last_sync()))
            return
        self.timer.stop()
        self._again = False
        db, settings = Path(self.ctx.store.path), self.ctx.settings
        self._set_status(SyncStatus("sending", last_sync_at=self._last_sync()))
        self._pass = self._lane.run_with_progress(
            lambda control: _run_pass(db, key, settings, control), self._pass_done, self.progress.emit
        )

    def pause(self) -> None:
        """The desk locked: cancel the pass in flight (between applications) and try nothing until resume."""
        self._paused = True
        self.timer.stop()
        if self._pass is not None:
            self._pass.cancel()
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
        """On quit: cancel, and wait for the pass (a request in flight ends within its timeout)."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        running, self._pass = self._pass, None
        try:
            self.ctx.settings.unsubscribe(self._on_setting)
        except ValueError:
            pass
        if running is not None:
            running.cancel()
            self._lane.wait(wait_ms)  # (its on_done, later, sees the worker stopped and does nothing)

    # -- results (UI thread) ----------------------------------------------------------------

    def _pass_done(self, future: Future) -> None:
        if self._stopped:
            return
        self._pass = None
        report: SyncReport = future.result()  # (_run_pass turns every failure into a report)
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

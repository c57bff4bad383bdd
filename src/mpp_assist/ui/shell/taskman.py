"""Run slow work off the UI thread, then call back on the UI thread.

Everything slow (PDF building and rendering, region search on a huge list,
sync passes, the queue's calls) goes through one ``TaskManager`` instead of a thread per
feature, in the manner of Anki's ``taskman``: a ``Future``, ``on_done`` on the UI thread,
progress reported to the UI thread and a cancel the task looks at (``run_with_progress``), and
lanes of one fixed thread for work that owns a connection. (Speech keeps its own player thread:
playback is a device, held open for the length of a sentence, not a task.)

Tests build it with ``synchronous=True``: the task and its callback run at once,
in order, so threaded code is deterministic without sleeps. A lane made ``threaded``
runs on its thread even then: sync's timing against a real server is what its tests test.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Future:
    """The outcome of one task: its result, or the exception it raised."""

    def __init__(self) -> None:
        self.done = False
        self._result: Any = None
        self._error: BaseException | None = None
        self.cancel_requested = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop where it can (it looks at ``TaskControl.cancelled``); it still ends with
        ``on_done`` and whatever it returned."""
        self.cancel_requested.set()

    def result(self) -> Any:
        """The task's return value; re-raises its exception on the UI thread."""
        if self._error is not None:
            raise self._error
        return self._result


class _Relay(QObject):
    # Queued across threads, so the callback runs on the thread that owns the relay (the UI thread).
    finished = Signal(object)
    progressed = Signal(object)


class TaskControl:
    """What a task run with ``run_with_progress`` is handed: where to report, and whether to stop."""

    def __init__(self, report: Callable[[Any], None], cancelled: threading.Event) -> None:
        self.report = report  # called on the worker thread; delivered to ``on_progress`` on the UI thread
        self.cancelled = cancelled


class _Job(QRunnable):
    def __init__(self, task: Callable[[], Any], future: Future, relay: _Relay) -> None:
        super().__init__()
        self.task, self.future, self.relay = task, future, relay

    def run(self) -> None:
        try:
            self.future._result = self.task()
        except BaseException as exc:  # handed to on_done on the UI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.future._error = exc
        self.future.done = True
        self.relay.finished.emit(self.future)


class TaskManager(QObject):
    def __init__(self, *, synchronous: bool = False, single: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        if single:  # one thread, for the life of the lane: work that owns a connection runs on it in order
            self._pool.setMaxThreadCount(1)
            self._pool.setExpiryTimeout(-1)
        self._pending: dict[Future, tuple[_Relay, Callable[[Future], None] | None]] = {}
        self._lanes: list[TaskManager] = []
        self._released = False

    def lane(self, *, threaded: bool = False) -> TaskManager:
        """A runner of its own with one worker thread that never changes: tasks run one after another,
        always on that thread (an SQLite connection, a client made there, stays on it). ``threaded``:
        on that thread even when this runner is synchronous (tests)."""
        lane = TaskManager(synchronous=self.synchronous and not threaded, single=True, parent=self)
        self._lanes.append(lane)
        return lane

    def release(self) -> None:
        """A lane no longer needed (its window closed): it leaves its runner and is deleted once its
        last task has called back, never while one runs."""
        parent = self.parent()
        if isinstance(parent, TaskManager) and self in parent._lanes:
            parent._lanes.remove(self)
        self._released = True
        if not self._pending:
            self.deleteLater()

    def run_in_background(
        self, task: Callable[[], Any], on_done: Callable[[Future], None] | None = None
    ) -> Future:
        """Run ``task()`` on a worker thread; then ``on_done(future)`` on the UI thread."""
        return self.run_with_progress(lambda _control: task(), on_done)

    def run_with_progress(
        self,
        task: Callable[[TaskControl], Any],
        on_done: Callable[[Future], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Future:
        """As ``run_in_background``, for a task that reports progress and can be cancelled:
        ``task(control)`` calls ``control.report(value)`` (→ ``on_progress(value)`` on the UI thread) and
        looks at ``control.cancelled`` (set by ``future.cancel()``)."""
        future = Future()
        if self.synchronous:
            control = TaskControl(on_progress or (lambda _value: None), future.cancel_requested)
            try:
                future._result = task(control)
            except BaseException as exc:
                future._error = exc
            future.done = True
            if on_done is not None:
                on_done(future)
            return future
        relay = _Relay()
        relay.finished.connect(self._finish)
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        control = TaskControl(relay.progressed.emit, future.cancel_requested)
        self._pending[future] = (relay, on_done)
        self._pool.start(_Job(lambda: task(control), future, relay))
        return future

    @Slot(object)
    def _finish(self, future: Future) -> None:
        _relay, on_done = self._pending.pop(future)
        if on_done is not None:
            on_done(future)
        if self._released and not self._pending:
            self.deleteLater()

    def busy(self) -> bool:
        return bool(self._pending) or any(lane.busy() for lane in self._lanes)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker, the lanes' too, is idle (used at shutdown): ``msecs`` for them all,
        not for each (a quit must not wait once per lane)."""
        if msecs < 0:
            return all([self._pool.waitForDone(-1), *(lane.wait(-1) for lane in self._lanes)])
        deadline = time.monotonic() + msecs / 1000
        done = self._pool.waitForDone(msecs)
        for lane in self._lanes:
            done = lane.wait(max(0, int((deadline - time.monotonic()) * 1000))) and done
        return done

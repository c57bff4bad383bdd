"""Run slow work off the UI thread, then call back on the UI thread.

Everything slow (PDF building and rendering, region search on a huge list,
sync, speech) goes through one ``TaskManager`` instead of a thread per feature.
Tests build it with ``synchronous=True``: the task and its callback run at once,
in order, so threaded code is deterministic without sleeps.
"""

from __future__ import annotations

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

    def result(self) -> Any:
        """The task's return value; re-raises its exception on the UI thread."""
        if self._error is not None:
            raise self._error
        return self._result


class _Relay(QObject):
    # Queued across threads, so the callback runs on the thread that owns the relay (the UI thread).
    finished = Signal(object)


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

    def lane(self) -> TaskManager:
        """A runner of its own with one worker thread that never changes: tasks run one after another,
        always on that thread (an SQLite connection, a client made there, stays on it)."""
        lane = TaskManager(synchronous=self.synchronous, single=True, parent=self)
        self._lanes.append(lane)
        return lane

    def run_in_background(
        self, task: Callable[[], Any], on_done: Callable[[Future], None] | None = None
    ) -> Future:
        """Run ``task()`` on a worker thread; then ``on_done(future)`` on the UI thread."""
        future = Future()
        if self.synchronous:
            try:
                future._result = task()
            except BaseException as exc:
                future._error = exc
            future.done = True
            if on_done is not None:
                on_done(future)
            return future
        relay = _Relay()
        relay.finished.connect(self._finish)
        self._pending[future] = (relay, on_done)
        self._pool.start(_Job(task, future, relay))
        return future

    @Slot(object)
    def _finish(self, future: Future) -> None:
        _relay, on_done = self._pending.pop(future)
        if on_done is not None:
            on_done(future)

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

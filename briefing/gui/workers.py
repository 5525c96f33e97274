"""The one helper that runs slow work (import, analysis, URL fetch, export) off the GUI thread.

Work is a plain callable run on a :class:`QThreadPool`; its return value or the exception
it raised comes back on the GUI thread through a queued signal, where the callbacks run.
Worker code never touches a widget: it gets plain values in and hands plain values back.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass
class _Pending:
    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    label: str


class _Job(QRunnable):
    """Runs ``work`` in a pool thread and reports through ``runner._finished``."""

    def __init__(self, runner: WorkRunner, job_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._job_id = job_id
        self._work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._runner._finished.emit(self._job_id, False, exc)
        else:
            self._runner._finished.emit(self._job_id, True, result)


class WorkRunner(QObject):
    """Submits callables to a thread pool; results and errors arrive on the GUI thread."""

    busy_changed = Signal(bool)
    """``busy_changed(busy)``: work started while idle, or the last pending job finished."""

    _finished = Signal(int, bool, object)  # job id, succeeded, result or exception

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, max_threads))
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        # The runner lives in the GUI thread, so emissions from pool threads are queued.
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def submit(
        self,
        work: Callable[[], Any],
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        label: str = "",
    ) -> int:
        """Run ``work()`` in the pool; call ``on_result(value)`` or ``on_error(exc)`` later.

        Without ``on_error`` an exception is re-raised on the GUI thread (the crash
        handler shows it), so no failure goes unnoticed.
        """
        job_id = next(self._ids)
        was_idle = not self._pending
        self._pending[job_id] = _Pending(on_result, on_error, label or repr(work))
        self._pool.start(_Job(self, job_id, work))
        if was_idle:
            self.busy_changed.emit(True)
        return job_id

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (shutdown, tests); queued results still need the loop."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int = 10000) -> None:
        """Drop queued jobs and wait for running ones (the window is closing)."""
        self._pool.clear()
        self._pool.waitForDone(msecs)
        self._pending.clear()

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, succeeded: bool, payload: object) -> None:
        pending = self._pending.pop(job_id, None)
        try:
            if pending is None:
                return
            if succeeded:
                if pending.on_result is not None:
                    pending.on_result(payload)
            elif pending.on_error is not None:
                assert isinstance(payload, BaseException)
                pending.on_error(payload)
            else:
                assert isinstance(payload, BaseException)
                log.error("background job %s failed", pending.label, exc_info=payload)
                raise payload
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

"""The one helper that runs slow work (import, analysis, URL fetch, export) off the GUI thread.

Work is a plain callable run on a :class:`QThreadPool`; its return value or the exception
it raised comes back on the GUI thread through a queued signal, where the callbacks run.
Worker code never touches a widget: it gets plain values in and hands plain values back.

Some libraries hold Python's GIL for hundreds of milliseconds inside C code (language
detection, parsing a large JSON model), which would freeze the GUI thread even though the
work runs in another thread. Such jobs can be marked ``isolated``: the pool thread hands
them to a process pool (given to the runner by the app) and waits for the answer without
holding the GIL. Isolated work must be a picklable top-level function with picklable
arguments and result.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # concurrent.futures costs ~5 ms of start-up; used only when work runs
    from concurrent.futures import Future

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Executor(Protocol):
    """What the runner needs of a process pool (``concurrent.futures.Executor`` fits)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]: ...

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None: ...


ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass
class _Pending:
    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    label: str


class _Job(QRunnable):
    """Runs ``work`` in a pool thread and reports through ``runner._finished``."""

    def __init__(
        self,
        runner: WorkRunner,
        job_id: int,
        work: Callable[..., Any],
        args: tuple[Any, ...],
        executor: Executor | None,
    ) -> None:
        super().__init__()
        self._runner = runner
        self._job_id = job_id
        self._work = work
        self._args = args
        self._executor = executor
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self._executor is not None:
                result = self._executor.submit(self._work, *self._args).result()
            else:
                result = self._work(*self._args)
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._report(False, exc)
        else:
            self._report(True, result)

    def _report(self, succeeded: bool, payload: object) -> None:
        try:
            self._runner._finished.emit(self._job_id, succeeded, payload)
        except RuntimeError:
            # The runner's window was destroyed while this job ran (the app is quitting):
            # nobody is left to tell.
            log.debug("job %d finished after its runner was deleted", self._job_id)


class WorkRunner(QObject):
    """Submits callables to a thread pool; results and errors arrive on the GUI thread."""

    busy_changed = Signal(bool)
    """``busy_changed(busy)``: work started while idle, or the last pending job finished."""

    _finished = Signal(int, bool, object)  # job id, succeeded, result or exception

    def __init__(
        self,
        max_threads: int = 2,
        parent: QObject | None = None,
        *,
        processes: Executor | None = None,
    ) -> None:
        """``processes`` runs ``isolated`` jobs; without it they run in the threads too."""
        super().__init__(parent)
        self._processes = processes
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, max_threads))
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        # The runner lives in the GUI thread, so emissions from pool threads are queued.
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def isolates(self) -> bool:
        """True when isolated jobs run in other processes."""
        return self._processes is not None

    def submit(
        self,
        work: Callable[..., Any],
        *args: Any,
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        label: str = "",
        isolated: bool = False,
    ) -> int:
        """Run ``work(*args)`` in the pool; call ``on_result(value)`` or ``on_error(exc)`` later.

        Without ``on_error`` an exception is re-raised on the GUI thread (the crash
        handler shows it), so no failure goes unnoticed. ``isolated`` work runs in the
        process pool when the runner has one.
        """
        job_id = next(self._ids)
        was_idle = not self._pending
        self._pending[job_id] = _Pending(on_result, on_error, label or repr(work))
        executor = self._processes if isolated else None
        self._pool.start(_Job(self, job_id, work, args, executor))
        if was_idle:
            self.busy_changed.emit(True)
        return job_id

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (shutdown, tests); queued results still need the loop."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int = 10000) -> None:
        """Drop queued jobs and wait for running ones (the window is closing)."""
        self._pool.clear()
        if self._processes is not None:
            self._processes.shutdown(wait=False, cancel_futures=True)
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


def _background_priority() -> None:
    """Worker processes yield the CPU to the GUI process (a busy machine stays responsive)."""
    import os

    if hasattr(os, "nice"):
        os.nice(10)


class LazyProcessPool:
    """A process pool that starts (and imports ``multiprocessing``) on first use.

    Start-up stays light, and a session that never imports anything never starts a
    process. Processes use "spawn": safe next to the GUI's threads, the same everywhere.
    """

    def __init__(self, workers: int | None = None) -> None:
        import os

        # One CPU stays free for the GUI (and the rest of the desktop).
        self._workers = workers or max(1, min(2, (os.cpu_count() or 2) - 1))
        self._pool: Executor | None = None
        self._stopping: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the process pool is shut down")
            if self._pool is None:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self._pool = ProcessPoolExecutor(
                    max_workers=self._workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_background_priority,
                )
            pool = self._pool
        return pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the pool. Without ``wait`` it stops in a background thread that
        :meth:`join` can wait for: ``ProcessPoolExecutor.shutdown(wait=False)`` forgets
        its manager thread, so a later ``shutdown(wait=True)`` would not wait at all."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is None:
            return
        if wait:
            pool.shutdown(wait=True, cancel_futures=cancel_futures)
            return
        stopper = threading.Thread(
            target=pool.shutdown,
            kwargs={"wait": True, "cancel_futures": cancel_futures},
            daemon=True,
            name="pool-join",
        )
        stopper.start()
        self._stopping = stopper

    def join(self, timeout: float = 5.0) -> None:
        """Wait, up to ``timeout`` seconds, until a pool shut down without waiting has
        stopped (before the interpreter exits: Python 3.12's own exit hook may otherwise
        write to the pool's wake-up pipe while the pool's manager thread closes it, and
        print a traceback). A worker stuck in a job does not hold the app open."""
        stopper, self._stopping = self._stopping, None
        if stopper is not None:
            stopper.join(timeout)

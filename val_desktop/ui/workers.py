"""Background work for the desktop: a function runs on the thread pool and reports through
signals; the UI thread only ever receives results (DESIGN section 4: nothing slow on the UI
thread). Cancelling is cooperative: the function checks `progress.cancelled`."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Progress:
    """Handed to the background function: report how far it is, see whether to stop."""

    def __init__(self, signals: WorkerSignals):
        self._signals = signals
        self.cancelled = False

    def report(self, done: int, total: int = 0, text: str = "") -> bool:
        """Tell the UI; returns False once the person has pressed Cancel."""
        self._signals.progress.emit(done, total, text)
        return not self.cancelled


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)  # message for the person, traceback for the log


class Worker(QRunnable):
    def __init__(self, function: Callable[..., Any], *args, with_progress: bool = False, **kwargs):
        super().__init__()
        self.signals = WorkerSignals()
        self.progress = Progress(self.signals)
        self._function = function
        self._args = args
        self._kwargs = kwargs
        self._with_progress = with_progress
        self.setAutoDelete(False)  # the caller keeps it to cancel it

    def cancel(self) -> None:
        self.progress.cancelled = True

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._function(*self._args, progress=self.progress, **self._kwargs)
            else:
                result = self._function(*self._args, **self._kwargs)
        except Exception as error:  # reported to the UI, never lost on a thread
            self.signals.failed.emit(str(error), traceback.format_exc())
        else:
            self.signals.finished.emit(result)


_running: set[Worker] = set()


def run_in_background(
    function: Callable[..., Any],
    *args,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str, str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    **kwargs,
) -> Worker:
    """Start `function(*args, **kwargs)` on the global thread pool. With `on_progress`, the
    function is also given `progress=` (a Progress) to report to and to check for cancel."""
    worker = Worker(function, *args, with_progress=on_progress is not None, **kwargs)
    _running.add(worker)

    def finished(result):
        _running.discard(worker)
        if on_done:
            on_done(result)

    def failed(message, trace):
        _running.discard(worker)
        if on_error:
            on_error(message, trace)

    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    if on_progress:
        worker.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(worker)
    return worker


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """Tests and shutdown: wait until the pool is idle."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

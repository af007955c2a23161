"""Run slow work (backups, checks) off the GUI thread; results come back as signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from typing_extensions import override

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Call `work` on a pool thread; emit `done(result)` or `failed(exception)`."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    @override
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as err:  # reported to the GUI thread, which decides what to say
            log.exception("Background task failed")
            self.signals.failed.emit(err)
        else:
            self.signals.done.emit(result)


# Tasks still running: held here so their signals object outlives the work, whoever called.
_running: set[Task] = set()


def start(work: Callable[[], Any], on_done: Callable[[Any], None],
          on_failed: Callable[[Exception], None]) -> Task:
    """Run `work` in the background; the callbacks run on the GUI thread."""
    task = Task(work)
    task.setAutoDelete(False)
    _running.add(task)

    def done(result: Any) -> None:
        _running.discard(task)
        on_done(result)

    def failed(error: Exception) -> None:
        _running.discard(task)
        on_failed(error)

    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(task)
    return task

"""Run slow work (backups, checks) off the GUI thread; results come back as signals."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from typing_extensions import override

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


# Python's cycle collector runs in whichever thread happens to allocate. Run on a pool thread,
# it could destroy a widget (or any object with a timer) of the GUI thread there, which Qt
# forbids. So it pauses while any task works, and runs again, on the GUI thread, after.
_gc_lock = threading.Lock()
_gc_holds = 0
_gc_was_enabled = True


def _hold_collector() -> None:
    global _gc_holds, _gc_was_enabled
    with _gc_lock:
        if _gc_holds == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holds += 1


def _release_collector() -> None:
    global _gc_holds
    with _gc_lock:
        _gc_holds -= 1
        if _gc_holds == 0 and _gc_was_enabled:
            gc.enable()


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
        finally:
            _release_collector()


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
    _hold_collector()  # released by the task when it ends, whatever happens
    QThreadPool.globalInstance().start(task)
    return task

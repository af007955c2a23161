"""Background work reports back even when the caller keeps no reference to its task."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from smm_desktop.ui import workers


def test_an_unheld_task_still_delivers_its_result(qtbot: QtBot) -> None:
    results: list[int] = []
    workers.start(lambda: sum(range(1000)), results.append, lambda err: results.append(-1))
    gc.collect()
    qtbot.waitUntil(lambda: results == [499500], timeout=5000)
    assert workers._running == set()


def test_a_failing_task_reports_its_error(qtbot: QtBot) -> None:
    errors: list[Exception] = []
    workers.start(lambda: 1 / 0, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_the_cycle_collector_pauses_while_a_task_works(qtbot: QtBot) -> None:
    """Collected on a pool thread, a cycle holding a widget would destroy it there."""
    seen: list[bool] = []
    results: list[object] = []
    workers.start(lambda: seen.append(gc.isenabled()), results.append, results.append)
    workers.start(lambda: 1 / 0, results.append, results.append)  # a failure releases too
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    qtbot.waitUntil(lambda: gc.isenabled(), timeout=5000)
    assert seen == [False]

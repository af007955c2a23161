"""A real mouse drag in the month view on a real X server (Xvfb, Qt's xcb platform): the press and
the first move start the view's own QDrag; the moves to another day and the release are queued
with timers, because `QDrag.exec()` runs its own event loop until the button is released.

    QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python -m pytest -m xvfb tests/ui/test_calendar_xvfb.py
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QDrag, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.calendar.month_view import MonthView

from .calendar_helpers import add_post, cell_point, fetch, make_brand, make_tab

pytestmark = pytest.mark.xvfb

LEFT, NO_KEYS = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
STEP_MS = 60  # between the queued moves, so the X drag sees each position


def post_point(view: MonthView, day: date, post_id: int) -> QPoint:
    """A point on the post's own line in the day's tile (a press there picks that post)."""
    rect = view.visualRect(view.month.index_of(day))
    for y in range(rect.top(), rect.bottom()):
        point = QPoint(rect.center().x(), y)
        if view.post_at(point) == post_id:
            return point
    raise AssertionError(f"post {post_id} is not drawn on {day}")


def queue_drag(view: MonthView, path: list[QPoint], cancelled: list[int]) -> None:
    """Moves along `path`, then the release at its end, each on a timer; a drag still running
    long after is cancelled so that a failure cannot hang the run."""
    viewport = view.viewport()
    for step, point in enumerate(path, start=1):
        QTimer.singleShot(step * STEP_MS, lambda p=point: QTest.mouseMove(viewport, p))
    release = (len(path) + 2) * STEP_MS
    QTimer.singleShot(release, lambda: QTest.mouseRelease(viewport, LEFT, NO_KEYS, path[-1]))

    def cancel() -> None:
        cancelled.append(1)
        QDrag.cancel()

    QTimer.singleShot(release + 3000, cancel)


def test_a_real_mouse_drag_moves_a_post_to_another_day_and_keeps_its_time(
    qtbot: QtBot, ctx: UiContext
) -> None:
    assert QGuiApplication.platformName() == "xcb", "run me under xvfb-run with QT_QPA_PLATFORM=xcb"
    brand, accounts = make_brand(ctx)
    post = add_post(ctx, brand, "Bouquet of the week", datetime(2027, 3, 15, 10, 30),
                    [accounts[0].id])
    tab = make_tab(qtbot, ctx)
    view, viewport = tab.month_view, tab.month_view.viewport()
    start, target = post_point(view, date(2027, 3, 15), post.id), cell_point(view, date(2027, 3, 17))
    nudge = QPoint(QApplication.startDragDistance() + 4, 0)
    drags: list[int] = []
    dropped: list[date] = []
    real_drag = view.start_post_drag

    def spy() -> None:
        drags.append(1)
        real_drag()

    view.start_post_drag = spy  # type: ignore[method-assign]
    view.dropped.connect(lambda _items, day, _copy: dropped.append(day))
    QTest.mousePress(viewport, LEFT, NO_KEYS, start)
    assert view.selected == [post.id]
    cancelled: list[int] = []
    queue_drag(view, [start + nudge + nudge, (start + target) / 2, target, target], cancelled)
    QTest.mouseMove(viewport, start + nudge)  # starts the QDrag: returns once it is dropped
    qtbot.waitUntil(lambda: fetch(ctx, post).scheduled_at != post.scheduled_at, timeout=5000)
    assert (drags, dropped, cancelled) == ([1], [date(2027, 3, 17)], [])  # a QDrag, dropped
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 17, 10, 30)
    assert [p.id for p in tab.model.posts_on(date(2027, 3, 17))] == [post.id]
    assert tab.model.posts_on(date(2027, 3, 15)) == []
    assert ctx.undo.count() == 1  # one drag, one undo step

"""The Calendar tab's timings, measured in a child process (run.py starts it, offscreen).

The real CalendarTab on a real workspace, built as tests/ui/calendar_helpers.py builds it (the app's
fonts and theme loaded), shown at 1366x768 on the brand with the most posts. Prints one JSON
object on stdout: {"what": …, "samples_ms": […]}; progress on stderr.

    python calendar_bench.py WORKSPACE month --runs 5 [--profile OUT.prof]
    python calendar_bench.py WORKSPACE drop --runs 5 [--profile OUT.prof]

- month: the month view on a month of the sample, then "Next month" clicked; the time until the
  next month is painted (the paint event on the month view's viewport has been handled). The
  switches go round the eight months from ten months ago, each shown (untimed) before its timed
  switch, so every sample loads a month of posts other than the one shown.
- drop: a post's drag enter and move on another day's tile, then the drop event sent to the
  viewport; the time from sending the drop to the commit of the service's unit of work (a
  SQLAlchemy `after_commit` listener on the workspace's session factory).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, func, select
from typing_extensions import override

from smm_desktop.db.models import Post
from smm_desktop.domain.month_grid import add_months
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace
from smm_desktop.settings import Settings
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.calendar.calendar_tab import CalendarTab
from smm_desktop.ui.tabs.calendar.drag import carried, to_mime

WARM_UP = 2  # switches or drops before the measured ones
CYCLE = 8  # months the month switches go round
TIMEOUT_S = 10.0


class PaintWatch(QObject):
    """Notes that the watched widget got a paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    @override
    def eventFilter(self, watched: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def busiest_brand(services: Services) -> int:
    with services.workspace.session_factory() as s:
        row = s.execute(select(Post.brand_id, func.count()).where(Post.deleted_at.is_(None))
                        .group_by(Post.brand_id).order_by(func.count().desc())).first()
    if row is None:
        raise SystemExit("calendar_bench: the workspace has no posts")
    return int(row[0])


def build(path: Path) -> tuple[QApplication, CalendarTab, Services]:
    from smm_desktop.ui import fonts, theme

    app = QApplication(sys.argv[:1])
    fonts.load_ui_fonts(app)
    theme.apply_theme(app, Settings().theme)
    services = Services.of(Workspace.open(path))
    ctx = UiContext.create(services, Settings())
    ctx.scope.set_brand(busiest_brand(services))
    tab = CalendarTab(ctx)
    tab.resize(1366, 768)
    return app, tab, services


def settle(app: QApplication, watch: PaintWatch) -> None:
    """Run the event loop until the watched viewport has painted (or fail after a while)."""
    deadline = time.perf_counter() + TIMEOUT_S
    while not watch.seen:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("calendar_bench: the month view never painted")


def month_switches(app: QApplication, tab: CalendarTab, runs: int) -> list[float]:
    watch = PaintWatch()
    tab.month_view.viewport().installEventFilter(watch)
    today = date.today()
    first = add_months(today.year, today.month, -(CYCLE + 2))
    tab.year, tab.month = first
    tab.show()
    settle(app, watch)
    samples = []
    for run in range(WARM_UP + runs):
        tab.show_month(*add_months(first[0], first[1], run % CYCLE))
        watch.seen = False
        tab.month_view.viewport().update()
        settle(app, watch)
        watch.seen = False
        start = time.perf_counter()
        tab.next_button.click()
        settle(app, watch)
        if run >= WARM_UP:
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def drops(app: QApplication, tab: CalendarTab, services: Services, runs: int) -> list[float]:
    """Each post of the shown month in turn is dropped on the next day (the day before at the
    end of the grid); no question is asked, as "today" is set before the sample."""
    commits: list[float] = []
    event.listen(services.workspace.session_factory, "after_commit",
                 lambda _s: commits.append(time.perf_counter()))
    tab.edits.today = lambda: date(1970, 1, 1)
    watch = PaintWatch()
    tab.month_view.viewport().installEventFilter(watch)
    today = date.today()
    tab.year, tab.month = add_months(today.year, today.month, -3)
    tab.show()
    settle(app, watch)
    ids = [p.id for p in tab.model.all_posts() if p.scheduled_at is not None]
    samples = []
    for run in range(WARM_UP + runs):
        post = next(p for p in tab.model.all_posts() if p.id == ids[run % len(ids)])
        assert post.scheduled_at is not None
        target = _target_cell(tab, post.scheduled_at.date())
        commits.clear()
        start = _send_drop(tab, carried([post]), target)
        moved = services.posts.get(post.id).scheduled_at
        if not commits or moved is None or abs((moved - post.scheduled_at).days) != 1:
            raise RuntimeError(f"calendar_bench: the drop did not move post {post.id}")
        if run >= WARM_UP:
            samples.append((commits[0] - start) * 1000)
        watch.seen = False
        settle(app, watch)
    return samples


def _target_cell(tab: CalendarTab, day: date) -> QPoint:
    for other in (day + timedelta(days=1), day - timedelta(days=1)):
        rect = tab.month_view.visualRect(tab.model.index_of(other))
        if rect.isValid():
            return rect.center()
    raise RuntimeError(f"calendar_bench: no day next to {day} in the grid")


def _send_drop(tab: CalendarTab, items: list[Any], pos: QPoint) -> float:
    """Enter and move over `pos`, then the drop; returns the time just before the drop."""
    viewport, mime = tab.month_view.viewport(), to_mime(items)
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    args = (actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, *args))
    drop = QDropEvent(QPointF(pos), *args)
    start = time.perf_counter()
    QApplication.sendEvent(viewport, drop)
    return start


def profiled(work: Callable[[], list[float]], out: str | None) -> list[float]:
    if out is None:
        return work()
    profile = cProfile.Profile()
    samples = profile.runcall(work)
    profile.dump_stats(out)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("what", choices=("month", "drop"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", help="write cProfile statistics of the measured part here")
    args = parser.parse_args(argv)
    app, tab, services = build(args.workspace)
    try:
        if args.what == "month":
            samples = profiled(lambda: month_switches(app, tab, args.runs), args.profile)
        else:
            samples = profiled(lambda: drops(app, tab, services, args.runs), args.profile)
    finally:
        tab.close()
        services.workspace.close()
    progress(f"calendar_bench: {args.what} {', '.join(f'{s:.1f}' for s in samples)} ms "
             f"(median {statistics.median(samples):.1f})")
    print(json.dumps({"what": args.what, "samples_ms": samples}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

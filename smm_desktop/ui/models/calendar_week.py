"""The week view's data and geometry: seven days from the locale's first day, the posts of the
week (the filtered ones shown), where each day column and post block lies on screen."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from smm_desktop.domain.month_grid import DAYS
from smm_desktop.domain.post_filter import PostCriteria, filter_posts
from smm_desktop.domain.week_grid import (
    BLOCK_MINUTES,
    DAY_MINUTES,
    at_minutes,
    lanes,
    minutes_of,
    snap,
    week_days,
)
from smm_desktop.services.post_data import PostData


@dataclass(frozen=True)
class Placed:
    """A post in its day: its minute of the day and its lane among posts at the same time."""

    post: PostData
    minutes: int
    lane: int
    lanes: int


@dataclass(frozen=True)
class WeekGeometry:
    """Pixels of the grid: the hour gutter on the leading side, then seven equal columns
    (mirrored right to left); `hour` pixels per hour."""

    width: int
    gutter: int
    hour: int
    rtl: bool = False

    @property
    def column_width(self) -> float:
        return max(1.0, (self.width - self.gutter) / DAYS)

    @property
    def height(self) -> int:
        return self.hour * 24

    def gutter_left(self) -> int:
        return self.width - self.gutter if self.rtl else 0

    def _edge(self, n: int) -> int:
        """The x of the boundary before column `n` (n = 7: after the last)."""
        step = round(n * self.column_width)
        return self.width - self.gutter - step if self.rtl else self.gutter + step

    def column_span(self, column: int) -> tuple[int, int]:
        """(left, width) of a day column (column 0 is the week's first day); no gaps."""
        a, b = self._edge(column), self._edge(column + 1)
        return min(a, b), abs(b - a)

    def column_at(self, x: float) -> int:
        """The day column under `x`, or -1 over the gutter or outside."""
        offset = (self.width - self.gutter - x) if self.rtl else (x - self.gutter)
        column = int(offset // self.column_width) if offset >= 0 else -1
        return column if 0 <= column < DAYS else -1

    def y_of(self, minutes: float) -> int:
        return round(minutes * self.hour / 60)

    def minutes_at(self, y: float) -> int:
        """The quarter hour under `y` (its start)."""
        return snap(y * 60 / self.hour)

    def block(self, column: int, placed: Placed, pad: int = 2) -> tuple[int, int, int, int]:
        """(x, y, width, height) of a post's block; lane 0 on the leading side."""
        left, width = self.column_span(column)
        inner = max(1, width - 2 * pad)
        lane_width = inner / placed.lanes
        lane = placed.lanes - 1 - placed.lane if self.rtl else placed.lane
        x = round(left + pad + lane * lane_width)
        height = self.y_of(placed.minutes + BLOCK_MINUTES) - self.y_of(placed.minutes) - 1
        return x, self.y_of(placed.minutes), max(1, round(lane_width) - 1), height


class CalendarWeekModel(QObject):
    """Holds every post of the week read (one query) and shows those meeting the criteria;
    `changed` when the week, its posts or the criteria change."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days = week_days(date(2000, 1, 3))
        self._all: list[PostData] = []
        self._by_day: dict[date, list[PostData]] = {}
        self.criteria = PostCriteria()
        self.today = date.min
        self.weekend: frozenset[int] = frozenset()

    def set_week(self, start: date, weekend: frozenset[int], today: date) -> None:
        self._days, self.weekend, self.today = week_days(start), weekend, today
        self._all = []
        self._group()

    def set_posts(self, posts: Sequence[PostData]) -> None:
        """The week's posts (list_range of the seven days)."""
        self._all = [p for p in posts if p.scheduled_at is not None]
        self._group()

    def set_criteria(self, criteria: PostCriteria) -> None:
        self.criteria = criteria
        self._group()

    def _group(self) -> None:
        by_day: dict[date, list[PostData]] = defaultdict(list)
        for post in filter_posts(self._all, self.criteria):
            if post.scheduled_at is not None:
                by_day[post.scheduled_at.date()].append(post)
        self._by_day = {d: sorted(ps, key=lambda p: (p.scheduled_at, p.id))
                        for d, ps in by_day.items()}
        self.changed.emit()

    def days(self) -> list[date]:
        return list(self._days)

    def first_day(self) -> date:
        return self._days[0]

    def last_day(self) -> date:
        return self._days[-1]

    def column_of(self, day: date) -> int:
        return self._days.index(day) if day in self._days else -1

    def loaded(self) -> list[PostData]:
        """Every post of the week, filtered or not."""
        return list(self._all)

    def posts_on(self, day: date) -> list[PostData]:
        """The day's shown posts, by time."""
        return list(self._by_day.get(day, ()))

    def all_posts(self) -> list[PostData]:
        return [p for day in self._days for p in self._by_day.get(day, ())]

    def placed(self, day: date) -> list[Placed]:
        """The day's shown posts with their minute and lane."""
        posts = self.posts_on(day)
        starts = [(p.id, minutes_of(p.scheduled_at)) for p in posts if p.scheduled_at]
        found = lanes(starts)
        return [Placed(p, m, *found[p.id]) for p, (_i, m) in zip(posts, starts, strict=True)]

    def earliest(self) -> int:
        """The minute of the day of the week's earliest shown post (a day's end when none)."""
        times = [minutes_of(p.scheduled_at) for p in self.all_posts() if p.scheduled_at]
        return min(times, default=DAY_MINUTES)

    def at(self, day: date, minutes: int) -> datetime:
        return at_minutes(day, minutes)

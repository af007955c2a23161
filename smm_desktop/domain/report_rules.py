"""Rules of the client report that need no database: posting consistency, the mean of the
rates known, the split of posts into top and bottom, and when each kind of report is due."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from statistics import fmean
from typing import TypeVar

T = TypeVar("T")

# A monthly report is due in the first this-many days of the month after.
MONTHLY_DUE_DAYS = 5
# A quarterly report is due in the first this-many days after the quarter ends.
QUARTERLY_DUE_DAYS = 14
# The top and bottom posts shown: fewer in the compact weekly report.
TOP_POSTS = {"weekly": 3}
TOP_POSTS_DEFAULT = 5
# How far before the period a count may serve as its starting point (as the competitors do).
BASELINE_DAYS = 92

Point = tuple[date, float]
# Where a report row's reach, impressions and engagements come from (AccountGrowth.numbers_from).
NUMBERS_FROM_POSTS, NUMBERS_FROM_ACCOUNT = "posts", "account"


def baseline(points: Sequence[Point], start: date, end: date) -> Point | None:
    """The starting count of a period from (day, value) points by day: the newest on or before
    its first day (within BASELINE_DAYS), else the first inside the period."""
    earliest = start - timedelta(days=BASELINE_DAYS)
    before = [p for p in points if earliest <= p[0] <= start]
    if before:
        return before[-1]
    inside = [p for p in points if start < p[0] <= end]
    return inside[0] if inside else None


def change(base: Point | None, last: Point | None) -> float | None:
    """last − base; None when either is unknown or both are the same snapshot (one point is no
    change measured, never 0)."""
    if base is None or last is None or base[0] >= last[0]:
        return None
    return last[1] - base[1]


def non_overlapping(points: Sequence[Point]) -> list[Point]:
    """Per-period readings (reach…) that can be added up: the regular series only, each kept
    reading at least the usual spacing after the one kept before, so an extra reading taken
    between two weekly ones (an audit's) is never counted twice."""
    if len(points) < 3:
        return list(points)
    gaps = Counter((b[0] - a[0]).days for a, b in pairwise(points))
    usual = max(gaps.items(), key=lambda item: (item[1], item[0]))[0]
    kept = [points[0]]
    for point in points[1:]:
        if (point[0] - kept[-1][0]).days >= usual:
            kept.append(point)
    return kept


def whole(value: float | None) -> float | None:
    """A count's target as a whole number, rounded half up (33,097.5 → 33,098)."""
    if value is None:
        return None
    return float(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def consistency(published_of_plan: int, planned: int) -> float | None:
    """The share of the planned posts that went out, in percent; None when none was planned."""
    return None if planned <= 0 else published_of_plan / planned * 100.0


def mean_known(values: Iterable[float | None]) -> float | None:
    """The mean of the values that are known; None when none is (never 0 for unknown)."""
    known = [v for v in values if v is not None]
    return fmean(known) if known else None


def top_and_bottom(ranked: Sequence[T], count: int) -> tuple[tuple[T, ...], tuple[T, ...]]:
    """The first `count` and the last `count` of a list ranked best first, never the same item
    twice (with few items the bottom holds what the top left)."""
    top = tuple(ranked[:count])
    rest = ranked[len(top):]
    bottom = tuple(reversed(rest[-count:])) if rest else ()
    return top, bottom


def monthly_due(today: date) -> bool:
    """In the first days of a month the report of the month before is due."""
    return today.day <= MONTHLY_DUE_DAYS


def weekly_due(today: date, report_day: int | None, default_day: int) -> bool:
    """On the brand's report day (0 Monday … 6 Sunday; the week's first day when unset)."""
    return today.weekday() == (default_day if report_day is None else report_day)


def quarterly_due(today: date, quarter_first_day: date) -> bool:
    """In the first days after a quarter ended (today's quarter begins on quarter_first_day)."""
    return (today - quarter_first_day).days < QUARTERLY_DUE_DAYS

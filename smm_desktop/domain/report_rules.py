"""Rules of the client report that need no database: posting consistency, the mean of the
rates known, the split of posts into top and bottom, and when each kind of report is due."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
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

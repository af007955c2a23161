"""The days a month view shows and the moves of the calendar, as plain dates (no Qt)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

WEEKS = 6  # rows of a month view: enough for any month and any first day of the week
DAYS = 7


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) `delta` months away."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def first_shown(year: int, month: int, first_weekday: int) -> date:
    """The first day of the grid: the 1st of the month, or the week start before it.
    `first_weekday` is 0 Monday … 6 Sunday (Python's weekday())."""
    first = date(year, month, 1)
    return first - timedelta(days=(first.weekday() - first_weekday) % DAYS)


def month_days(year: int, month: int, first_weekday: int) -> list[date]:
    """The 42 days of a 6-week grid, row by row."""
    start = first_shown(year, month, first_weekday)
    return [start + timedelta(days=n) for n in range(WEEKS * DAYS)]


def on_day(when: datetime, day: date) -> datetime:
    """`when` moved to `day`, keeping its time of day."""
    return datetime.combine(day, when.time())


def at_time(day: date, of_day: time) -> datetime:
    return datetime.combine(day, of_day)


def shift_day(when: datetime, days: int) -> datetime:
    """`when` moved by whole days (a week is 7), keeping its time of day."""
    return when + timedelta(days=days)

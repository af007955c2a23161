"""The week view's time grid as plain numbers (no Qt): the week's days, quarter-hour slots, and
the lanes that put posts at the same time side by side."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from smm_desktop.domain.month_grid import DAYS

QUARTER = 15  # minutes: the step of a drop and of Alt+Up/Down
DAY_MINUTES = 24 * 60
BLOCK_MINUTES = 30  # how long a post's block is drawn; blocks closer than this share the time
MORNING = 6 * 60  # where the grid opens scrolled to


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the week holding `day` (`first_weekday`: 0 Monday … 6 Sunday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % DAYS)


def week_days(start: date) -> list[date]:
    return [start + timedelta(days=n) for n in range(DAYS)]


def snap(minutes: float) -> int:
    """The start of the quarter hour holding `minutes`, kept within the day."""
    quarter = int(minutes // QUARTER) * QUARTER
    return max(0, min(DAY_MINUTES - QUARTER, quarter))


def minutes_of(when: datetime) -> int:
    return when.hour * 60 + when.minute


def at_minutes(day: date, minutes: int) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)


def lanes(starts: Sequence[tuple[int, int]], span: int = BLOCK_MINUTES) -> dict[int, tuple[int, int]]:
    """Side by side: for (id, start minute) pairs, each id's (lane, lanes in its group). A group
    is a run of blocks `span` long that overlap one another, directly or through others."""
    result: dict[int, tuple[int, int]] = {}
    group: list[tuple[int, int]] = []
    lane_ends: list[int] = []
    group_end = -1
    for ident, start in sorted(starts, key=lambda s: (s[1], s[0])):
        if group and start >= group_end:
            result.update({i: (lane, len(lane_ends)) for i, lane in group})
            group, lane_ends = [], []
        lane = next((n for n, end in enumerate(lane_ends) if end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(0)
        lane_ends[lane] = start + span
        group.append((ident, lane))
        group_end = max(group_end, start + span) if len(group) > 1 else start + span
    result.update({i: (lane, len(lane_ends)) for i, lane in group})
    return result

"""Where an idea dropped on a day lands: its accounts' first posting slot of that weekday, and
on today the first one still to come."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time


def slot_time(slots: Iterable[tuple[int, time]], day: date, default: time,
              now: datetime) -> datetime:
    """The earliest of the (weekday, time) slots on `day`'s weekday, else `default`; on
    today's date only a slot after `now` counts (the default then even if it has passed)."""
    times = sorted(t for weekday, t in slots if weekday == day.weekday())
    if day == now.date():
        times = [t for t in times if t > now.time()]
    return datetime.combine(day, times[0] if times else default)

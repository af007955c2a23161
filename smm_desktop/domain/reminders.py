"""Reminders: which posts to announce now (a set time before each), and the morning summary's
counts. Pure: the caller reads the rows and remembers what was announced."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from smm_desktop.domain.agenda import FINISHED
from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.routines import ItemState

Key = tuple[int, datetime]  # (post id, the time it was announced for)


class Timed(Protocol):
    """What a reminder needs of a post."""

    @property
    def post_id(self) -> int: ...

    @property
    def scheduled_at(self) -> datetime | None: ...

    @property
    def status(self) -> PostStatus: ...


def key(row: Timed) -> Key:
    assert row.scheduled_at is not None
    return row.post_id, row.scheduled_at


def due(rows: Iterable[Timed], now: datetime, lead_minutes: int,
        reminded: set[Key]) -> list[Timed]:
    """Posts due between `now` and `lead_minutes` later, by time, not announced yet for that
    time (a post moved later is due again); never an idea or a published or cancelled post."""
    if lead_minutes <= 0:
        return []
    end = now + timedelta(minutes=lead_minutes)
    found = [row for row in rows
             if row.scheduled_at is not None and now <= row.scheduled_at <= end
             and row.status not in FINISHED and key(row) not in reminded]
    return sorted(found, key=lambda row: (row.scheduled_at, row.post_id))


def minutes_until(when: datetime, now: datetime) -> int:
    """Whole minutes to go, rounded up (a post at 10:00 is "in 30 minutes" at 9:30:00)."""
    return max(0, math.ceil((when - now).total_seconds() / 60))


@dataclass(frozen=True)
class MorningCounts:
    """What the morning summary says: today's posts, open routines, follow-ups, overdue posts."""

    posts: int
    routines: int
    follow_ups: int
    overdue: int


def morning_counts(today: date, posts: Iterable[Timed],
                   routines: Iterable[tuple[ItemState, date]], follow_ups: int) -> MorningCounts:
    """Posts of today (cancelled ones aside), routines open and due by today, and posts of
    earlier days neither published nor cancelled."""
    of_today = overdue = 0
    for row in posts:
        if row.scheduled_at is None:
            continue
        day = row.scheduled_at.date()
        of_today += day == today and row.status is not PostStatus.CANCELLED
        overdue += day < today and row.status not in FINISHED
    open_routines = sum(1 for state, due_day in routines if state is ItemState.OVERDUE
                        or (state is not ItemState.DONE and due_day <= today))
    return MorningCounts(of_today, open_routines, follow_ups, overdue)


def summary_due(now: datetime, at: time, last_day: str) -> bool:
    """True from `at` on, once a day (`last_day`: the ISO day it was last shown)."""
    return now.time() >= at and last_day != now.date().isoformat()

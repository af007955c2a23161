"""The rules of the morning to-do: what is overdue, who to follow up with, when next month's
plan is thin, when the quarterly review is due, and the order of urgency of what the data says."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Generic, TypeVar

from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.quarters import Quarter, quarter_of

T = TypeVar("T")

# A post in one of these is not ready yet: someone still owes its text or its design.
NOT_READY = frozenset({PostStatus.IDEA, PostStatus.DRAFT, PostStatus.IN_DESIGN})
# A post in one of these needs nothing more on its day.
FINISHED = frozenset({PostStatus.PUBLISHED, PostStatus.CANCELLED})
# The day of the month from which next month's plan is checked.
PLAN_CHECK_DAY = 20
# Metrics older than this many days ask for an import.
STALE_AFTER_DAYS = 7
# Competitors are checked once a week: this many days after the last check it is due again.
COMPETITOR_CHECK_DAYS = 7
# The current quarter's review is due in its last this-many days.
REVIEW_WINDOW_DAYS = 14


class Kind:
    """The keys of the derived items (the UI maps each to a translated template)."""

    GOAL_OFF_TRACK = "goal_off_track"
    GOAL_AT_RISK = "goal_at_risk"
    REVIEW_OVERDUE = "review_overdue"
    REVIEW_DUE = "review_due"
    PLAN_THIN = "plan_thin"
    METRICS_STALE = "metrics_stale"
    CONSISTENCY_DUE = "consistency_due"
    COMPETITORS_UNCHECKED = "competitors_unchecked"
    REPORT_DUE = "report_due"


# Lower comes first: what is already late or hurting a goal before what is merely due.
URGENCY = {
    Kind.GOAL_OFF_TRACK: 10,
    Kind.REVIEW_OVERDUE: 20,
    Kind.GOAL_AT_RISK: 30,
    Kind.PLAN_THIN: 40,
    Kind.METRICS_STALE: 50,
    Kind.COMPETITORS_UNCHECKED: 55,
    Kind.REPORT_DUE: 58,  # after the numbers and the competitors it reports on
    Kind.REVIEW_DUE: 60,
    Kind.CONSISTENCY_DUE: 70,
}


@dataclass(frozen=True)
class Derived:
    """An item the data calls for. `text_args` fill the UI's template of `kind`; `screen` is
    where it is done ("strategy/goals", "calendar/2026-12" …); lower `urgency` first."""

    kind: str
    brand_id: int
    text_args: tuple[object, ...]
    screen: str
    urgency: int


def derived(kind: str, brand_id: int, text_args: tuple[object, ...], screen: str) -> Derived:
    """An item with its kind's urgency."""
    return Derived(kind, brand_id, text_args, screen, URGENCY[kind])


def by_urgency(items: Iterable[Derived]) -> list[Derived]:
    """Most urgent first; ties keep their order (brand, then the order they were found)."""
    return sorted(items, key=lambda item: item.urgency)


def is_overdue(status: PostStatus, scheduled_at: datetime | None, today: date) -> bool:
    """Its day has passed and it is neither published nor cancelled."""
    return (scheduled_at is not None and scheduled_at.date() < today
            and status not in FINISHED)


def asset_past_due(status: PostStatus, asset_due: date | None, today: date) -> bool:
    """The design or text was due before today and the post is still not ready."""
    return asset_due is not None and asset_due < today and status in NOT_READY


@dataclass(frozen=True)
class Group(Generic[T]):
    """Items owed by one person ("" = nobody named), with the first day one is due."""

    owner: str
    items: tuple[T, ...]
    first_due: date


def group_by_owner(items: Iterable[T], owner: Callable[[T], str],
                   due: Callable[[T], date]) -> list[Group[T]]:
    """Items grouped by owner (names compared without case or outer spaces), each group by
    due day; the groups by their first due day, then owner."""
    found: dict[str, list[T]] = {}
    names: dict[str, str] = {}
    for item in items:
        name = owner(item).strip()
        key = name.casefold()
        names.setdefault(key, name)
        found.setdefault(key, []).append(item)
    groups = [Group(names[key], tuple(sorted(group, key=due)), min(due(i) for i in group))
              for key, group in found.items()]
    return sorted(groups, key=lambda g: (g.first_due, g.owner.casefold()))


def next_month(today: date) -> tuple[int, int]:
    return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def plan_month(today: date) -> tuple[int, int] | None:
    """The month whose plan is checked: next month, from the 20th on; else None."""
    return next_month(today) if today.day >= PLAN_CHECK_DAY else None


def weekday_count(year: int, month: int, weekday: int) -> int:
    """How many times the weekday (0 Monday … 6 Sunday) falls in the month."""
    first, last = month_bounds(year, month)
    offset = (weekday - first.weekday()) % 7
    return 0 if offset >= last.day else (last.day - 1 - offset) // 7 + 1


def slots_in_month(weekdays: Sequence[int], year: int, month: int) -> int:
    """The posts an account's weekly slots (one weekday per slot) imply for the month."""
    return sum(weekday_count(year, month, day) for day in weekdays)


def plan_thin(planned: int, weekdays: Sequence[int], year: int, month: int) -> bool:
    """Fewer posts planned than the slots imply (an account without slots is never thin)."""
    return planned < slots_in_month(weekdays, year, month)


def metrics_stale(last_day: date | None, today: date) -> bool:
    """No number at all, or the newest is over STALE_AFTER_DAYS days old."""
    return last_day is None or (today - last_day).days > STALE_AFTER_DAYS


def competitors_unchecked(last_day: date | None, today: date) -> bool:
    """No competitor snapshot at all, or the newest is COMPETITOR_CHECK_DAYS days old or more."""
    return last_day is None or (today - last_day).days >= COMPETITOR_CHECK_DAYS


def review_due(today: date, completed: set[Quarter],
               since: date | None = None) -> tuple[Quarter, bool] | None:
    """The quarter whose review is due and whether it is late: the one just ended when it has
    no completed review (late), else the current one in its last REVIEW_WINDOW_DAYS days. A
    quarter that ended before `since` (the brand's first day) asks for no review."""
    current = quarter_of(today)
    previous = current.previous()
    if previous not in completed and (since is None or since <= previous.last_day):
        return previous, True
    window = current.last_day - timedelta(days=REVIEW_WINDOW_DAYS - 1)
    if today >= window and current not in completed:
        return current, False
    return None

"""Planning a month: how the posts of the month shown measure up to the plan's targets (posts
per week and per account against the posting slots, pillar shares, purposes, personas, goals,
occasions, empty weeks). Pure: plain values in, plain values out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from smm_desktop.domain.enums import PostPurpose
from smm_desktop.domain.month_grid import DAYS, first_shown

OCCASION_WINDOW = 3  # a post within this many days of an occasion counts as planned for it


@dataclass(frozen=True)
class PlannedPost:
    """What planning needs of a post (a cancelled one is left out before)."""

    day: date
    account_ids: tuple[int, ...] = ()
    pillar_id: int | None = None
    purpose: PostPurpose | None = None
    persona_id: int | None = None
    goal_id: int | None = None


@dataclass(frozen=True)
class Week:
    """A week of the month: its first and last day, both inside the month."""

    first: date
    last: date

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class AccountLoad:
    """An account's posts in each week against its posting slots per week (0: none set);
    `week_targets` is each week's share of it (a part week at the month's edge expects less)."""

    account_id: int
    per_week: tuple[int, ...]
    target: int
    week_targets: tuple[int, ...]

    @property
    def short_weeks(self) -> tuple[int, ...]:
        """The weeks (by number) with fewer posts than their share of the target."""
        return tuple(n for n, (count, goal) in enumerate(
            zip(self.per_week, self.week_targets, strict=True)) if count < goal)

    @property
    def total(self) -> int:
        return sum(self.per_week)

    @property
    def month_target(self) -> int:
        return sum(self.week_targets)


@dataclass(frozen=True)
class PillarShare:
    pillar_id: int
    count: int
    share: int  # percent of the month's posts, rounded
    target: int | None


@dataclass(frozen=True)
class OccasionDay:
    """An occasion to plan for: its key (for the caller), name and day."""

    key: str
    name: str
    day: date


def month_weeks(year: int, month: int, first_weekday: int) -> list[Week]:
    """The weeks that touch the month, from the locale's first weekday, clipped to the month."""
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    weeks, start = [], first_shown(year, month, first_weekday)
    while start <= last:
        weeks.append(Week(max(start, first), min(start + timedelta(days=DAYS - 1), last)))
        start += timedelta(days=DAYS)
    return weeks


def posts_per_week(posts: Sequence[PlannedPost], weeks: Sequence[Week]) -> list[int]:
    return [sum(1 for p in posts if week.holds(p.day)) for week in weeks]


def empty_weeks(posts: Sequence[PlannedPost], weeks: Sequence[Week]) -> list[Week]:
    return [w for w, count in zip(weeks, posts_per_week(posts, weeks), strict=True) if not count]


def account_loads(posts: Sequence[PlannedPost], weeks: Sequence[Week],
                  slots_per_week: Mapping[int, int]) -> list[AccountLoad]:
    """Each account's posts per week against its slots per week, in the mapping's order."""
    return [AccountLoad(account, tuple(
        sum(1 for p in posts if account in p.account_ids and w.holds(p.day)) for w in weeks),
        target, tuple(week_target(target, w) for w in weeks))
        for account, target in slots_per_week.items()]


def week_target(per_week: int, week: Week) -> int:
    """A week's share of a weekly target: all of it for a full week, in proportion for a part
    week (rounded half up, so 3 a week over 4 days expects 2)."""
    return int(per_week * week.days / DAYS + 0.5)


def pillar_shares(posts: Sequence[PlannedPost],
                  targets: Mapping[int, int | None]) -> list[PillarShare]:
    """Each pillar's share of the month's posts (all posts, with a pillar or not) and target."""
    counts = Counter(p.pillar_id for p in posts)
    total = len(posts)
    return [PillarShare(pillar, counts[pillar], round(100 * counts[pillar] / total) if total
                        else 0, target) for pillar, target in targets.items()]


def purposes_covered(posts: Sequence[PlannedPost]) -> dict[PostPurpose, int]:
    """Every purpose with its number of posts (0 when none serve it), in the enum's order."""
    counts = Counter(p.purpose for p in posts)
    return {purpose: counts[purpose] for purpose in PostPurpose}


def personas_covered(posts: Sequence[PlannedPost],
                     persona_ids: Sequence[int]) -> dict[int, int]:
    """Each persona's number of posts (0: nothing speaks to it this month)."""
    counts = Counter(p.persona_id for p in posts)
    return {persona: counts[persona] for persona in persona_ids}


def goals_without_posts(posts: Sequence[PlannedPost], goal_ids: Sequence[int]) -> list[int]:
    served = {p.goal_id for p in posts}
    return [goal for goal in goal_ids if goal not in served]


def running(start: date | None, deadline: date | None, first: date, last: date) -> bool:
    """Whether a goal from `start` to `deadline` (either open) runs during first..last."""
    return (start is None or start <= last) and (deadline is None or deadline >= first)


def lonely_occasions(posts: Sequence[PlannedPost], occasions: Sequence[OccasionDay],
                     window: int = OCCASION_WINDOW) -> list[OccasionDay]:
    """The occasions with no post within `window` days either side."""
    days = {p.day for p in posts}
    return [o for o in occasions
            if not any(o.day + timedelta(days=n) in days for n in range(-window, window + 1))]

"""What a goal's chart shows, worked out without matplotlib (which loads only to draw it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from smm_desktop.domain.kpi import Plan
from smm_desktop.domain.metrics import Metric, is_rate
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.goals import SocialGoalData
from smm_desktop.services.snapshots import SnapshotService

Point = tuple[date, float]
# Before the baseline, the chart shows this many days of history for context.
LEAD_DAYS = 30


@dataclass(frozen=True)
class ChartText:
    """The chart's words, already translated, and how it writes numbers and dates."""

    x_label: str
    y_label: str
    actual: str
    pace: str
    today: str
    number: Callable[[float], str]
    day: Callable[[date], str]


@dataclass(frozen=True)
class ChartColours:
    background: str
    foreground: str
    actual: str
    pace: str
    grid: str


@dataclass(frozen=True)
class ChartSpec:
    points: tuple[Point, ...]
    plan: Plan | None
    today: date
    text: ChartText
    colours: ChartColours

    @property
    def empty(self) -> bool:
        return not self.points and self.plan is None


def window(goal: SocialGoalData, today: date) -> tuple[date, date]:
    """The days the chart spans: from a little before the baseline to the deadline or today."""
    first = min(d for d in (goal.baseline_date, goal.start, today) if d is not None)
    last = max(d for d in (goal.deadline, today) if d is not None)
    return first - timedelta(days=LEAD_DAYS), last


def goal_points(snapshots: SnapshotService, goal: SocialGoalData,
                accounts: Sequence[AccountData], today: date) -> list[Point]:
    """The goal's measured values: its account's, or the sum over its platform's accounts."""
    if goal.metric is None:
        return []
    since, until = window(goal, today)
    until = min(until, today)
    if goal.account_id is not None:
        return [(s.day, s.value) for s in snapshots.history(goal.account_id, goal.metric,
                                                            since, until)]
    ids = [a.id for a in accounts if a.platform == goal.platform and not a.archived]
    series = [[(s.day, s.value) for s in snapshots.history(i, goal.metric, since, until)]
              for i in ids]
    return combine(series, goal.metric)


def combine(series: Sequence[Sequence[Point]], metric: Metric) -> list[Point]:
    """One value a day over several accounts: each account's latest value up to that day,
    summed (averaged for a rate), from the first day every account has a value."""
    series = [s for s in series if s]
    if not series:
        return []
    start = max(s[0][0] for s in series)
    days = sorted({d for s in series for d, _ in s if d >= start})
    combined = []
    for day in days:
        values = [next(v for d, v in reversed(s) if d <= day) for s in series]
        combined.append((day, sum(values) / len(values) if is_rate(metric) else sum(values)))
    return combined

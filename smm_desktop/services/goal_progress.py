"""How far each social goal got: its current value from snapshots, its pace and its status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from smm_desktop.domain import kpi
from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.domain.metrics import is_rate
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.snapshots import LatestReading


@dataclass(frozen=True)
class GoalProgress:
    """A goal on a day. `percent` is clamped to 0-100 for a bar; `percent_raw` is not (a goal
    past its target shows over 100, one that went backwards below 0). `current_day` is the day
    of the snapshot the current value comes from (the newest, for a platform-wide goal)."""

    goal: SocialGoalData
    current: float | None
    current_day: date | None
    target: float | None
    expected: float | None
    percent: float | None
    percent_raw: float | None
    status: GoalStatus


def current_value(
    goal: SocialGoalData, readings: Sequence[LatestReading]
) -> tuple[float | None, date | None]:
    """The account's newest value; for a platform-wide goal, the sum over the brand's active
    accounts on that platform (the mean for a rate)."""
    if goal.metric is None:
        return None, None
    found = [r for r in readings if r.metric == goal.metric.value and _in_scope(goal, r)]
    if not found:
        return None, None
    values = [r.value for r in found]
    value = sum(values) / len(values) if is_rate(goal.metric) else sum(values)
    return value, max(r.day for r in found)


def _in_scope(goal: SocialGoalData, reading: LatestReading) -> bool:
    if goal.account_id is not None:
        return reading.account_id == goal.account_id
    return goal.platform is not None and reading.platform == goal.platform.value and (
        not reading.archived)


def goal_progress(
    goal: SocialGoalData, readings: Sequence[LatestReading], today: date
) -> GoalProgress:
    current, day = current_value(goal, readings)
    plan = goal.plan()
    if plan is None:
        return GoalProgress(goal, current, day, goal.target, None, None, None,
                            goal.closed_as or GoalStatus.INCOMPLETE)
    measured = kpi.measure(plan, today, current, goal.closed_as)
    return GoalProgress(goal, current, day, plan.target, measured.expected, measured.percent,
                        measured.percent_raw, measured.status)


def compute_progress(
    goals: Sequence[SocialGoalData], readings: Sequence[LatestReading], today: date
) -> list[GoalProgress]:
    by_metric: dict[str, list[LatestReading]] = {}
    for reading in readings:
        by_metric.setdefault(reading.metric, []).append(reading)
    return [goal_progress(goal, by_metric.get(goal.metric.value if goal.metric else "", []),
                          today) for goal in goals]

"""KPI arithmetic for a social goal: its target, the pace to it, how far it got, its status.

A goal runs in a straight line from its baseline on the start date to its target on the
deadline; the target may be below the baseline (a goal to bring a number down).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# On track while the progress made is no more than this share of the whole way (baseline to
# target) behind the straight pace: 0.02 = two percent of the way.
ON_TRACK_TOLERANCE = 0.02
# At risk (not off track) while the progress made is at least this share of the progress the
# straight pace expects by today: 0.8 = four fifths of the expected progress.
AT_RISK_FLOOR = 0.8
# Float noise allowed when deciding that the target is reached (1000 * 1.3 is not exactly 1300).
_REACHED_EPSILON = 1e-9


class TargetKind(StrEnum):
    """How the target is given: the number to reach, or a change in percent of the baseline."""

    ABSOLUTE = "absolute"
    PERCENT = "percent"


class GoalStatus(StrEnum):
    INCOMPLETE = "incomplete"  # not measurable yet: the SMART check says what is missing
    NOT_STARTED = "not_started"
    NO_DATA = "no_data"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    ACHIEVED = "achieved"
    MISSED = "missed"


# The statuses a person may set by hand to close a goal (say, results the app never saw).
CLOSING_STATUSES = (GoalStatus.ACHIEVED, GoalStatus.MISSED)


@dataclass(frozen=True)
class Plan:
    """A measurable goal: from `baseline` at `start` to `target` at `deadline`."""

    baseline: float
    target: float
    start: date
    deadline: date


@dataclass(frozen=True)
class Measure:
    """Where a goal stands on a day. `percent_raw` may pass 100 or go below 0; `percent` is
    clamped to 0-100 for bars."""

    expected: float
    percent_raw: float | None
    percent: float | None
    status: GoalStatus


def target_value(baseline: float, kind: TargetKind, value: float) -> float:
    """The number to reach: `value` itself, or the baseline changed by `value` percent."""
    if kind is TargetKind.PERCENT:
        return baseline * (1 + value / 100)
    return value


def percent_change(baseline: float, target: float) -> float | None:
    """The change from baseline to target in percent; None from a baseline of 0."""
    return None if baseline == 0 else (target - baseline) / abs(baseline) * 100


def make_plan(
    baseline: float | None, target: float | None, start: date | None, deadline: date | None
) -> Plan | None:
    """The plan when every part is there and it makes sense; None otherwise (incomplete)."""
    if baseline is None or target is None or start is None or deadline is None:
        return None
    if target == baseline or deadline < start:
        return None
    return Plan(baseline, target, start, deadline)


def elapsed_share(plan: Plan, today: date) -> float:
    """How much of the goal's time has passed: 0 at the start, 1 at the deadline and after."""
    days = (plan.deadline - plan.start).days
    if days <= 0:
        return 1.0 if today >= plan.deadline else 0.0
    return min(max((today - plan.start).days / days, 0.0), 1.0)


def expected_value(plan: Plan, today: date) -> float:
    """The value a straight pace from baseline to target would have reached today."""
    return plan.baseline + (plan.target - plan.baseline) * elapsed_share(plan, today)


def share_of_way(plan: Plan, current: float) -> float:
    """How far `current` got from baseline to target: 0 at the baseline, 1 at the target."""
    return (current - plan.baseline) / (plan.target - plan.baseline)


def status(plan: Plan, today: date, current: float | None) -> GoalStatus:
    """In this order: not started, no data, achieved (at any time), missed (past the deadline),
    then on track, at risk or off track against the straight pace."""
    if today < plan.start:
        return GoalStatus.NOT_STARTED
    if current is None:
        return GoalStatus.NO_DATA
    done = share_of_way(plan, current)
    if done >= 1 - _REACHED_EPSILON:
        return GoalStatus.ACHIEVED
    if today > plan.deadline:
        return GoalStatus.MISSED
    expected = elapsed_share(plan, today)
    if done >= expected - ON_TRACK_TOLERANCE:
        return GoalStatus.ON_TRACK
    if done >= AT_RISK_FLOOR * expected:
        return GoalStatus.AT_RISK
    return GoalStatus.OFF_TRACK


def measure(
    plan: Plan, today: date, current: float | None, closed_as: GoalStatus | None = None
) -> Measure:
    """Everything a progress bar needs; `closed_as` (set by hand) wins over the computed status."""
    raw = None if current is None else share_of_way(plan, current) * 100
    clamped = None if raw is None else min(max(raw, 0.0), 100.0)
    return Measure(
        expected=expected_value(plan, today), percent_raw=raw, percent=clamped,
        status=closed_as or status(plan, today, current),
    )

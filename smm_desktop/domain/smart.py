"""The SMART check of a social goal, and the field rules that refuse a goal outright.

Findings carry a stable code and string params: the UI translates them. A goal with findings can
still be saved (a draft the manager completes later); a goal with field errors cannot.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.kpi import TargetKind, percent_change, target_value
from smm_desktop.domain.metrics import Metric, is_rate, value_problem

# T: a goal shorter than this (in days) is too short to show a trend.
MIN_DAYS = 7
# A: flagged when the daily growth the goal needs is more than this many times the past one.
GROWTH_FACTOR_LIMIT = 3.0
# A: a change over this many percent is unrealistic; as a percent target it is refused.
CHANGE_LIMIT_PERCENT = 1000.0
# A: the past growth is read from the snapshots of this many days before the goal's start ...
PAST_WINDOW_DAYS = 90
# ... and only when they span at least this many days.
MIN_PAST_SPAN_DAYS = 14


class Letter(StrEnum):
    SPECIFIC = "S"
    MEASURABLE = "M"
    ACHIEVABLE = "A"
    RELEVANT = "R"
    TIME_BOUND = "T"


@dataclass(frozen=True)
class Finding:
    """One weakness of a goal under one SMART letter."""

    code: str
    params: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class SmartReport:
    findings: Mapping[Letter, tuple[Finding, ...]]

    def passes(self, letter: Letter) -> bool:
        return not self.findings.get(letter)

    @property
    def ok(self) -> bool:
        return all(self.passes(letter) for letter in Letter)

    def codes(self) -> set[str]:
        return {f.code for found in self.findings.values() for f in found}


@dataclass(frozen=True)
class GoalDraft:
    """A goal as typed so far: anything may still be missing."""

    metric: Metric | None = None
    has_scope: bool = False  # an account, or a platform (for all the brand's accounts on it)
    baseline: float | None = None
    target_kind: TargetKind = TargetKind.ABSOLUTE
    target_value: float | None = None
    start: date | None = None
    deadline: date | None = None
    has_business_goal: bool = False
    why_realistic: str = ""

    @property
    def target(self) -> float | None:
        """The number to reach (a percent target needs the baseline)."""
        if self.target_value is None:
            return None
        if self.target_kind is TargetKind.PERCENT:
            return None if self.baseline is None else target_value(
                self.baseline, TargetKind.PERCENT, self.target_value)
        return self.target_value

    @property
    def days(self) -> int | None:
        return None if self.start is None or self.deadline is None else (
            self.deadline - self.start).days


def _fmt(value: float) -> str:
    return f"{value:.2f}"


def check_smart(draft: GoalDraft, past_daily_growth: float | None = None) -> SmartReport:
    """Findings per letter; `past_daily_growth` (percent a day, from snapshots) feeds A."""
    return SmartReport({
        Letter.SPECIFIC: tuple(_specific(draft)),
        Letter.MEASURABLE: tuple(_measurable(draft)),
        Letter.ACHIEVABLE: tuple(_achievable(draft, past_daily_growth)),
        Letter.RELEVANT: tuple(_relevant(draft)),
        Letter.TIME_BOUND: tuple(_time_bound(draft)),
    })


def _specific(draft: GoalDraft) -> list[Finding]:
    found = [] if draft.has_scope else [Finding("no_scope")]
    return found + ([] if draft.metric else [Finding("no_metric")])


def _measurable(draft: GoalDraft) -> list[Finding]:
    found = [] if draft.baseline is not None else [Finding("no_baseline")]
    if draft.target_value is None:
        return [*found, Finding("no_target")]
    if draft.target is not None and draft.target == draft.baseline:
        found.append(Finding("target_equals_baseline"))
    return found


def _achievable(draft: GoalDraft, past: float | None) -> list[Finding]:
    if draft.baseline is None or draft.target is None:
        return []
    change = percent_change(draft.baseline, draft.target)
    if change is not None and abs(change) > CHANGE_LIMIT_PERCENT:
        return [Finding("change_unrealistic", {"change": _fmt(change),
                                               "max": _fmt(CHANGE_LIMIT_PERCENT)})]
    required = required_daily_growth(draft)
    if required is None or required == 0 or past is None:
        return []
    params = {"required": _fmt(required), "past": _fmt(past)}
    toward = past if required > 0 else -past  # the past pace in the goal's direction
    if toward <= 0:
        return [Finding("no_past_growth", params)]
    if abs(required) > GROWTH_FACTOR_LIMIT * toward:
        return [Finding("growth_far_above_past", params)]
    return []


def _relevant(draft: GoalDraft) -> list[Finding]:
    found = [] if draft.has_business_goal else [Finding("no_business_goal")]
    return found + ([] if draft.why_realistic.strip() else [Finding("no_reason")])


def _time_bound(draft: GoalDraft) -> list[Finding]:
    found = [] if draft.start else [Finding("no_start")]
    if draft.deadline is None:
        return [*found, Finding("no_deadline")]
    days = draft.days
    if days is not None and days < 0:
        found.append(Finding("deadline_before_start"))
    elif days is not None and days < MIN_DAYS:
        found.append(Finding("too_short", {"days": str(days), "min": str(MIN_DAYS)}))
    return found


def required_daily_growth(draft: GoalDraft) -> float | None:
    """The change a day, in percent of the baseline, that the goal needs (negative: a decrease)."""
    target, days = draft.target, draft.days
    if draft.baseline is None or target is None or not days or days < 0:
        return None
    change = percent_change(draft.baseline, target)
    return None if change is None else change / days


def past_daily_growth(points: Sequence[tuple[date, float]]) -> float | None:
    """The past change a day, in percent of the first value, from (day, value) snapshots."""
    if len(points) < 2:
        return None
    (first_day, first), (last_day, last) = min(points), max(points)
    span = (last_day - first_day).days
    if span < MIN_PAST_SPAN_DAYS or first <= 0:
        return None
    return (last - first) / first * 100 / span


def validate_goal(draft: GoalDraft) -> list[FieldError]:
    """What makes the goal wrong, not merely unfinished: nothing is saved while any remains."""
    errors = _value_errors("baseline_value", draft.metric, draft.baseline)
    errors += _target_errors(draft)
    if not errors and draft.target is not None and draft.target == draft.baseline:
        errors.append(FieldError("target_value", "equals_baseline"))
    if draft.days is not None and draft.days < 0:
        errors.append(FieldError("deadline", "before_start"))
    return errors


def _value_errors(field: str, metric: Metric | None, value: float | None) -> list[FieldError]:
    problem = None if value is None else value_problem(metric, value)
    return [FieldError(field, problem)] if problem else []


def _target_errors(draft: GoalDraft) -> list[FieldError]:
    value = draft.target_value
    if draft.target_kind is TargetKind.ABSOLUTE or value is None:
        return _value_errors("target_value", draft.metric, value)
    if not math.isfinite(value):
        return [FieldError("target_value", "not_a_number")]
    if value > CHANGE_LIMIT_PERCENT:
        return [FieldError("target_value", "percent_too_high",
                           {"max": str(int(CHANGE_LIMIT_PERCENT))})]
    if value < -100:
        return [FieldError("target_value", "negative")]
    target = draft.target
    if target is not None and draft.metric and is_rate(draft.metric) and target > 100:
        return [FieldError("target_value", "over_100_percent")]
    return []

"""The SMART check (each finding under its letter) and the field rules that refuse a goal."""

import dataclasses
import math
from datetime import date, timedelta

import pytest

from smm_desktop.domain import smart
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.kpi import TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.smart import Finding, GoalDraft, Letter

START = date(2026, 3, 1)
# +30% followers in 120 days: 0.25% a day, linked, explained.
GOOD = GoalDraft(
    metric=Metric.FOLLOWERS, has_scope=True, baseline=1000, target_kind=TargetKind.PERCENT,
    target_value=30, start=START, deadline=START + timedelta(days=120), has_business_goal=True,
    why_realistic="We grew 10% last quarter and add a weekly giveaway.",
)


def draft(**changes: object) -> GoalDraft:
    return dataclasses.replace(GOOD, **changes)


def test_a_complete_goal_passes_every_letter() -> None:
    report = smart.check_smart(GOOD, past_daily_growth=0.2)
    assert report.ok
    assert all(report.passes(letter) for letter in Letter)
    assert report.codes() == set()


@pytest.mark.parametrize(("changes", "letter", "finding"), [
    ({"has_scope": False}, Letter.SPECIFIC, Finding("no_scope")),
    ({"metric": None}, Letter.SPECIFIC, Finding("no_metric")),
    ({"baseline": None}, Letter.MEASURABLE, Finding("no_baseline")),
    ({"target_value": None}, Letter.MEASURABLE, Finding("no_target")),
    ({"target_value": 0}, Letter.MEASURABLE, Finding("target_equals_baseline")),
    ({"target_kind": TargetKind.ABSOLUTE, "target_value": 1000}, Letter.MEASURABLE,
     Finding("target_equals_baseline")),
    ({"target_kind": TargetKind.ABSOLUTE, "target_value": 20000}, Letter.ACHIEVABLE,
     Finding("change_unrealistic", {"change": "1900.00", "max": "1000.00"})),
    ({"target_kind": TargetKind.ABSOLUTE, "target_value": 0.0, "baseline": 1.0},
     Letter.ACHIEVABLE, Finding("no_past_growth", {"required": "-0.83", "past": "0.20"})),
    ({"has_business_goal": False}, Letter.RELEVANT, Finding("no_business_goal")),
    ({"why_realistic": "  \n "}, Letter.RELEVANT, Finding("no_reason")),
    ({"start": None}, Letter.TIME_BOUND, Finding("no_start")),
    ({"deadline": None}, Letter.TIME_BOUND, Finding("no_deadline")),
    ({"deadline": START - timedelta(days=1)}, Letter.TIME_BOUND,
     Finding("deadline_before_start")),
    ({"deadline": START + timedelta(days=6)}, Letter.TIME_BOUND,
     Finding("too_short", {"days": "6", "min": "7"})),
])
def test_each_finding_under_its_letter(
    changes: dict[str, object], letter: Letter, finding: Finding
) -> None:
    report = smart.check_smart(draft(**changes), past_daily_growth=0.2)
    assert finding in report.findings[letter]
    assert not report.ok
    others = [other for other in Letter if other is not letter]
    assert all(finding not in report.findings[other] for other in others)


def test_seven_days_is_long_enough() -> None:
    report = smart.check_smart(draft(deadline=START + timedelta(days=7)), 0.2)
    assert report.passes(Letter.TIME_BOUND)


@pytest.mark.parametrize(("past", "finding"), [
    (None, None),  # no history: nothing to compare with
    (0.25, None),
    (0.0834, None),  # 0.25 is just under 3 x 0.0834
    (0.08, Finding("growth_far_above_past", {"required": "0.25", "past": "0.08"})),
    (0.0, Finding("no_past_growth", {"required": "0.25", "past": "0.00"})),
    (-0.1, Finding("no_past_growth", {"required": "0.25", "past": "-0.10"})),
])
def test_growth_compared_with_the_past(past: float | None, finding: Finding | None) -> None:
    found = smart.check_smart(GOOD, past).findings[Letter.ACHIEVABLE]
    assert found == (() if finding is None else (finding,))


@pytest.mark.parametrize(("past", "codes"), [
    (-0.1, set()),  # it has been falling 0.1% a day: -0.25% a day is within 3x
    (-0.05, {"growth_far_above_past"}),
    (0.1, {"no_past_growth"}),  # it has been rising: a fall needs a turn
])
def test_a_decreasing_goal_is_compared_in_its_own_direction(
    past: float, codes: set[str]
) -> None:
    down = draft(target_value=-30)
    assert smart.required_daily_growth(down) == pytest.approx(-0.25)
    assert {f.code for f in smart.check_smart(down, past).findings[Letter.ACHIEVABLE]} == codes


def test_an_unrealistic_change_is_flagged_even_without_history() -> None:
    report = smart.check_smart(draft(target_kind=TargetKind.ABSOLUTE, target_value=12000))
    assert report.codes() == {"change_unrealistic"}


def test_nothing_typed_yet_lists_what_is_missing() -> None:
    report = smart.check_smart(GoalDraft())
    assert report.codes() == {"no_scope", "no_metric", "no_baseline", "no_target",
                              "no_business_goal", "no_reason", "no_start", "no_deadline"}


START_POINTS = date(2026, 1, 1)


@pytest.mark.parametrize(("points", "growth"), [
    ([(START_POINTS, 1000), (START_POINTS + timedelta(days=30), 1030)], 0.1),
    ([(START_POINTS + timedelta(days=30), 970), (START_POINTS, 1000),
      (START_POINTS + timedelta(days=10), 5)], -0.1),  # order does not matter; ends count
    ([(START_POINTS, 1000)], None),
    ([], None),
    ([(START_POINTS, 1000), (START_POINTS + timedelta(days=13), 1100)], None),  # too short
    ([(START_POINTS, 0), (START_POINTS + timedelta(days=30), 100)], None),  # from nothing
])
def test_past_daily_growth(points: list[tuple[date, float]], growth: float | None) -> None:
    result = smart.past_daily_growth(points)
    assert result == (None if growth is None else pytest.approx(growth))


@pytest.mark.parametrize(("changes", "errors"), [
    ({}, []),
    ({"baseline": -5}, [FieldError("baseline_value", "negative")]),
    ({"target_kind": TargetKind.ABSOLUTE, "target_value": -1},
     [FieldError("target_value", "negative")]),
    ({"target_value": 1001}, [FieldError("target_value", "percent_too_high", {"max": "1000"})]),
    ({"target_value": 1000}, []),
    ({"target_value": -101}, [FieldError("target_value", "negative")]),
    ({"target_value": -100}, []),  # down to zero
    ({"target_value": math.nan}, [FieldError("target_value", "not_a_number")]),
    ({"target_value": 0}, [FieldError("target_value", "equals_baseline")]),
    ({"target_kind": TargetKind.ABSOLUTE, "target_value": 1000},
     [FieldError("target_value", "equals_baseline")]),
    ({"deadline": START - timedelta(days=1)}, [FieldError("deadline", "before_start")]),
    ({"metric": Metric.ENGAGEMENT_RATE, "baseline": 120, "target_value": -50},
     [FieldError("baseline_value", "over_100_percent")]),
    ({"metric": Metric.ENGAGEMENT_RATE, "baseline": 80, "target_value": 30},
     [FieldError("target_value", "over_100_percent")]),
    ({"metric": Metric.ENGAGEMENT_RATE, "baseline": 2.5, "target_value": 40}, []),
    ({"metric": None, "baseline": None, "target_value": None, "start": None,
      "deadline": None}, []),  # unfinished is not wrong
])
def test_field_errors(changes: dict[str, object], errors: list[FieldError]) -> None:
    assert smart.validate_goal(draft(**changes)) == errors


def test_draft_target_from_a_percent_needs_the_baseline() -> None:
    assert GOOD.target == pytest.approx(1300)
    assert draft(baseline=None).target is None
    assert draft(target_kind=TargetKind.ABSOLUTE, target_value=5000, baseline=None).target == 5000

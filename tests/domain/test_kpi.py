"""KPI arithmetic: targets, pace, the share of the way, and each status, both directions."""

from datetime import date, timedelta

import pytest

from smm_desktop.domain import kpi
from smm_desktop.domain.kpi import GoalStatus, Plan, TargetKind

START = date(2026, 1, 1)
DEADLINE = START + timedelta(days=100)
HALFWAY = START + timedelta(days=50)
UP = Plan(baseline=1000, target=2000, start=START, deadline=DEADLINE)
DOWN = Plan(baseline=1000, target=500, start=START, deadline=DEADLINE)  # a cost to bring down


@pytest.mark.parametrize(("baseline", "kind", "value", "target"), [
    (1000, TargetKind.PERCENT, 30, 1300),
    (1000, TargetKind.PERCENT, -20, 800),
    (1000, TargetKind.PERCENT, 0, 1000),
    (0, TargetKind.PERCENT, 50, 0),
    (1000, TargetKind.ABSOLUTE, 5000, 5000),
    (2.5, TargetKind.ABSOLUTE, 1.5, 1.5),
])
def test_target_value(baseline: float, kind: TargetKind, value: float, target: float) -> None:
    assert kpi.target_value(baseline, kind, value) == pytest.approx(target)


@pytest.mark.parametrize(("baseline", "target", "change"), [
    (1000, 1300, 30), (1000, 800, -20), (1000, 1000, 0), (0, 10, None),
])
def test_percent_change(baseline: float, target: float, change: float | None) -> None:
    assert kpi.percent_change(baseline, target) == (None if change is None else
                                                      pytest.approx(change))


@pytest.mark.parametrize(("parts", "complete"), [
    ((1000, 2000, START, DEADLINE), True),
    ((None, 2000, START, DEADLINE), False),
    ((1000, None, START, DEADLINE), False),
    ((1000, 2000, None, DEADLINE), False),
    ((1000, 2000, START, None), False),
    ((1000, 1000, START, DEADLINE), False),  # nothing to measure
    ((1000, 2000, DEADLINE, START), False),  # ends before it starts
    ((1000, 2000, START, START), True),  # one day: measurable, if short
])
def test_make_plan_needs_every_part(parts: tuple, complete: bool) -> None:
    assert (kpi.make_plan(*parts) is not None) is complete


@pytest.mark.parametrize(("today", "share"), [
    (START - timedelta(days=5), 0.0), (START, 0.0), (HALFWAY, 0.5),
    (DEADLINE, 1.0), (DEADLINE + timedelta(days=30), 1.0),
])
def test_elapsed_share(today: date, share: float) -> None:
    assert kpi.elapsed_share(UP, today) == pytest.approx(share)


def test_elapsed_share_of_a_one_day_goal() -> None:
    plan = Plan(1, 2, START, START)
    assert kpi.elapsed_share(plan, START - timedelta(days=1)) == 0.0
    assert kpi.elapsed_share(plan, START) == 1.0


@pytest.mark.parametrize(("plan", "today", "expected"), [
    (UP, START, 1000), (UP, HALFWAY, 1500), (UP, DEADLINE, 2000),
    (UP, DEADLINE + timedelta(days=9), 2000), (DOWN, HALFWAY, 750),
    (DOWN, START + timedelta(days=20), 900),
])
def test_expected_value_is_a_straight_pace(plan: Plan, today: date, expected: float) -> None:
    assert kpi.expected_value(plan, today) == pytest.approx(expected)


@pytest.mark.parametrize(("plan", "current", "raw", "clamped"), [
    (UP, 1500, 50, 50),
    (UP, 2500, 150, 100),  # past the target: raw keeps it, the bar stops at 100
    (UP, 900, -10, 0),  # went backwards
    (DOWN, 750, 50, 50),
    (DOWN, 1100, -20, 0),
    (DOWN, 250, 150, 100),
])
def test_percent_of_the_way_raw_and_clamped(
    plan: Plan, current: float, raw: float, clamped: float
) -> None:
    measured = kpi.measure(plan, HALFWAY, current)
    assert measured.percent_raw == pytest.approx(raw)
    assert measured.percent == pytest.approx(clamped)


AFTER = DEADLINE + timedelta(days=1)


@pytest.mark.parametrize(("plan", "today", "current", "status"), [
    (UP, START - timedelta(days=1), 2500, GoalStatus.NOT_STARTED),
    (UP, HALFWAY, None, GoalStatus.NO_DATA),
    (UP, HALFWAY, 2000, GoalStatus.ACHIEVED),
    (UP, HALFWAY, 2100, GoalStatus.ACHIEVED),
    (UP, AFTER, 2000, GoalStatus.ACHIEVED),
    (UP, AFTER, 1999, GoalStatus.MISSED),
    (UP, DEADLINE, 1990, GoalStatus.ON_TRACK),  # the deadline day itself is not past it
    (UP, HALFWAY, 1500, GoalStatus.ON_TRACK),
    (UP, HALFWAY, 1480, GoalStatus.ON_TRACK),  # within the tolerance below the pace
    (UP, HALFWAY, 1479, GoalStatus.AT_RISK),
    (UP, HALFWAY, 1400, GoalStatus.AT_RISK),  # exactly 80% of the expected progress
    (UP, HALFWAY, 1399, GoalStatus.OFF_TRACK),
    (UP, HALFWAY, 900, GoalStatus.OFF_TRACK),
    (DOWN, HALFWAY, 500, GoalStatus.ACHIEVED),
    (DOWN, HALFWAY, 420, GoalStatus.ACHIEVED),
    (DOWN, HALFWAY, 750, GoalStatus.ON_TRACK),
    (DOWN, HALFWAY, 790, GoalStatus.AT_RISK),
    (DOWN, HALFWAY, 900, GoalStatus.OFF_TRACK),
    (DOWN, HALFWAY, 1100, GoalStatus.OFF_TRACK),
    (DOWN, AFTER, 600, GoalStatus.MISSED),
    (DOWN, START - timedelta(days=3), None, GoalStatus.NOT_STARTED),
])
def test_status(plan: Plan, today: date, current: float | None, status: GoalStatus) -> None:
    assert kpi.status(plan, today, current) is status
    assert kpi.measure(plan, today, current).status is status


def test_the_thresholds_are_the_documented_constants() -> None:
    assert kpi.ON_TRACK_TOLERANCE == 0.02
    assert kpi.AT_RISK_FLOOR == 0.8


def test_a_percent_target_is_reached_despite_float_noise() -> None:
    target = kpi.target_value(1000, TargetKind.PERCENT, 30)
    plan = Plan(1000, target, START, DEADLINE)
    assert kpi.status(plan, HALFWAY, 1300) is GoalStatus.ACHIEVED


@pytest.mark.parametrize("closed", [GoalStatus.ACHIEVED, GoalStatus.MISSED])
def test_a_status_set_by_hand_wins(closed: GoalStatus) -> None:
    measured = kpi.measure(UP, HALFWAY, 1000, closed_as=closed)
    assert measured.status is closed
    assert measured.percent == 0  # the numbers are still the measured ones

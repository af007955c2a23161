"""Quarters: a date's quarter and its days, the goals a review covers, outcomes from numbers."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain.enums import GoalOutcome
from smm_desktop.domain.quarters import (
    Quarter,
    carried_percent,
    covers_goal,
    due_quarter,
    ends_in,
    outcome_of,
    quarter_of,
    starts_in,
)

Q3 = Quarter(2026, 3)


@pytest.mark.parametrize(("day", "quarter"), [
    (date(2026, 1, 1), Quarter(2026, 1)), (date(2026, 3, 31), Quarter(2026, 1)),
    (date(2026, 4, 1), Quarter(2026, 2)), (date(2026, 9, 30), Quarter(2026, 3)),
    (date(2026, 10, 1), Quarter(2026, 4)), (date(2026, 12, 31), Quarter(2026, 4)),
    (date(2028, 2, 29), Quarter(2028, 1)),
])
def test_quarter_of(day: date, quarter: Quarter) -> None:
    assert quarter_of(day) == quarter


@pytest.mark.parametrize(("quarter", "first", "last"), [
    (Quarter(2026, 1), date(2026, 1, 1), date(2026, 3, 31)),
    (Quarter(2028, 1), date(2028, 1, 1), date(2028, 3, 31)),
    (Quarter(2026, 2), date(2026, 4, 1), date(2026, 6, 30)),
    (Quarter(2026, 3), date(2026, 7, 1), date(2026, 9, 30)),
    (Quarter(2026, 4), date(2026, 10, 1), date(2026, 12, 31)),
])
def test_first_and_last_day(quarter: Quarter, first: date, last: date) -> None:
    assert (quarter.first_day, quarter.last_day) == (first, last)


@pytest.mark.parametrize(("quarter", "after", "before"), [
    (Quarter(2026, 4), Quarter(2027, 1), Quarter(2026, 3)),
    (Quarter(2027, 1), Quarter(2027, 2), Quarter(2026, 4)),
    (Quarter(2026, 2), Quarter(2026, 3), Quarter(2026, 1)),
])
def test_next_and_previous(quarter: Quarter, after: Quarter, before: Quarter) -> None:
    assert quarter.next() == after
    assert quarter.previous() == before


@pytest.mark.parametrize(("start", "deadline", "covered"), [
    (date(2026, 5, 1), date(2026, 8, 1), True),     # deadline in the quarter
    (date(2026, 7, 1), date(2026, 9, 30), True),    # ends on its last day
    (date(2026, 8, 1), date(2026, 11, 1), True),    # still running at its end
    (date(2026, 3, 1), date(2027, 1, 1), True),     # runs through the whole quarter
    (date(2026, 10, 1), date(2026, 12, 1), False),  # starts after
    (date(2026, 1, 1), date(2026, 6, 30), False),   # over before
    (None, date(2026, 11, 1), False),               # no start: not known to run
    (date(2026, 8, 1), None, False),                # no deadline: not measurable
])
def test_covers_goal(start: date | None, deadline: date | None, covered: bool) -> None:
    assert covers_goal(Q3, start, deadline) is covered


@pytest.mark.parametrize(("deadline", "ends"), [
    (date(2026, 9, 30), True), (date(2026, 2, 1), True), (date(2026, 10, 1), False), (None, False),
])
def test_ends_in(deadline: date | None, ends: bool) -> None:
    assert ends_in(Q3, deadline) is ends


@pytest.mark.parametrize(("start", "inside"), [
    (date(2026, 7, 1), True), (date(2026, 9, 30), True), (date(2026, 10, 1), False), (None, False),
])
def test_starts_in(start: date | None, inside: bool) -> None:
    assert starts_in(Q3, start) is inside


@pytest.mark.parametrize(("today", "completed", "due"), [
    (date(2026, 11, 28), set(), Quarter(2026, 3)),
    (date(2026, 11, 28), {Quarter(2026, 3)}, Quarter(2026, 4)),
    (date(2027, 1, 5), {Quarter(2026, 3)}, Quarter(2026, 4)),
    (date(2027, 1, 5), {Quarter(2026, 4)}, Quarter(2027, 1)),
])
def test_due_quarter(today: date, completed: set[Quarter], due: Quarter) -> None:
    assert due_quarter(today, completed) == due


@pytest.mark.parametrize(("baseline", "target", "final", "outcome"), [
    (1000.0, 1300.0, 1300.0, GoalOutcome.ACHIEVED),
    (1000.0, 1300.0, 1400.0, GoalOutcome.ACHIEVED),
    (1000.0, 1300.0, 1299.0, GoalOutcome.MISSED),
    (1000.0, 1000.0 * 1.3, 1300.0, GoalOutcome.ACHIEVED),  # float noise
    (50.0, 30.0, 29.0, GoalOutcome.ACHIEVED),               # a goal to bring a number down
    (50.0, 30.0, 31.0, GoalOutcome.MISSED),
    (1000.0, 1300.0, None, GoalOutcome.MISSED),
    (None, 1300.0, 1500.0, GoalOutcome.MISSED),
    (1000.0, 1000.0, 1000.0, GoalOutcome.MISSED),           # not a goal
])
def test_outcome_of(baseline: float | None, target: float | None, final: float | None,
                    outcome: GoalOutcome) -> None:
    assert outcome_of(baseline, target, final) is outcome


@pytest.mark.parametrize(("baseline", "target", "percent"), [
    (1000.0, 1300.0, 30.0), (200.0, 150.0, -25.0), (3.0, 4.0, 33.3),
    (0.0, 100.0, None), (None, 100.0, None), (100.0, None, None),
])
def test_carried_percent(baseline: float | None, target: float | None,
                         percent: float | None) -> None:
    assert carried_percent(baseline, target) == percent

"""Calendar quarters for the quarterly review: a date's quarter, its days, the next one, and
which goals a quarter's review covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from smm_desktop.domain.enums import GoalOutcome
from smm_desktop.domain.kpi import make_plan, percent_change, share_of_way

# Float noise allowed when deciding that a final number reached the target (as kpi does).
_REACHED_EPSILON = 1e-9


@dataclass(frozen=True, order=True)
class Quarter:
    """Quarter `number` (1-4) of `year`."""

    year: int
    number: int

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def quarter_of(day: date) -> Quarter:
    return Quarter(day.year, (day.month - 1) // 3 + 1)


def covers_goal(quarter: Quarter, start: date | None, deadline: date | None) -> bool:
    """A goal belongs to the quarter's review when its deadline falls in the quarter, or when
    it started by the quarter's end and is still running then."""
    if deadline is None:
        return False
    if quarter.contains(deadline):
        return True
    return start is not None and start <= quarter.last_day < deadline


def ends_in(quarter: Quarter, deadline: date | None) -> bool:
    """The goal's time is over by the quarter's end: the review closes it."""
    return deadline is not None and deadline <= quarter.last_day


def starts_in(quarter: Quarter, start: date | None) -> bool:
    return start is not None and quarter.contains(start)


def due_quarter(today: date, completed: set[Quarter]) -> Quarter:
    """The quarter to review next: the one just ended when it has no completed review, else
    the current one."""
    current = quarter_of(today)
    previous = current.previous()
    return previous if previous not in completed else current


def reached(baseline: float | None, target: float | None, final: float | None) -> bool:
    """Whether `final` got to the target from the baseline (a goal may aim down)."""
    if baseline is None or target is None or final is None:
        return False
    plan = make_plan(baseline, target, date.min, date.min)
    if plan is None:
        return False
    return share_of_way(plan, final) >= 1 - _REACHED_EPSILON


def outcome_of(baseline: float | None, target: float | None, final: float | None) -> GoalOutcome:
    return GoalOutcome.ACHIEVED if reached(baseline, target, final) else GoalOutcome.MISSED


def carried_percent(baseline: float | None, target: float | None) -> float | None:
    """The goal's change in percent, to ask the same of the next quarter; None when it cannot
    be put in percent (no numbers, or a baseline of 0)."""
    if baseline is None or target is None:
        return None
    change = percent_change(baseline, target)
    return None if change is None else round(change, 1)

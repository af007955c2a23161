"""Routines: period keys and bounds in every week start, due days, carry-over, the default set."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smm_desktop.domain.routines import (
    DEFAULT_ROUTINES,
    SCREENS,
    WEEKLY_REPORT_KEY,
    Cadence,
    ItemState,
    RoutineItem,
    RoutineRule,
    due_day,
    open_items,
    parse_period_key,
    period_bounds,
    period_key,
    previous_period,
    rule_errors,
    weekly_report_required,
)

MON, SAT, SUN = 0, 5, 6
D, W, M, Q = Cadence.DAILY, Cadence.WEEKLY, Cadence.MONTHLY, Cadence.QUARTERLY


@pytest.mark.parametrize(("cadence", "day", "start", "key", "first", "last"), [
    # daily: the day itself, across month, leap day and year ends
    (D, date(2026, 11, 28), MON, "2026-11-28", date(2026, 11, 28), date(2026, 11, 28)),
    (D, date(2028, 2, 29), SAT, "2028-02-29", date(2028, 2, 29), date(2028, 2, 29)),
    (D, date(2027, 1, 1), SUN, "2027-01-01", date(2027, 1, 1), date(2027, 1, 1)),
    # weekly: Saturday 28 Nov 2026 starts a Saturday week, ends a Sunday week, sits in a Monday week
    (W, date(2026, 11, 28), SAT, "W2026-11-28", date(2026, 11, 28), date(2026, 12, 4)),
    (W, date(2026, 11, 28), SUN, "W2026-11-22", date(2026, 11, 22), date(2026, 11, 28)),
    (W, date(2026, 11, 28), MON, "W2026-11-23", date(2026, 11, 23), date(2026, 11, 29)),
    # weekly over the leap day (Tuesday) into March
    (W, date(2028, 2, 29), SAT, "W2028-02-26", date(2028, 2, 26), date(2028, 3, 3)),
    (W, date(2028, 2, 29), SUN, "W2028-02-27", date(2028, 2, 27), date(2028, 3, 4)),
    (W, date(2028, 2, 29), MON, "W2028-02-28", date(2028, 2, 28), date(2028, 3, 5)),
    # weekly over the year end: 31 Dec 2026 (Thu) and 1 Jan 2027 (Fri) share a week in each start
    (W, date(2026, 12, 31), SAT, "W2026-12-26", date(2026, 12, 26), date(2027, 1, 1)),
    (W, date(2027, 1, 1), SAT, "W2026-12-26", date(2026, 12, 26), date(2027, 1, 1)),
    (W, date(2027, 1, 2), SAT, "W2027-01-02", date(2027, 1, 2), date(2027, 1, 8)),
    (W, date(2026, 12, 31), SUN, "W2026-12-27", date(2026, 12, 27), date(2027, 1, 2)),
    (W, date(2027, 1, 1), SUN, "W2026-12-27", date(2026, 12, 27), date(2027, 1, 2)),
    (W, date(2027, 1, 3), SUN, "W2027-01-03", date(2027, 1, 3), date(2027, 1, 9)),
    (W, date(2026, 12, 31), MON, "W2026-12-28", date(2026, 12, 28), date(2027, 1, 3)),
    (W, date(2027, 1, 3), MON, "W2026-12-28", date(2026, 12, 28), date(2027, 1, 3)),
    (W, date(2027, 1, 4), MON, "W2027-01-04", date(2027, 1, 4), date(2027, 1, 10)),
    # monthly: week start does not matter
    (M, date(2026, 11, 28), SAT, "2026-11", date(2026, 11, 1), date(2026, 11, 30)),
    (M, date(2028, 2, 29), SUN, "2028-02", date(2028, 2, 1), date(2028, 2, 29)),
    (M, date(2027, 2, 1), MON, "2027-02", date(2027, 2, 1), date(2027, 2, 28)),
    (M, date(2026, 12, 31), MON, "2026-12", date(2026, 12, 1), date(2026, 12, 31)),
    (M, date(2027, 1, 1), SAT, "2027-01", date(2027, 1, 1), date(2027, 1, 31)),
    # quarterly
    (Q, date(2026, 11, 28), MON, "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
    (Q, date(2026, 12, 31), SUN, "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
    (Q, date(2027, 1, 1), SAT, "2027-Q1", date(2027, 1, 1), date(2027, 3, 31)),
    (Q, date(2028, 2, 29), MON, "2028-Q1", date(2028, 1, 1), date(2028, 3, 31)),
    (Q, date(2026, 6, 30), MON, "2026-Q2", date(2026, 4, 1), date(2026, 6, 30)),
    (Q, date(2026, 7, 1), MON, "2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
])
def test_period_key_and_bounds(cadence: Cadence, day: date, start: int, key: str, first: date,
                               last: date) -> None:
    assert period_key(cadence, day, start) == key
    assert period_bounds(cadence, day, start) == (first, last)
    assert parse_period_key(key) == (cadence, first)


@pytest.mark.parametrize(("cadence", "day", "start", "first", "last"), [
    (D, date(2027, 1, 1), MON, date(2026, 12, 31), date(2026, 12, 31)),
    (D, date(2028, 3, 1), MON, date(2028, 2, 29), date(2028, 2, 29)),
    (W, date(2027, 1, 1), SAT, date(2026, 12, 19), date(2026, 12, 25)),
    (W, date(2027, 1, 2), SAT, date(2026, 12, 26), date(2027, 1, 1)),
    (W, date(2027, 1, 3), SUN, date(2026, 12, 27), date(2027, 1, 2)),
    (W, date(2027, 1, 4), MON, date(2026, 12, 28), date(2027, 1, 3)),
    (M, date(2028, 3, 15), SUN, date(2028, 2, 1), date(2028, 2, 29)),
    (M, date(2027, 1, 31), SUN, date(2026, 12, 1), date(2026, 12, 31)),
    (Q, date(2027, 2, 10), MON, date(2026, 10, 1), date(2026, 12, 31)),
    (Q, date(2026, 11, 28), MON, date(2026, 7, 1), date(2026, 9, 30)),
])
def test_previous_period(cadence: Cadence, day: date, start: int, first: date,
                         last: date) -> None:
    assert previous_period(cadence, day, start) == (first, last)


@pytest.mark.parametrize("start", [SAT, SUN, MON])
@pytest.mark.parametrize("cadence", list(Cadence))
def test_periods_tile_the_calendar_and_keys_sort(cadence: Cadence, start: int) -> None:
    """Over 2027-2028 every day is in exactly one period; periods follow one another without gaps
    and their keys rise."""
    day, keys = date(2026, 12, 1), []
    while day < date(2029, 1, 10):
        first, last = period_bounds(cadence, day, start)
        assert first <= day <= last
        assert period_key(cadence, first, start) == period_key(cadence, last, start)
        assert previous_period(cadence, day, start)[1] == first - timedelta(days=1)
        keys.append(period_key(cadence, first, start))
        day = last + timedelta(days=1)
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


def test_weekly_periods_start_on_the_week_start() -> None:
    for start in (SAT, SUN, MON):
        first, last = period_bounds(W, date(2026, 11, 28), start)
        assert first.weekday() == start
        assert (last - first).days == 6


@pytest.mark.parametrize("key", ["2026-Q5", "2026-13", "W2026-02-30", "yesterday"])
def test_parse_bad_key(key: str) -> None:
    with pytest.raises(ValueError):
        parse_period_key(key)


@pytest.mark.parametrize(("rule", "day", "start", "due"), [
    (RoutineRule(1, D), date(2028, 2, 29), MON, date(2028, 2, 29)),
    # weekly on Sunday, in each week start's week holding Saturday 28 Nov 2026
    (RoutineRule(1, W, weekday=SUN), date(2026, 11, 28), SAT, date(2026, 11, 29)),
    (RoutineRule(1, W, weekday=SUN), date(2026, 11, 28), SUN, date(2026, 11, 22)),
    (RoutineRule(1, W, weekday=SUN), date(2026, 11, 28), MON, date(2026, 11, 29)),
    (RoutineRule(1, W, weekday=SAT), date(2026, 11, 28), SAT, date(2026, 11, 28)),
    # weekly without a day: the week's first day
    (RoutineRule(1, W), date(2026, 11, 28), SAT, date(2026, 11, 28)),
    (RoutineRule(1, W), date(2026, 11, 28), SUN, date(2026, 11, 22)),
    (RoutineRule(1, W), date(2027, 1, 1), MON, date(2026, 12, 28)),
    # monthly: the day, clamped to the month's last day
    (RoutineRule(1, M, month_day=15), date(2026, 11, 28), MON, date(2026, 11, 15)),
    (RoutineRule(1, M, month_day=31), date(2026, 11, 2), MON, date(2026, 11, 30)),
    (RoutineRule(1, M, month_day=31), date(2027, 2, 2), MON, date(2027, 2, 28)),
    (RoutineRule(1, M, month_day=31), date(2028, 2, 2), MON, date(2028, 2, 29)),
    (RoutineRule(1, M, month_day=30), date(2028, 2, 2), MON, date(2028, 2, 29)),
    (RoutineRule(1, M, month_day=31), date(2026, 12, 2), MON, date(2026, 12, 31)),
    (RoutineRule(1, M), date(2026, 11, 28), MON, date(2026, 11, 1)),
    # quarterly: the last 14 days unless a day (of the quarter's last month) is given
    (RoutineRule(1, Q), date(2026, 11, 28), MON, date(2026, 12, 18)),
    (RoutineRule(1, Q), date(2028, 2, 29), MON, date(2028, 3, 18)),
    (RoutineRule(1, Q), date(2026, 4, 1), MON, date(2026, 6, 17)),
    (RoutineRule(1, Q, month_day=31), date(2026, 5, 5), MON, date(2026, 6, 30)),
    (RoutineRule(1, Q, month_day=10), date(2027, 1, 1), MON, date(2027, 3, 10)),
    # a bad stored day is clamped rather than crash
    (RoutineRule(1, M, month_day=0), date(2026, 11, 2), MON, date(2026, 11, 1)),
])
def test_due_day(rule: RoutineRule, day: date, start: int, due: date) -> None:
    assert due_day(rule, day, start) == due


def test_rule_errors() -> None:
    assert rule_errors(RoutineRule(1, W, weekday=6, month_day=31)) == []
    fields = [e.field for e in rule_errors(RoutineRule(1, M, weekday=7, month_day=32))]
    assert fields == ["weekday", "month_day"]
    assert [e.code for e in rule_errors(RoutineRule(1, M, month_day=0))] == ["out_of_range"]


# --- carry-over and ordering ---

TODAY = date(2026, 11, 25)  # a Wednesday; Sunday-start week 22-28 Nov, last week 15-21 Nov
LAST_WEEK, THIS_WEEK = "W2026-11-15", "W2026-11-22"
REVIEW = RoutineRule(7, W, weekday=SUN)


def _items(rules: list[RoutineRule], checks: set[tuple[int, int, str]],
           brands: tuple[int, ...] = (1,), today: date = TODAY) -> list[RoutineItem]:
    return open_items(rules, checks, today, SUN, brands)


def test_missed_last_week_carries_over_once() -> None:
    items = _items([REVIEW], set())
    assert items == [
        RoutineItem(7, 1, W, LAST_WEEK, date(2026, 11, 15), ItemState.OVERDUE),
        RoutineItem(7, 1, W, THIS_WEEK, date(2026, 11, 22), ItemState.DUE_TODAY),
    ]


def test_done_last_week_leaves_only_this_week() -> None:
    items = _items([REVIEW], {(7, 1, LAST_WEEK)})
    assert [(i.period_key, i.state) for i in items] == [(THIS_WEEK, ItemState.DUE_TODAY)]


def test_done_this_week() -> None:
    items = _items([REVIEW], {(7, 1, LAST_WEEK), (7, 1, THIS_WEEK)})
    assert [(i.period_key, i.state) for i in items] == [(THIS_WEEK, ItemState.DONE)]


def test_misses_do_not_stack() -> None:
    """Months of unchecked days give one overdue item: yesterday's."""
    items = _items([RoutineRule(3, D)], set())
    assert [(i.period_key, i.state) for i in items] == [
        ("2026-11-24", ItemState.OVERDUE), ("2026-11-25", ItemState.DUE_TODAY)]


def test_disabled_rule_gives_nothing() -> None:
    assert _items([RoutineRule(7, W, weekday=SUN, enabled=False)], set()) == []


def test_no_brands_no_items() -> None:
    assert _items([REVIEW], set(), brands=()) == []


def test_brands_are_independent() -> None:
    items = _items([REVIEW], {(7, 1, LAST_WEEK), (7, 2, THIS_WEEK)}, brands=(1, 2))
    assert [(i.brand_id, i.period_key, i.state) for i in items] == [
        (2, LAST_WEEK, ItemState.OVERDUE),
        (1, THIS_WEEK, ItemState.DUE_TODAY),
        (2, THIS_WEEK, ItemState.DONE),
    ]


@pytest.mark.parametrize(("today", "state"), [
    (date(2026, 11, 14), ItemState.UPCOMING),
    (date(2026, 11, 15), ItemState.DUE_TODAY),
    (date(2026, 11, 30), ItemState.DUE_TODAY),  # past its day, same month: still due, not overdue
])
def test_current_state_follows_the_due_day(today: date, state: ItemState) -> None:
    rule = RoutineRule(5, M, month_day=15)
    current = [i for i in _items([rule], set(), today=today) if i.state is not ItemState.OVERDUE]
    assert [i.state for i in current] == [state]


def test_order_by_urgency_then_cadence() -> None:
    rules = [RoutineRule(40, Q), RoutineRule(30, M, month_day=28), RoutineRule(20, W),
             RoutineRule(10, D)]
    checks = {(40, 1, "2026-Q3"), (30, 1, "2026-10"), (10, 1, "2026-11-25")}
    items = _items(rules, checks)
    assert [(i.state, i.routine_id) for i in items] == [
        (ItemState.OVERDUE, 10),  # yesterday's daily
        (ItemState.OVERDUE, 20),  # last week's weekly
        (ItemState.DUE_TODAY, 20),
        (ItemState.UPCOMING, 30),  # due 28 Nov
        (ItemState.UPCOMING, 40),  # due 18 Dec
        (ItemState.DONE, 10),
    ]


def test_quarter_end_carry_over() -> None:
    """On 1 Jan an unchecked quarterly routine of Q4 is overdue, Q1's is upcoming."""
    items = open_items([RoutineRule(9, Q)], set(), date(2027, 1, 1), SAT, [1])
    assert [(i.period_key, i.due, i.state) for i in items] == [
        ("2026-Q4", date(2026, 12, 18), ItemState.OVERDUE),
        ("2027-Q1", date(2027, 3, 18), ItemState.UPCOMING),
    ]


# --- the default set ---

def test_default_keys_unique() -> None:
    keys = [r.key for r in DEFAULT_ROUTINES]
    assert len(keys) == len(set(keys)) == 22
    assert WEEKLY_REPORT_KEY in keys


@pytest.mark.parametrize(("cadence", "count"), [(D, 8), (W, 5), (M, 5), (Q, 4)])
def test_default_cadences_covered(cadence: Cadence, count: int) -> None:
    assert sum(r.cadence is cadence for r in DEFAULT_ROUTINES) == count


def test_defaults_are_complete() -> None:
    for routine in DEFAULT_ROUTINES:
        assert routine.title.strip() and routine.why.strip(), routine.key
        assert routine.screen in SCREENS, routine.key
        assert routine.key.startswith(routine.cadence.value), routine.key
        if routine.day is not None:
            assert routine.cadence is not D, routine.key
            assert rule_errors(routine.rule(1, MON)) == [], routine.key


@pytest.mark.parametrize(("start", "weekday"), [(SAT, SAT), (SUN, SUN), (MON, MON)])
def test_default_strategy_review_on_the_week_start(start: int, weekday: int) -> None:
    review = next(r for r in DEFAULT_ROUTINES if r.key == "weekly_strategy_review")
    rule = review.rule(12, start)
    assert rule == RoutineRule(12, W, weekday=weekday)
    assert due_day(rule, date(2026, 11, 25), start).weekday() == weekday


def test_default_monthly_rule_keeps_its_day() -> None:
    plan = next(r for r in DEFAULT_ROUTINES if r.key == "monthly_plan_next")
    assert plan.rule(3, SAT) == RoutineRule(3, M, month_day=15)


@pytest.mark.parametrize(("followers", "required"), [
    (None, False), (0, False), (100_000, False), (100_001, True), (2_500_000, True)])
def test_weekly_report_required(followers: int | None, required: bool) -> None:
    assert weekly_report_required(followers) is required

"""Planning a month: weeks, posts per week and per account against slots, pillar shares,
purposes, personas, goals, occasions with nothing near them, empty weeks."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain import planning
from smm_desktop.domain.enums import PostPurpose
from smm_desktop.domain.planning import OccasionDay, PlannedPost, Week

D = date


@pytest.mark.parametrize(("year", "month", "first_weekday", "expected"), [
    # March 2027 starts on a Monday: Monday weeks are whole but the last.
    (2027, 3, 0, [(1, 7), (8, 14), (15, 21), (22, 28), (29, 31)]),
    # Sunday weeks (Saudi, US): the 28 Feb-6 Mar week is clipped to 1-6 Mar.
    (2027, 3, 6, [(1, 6), (7, 13), (14, 20), (21, 27), (28, 31)]),
    # February 2026 on Sunday weeks: four whole weeks exactly.
    (2026, 2, 6, [(1, 7), (8, 14), (15, 21), (22, 28)]),
    # Saturday weeks (Egypt): August 2026 starts on a Saturday and spans six weeks.
    (2026, 8, 5, [(1, 7), (8, 14), (15, 21), (22, 28), (29, 31)]),
])
def test_month_weeks(year: int, month: int, first_weekday: int,
                     expected: list[tuple[int, int]]) -> None:
    weeks = planning.month_weeks(year, month, first_weekday)
    assert [(w.first.day, w.last.day) for w in weeks] == expected
    assert all(w.first.month == month and w.last.month == month for w in weeks)


WEEKS = planning.month_weeks(2027, 3, 0)  # Monday weeks: 1-7, 8-14, 15-21, 22-28, 29-31
POSTS = [
    PlannedPost(D(2027, 3, 2), (1, 2), 10, PostPurpose.AWARENESS, 100, 1000),
    PlannedPost(D(2027, 3, 4), (1,), 10, PostPurpose.ENGAGEMENT, 100),
    PlannedPost(D(2027, 3, 9), (2,), 11, PostPurpose.AWARENESS, None, 1000),
    PlannedPost(D(2027, 3, 30), (1,), None, None, 101),
]


def test_posts_per_week_and_empty_weeks() -> None:
    assert planning.posts_per_week(POSTS, WEEKS) == [2, 1, 0, 0, 1]
    assert planning.empty_weeks(POSTS, WEEKS) == [WEEKS[2], WEEKS[3]]
    assert planning.empty_weeks([], WEEKS) == WEEKS


@pytest.mark.parametrize(("per_week", "week", "expected"), [
    (3, Week(D(2027, 3, 1), D(2027, 3, 7)), 3),  # a whole week: all of it
    (3, Week(D(2027, 3, 29), D(2027, 3, 31)), 1),  # 3 days: 9/7 = 1.3 -> 1
    (3, Week(D(2027, 3, 28), D(2027, 3, 31)), 2),  # 4 days: 12/7 = 1.7 -> 2
    (7, Week(D(2027, 3, 31), D(2027, 3, 31)), 1),  # one day of a daily account
    (0, Week(D(2027, 3, 1), D(2027, 3, 7)), 0),  # no slots, no target
])
def test_a_part_week_expects_its_share(per_week: int, week: Week, expected: int) -> None:
    assert planning.week_target(per_week, week) == expected


def test_account_loads_against_slots() -> None:
    loads = planning.account_loads(POSTS, WEEKS, {1: 2, 2: 1, 3: 0})
    first, second, third = loads
    assert first.per_week == (2, 0, 0, 0, 1) and first.total == 3
    assert first.week_targets == (2, 2, 2, 2, 1) and first.month_target == 9
    assert first.short_weeks == (1, 2, 3)
    assert second.per_week == (1, 1, 0, 0, 0) and second.short_weeks == (2, 3)
    assert (third.per_week, third.target, third.short_weeks) == ((0, 0, 0, 0, 0), 0, ())


def test_pillar_shares_of_all_posts() -> None:
    shares = planning.pillar_shares(POSTS, {10: 50, 11: 40, 12: None})
    assert [(s.pillar_id, s.count, s.share, s.target) for s in shares] == [
        (10, 2, 50, 50), (11, 1, 25, 40), (12, 0, 0, None)]
    assert [s.share for s in planning.pillar_shares([], {10: 50})] == [0]


def test_purposes_and_personas_covered() -> None:
    purposes = planning.purposes_covered(POSTS)
    assert list(purposes) == list(PostPurpose)
    assert purposes[PostPurpose.AWARENESS] == 2 and purposes[PostPurpose.ENGAGEMENT] == 1
    assert purposes[PostPurpose.SALES] == 0
    assert planning.personas_covered(POSTS, [100, 101, 102]) == {100: 2, 101: 1, 102: 0}


def test_goals_without_posts_and_running_goals() -> None:
    assert planning.goals_without_posts(POSTS, [1000, 1001]) == [1001]
    first, last = D(2027, 3, 1), D(2027, 3, 31)
    assert planning.running(None, None, first, last)
    assert planning.running(D(2027, 1, 1), D(2027, 3, 1), first, last)  # ends on the 1st
    assert planning.running(D(2027, 3, 31), None, first, last)  # starts on the last day
    assert not planning.running(D(2027, 1, 1), D(2027, 2, 28), first, last)
    assert not planning.running(D(2027, 4, 1), D(2027, 6, 30), first, last)


@pytest.mark.parametrize(("occasion_day", "lonely"), [
    (D(2027, 3, 2), False),  # a post that very day
    (D(2027, 3, 12), False),  # the post of the 9th is 3 days before: planned
    (D(2027, 3, 13), True),  # 4 days after the 9th: too far
    (D(2027, 3, 20), True),
    (D(2027, 3, 27), False),  # the post of the 30th is 3 days after
    (D(2027, 3, 26), True),
])
def test_occasions_with_nothing_within_three_days(occasion_day: date, lonely: bool) -> None:
    occasion = OccasionDay("x", "X", occasion_day)
    assert (planning.lonely_occasions(POSTS, [occasion]) == [occasion]) is lonely

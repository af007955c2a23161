"""The to-do's rules: overdue posts, late assets, follow-ups grouped by owner, the thin plan from
the 20th, the quarterly review due, and the order of urgency."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from smm_desktop.domain import agenda
from smm_desktop.domain.agenda import Kind
from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.quarters import Quarter

TODAY = date(2026, 11, 28)
S = PostStatus


@pytest.mark.parametrize(("status", "at", "expected"), [
    (S.DRAFT, datetime(2026, 11, 27, 23, 59), True),
    (S.SCHEDULED, datetime(2025, 1, 1, 9, 0), True),
    (S.READY, datetime(2026, 11, 27, 9, 0), True),
    (S.PUBLISHED, datetime(2026, 11, 27, 9, 0), False),
    (S.CANCELLED, datetime(2026, 11, 27, 9, 0), False),
    (S.DRAFT, datetime(2026, 11, 28, 0, 0), False),  # today is not overdue yet
    (S.IDEA, None, False),
])
def test_overdue(status: PostStatus, at: datetime | None, expected: bool) -> None:
    assert agenda.is_overdue(status, at, TODAY) is expected


@pytest.mark.parametrize(("status", "due", "expected"), [
    (S.IDEA, date(2026, 11, 27), True),
    (S.DRAFT, date(2026, 11, 1), True),
    (S.IN_DESIGN, date(2026, 11, 27), True),
    (S.IN_DESIGN, TODAY, False),
    (S.READY, date(2026, 11, 1), False),
    (S.PUBLISHED, date(2026, 11, 1), False),
    (S.DRAFT, None, False),
])
def test_asset_past_due(status: PostStatus, due: date | None, expected: bool) -> None:
    assert agenda.asset_past_due(status, due, TODAY) is expected


def test_group_by_owner_merges_spellings_and_orders_by_first_due() -> None:
    items = [("Sara", date(2026, 12, 3)), ("", date(2026, 12, 1)), (" sara ", date(2026, 11, 30)),
             ("Omar", date(2026, 11, 30)), ("SARA", date(2026, 12, 2))]
    groups = agenda.group_by_owner(items, lambda i: i[0], lambda i: i[1])
    assert [(g.owner, len(g.items), g.first_due) for g in groups] == [
        ("Omar", 1, date(2026, 11, 30)), ("Sara", 3, date(2026, 11, 30)),
        ("", 1, date(2026, 12, 1))]
    assert [i[1] for i in groups[1].items] == [date(2026, 11, 30), date(2026, 12, 2),
                                               date(2026, 12, 3)]
    assert agenda.group_by_owner([], lambda i: "", lambda i: TODAY) == []


@pytest.mark.parametrize(("year", "month", "weekday", "count"), [
    (2026, 12, 0, 4),  # December 2026 starts on a Tuesday: Mondays 7, 14, 21, 28
    (2026, 12, 1, 5),
    (2026, 12, 3, 5),  # Thursdays 3 … 31
    (2026, 12, 4, 4),
    (2027, 2, 0, 4),   # 28 days: every weekday 4 times
    (2028, 2, 1, 5),   # leap February 2028 starts on a Tuesday
    (2028, 2, 2, 4),
])
def test_weekday_count(year: int, month: int, weekday: int, count: int) -> None:
    assert agenda.weekday_count(year, month, weekday) == count


@pytest.mark.parametrize(("today", "month"), [
    (date(2026, 11, 19), None),
    (date(2026, 11, 20), (2026, 12)),
    (date(2026, 12, 31), (2027, 1)),
    (date(2027, 1, 1), None),
])
def test_plan_month_from_the_twentieth(today: date, month: tuple[int, int] | None) -> None:
    assert agenda.plan_month(today) == month


@pytest.mark.parametrize(("planned", "weekdays", "thin"), [
    (8, [0, 3], True),    # December 2026: 4 Mondays + 5 Thursdays = 9
    (9, [0, 3], False),
    (12, [0, 3], False),
    (0, [], False),       # no slots: nothing implied
    (4, [0, 0], True),    # two slots on Mondays: 8
])
def test_plan_thin(planned: int, weekdays: list[int], thin: bool) -> None:
    assert agenda.plan_thin(planned, weekdays, 2026, 12) is thin


@pytest.mark.parametrize(("last", "stale"), [
    (None, True), (date(2026, 11, 21), False), (date(2026, 11, 20), True), (TODAY, False)])
def test_metrics_stale_after_seven_days(last: date | None, stale: bool) -> None:
    assert agenda.metrics_stale(last, TODAY) is stale


Q3, Q4 = Quarter(2026, 3), Quarter(2026, 4)


@pytest.mark.parametrize(("today", "done", "since", "due"), [
    (date(2026, 10, 2), set(), None, (Q3, True)),                   # just ended, not reviewed
    (date(2026, 11, 28), {Q3}, None, None),                        # reviewed, not in window
    (date(2026, 12, 18), {Q3}, None, (Q4, False)),                 # last 14 days start Dec 18
    (date(2026, 12, 17), {Q3}, None, None),
    (date(2026, 12, 31), {Q3, Q4}, None, None),                    # reviewed early
    (date(2026, 11, 28), set(), date(2026, 10, 5), None),         # brand added after Q3 ended
    (date(2026, 11, 28), set(), date(2026, 9, 30), (Q3, True)),
    (date(2026, 12, 20), set(), date(2026, 10, 5), (Q4, False)),
    (date(2027, 1, 3), {Q3}, None, (Q4, True)),                    # across the year end
])
def test_review_due(today: date, done: set[Quarter], since: date | None,
                    due: tuple[Quarter, bool] | None) -> None:
    assert agenda.review_due(today, done, since) == due


def test_by_urgency_puts_late_things_first_and_keeps_ties_in_order() -> None:
    items = [agenda.derived(Kind.CONSISTENCY_DUE, 1, (), "strategy/guide"),
             agenda.derived(Kind.METRICS_STALE, 2, ("a",), "strategy/goals"),
             agenda.derived(Kind.GOAL_OFF_TRACK, 3, (), "strategy/goals"),
             agenda.derived(Kind.METRICS_STALE, 1, ("b",), "strategy/goals"),
             agenda.derived(Kind.REVIEW_OVERDUE, 1, (), "strategy/review")]
    ordered = agenda.by_urgency(items)
    assert [(d.kind, d.brand_id) for d in ordered] == [
        (Kind.GOAL_OFF_TRACK, 3), (Kind.REVIEW_OVERDUE, 1), (Kind.METRICS_STALE, 2),
        (Kind.METRICS_STALE, 1), (Kind.CONSISTENCY_DUE, 1)]
    assert set(agenda.URGENCY) == {v for k, v in vars(Kind).items() if k.isupper()}

"""Which posts a reminder announces, and when again; the morning summary's counts and once a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import pytest

from smm_desktop.domain import reminders
from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.routines import ItemState

NOW = datetime(2027, 3, 10, 9, 30)


@dataclass(frozen=True)
class Row:
    post_id: int
    scheduled_at: datetime | None
    status: PostStatus = PostStatus.READY


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2027, 3, day, hour, minute)


def test_posts_inside_the_lead_time_are_due_by_time() -> None:
    rows = [Row(1, at(10, 0)), Row(2, at(9, 45)), Row(3, at(10, 1)), Row(4, at(9, 29)),
            Row(5, at(9, 30))]
    assert [r.post_id for r in reminders.due(rows, NOW, 30, set())] == [5, 2, 1]


@pytest.mark.parametrize("status", [PostStatus.PUBLISHED, PostStatus.CANCELLED])
def test_published_cancelled_and_ideas_are_never_due(status: PostStatus) -> None:
    rows = [Row(1, at(9, 50), status), Row(2, None, PostStatus.IDEA)]
    assert reminders.due(rows, NOW, 30, set()) == []


def test_zero_minutes_means_no_reminders() -> None:
    assert reminders.due([Row(1, at(9, 40))], NOW, 0, set()) == []


def test_a_post_is_announced_once_for_its_time_and_again_when_moved() -> None:
    reminded: set[reminders.Key] = set()
    first = reminders.due([Row(1, at(9, 50))], NOW, 30, reminded)
    reminded.update(reminders.key(r) for r in first)
    assert reminders.due([Row(1, at(9, 50))], NOW, 30, reminded) == []
    moved = Row(1, at(9, 55))
    assert reminders.due([moved], NOW, 30, reminded) == [moved]


def test_minutes_until_rounds_up() -> None:
    assert reminders.minutes_until(at(10, 0), NOW) == 30
    assert reminders.minutes_until(at(10, 0), datetime(2027, 3, 10, 9, 30, 20)) == 30
    assert reminders.minutes_until(at(9, 0), NOW) == 0


def test_morning_counts() -> None:
    posts = [Row(1, at(10)), Row(2, at(15), PostStatus.PUBLISHED),
             Row(3, at(11), PostStatus.CANCELLED), Row(4, at(9, day=8), PostStatus.DRAFT),
             Row(5, at(9, day=7), PostStatus.PUBLISHED), Row(6, None, PostStatus.IDEA)]
    today = date(2027, 3, 10)
    routines = [(ItemState.DUE_TODAY, today), (ItemState.OVERDUE, date(2027, 3, 3)),
                (ItemState.DONE, today), (ItemState.UPCOMING, date(2027, 3, 14)),
                (ItemState.UPCOMING, today)]
    assert reminders.morning_counts(today, posts, routines, 2) == reminders.MorningCounts(
        posts=2, routines=3, follow_ups=2, overdue=1)


def test_the_summary_is_due_from_the_morning_time_once_a_day() -> None:
    morning = time(8, 30)
    assert not reminders.summary_due(datetime(2027, 3, 10, 8, 29), morning, "")
    assert reminders.summary_due(datetime(2027, 3, 10, 8, 30), morning, "")
    assert reminders.summary_due(datetime(2027, 3, 10, 23, 0), morning, "2027-03-09")
    assert not reminders.summary_due(datetime(2027, 3, 10, 12, 0), morning, "2027-03-10")

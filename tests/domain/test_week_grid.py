"""The week view's plain numbers: the week's first day from the locale's, quarter-hour
snapping, and lanes for posts at the same time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from smm_desktop.domain.week_grid import at_minutes, lanes, minutes_of, snap, week_days, week_start


@pytest.mark.parametrize(("first_weekday", "start"), [
    (0, date(2027, 3, 8)),  # Monday start
    (6, date(2027, 3, 7)),  # Sunday start (United States, Saudi Arabia)
    (5, date(2027, 3, 6)),  # Saturday start (Egypt, Kuwait)
    (2, date(2027, 3, 10)),  # the day itself begins a week
])
def test_the_week_starts_where_the_locale_says(first_weekday: int, start: date) -> None:
    assert week_start(date(2027, 3, 10), first_weekday) == start  # a Wednesday
    days = week_days(start)
    assert len(days) == 7 and days[0] == start and days[-1] == date.fromordinal(start.toordinal() + 6)


@pytest.mark.parametrize(("minutes", "snapped"), [
    (0, 0), (14.9, 0), (15, 15), (29, 15), (610, 600), (614.99, 600), (615, 615),
    (-20, 0), (24 * 60 + 30, 24 * 60 - 15),
])
def test_a_drop_snaps_to_the_quarter_hour_it_is_in(minutes: float, snapped: int) -> None:
    assert snap(minutes) == snapped


def test_minutes_and_moments() -> None:
    assert minutes_of(datetime(2027, 3, 10, 19, 45)) == 19 * 60 + 45
    assert at_minutes(date(2027, 3, 10), 19 * 60 + 45) == datetime(2027, 3, 10, 19, 45)


def test_posts_at_the_same_time_share_lanes() -> None:
    found = lanes([(1, 600), (2, 600), (3, 615), (4, 700), (5, 640)])
    # 1, 2 and 3 overlap (30-minute blocks); 5 at 10:40 overlaps 3 (10:15-10:45) and takes
    # lane 0, free again from 10:30; 4 at 11:40 stands alone.
    assert found[1] == (0, 3) and found[2] == (1, 3) and found[3] == (2, 3)
    assert found[5] == (0, 3)
    assert found[4] == (0, 1)


def test_lanes_of_nothing_and_of_one() -> None:
    assert lanes([]) == {}
    assert lanes([(7, 0)]) == {7: (0, 1)}
    assert lanes([(1, 0), (2, 30)]) == {1: (0, 1), 2: (0, 1)}  # touching is not overlapping

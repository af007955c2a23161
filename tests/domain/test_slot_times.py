"""Where an idea dropped on a day lands: the earliest slot of the weekday, and on today the
first slot still to come (else the default time)."""

from __future__ import annotations

from datetime import date, datetime, time

from smm_desktop.domain.slot_times import slot_time

SUNDAY, MONDAY = date(2026, 12, 6), date(2026, 12, 7)
SLOTS = [(6, time(19)), (1, time(19)), (6, time(12, 30)), (6, time(9))]
EARLIER = datetime(2026, 12, 1, 8, 0)  # a "now" days before


def test_the_earliest_slot_of_the_weekday_else_the_default() -> None:
    assert slot_time(SLOTS, SUNDAY, time(10), EARLIER) == datetime(2026, 12, 6, 9)
    assert slot_time(SLOTS, MONDAY, time(10), EARLIER) == datetime(2026, 12, 7, 10)
    assert slot_time([], SUNDAY, time(10), EARLIER) == datetime(2026, 12, 6, 10)


def test_today_takes_the_first_slot_after_now() -> None:
    at_ten = datetime(2026, 12, 6, 10, 0)
    assert slot_time(SLOTS, SUNDAY, time(10), at_ten) == datetime(2026, 12, 6, 12, 30)
    at_noon_thirty = datetime(2026, 12, 6, 12, 30)  # a slot right now has passed
    assert slot_time(SLOTS, SUNDAY, time(10), at_noon_thirty) == datetime(2026, 12, 6, 19)
    late = datetime(2026, 12, 6, 20, 0)  # none left: the default, even if passed
    assert slot_time(SLOTS, SUNDAY, time(10), late) == datetime(2026, 12, 6, 10)

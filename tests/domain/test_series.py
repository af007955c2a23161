"""A series' recurrence rule: the days it gives in a month, and its errors by field."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.series import Frequency, Recurrence, occurrences, recurrence_errors

D = date
WEEKLY, MONTHLY = Frequency.WEEKLY, Frequency.MONTHLY
MARCH = (D(2027, 3, 1), D(2027, 3, 31))


@pytest.mark.parametrize(("rule", "days"), [
    # Every Tuesday (weekday 1) of March 2027.
    (Recurrence(WEEKLY, D(2027, 3, 1), (1,)), [2, 9, 16, 23, 30]),
    # Sunday and Thursday, from mid-month.
    (Recurrence(WEEKLY, D(2027, 3, 15), (6, 3)), [18, 21, 25, 28]),
    # Every other Tuesday, counted from the start's week.
    (Recurrence(WEEKLY, D(2027, 3, 1), (1,), interval=2), [2, 16, 30]),
    # Until the 20th (included).
    (Recurrence(WEEKLY, D(2027, 3, 1), (1,), until=D(2027, 3, 16)), [2, 9, 16]),
    # A count is counted from the start: 6 Tuesdays from 16 Feb leave 3 in March.
    (Recurrence(WEEKLY, D(2027, 2, 16), (1,), count=6), [2, 9, 16, 23]),
    # Monthly on the 15th.
    (Recurrence(MONTHLY, D(2027, 1, 1), month_day=15), [15]),
    # A rule that started after the month gives nothing.
    (Recurrence(WEEKLY, D(2027, 4, 1), (1,)), []),
])
def test_days_in_march(rule: Recurrence, days: list[int]) -> None:
    assert occurrences(rule, *MARCH) == [D(2027, 3, d) for d in days]


@pytest.mark.parametrize(("first", "last", "expected"), [
    (D(2027, 2, 1), D(2027, 2, 28), D(2027, 2, 28)),  # the 31st falls on February's last day
    (D(2028, 2, 1), D(2028, 2, 29), D(2028, 2, 29)),  # a leap year
    (D(2027, 4, 1), D(2027, 4, 30), D(2027, 4, 30)),
    (D(2027, 5, 1), D(2027, 5, 31), D(2027, 5, 31)),
])
def test_a_day_past_a_short_months_end_falls_on_its_last_day(first: date, last: date,
                                                             expected: date) -> None:
    rule = Recurrence(MONTHLY, D(2027, 1, 1), month_day=31)
    assert occurrences(rule, first, last) == [expected]


@pytest.mark.parametrize(("rule", "errors"), [
    (Recurrence(WEEKLY, D(2027, 3, 1)), [FieldError("weekdays", "required")]),
    (Recurrence(MONTHLY, D(2027, 3, 1)), []),
    (Recurrence(WEEKLY, D(2027, 3, 1), (1,), interval=0),
     [FieldError("interval", "out_of_range", {"min": "1", "max": "12"})]),
    (Recurrence(WEEKLY, D(2027, 3, 1), (1,), count=0),
     [FieldError("count", "out_of_range", {"min": "1", "max": "100"})]),
    (Recurrence(WEEKLY, D(2027, 3, 10), (1,), until=D(2027, 3, 9)),
     [FieldError("until", "before_start")]),
    (Recurrence(WEEKLY, D(1960, 3, 1), (1,)),
     [FieldError("start", "date_out_of_range", {"min": "1970-01-01", "max": "2100-12-31"})]),
])
def test_errors_by_field(rule: Recurrence, errors: list[FieldError]) -> None:
    assert recurrence_errors(rule) == errors
    if errors:
        assert occurrences(rule, *MARCH) == []

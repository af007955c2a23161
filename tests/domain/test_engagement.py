"""The engagement log's rules: counters within limits, response times, a day not in the
future, and how a period adds up (sums and the median of recorded days)."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain import engagement as rules
from smm_desktop.domain.engagement import COUNT_MAX, MINUTES_MAX, Counter, Counts
from smm_desktop.domain.errors import FieldError

TODAY = date(2027, 3, 10)


@pytest.mark.parametrize(("values", "expected"), [
    ([], None),
    ([None, None], None),
    ([35], 35.0),
    ([90, 35], 62.5),
    ([10, None, 30, 20], 20.0),
    ([5, 1, 9, 7], 6.0),
    ([0, 0, 10080], 0.0),
])
def test_median_of_the_recorded_days(values: list[int | None], expected: float | None) -> None:
    assert rules.median(values) == expected


@pytest.mark.parametrize(("counts", "expected"), [
    ([], Counts()),
    ([Counts(1, 2, 3, 4)], Counts(1, 2, 3, 4)),
    ([Counts(4, 12, 3, 20), Counts(1, 5, 0, 8), Counts(0, 9, 6, 15)], Counts(5, 26, 9, 43)),
])
def test_totals_add_each_counter(counts: list[Counts], expected: Counts) -> None:
    assert rules.total(counts) == expected


def test_counts_name_their_columns_and_add_up() -> None:
    counts = Counts(1, 2, 3, 4)
    assert [c.value for c in Counter] == ["mentions", "comments", "messages", "interactions"]
    assert [counts.get(c) for c in Counter] == [1, 2, 3, 4]
    assert counts.with_value(Counter.MESSAGES, 9) == Counts(1, 2, 9, 4)
    assert counts.total == 10


@pytest.mark.parametrize(("value", "step", "expected"), [
    (0, 1, 1), (3, -1, 2), (0, -1, 0), (2, -5, 0), (COUNT_MAX, 1, COUNT_MAX), (5, 0, 5)])
def test_a_step_stays_within_limits(value: int, step: int, expected: int) -> None:
    assert rules.stepped(value, step) == expected


LIMITS = {"min": "0", "max": str(COUNT_MAX)}
MINUTE_LIMITS = {"min": "0", "max": str(MINUTES_MAX)}


@pytest.mark.parametrize(("counts", "minutes", "note", "day", "expected"), [
    (Counts(0, 0, 0, 0), None, "", TODAY, []),
    (Counts(COUNT_MAX, 1, 2, 3), MINUTES_MAX, "x" * rules.NOTE_MAX, TODAY, []),
    (Counts(-1, 0, 0, 0), None, "", TODAY, [FieldError("mentions", "out_of_range", LIMITS)]),
    (Counts(0, 0, 0, COUNT_MAX + 1), 0, "", TODAY,
     [FieldError("interactions", "out_of_range", LIMITS)]),
    (Counts(), -1, "", TODAY, [FieldError("response_minutes", "out_of_range", MINUTE_LIMITS)]),
    (Counts(), MINUTES_MAX + 1, "", TODAY,
     [FieldError("response_minutes", "out_of_range", MINUTE_LIMITS)]),
    (Counts(), None, "x" * (rules.NOTE_MAX + 1), TODAY,
     [FieldError("note", "too_long", {"max": str(rules.NOTE_MAX)})]),
    (Counts(), None, "", date(2027, 3, 11), [FieldError("day", "in_future")]),
    (Counts(0, -2, 0, 0), None, "", date(2028, 1, 1),
     [FieldError("comments", "out_of_range", LIMITS), FieldError("day", "in_future")]),
])
def test_entry_errors(counts: Counts, minutes: int | None, note: str, day: date,
                      expected: list[FieldError]) -> None:
    assert rules.entry_errors(counts, minutes, note, day, TODAY) == expected

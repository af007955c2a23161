"""The engagement log's rules: the four daily counters, their limits, and how a period adds up.

A period's totals are the sums of each counter over the logged days. Its median response time
is the median of the values recorded on those days (one per account and day, as the manager
typed it); days without a recorded value are left out, and with none recorded it is None. With
an even number of values it is the mean of the two middle ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from smm_desktop.domain.errors import FieldError

COUNT_MAX = 100_000
MINUTES_MAX = 10_080  # a week: a reply later than that is not a response time any more
NOTE_MAX = 2000


class Counter(StrEnum):
    """A counter of the day; the value names the stored column."""

    MENTIONS = "mentions"  # mentions of the brand handled
    COMMENTS = "comments"  # comments replied to
    MESSAGES = "messages"  # direct messages answered
    INTERACTIONS = "interactions"  # likes, comments and shares on others' posts


@dataclass(frozen=True)
class Counts:
    """The four counters of one account and day (or their sums over a period)."""

    mentions: int = 0
    comments: int = 0
    messages: int = 0
    interactions: int = 0

    def get(self, counter: Counter) -> int:
        return int(getattr(self, counter.value))

    def with_value(self, counter: Counter, value: int) -> Counts:
        return replace(self, **{counter.value: value})

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(self.get(c) + other.get(c) for c in Counter))

    @property
    def total(self) -> int:
        return sum(self.get(c) for c in Counter)


def stepped(value: int, step: int) -> int:
    """`value` moved by `step`, kept within 0..COUNT_MAX (a quick −1 at zero stays zero)."""
    return max(0, min(COUNT_MAX, value + step))


def count_errors(counts: Counts) -> list[FieldError]:
    """Each counter is a whole number from 0 to COUNT_MAX."""
    limits = {"min": "0", "max": str(COUNT_MAX)}
    return [FieldError(c.value, "out_of_range", limits) for c in Counter
            if not 0 <= counts.get(c) <= COUNT_MAX]


def minutes_errors(minutes: int | None) -> list[FieldError]:
    """A response time, when recorded, is whole minutes from 0 to a week."""
    if minutes is None or 0 <= minutes <= MINUTES_MAX:
        return []
    return [FieldError("response_minutes", "out_of_range", {"min": "0", "max": str(MINUTES_MAX)})]


def note_errors(note: str) -> list[FieldError]:
    if len(note.strip()) > NOTE_MAX:
        return [FieldError("note", "too_long", {"max": str(NOTE_MAX)})]
    return []


def day_errors(day: date, today: date) -> list[FieldError]:
    """A log is of a day that has come: one in the future is refused."""
    return [FieldError("day", "in_future")] if day > today else []


def entry_errors(counts: Counts, minutes: int | None, note: str, day: date,
                 today: date) -> list[FieldError]:
    """Every rule of a typed day's entry."""
    return (count_errors(counts) + minutes_errors(minutes) + note_errors(note)
            + day_errors(day, today))


def median(values: Iterable[int | None]) -> float | None:
    """The median of the recorded values (None ones left out); None when there are none."""
    ordered = sorted(v for v in values if v is not None)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def total(counts: Iterable[Counts]) -> Counts:
    """The sums of each counter."""
    result = Counts()
    for each in counts:
        result = result + each
    return result

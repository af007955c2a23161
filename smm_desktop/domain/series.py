"""A series of posts ("every Tuesday tip"): the recurrence rule and the days it gives in a
period, computed with dateutil's rrule (RFC 5545 rules, as calendars use them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.posts import date_errors

MAX_INTERVAL = 12
MAX_COUNT = 100


class Frequency(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Recurrence:
    """Weekly on `weekdays` (0 Monday … 6 Sunday) or monthly on `month_day` (a day past a
    short month's end falls on its last day), every `interval` weeks or months, from `start`
    until `until` (included) or for `count` times (None: no end)."""

    frequency: Frequency
    start: date
    weekdays: tuple[int, ...] = ()
    month_day: int = 1
    interval: int = 1
    until: date | None = None
    count: int | None = None


def recurrence_errors(rule: Recurrence) -> list[FieldError]:
    """Named by field: weekdays for a weekly rule, the interval, the count, the dates."""
    errors = date_errors("start", rule.start) + date_errors("until", rule.until)
    if rule.frequency is Frequency.WEEKLY and not rule.weekdays:
        errors.append(FieldError("weekdays", "required"))
    if not 1 <= rule.interval <= MAX_INTERVAL:
        errors.append(FieldError("interval", "out_of_range", {"min": "1", "max": str(MAX_INTERVAL)}))
    if rule.count is not None and not 1 <= rule.count <= MAX_COUNT:
        errors.append(FieldError("count", "out_of_range", {"min": "1", "max": str(MAX_COUNT)}))
    if rule.until is not None and rule.until < rule.start:
        errors.append(FieldError("until", "before_start"))
    return errors


def _rule(rule: Recurrence) -> rrule:
    start = datetime.combine(rule.start, time.min)
    until = datetime.combine(rule.until, time.min) if rule.until else None
    if rule.frequency is Frequency.WEEKLY:
        return rrule(WEEKLY, dtstart=start, interval=rule.interval, until=until,
                     count=rule.count, byweekday=[weekday(d) for d in sorted(rule.weekdays)])
    # The month day, or the month's last day when it is shorter: the first of the two.
    return rrule(MONTHLY, dtstart=start, interval=rule.interval, until=until, count=rule.count,
                 bymonthday=(rule.month_day, -1), bysetpos=1)


def occurrences(rule: Recurrence, first: date, last: date) -> list[date]:
    """The days of the series from `first` to `last` (both included); a count is counted
    from the rule's start, so a series of 6 that began last month has fewer left this one."""
    if recurrence_errors(rule):
        return []
    found = _rule(rule).between(datetime.combine(first, time.min),
                                datetime.combine(last, time.min), inc=True)
    return [when.date() for when in found]

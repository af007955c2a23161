"""The periods of client reports: parsing "2026-W47" (ISO week), "2026-11", "2026-Q4" and
"2026-11-01..2026-11-15", the last complete period, the one before, and a period's label
parts. Re-exported by report_data, which the other report modules import."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class ReportKind(StrEnum):
    """How long the reported period is; "range" is a custom first..last day."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    RANGE = "range"


_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})-?Q([1-4])\s*$", re.IGNORECASE)
_RANGE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*(?:\.\.|/|–)\s*(\d{4}-\d{2}-\d{2})\s*$")


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    first = date(year, month, 1)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first, following - timedelta(days=1)


def quarter_bounds(year: int, number: int) -> tuple[date, date]:
    """The first and last day of quarter `number` (1-4)."""
    first, _ = month_bounds(year, 3 * number - 2)
    _, last = month_bounds(year, 3 * number)
    return first, last


def parse_period(kind: ReportKind | str, text: str) -> tuple[date, date]:
    """The days of "2026-W47" (ISO week), "2026-11", "2026-Q4" or "2026-11-01..2026-11-15"
    for the kind; ValueError when the text does not fit the kind."""
    kind = ReportKind(kind)
    parsers = {ReportKind.WEEKLY: _parse_week, ReportKind.MONTHLY: _parse_month,
               ReportKind.QUARTERLY: _parse_quarter, ReportKind.RANGE: _parse_range}
    return parsers[kind](text)


def _parse_week(text: str) -> tuple[date, date]:
    m = _WEEK.match(text)
    if not m:
        raise ValueError(f"not an ISO week: {text!r}")
    first = date.fromisocalendar(int(m[1]), int(m[2]), 1)  # ValueError for week 53 of a 52-week year
    return first, first + timedelta(days=6)


def _parse_month(text: str) -> tuple[date, date]:
    m = _MONTH.match(text)
    if not m or not 1 <= int(m[2]) <= 12:
        raise ValueError(f"not a month: {text!r}")
    return month_bounds(int(m[1]), int(m[2]))


def _parse_quarter(text: str) -> tuple[date, date]:
    m = _QUARTER.match(text)
    if not m:
        raise ValueError(f"not a quarter: {text!r}")
    return quarter_bounds(int(m[1]), int(m[2]))


def _parse_range(text: str) -> tuple[date, date]:
    m = _RANGE.match(text)
    if not m:
        raise ValueError(f"not a date range: {text!r}")
    start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
    if end < start:
        raise ValueError(f"range ends before it starts: {text!r}")
    return start, end


def period_text(kind: ReportKind | str, start: date, end: date) -> str:
    """The canonical text of a period, the inverse of parse_period for ISO weeks, months and
    quarters ("2026-W47", "2026-11", "2026-Q4"); other spans as "first..last"."""
    kind = ReportKind(kind)
    if kind is ReportKind.WEEKLY and start.weekday() == 0 and end == start + timedelta(days=6):
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if kind is ReportKind.MONTHLY and (start, end) == month_bounds(start.year, start.month):
        return f"{start.year}-{start.month:02d}"
    if kind is ReportKind.QUARTERLY and start.month % 3 == 1 and (start, end) == quarter_bounds(
            start.year, (start.month + 2) // 3):
        return f"{start.year}-Q{(start.month + 2) // 3}"
    return f"{start.isoformat()}..{end.isoformat()}"


def period_of(kind: ReportKind | str, day: date, week_start: int = 0) -> tuple[date, date]:
    """The week (starting on `week_start`, 0 Monday … 6 Sunday), month or quarter holding day;
    for "range", the day alone."""
    kind = ReportKind(kind)
    if kind is ReportKind.WEEKLY:
        first = day - timedelta(days=(day.weekday() - week_start) % 7)
        return first, first + timedelta(days=6)
    if kind is ReportKind.MONTHLY:
        return month_bounds(day.year, day.month)
    if kind is ReportKind.QUARTERLY:
        return quarter_bounds(day.year, (day.month + 2) // 3)
    return day, day


def last_complete(kind: ReportKind | str, today: date, week_start: int = 0) -> tuple[date, date]:
    """The last whole week/month/quarter that ended before today; for "range", the 30 days
    before today."""
    kind = ReportKind(kind)
    if kind is ReportKind.RANGE:
        return today - timedelta(days=30), today - timedelta(days=1)
    first, _ = period_of(kind, today, week_start)
    return period_of(kind, first - timedelta(days=1), week_start)


def previous(kind: ReportKind | str, start: date, end: date) -> tuple[date, date]:
    """The period before (for "this against last"): the week, month or quarter before, or the
    same number of days just before a custom range (or a partial period)."""
    kind = ReportKind(kind)
    if kind is ReportKind.MONTHLY and (start, end) == month_bounds(start.year, start.month):
        return period_of(kind, start - timedelta(days=1))
    if kind is ReportKind.QUARTERLY and (start, end) == period_of(kind, start):
        return period_of(kind, start - timedelta(days=1))
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


@dataclass(frozen=True)
class PeriodLabel:
    """The parts a period's title is written from: `number` is the ISO week (weekly), the month
    (monthly) or the quarter (quarterly), None for a range; `text` is period_text()."""

    kind: ReportKind
    start: date
    end: date
    year: int
    number: int | None
    text: str


def period_label(kind: ReportKind | str, start: date, end: date) -> PeriodLabel:
    """The label parts of a period."""
    kind = ReportKind(kind)
    text = period_text(kind, start, end)
    number: int | None = None
    if kind is ReportKind.WEEKLY and "W" in text:
        number = start.isocalendar()[1]
        return PeriodLabel(kind, start, end, start.isocalendar()[0], number, text)
    if kind is ReportKind.MONTHLY and ".." not in text:
        number = start.month
    elif kind is ReportKind.QUARTERLY and ".." not in text:
        number = (start.month + 2) // 3
    return PeriodLabel(kind, start, end, start.year, number, text)

"""The report's periods: parsing "2026-W47", "2026-11", "2026-Q4" and ranges across the ends of
weeks, months, quarters and years (ISO weeks), the last complete period and the one before."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.reports.report_data import (
    ALL_SECTIONS,
    GOALS_REVIEW,
    SECTIONS,
    ReportKind,
    default_sections,
    last_complete,
    parse_period,
    period_label,
    period_text,
    previous,
)

W, M, Q, R = ReportKind.WEEKLY, ReportKind.MONTHLY, ReportKind.QUARTERLY, ReportKind.RANGE


@pytest.mark.parametrize(("kind", "text", "start", "end"), [
    (W, "2026-W47", date(2026, 11, 16), date(2026, 11, 22)),
    (W, "2026-W01", date(2025, 12, 29), date(2026, 1, 4)),  # ISO week 1 starts in December
    (W, "2021-W01", date(2021, 1, 4), date(2021, 1, 10)),  # ... or in January
    (W, "2020-W53", date(2020, 12, 28), date(2021, 1, 3)),  # a 53-week year
    (W, "2026w9", date(2026, 2, 23), date(2026, 3, 1)),
    (M, "2026-02", date(2026, 2, 1), date(2026, 2, 28)),
    (M, "2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
    (M, "2026-12", date(2026, 12, 1), date(2026, 12, 31)),
    (Q, "2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
    (Q, "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
    (Q, "2026q2", date(2026, 4, 1), date(2026, 6, 30)),
    (R, "2026-11-01..2026-11-15", date(2026, 11, 1), date(2026, 11, 15)),
    (R, "2025-12-20..2026-01-10", date(2025, 12, 20), date(2026, 1, 10)),
    (R, "2026-11-01..2026-11-01", date(2026, 11, 1), date(2026, 11, 1)),
])
def test_parse_period(kind: ReportKind, text: str, start: date, end: date) -> None:
    assert parse_period(kind, text) == (start, end)


@pytest.mark.parametrize(("kind", "text"), [
    (W, "2026-W54"), (W, "2026-W00"), (W, "2025-W53"),  # 2025 has 52 ISO weeks
    (W, "2026-11"), (M, "2026-13"), (M, "2026-00"), (M, "2026-Q1"), (Q, "2026-Q5"),
    (Q, "2026-11"), (R, "2026-11-15..2026-11-01"), (R, "2026-02-30..2026-03-01"),
    (R, "2026-11"), (M, ""), (W, "W47"),
])
def test_parse_period_refuses(kind: ReportKind, text: str) -> None:
    with pytest.raises(ValueError):
        parse_period(kind, text)


@pytest.mark.parametrize(("kind", "text"), [
    (W, "2026-W47"), (W, "2026-W01"), (W, "2020-W53"), (M, "2026-02"), (M, "2026-12"),
    (Q, "2026-Q4"), (R, "2026-11-01..2026-11-15")])
def test_period_text_is_the_inverse(kind: ReportKind, text: str) -> None:
    assert period_text(kind, *parse_period(kind, text)) == text


def test_period_label_parts() -> None:
    week = period_label(W, *parse_period(W, "2026-W01"))
    assert (week.year, week.number, week.text) == (2026, 1, "2026-W01")  # ISO year, not 2025
    month = period_label(M, *parse_period(M, "2026-11"))
    assert (month.year, month.number) == (2026, 11)
    quarter = period_label(Q, *parse_period(Q, "2026-Q4"))
    assert (quarter.year, quarter.number) == (2026, 4)
    span = period_label(R, date(2026, 11, 1), date(2026, 11, 15))
    assert span.number is None and span.text == "2026-11-01..2026-11-15"


@pytest.mark.parametrize(("kind", "today", "week_start", "start", "end"), [
    (W, date(2026, 11, 28), 0, date(2026, 11, 16), date(2026, 11, 22)),  # a Saturday
    (W, date(2026, 11, 23), 0, date(2026, 11, 16), date(2026, 11, 22)),  # the Monday after
    (W, date(2026, 11, 28), 6, date(2026, 11, 15), date(2026, 11, 21)),  # weeks from Sunday
    (W, date(2026, 11, 29), 6, date(2026, 11, 22), date(2026, 11, 28)),
    (W, date(2026, 1, 2), 0, date(2025, 12, 22), date(2025, 12, 28)),  # across the year
    (M, date(2026, 11, 28), 0, date(2026, 10, 1), date(2026, 10, 31)),
    (M, date(2026, 1, 1), 0, date(2025, 12, 1), date(2025, 12, 31)),
    (M, date(2026, 3, 31), 0, date(2026, 2, 1), date(2026, 2, 28)),
    (Q, date(2026, 11, 28), 0, date(2026, 7, 1), date(2026, 9, 30)),
    (Q, date(2026, 1, 1), 0, date(2025, 10, 1), date(2025, 12, 31)),
    (Q, date(2026, 3, 31), 0, date(2025, 10, 1), date(2025, 12, 31)),
    (R, date(2026, 11, 28), 0, date(2026, 10, 29), date(2026, 11, 27)),
])
def test_last_complete(kind: ReportKind, today: date, week_start: int, start: date,
                       end: date) -> None:
    assert last_complete(kind, today, week_start) == (start, end)


@pytest.mark.parametrize(("kind", "start", "end", "before"), [
    (W, date(2026, 11, 16), date(2026, 11, 22), (date(2026, 11, 9), date(2026, 11, 15))),
    (W, date(2026, 1, 5), date(2026, 1, 11), (date(2025, 12, 29), date(2026, 1, 4))),
    (M, date(2026, 3, 1), date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),
    (M, date(2026, 1, 1), date(2026, 1, 31), (date(2025, 12, 1), date(2025, 12, 31))),
    (M, date(2026, 11, 1), date(2026, 11, 15), (date(2026, 10, 17), date(2026, 10, 31))),
    (Q, date(2026, 1, 1), date(2026, 3, 31), (date(2025, 10, 1), date(2025, 12, 31))),
    (Q, date(2026, 7, 1), date(2026, 9, 30), (date(2026, 4, 1), date(2026, 6, 30))),
    (R, date(2026, 11, 1), date(2026, 11, 15), (date(2026, 10, 17), date(2026, 10, 31))),
    (R, date(2026, 3, 1), date(2026, 3, 1), (date(2026, 2, 28), date(2026, 2, 28))),
])
def test_previous(kind: ReportKind, start: date, end: date,
                  before: tuple[date, date]) -> None:
    assert previous(kind, start, end) == before


def test_sections_of_each_kind() -> None:
    assert default_sections(M) == SECTIONS
    assert default_sections(Q)[:2] == ("summary", GOALS_REVIEW)
    assert set(default_sections(Q)) == set(ALL_SECTIONS) == {*SECTIONS, GOALS_REVIEW}

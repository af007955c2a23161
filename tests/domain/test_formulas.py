"""The KPI formulas on known numbers, and None (never 0) where the base is zero or unknown."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain import formulas as f


@pytest.mark.parametrize(("key", "a", "b", "expected"), [
    ("engagement_rate_reach", 50, 1000, 5.0),
    ("engagement_rate_followers", 30, 2000, 1.5),
    ("growth", 1000, 1150, 150),
    ("growth", 1000, 900, -100),
    ("growth_rate", 1000, 1150, 15.0),
    ("growth_rate", 1000, 900, -10.0),
    ("reach_rate", 2500, 2000, 125.0),
    ("view_rate", 300, 1200, 25.0),
    ("ctr", 18, 1200, 1.5),
    ("cpc", 90.0, 45, 2.0),
    ("cpm", 30.0, 12000, 2.5),
    ("cpa", 500.0, 20, 25.0),
    ("roas", 1750.0, 500.0, 3.5),
])
def test_two_number_formulas(key: str, a: float, b: float, expected: float) -> None:
    assert f.BINARY[key](a, b) == pytest.approx(expected)


@pytest.mark.parametrize("key", sorted(set(f.BINARY) - {"growth", "growth_rate"}))
@pytest.mark.parametrize(("a", "b"), [(10, 0), (None, 10), (10, None)])
def test_no_base_gives_none_not_zero(key: str, a: float | None, b: float | None) -> None:
    assert f.BINARY[key](a, b) is None


def test_growth_needs_both_counts_and_its_rate_a_start() -> None:
    assert f.growth(10, 0) == -10 and f.growth(None, 5) is None and f.growth(5, None) is None
    assert f.growth_rate(0, 10) is None and f.growth_rate(10, 0) == -100.0


def test_average_per_post_and_posting_frequency() -> None:
    assert f.average_per_post(120, 8) == 15
    assert f.average_per_post(120, 0) is None
    days = [date(2026, 11, d) for d in (2, 4, 9, 11, 16, 18, 23, 25, 30)]
    assert f.posting_frequency(days, date(2026, 11, 1), date(2026, 11, 28)) == pytest.approx(2.0)
    assert f.posting_frequency(days, date(2026, 11, 29), date(2026, 11, 1)) is None


@pytest.mark.parametrize(("spent", "today", "expected"), [
    (500.0, date(2026, 11, 15), 100.0),  # half the budget on day 15 of 30
    (600.0, date(2026, 11, 15), 120.0),
    (900.0, date(2026, 12, 20), 90.0),  # after the end: against the whole budget
    (100.0, date(2026, 10, 31), None),  # before the start
])
def test_pacing(spent: float, today: date, expected: float | None) -> None:
    result = f.pacing(spent, 1000.0, date(2026, 11, 1), date(2026, 11, 30), today)
    assert result == (pytest.approx(expected) if expected is not None else None)


def test_every_formula_has_a_name_definition_and_unique_key() -> None:
    assert len(f.BY_KEY) == len(f.FORMULAS)
    assert all(x.name and x.definition for x in f.FORMULAS)
    assert set(f.BINARY) <= set(f.BY_KEY)

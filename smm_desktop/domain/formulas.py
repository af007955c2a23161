"""The KPI formulas, each with a name and a plain definition, so the screens and the reports
compute (and explain) a rate the same way. A formula whose base is zero or unknown gives None:
a rate that cannot be computed is never shown as 0 %."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class FormulaUnit(StrEnum):
    PERCENT = "percent"  # the value is a percentage (4.2 means 4.2 %)
    MONEY = "money"  # in the campaign's currency
    RATIO = "ratio"  # a plain multiple (ROAS 3.5 means 3.5x)
    COUNT = "count"  # a count (or an average of counts)
    PER_WEEK = "per_week"


@dataclass(frozen=True)
class Formula:
    """`definition` is the English source text the UI translates by `key` (ui/ shows it)."""

    key: str
    name: str
    definition: str
    unit: FormulaUnit


def _share(part: float | None, whole: float | None, scale: float = 100.0) -> float | None:
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole * scale


def engagement_rate_by_reach(engagements: float | None, reach: float | None) -> float | None:
    return _share(engagements, reach)


def engagement_rate_by_followers(engagements: float | None,
                                 followers: float | None) -> float | None:
    return _share(engagements, followers)


def growth(start: float | None, end: float | None) -> float | None:
    """Followers gained (negative when lost) between two counts."""
    return None if start is None or end is None else end - start


def growth_rate(start: float | None, end: float | None) -> float | None:
    return _share(growth(start, end), start)


def reach_rate(reach: float | None, followers: float | None) -> float | None:
    """The share of the followers a post or a period reached (above 100 % when it went wider)."""
    return _share(reach, followers)


def view_rate(views: float | None, impressions: float | None) -> float | None:
    """Video views per impression of the video."""
    return _share(views, impressions)


def click_through_rate(clicks: float | None, impressions: float | None) -> float | None:
    return _share(clicks, impressions)


def average_per_post(total: float | None, posts: int) -> float | None:
    return None if total is None or posts <= 0 else total / posts


def posting_frequency(published: Sequence[date], start: date, end: date) -> float | None:
    """Posts per week over [start, end] (both days counted)."""
    days = (end - start).days + 1
    if days <= 0:
        return None
    return sum(start <= day <= end for day in published) / days * 7


def cost_per_click(spend: float | None, clicks: float | None) -> float | None:
    return _share(spend, clicks, 1.0)


def cost_per_mille(spend: float | None, impressions: float | None) -> float | None:
    return _share(spend, impressions, 1000.0)


def cost_per_action(spend: float | None, results: float | None) -> float | None:
    return _share(spend, results, 1.0)


def return_on_ad_spend(revenue: float | None, spend: float | None) -> float | None:
    return _share(revenue, spend, 1.0)


def pacing(spent: float | None, budget: float | None, start: date, end: date,
           today: date) -> float | None:
    """Spend against the budget's straight line to today: 100 % = on pace, above = spending
    faster than planned. None before the start or without a budget."""
    days = (end - start).days + 1
    if spent is None or budget is None or budget <= 0 or days <= 0 or today < start:
        return None
    elapsed = min((today - start).days + 1, days)
    return _share(spent, budget * elapsed / days)


_P, _M, _R, _C, _W = (FormulaUnit.PERCENT, FormulaUnit.MONEY, FormulaUnit.RATIO,
                      FormulaUnit.COUNT, FormulaUnit.PER_WEEK)
FORMULAS: tuple[Formula, ...] = (
    Formula("engagement_rate_reach", "Engagement rate (by reach)",
            "Engagements (likes, comments, shares, saves) ÷ reach × 100", _P),
    Formula("engagement_rate_followers", "Engagement rate (by followers)",
            "Engagements ÷ followers × 100", _P),
    Formula("growth", "Follower growth", "Followers at the end − followers at the start", _C),
    Formula("growth_rate", "Growth rate",
            "Follower growth ÷ followers at the start × 100", _P),
    Formula("reach_rate", "Reach rate", "Reach ÷ followers × 100", _P),
    Formula("view_rate", "View rate", "Video views ÷ impressions × 100", _P),
    Formula("ctr", "Click-through rate (CTR)", "Clicks ÷ impressions × 100", _P),
    Formula("average_engagements", "Average engagements per post",
            "Engagements ÷ posts published", _C),
    Formula("posting_frequency", "Posting frequency", "Posts published ÷ days × 7", _W),
    Formula("cpc", "Cost per click (CPC)", "Spend ÷ clicks", _M),
    Formula("cpm", "Cost per thousand impressions (CPM)", "Spend ÷ impressions × 1,000", _M),
    Formula("cpa", "Cost per action (CPA)", "Spend ÷ results (conversions)", _M),
    Formula("roas", "Return on ad spend (ROAS)", "Revenue ÷ spend", _R),
    Formula("pacing", "Budget pacing",
            "Spend ÷ (budget × days elapsed ÷ days of the campaign) × 100", _P),
)
BY_KEY: dict[str, Formula] = {f.key: f for f in FORMULAS}

# The two-number formulas by key, for code that picks a formula by name (reports, tables).
BINARY: dict[str, Callable[[float | None, float | None], float | None]] = {
    "engagement_rate_reach": engagement_rate_by_reach,
    "engagement_rate_followers": engagement_rate_by_followers,
    "growth": growth,
    "growth_rate": growth_rate,
    "reach_rate": reach_rate,
    "view_rate": view_rate,
    "ctr": click_through_rate,
    "cpc": cost_per_click,
    "cpm": cost_per_mille,
    "cpa": cost_per_action,
    "roas": return_on_ad_spend,
}

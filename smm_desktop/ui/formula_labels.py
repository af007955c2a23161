"""The KPI formulas' names and definitions (domain/formulas.py FORMULAS) in the person's language,
by key: the tooltips of derived columns and the "How these are computed" panel show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.formulas import BY_KEY, FORMULAS
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_NAMES = {
    "engagement_rate_reach": QT_TRANSLATE_NOOP("Formulas", "Engagement rate (by reach)"),
    "engagement_rate_followers": QT_TRANSLATE_NOOP("Formulas", "Engagement rate (by followers)"),
    "growth": QT_TRANSLATE_NOOP("Formulas", "Follower growth"),
    "growth_rate": QT_TRANSLATE_NOOP("Formulas", "Growth rate"),
    "reach_rate": QT_TRANSLATE_NOOP("Formulas", "Reach rate"),
    "view_rate": QT_TRANSLATE_NOOP("Formulas", "View rate"),
    "ctr": QT_TRANSLATE_NOOP("Formulas", "Click-through rate (CTR)"),
    "average_engagements": QT_TRANSLATE_NOOP("Formulas", "Average engagements per post"),
    "posting_frequency": QT_TRANSLATE_NOOP("Formulas", "Posting frequency"),
    "cpc": QT_TRANSLATE_NOOP("Formulas", "Cost per click (CPC)"),
    "cpm": QT_TRANSLATE_NOOP("Formulas", "Cost per thousand impressions (CPM)"),
    "cpa": QT_TRANSLATE_NOOP("Formulas", "Cost per action (CPA)"),
    "roas": QT_TRANSLATE_NOOP("Formulas", "Return on ad spend (ROAS)"),
    "pacing": QT_TRANSLATE_NOOP("Formulas", "Budget pacing"),
}
_DEFINITIONS = {
    "engagement_rate_reach": QT_TRANSLATE_NOOP(
        "Formulas", "Engagements (likes, comments, shares, saves) ÷ reach × 100"),
    "engagement_rate_followers": QT_TRANSLATE_NOOP("Formulas", "Engagements ÷ followers × 100"),
    "growth": QT_TRANSLATE_NOOP("Formulas", "Followers at the end − followers at the start"),
    "growth_rate": QT_TRANSLATE_NOOP(
        "Formulas", "Follower growth ÷ followers at the start × 100"),
    "reach_rate": QT_TRANSLATE_NOOP("Formulas", "Reach ÷ followers × 100"),
    "view_rate": QT_TRANSLATE_NOOP("Formulas", "Video views ÷ impressions × 100"),
    "ctr": QT_TRANSLATE_NOOP("Formulas", "Clicks ÷ impressions × 100"),
    "average_engagements": QT_TRANSLATE_NOOP("Formulas", "Engagements ÷ posts published"),
    "posting_frequency": QT_TRANSLATE_NOOP("Formulas", "Posts published ÷ days × 7"),
    "cpc": QT_TRANSLATE_NOOP("Formulas", "Spend ÷ clicks"),
    "cpm": QT_TRANSLATE_NOOP("Formulas", "Spend ÷ impressions × 1,000"),
    "cpa": QT_TRANSLATE_NOOP("Formulas", "Spend ÷ results (conversions)"),
    "roas": QT_TRANSLATE_NOOP("Formulas", "Revenue ÷ spend"),
    "pacing": QT_TRANSLATE_NOOP(
        "Formulas", "Spend ÷ (budget × days elapsed ÷ days of the campaign) × 100"),
}


def formula_name(key: str) -> str:
    return QCoreApplication.translate("Formulas", _NAMES.get(key, BY_KEY[key].name))


def formula_definition(key: str) -> str:
    return QCoreApplication.translate("Formulas", _DEFINITIONS.get(key, BY_KEY[key].definition))


def formula_tooltip(key: str) -> str:
    """"Name: definition", for the header of a column computed by the formula."""
    return QCoreApplication.translate("Formulas", "%1: %2").replace(
        "%1", formula_name(key)).replace("%2", formula_definition(key))


def keys() -> tuple[str, ...]:
    return tuple(f.key for f in FORMULAS)

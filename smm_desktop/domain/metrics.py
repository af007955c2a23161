"""The KPI catalogue: every number a social goal can aim at, and how to read it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Metric(StrEnum):
    """A KPI an account reports (its analytics page or an export gives it)."""

    FOLLOWERS = "followers"
    REACH = "reach"
    IMPRESSIONS = "impressions"
    ENGAGEMENTS = "engagements"
    ENGAGEMENT_RATE = "engagement_rate"
    WEBSITE_CLICKS = "website_clicks"
    LINK_CLICKS = "link_clicks"
    VIDEO_VIEWS = "video_views"
    VIEW_RATE = "view_rate"
    SAVES = "saves"
    SHARES = "shares"
    MENTIONS = "mentions"
    MESSAGES = "messages"
    LEADS = "leads"
    SALES = "sales"


class Tally(StrEnum):
    """RUNNING_TOTAL: the value on a day is the whole count so far (followers);
    PER_PERIOD: the value counts what happened in the period the snapshot covers (reach)."""

    RUNNING_TOTAL = "running_total"
    PER_PERIOD = "per_period"


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"


@dataclass(frozen=True)
class MetricInfo:
    tally: Tally
    unit: Unit


_TOTAL = MetricInfo(Tally.RUNNING_TOTAL, Unit.COUNT)
_COUNT = MetricInfo(Tally.PER_PERIOD, Unit.COUNT)
_RATE = MetricInfo(Tally.PER_PERIOD, Unit.PERCENT)

CATALOGUE: dict[Metric, MetricInfo] = {
    Metric.FOLLOWERS: _TOTAL,
    Metric.REACH: _COUNT,
    Metric.IMPRESSIONS: _COUNT,
    Metric.ENGAGEMENTS: _COUNT,
    Metric.ENGAGEMENT_RATE: _RATE,
    Metric.WEBSITE_CLICKS: _COUNT,
    Metric.LINK_CLICKS: _COUNT,
    Metric.VIDEO_VIEWS: _COUNT,
    Metric.VIEW_RATE: _RATE,
    Metric.SAVES: _COUNT,
    Metric.SHARES: _COUNT,
    Metric.MENTIONS: _COUNT,
    Metric.MESSAGES: _COUNT,
    Metric.LEADS: _COUNT,
    Metric.SALES: _COUNT,
}

# A rate is a share of something: 0 to 100 percent.
RATE_MAX = 100.0


def is_running_total(metric: Metric) -> bool:
    return CATALOGUE[metric].tally is Tally.RUNNING_TOTAL


def is_rate(metric: Metric) -> bool:
    return CATALOGUE[metric].unit is Unit.PERCENT


def metric_or_none(value: str | None) -> Metric | None:
    """The stored text as a Metric; None for empty or unknown (a newer app's metric)."""
    return Metric(value) if value in set(Metric) else None


def value_problem(metric: Metric | None, value: float) -> str | None:
    """The code of what is wrong with `value` as a reading of `metric`, or None when fine.

    Every metric in the catalogue counts or shares something: none can be negative.
    """
    if not math.isfinite(value):
        return "not_a_number"
    if value < 0:
        return "negative"
    if metric is not None and is_rate(metric) and value > RATE_MAX:
        return "over_100_percent"
    return None

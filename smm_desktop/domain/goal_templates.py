"""Ready-made social goals from the job's own examples: a template fills the goal form."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.kpi import TargetKind
from smm_desktop.domain.metrics import Metric


@dataclass(frozen=True)
class GoalTemplate:
    """`key` is stable: the UI shows a translated title for it."""

    key: str
    platform: Platform
    metric: Metric
    target_kind: TargetKind
    value: float
    duration_days: int

    def deadline(self, start: date) -> date:
        return start + timedelta(days=self.duration_days)


TEMPLATES: tuple[GoalTemplate, ...] = (
    # "+30% followers on X in 4 months"
    GoalTemplate("x_followers_30_percent_4_months", Platform.X, Metric.FOLLOWERS,
                 TargetKind.PERCENT, 30, 120),
    # "+10% website clicks from LinkedIn in 60 days"
    GoalTemplate("linkedin_website_clicks_10_percent_60_days", Platform.LINKEDIN,
                 Metric.WEBSITE_CLICKS, TargetKind.PERCENT, 10, 60),
    # "reach 100k people on X in 100 days"
    GoalTemplate("x_reach_100k_100_days", Platform.X, Metric.REACH,
                 TargetKind.ABSOLUTE, 100_000, 100),
)


def template(key: str) -> GoalTemplate:
    """The template with that key (KeyError for an unknown one)."""
    for candidate in TEMPLATES:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


# Where each template's KPI makes sense, best fit first: a template whose platform the brand has
# no account on moves to the first of these it has (WhatsApp Business has no followers or reach).
FITS: dict[Metric, tuple[Platform, ...]] = {
    Metric.FOLLOWERS: (Platform.X, Platform.THREADS, Platform.INSTAGRAM, Platform.TIKTOK,
                       Platform.LINKEDIN, Platform.FACEBOOK, Platform.YOUTUBE, Platform.SNAPCHAT,
                       Platform.PINTEREST),
    Metric.REACH: (Platform.X, Platform.THREADS, Platform.INSTAGRAM, Platform.FACEBOOK,
                   Platform.TIKTOK, Platform.LINKEDIN, Platform.SNAPCHAT, Platform.YOUTUBE,
                   Platform.PINTEREST),
    Metric.WEBSITE_CLICKS: (Platform.LINKEDIN, Platform.FACEBOOK, Platform.X, Platform.PINTEREST,
                            Platform.INSTAGRAM, Platform.YOUTUBE, Platform.TIKTOK,
                            Platform.SNAPCHAT),
}


def fit_platform(chosen: GoalTemplate, platforms: Collection[Platform]) -> Platform | None:
    """The template's own platform when the brand is there; else the best fit for its KPI that
    the brand has; None when the KPI makes sense on none of the brand's platforms."""
    if chosen.platform in platforms:
        return chosen.platform
    return next((p for p in FITS.get(chosen.metric, ()) if p in platforms), None)


def matching(platform: Platform | None, metric: Metric | None, target_kind: TargetKind,
             value: float | None, days: int | None) -> GoalTemplate | None:
    """The template a goal form was filled from, if its fields are still the template's."""
    for candidate in TEMPLATES:
        if (candidate.platform, candidate.metric, candidate.target_kind, candidate.value,
                candidate.duration_days) == (platform, metric, target_kind, value, days):
            return candidate
    return None

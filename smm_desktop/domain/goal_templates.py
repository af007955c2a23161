"""Ready-made social goals from the job's own examples: a template fills the goal form."""

from __future__ import annotations

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

"""Rules of an account audit: posting consistency over 90 days, the checklist's tally, and the
KPIs worth recording first on each platform."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from smm_desktop.domain.enums import AuditItem, CheckResult, Platform
from smm_desktop.domain.metrics import Metric

WINDOW_DAYS = 90  # the audit looks back this far at the posting rhythm
POSTS_MAX = 10_000  # more than a hundred posts a day for 90 days is a typing slip
RARE_BELOW = 1.0  # posts a week under which an account looks abandoned to its followers
STEADY_FROM = 3.0  # posts a week from which the rhythm is steady on most platforms


class Consistency(StrEnum):
    """How regularly the account posted in the 90 days before the audit."""

    DORMANT = "dormant"  # nothing posted
    RARE = "rare"  # under one post a week
    LOW = "low"  # one or two a week
    STEADY = "steady"  # three or more a week


def posts_per_week(posts_in_window: int) -> float:
    """The weekly rhythm that `posts_in_window` posts over the 90 days make."""
    return posts_in_window * 7 / WINDOW_DAYS


def consistency(posts_in_window: int | None) -> Consistency | None:
    """The verdict on the rhythm; None when the posts were not counted."""
    if posts_in_window is None:
        return None
    weekly = posts_per_week(posts_in_window)
    if posts_in_window <= 0:
        return Consistency.DORMANT
    if weekly < RARE_BELOW:
        return Consistency.RARE
    return Consistency.LOW if weekly < STEADY_FROM else Consistency.STEADY


def posts_problem(posts_in_window: int | None) -> str | None:
    """The code of what is wrong with a count of posts, or None when fine (or not counted)."""
    if posts_in_window is not None and not 0 <= posts_in_window <= POSTS_MAX:
        return "posts_out_of_range"
    return None


@dataclass(frozen=True)
class AuditSummary:
    """How many points of the checklist got each result."""

    to_fix: int = 0
    passed: int = 0
    unchecked: int = 0
    not_applicable: int = 0

    @property
    def checked(self) -> int:
        return self.to_fix + self.passed + self.not_applicable


def summarise(results: Iterable[CheckResult]) -> AuditSummary:
    """Tally the results of the checklist's points."""
    seen = list(results)
    return AuditSummary(
        to_fix=seen.count(CheckResult.FIX), passed=seen.count(CheckResult.PASS),
        unchecked=seen.count(CheckResult.UNCHECKED),
        not_applicable=seen.count(CheckResult.NOT_APPLICABLE))


def full_checklist(results: dict[AuditItem, CheckResult]) -> dict[AuditItem, CheckResult]:
    """Every point of the checklist in the job's order; a point not stored is unchecked."""
    return {item: results.get(item, CheckResult.UNCHECKED) for item in AuditItem}


_FIRST = (Metric.FOLLOWERS, Metric.REACH, Metric.IMPRESSIONS, Metric.ENGAGEMENTS,
          Metric.ENGAGEMENT_RATE)
_VIDEO = (Metric.VIDEO_VIEWS, Metric.VIEW_RATE, Metric.SHARES)
# What each platform's analytics page shows after the common five.
_PLATFORM_EXTRA: dict[Platform, tuple[Metric, ...]] = {
    Platform.INSTAGRAM: (Metric.SAVES, Metric.SHARES, Metric.WEBSITE_CLICKS, Metric.VIDEO_VIEWS),
    Platform.FACEBOOK: (Metric.LINK_CLICKS, Metric.SHARES, Metric.MESSAGES, Metric.VIDEO_VIEWS),
    Platform.X: (Metric.LINK_CLICKS, Metric.MENTIONS, Metric.VIDEO_VIEWS),
    Platform.LINKEDIN: (Metric.WEBSITE_CLICKS, Metric.LEADS, Metric.SHARES),
    Platform.TIKTOK: _VIDEO,
    Platform.YOUTUBE: _VIDEO,
    Platform.SNAPCHAT: _VIDEO,
    Platform.PINTEREST: (Metric.SAVES, Metric.LINK_CLICKS),
    Platform.THREADS: (Metric.SHARES, Metric.MENTIONS),
    Platform.WHATSAPP_BUSINESS: (Metric.MESSAGES, Metric.LEADS, Metric.SALES),
}


def usual_metrics(platform: Platform) -> tuple[Metric, ...]:
    """The KPIs an audit of an account on `platform` records, the usual ones first."""
    first = _FIRST + _PLATFORM_EXTRA.get(platform, ())
    seen = list(dict.fromkeys(first))
    return tuple(seen + [m for m in Metric if m not in seen])


def common_count(platform: Platform) -> int:
    """How many of `usual_metrics(platform)` are the usual ones (the rest is "more")."""
    return len(dict.fromkeys(_FIRST + _PLATFORM_EXTRA.get(platform, ())))

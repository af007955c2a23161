"""The typed results of reading an analytics export: records, problems and the read result.

Frozen dataclasses only; the services turn them into rows of the workspace after a preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

Kind = Literal["post_metrics", "account_daily", "post_daily", "follower_history", "campaign_daily"]
DateOrder = Literal["mdy", "dmy"]
When = date | datetime


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad cell, row or file: `line` as the person sees it (0 = the file as a whole)."""

    line: int
    column: str
    code: str
    raw: str


@dataclass(frozen=True, slots=True)
class PostMetricsRow:
    """One post's numbers as exported (lifetime or for the export's period); None = no column."""

    line: int
    external_id: str | None = None
    permalink: str | None = None
    published_at: When | None = None
    title: str | None = None
    text: str | None = None
    post_type: str | None = None
    account: str | None = None
    duration_s: float | None = None
    impressions: int | None = None
    views: int | None = None
    reach: int | None = None
    likes: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    clicks: int | None = None
    link_clicks: int | None = None
    profile_visits: int | None = None
    engagements: int | None = None
    video_views: int | None = None
    watch_time_s: float | None = None
    follows: int | None = None
    engagement_rate: float | None = None
    ctr: float | None = None


@dataclass(frozen=True, slots=True)
class AccountDayRow:
    """One day of an account (or, for kind post_daily, of the item `external_id`): metric → value."""

    line: int
    day: date
    metrics: tuple[tuple[str, float], ...]
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class FollowerRow:
    """Followers at the end of `day` and the change from the day before (None when not given)."""

    line: int
    day: date
    followers: int | None
    change: int | None


@dataclass(frozen=True, slots=True)
class CampaignDayRow:
    """One ads-manager row: a campaign over [start, end] (one day when the export is daily)."""

    line: int
    campaign: str
    objective: str | None = None
    start: date | None = None
    end: date | None = None
    spend: float | None = None
    currency: str | None = None
    impressions: int | None = None
    reach: int | None = None
    clicks: int | None = None
    results: float | None = None
    result_type: str | None = None
    cost_per_result: float | None = None
    revenue: float | None = None
    status: str | None = None


Record = PostMetricsRow | AccountDayRow | FollowerRow | CampaignDayRow


@dataclass(frozen=True)
class ReadResult:
    """What one table of an export held: the format recognised, its good rows and its problems.

    platform is "facebook", "instagram", "x", "linkedin", "tiktok", "youtube", "meta_ads",
    "mapped" (read through a column mapping) or "unknown" (headers and signature only).
    """

    platform: str
    format: str
    kind: Kind | None
    source: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_line: int | None
    headers: tuple[str, ...]
    signature: str
    date_range: tuple[date, date] | None
    rows: tuple[Record, ...]
    problems: tuple[Problem, ...]
    ambiguous_dates: tuple[str, ...] = ()
    totals: tuple[tuple[str, float], ...] = ()

    @property
    def recognised(self) -> bool:
        """True when the rows were read (a known format or a mapping), not only the headers."""
        return self.kind is not None

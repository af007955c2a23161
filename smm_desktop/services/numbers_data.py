"""What imported and typed numbers look like outside the database: post metrics, campaigns and
their days, the import preview (what a file would change) and the import log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from smm_desktop.domain import formulas
from smm_desktop.domain.campaigns import CampaignObjective, CampaignStatus
from smm_desktop.domain.enums import Platform, SnapshotSource
from smm_desktop.importers.records import Problem, ReadResult

PlanAction = Literal["add", "update", "skip"]


@dataclass(frozen=True)
class PostMetricsInput:
    """A post's numbers on one account as of a day (None = not given)."""

    as_of: date
    impressions: int | None = None
    reach: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    clicks: int | None = None
    video_views: int | None = None
    follows: int | None = None
    profile_visits: int | None = None
    engagements: int | None = None
    watch_seconds: float | None = None
    external_id: str = ""
    permalink: str = ""


@dataclass(frozen=True)
class PostMetricsData(PostMetricsInput):
    """Stored post metrics; `import_id` names the import that wrote them (None: typed)."""

    id: int = 0
    post_id: int = 0
    account_id: int = 0
    source: SnapshotSource = SnapshotSource.IMPORT
    import_id: int | None = None
    version: int = 0

    @property
    def engagement_total(self) -> int | None:
        """likes + comments + shares + saves when any is given, else the export's engagements."""
        parts = [self.likes, self.comments, self.shares, self.saves]
        if any(p is not None for p in parts):
            return sum(p or 0 for p in parts)
        return self.engagements

    @property
    def engagement_rate_reach(self) -> float | None:
        return formulas.engagement_rate_by_reach(self.engagement_total, self.reach)

    @property
    def ctr(self) -> float | None:
        return formulas.click_through_rate(self.clicks, self.impressions)

    @property
    def view_rate(self) -> float | None:
        return formulas.view_rate(self.video_views, self.impressions)

    def to_input(self) -> PostMetricsInput:
        return PostMetricsInput(
            as_of=self.as_of, impressions=self.impressions, reach=self.reach, likes=self.likes,
            comments=self.comments, shares=self.shares, saves=self.saves, clicks=self.clicks,
            video_views=self.video_views, follows=self.follows,
            profile_visits=self.profile_visits, engagements=self.engagements,
            watch_seconds=self.watch_seconds, external_id=self.external_id,
            permalink=self.permalink)


@dataclass(frozen=True)
class CampaignInput:
    """The fields a person edits on a paid campaign."""

    name: str
    platform: Platform | None = None
    objective: CampaignObjective | None = None
    budget: float | None = None
    currency: str = ""
    start_day: date | None = None
    end_day: date | None = None
    status: CampaignStatus = CampaignStatus.ACTIVE
    social_goal_id: int | None = None
    notes: str = ""
    external_name: str = ""


class AdRates:
    """CTR, CPC, CPM, CPA and ROAS of whatever holds spend, impressions, clicks, conversions
    and revenue (a campaign's totals, a period's)."""

    spend: float | None
    impressions: int | None
    clicks: int | None
    conversions: int | None
    revenue: float | None

    @property
    def ctr(self) -> float | None:
        return formulas.click_through_rate(self.clicks, self.impressions)

    @property
    def cpc(self) -> float | None:
        return formulas.cost_per_click(self.spend, self.clicks)

    @property
    def cpm(self) -> float | None:
        return formulas.cost_per_mille(self.spend, self.impressions)

    @property
    def cpa(self) -> float | None:
        return formulas.cost_per_action(self.spend, self.conversions)

    @property
    def roas(self) -> float | None:
        return formulas.return_on_ad_spend(self.revenue, self.spend)


@dataclass(frozen=True)
class CampaignData(CampaignInput, AdRates):
    """A stored campaign with the totals of its days (None when no day gives that number)."""

    id: int = 0
    brand_id: int = 0
    version: int = 0
    spend: float | None = None
    impressions: int | None = None
    reach: int | None = None
    clicks: int | None = None
    conversions: int | None = None
    revenue: float | None = None
    today: date | None = None

    @property
    def pacing(self) -> float | None:
        """Spend against the budget's straight line up to `today` (None without dates/today)."""
        if self.start_day is None or self.end_day is None or self.today is None:
            return None
        return formulas.pacing(self.spend, self.budget, self.start_day, self.end_day,
                               self.today)

    def to_input(self) -> CampaignInput:
        return CampaignInput(
            name=self.name, platform=self.platform, objective=self.objective,
            budget=self.budget, currency=self.currency, start_day=self.start_day,
            end_day=self.end_day, status=self.status, social_goal_id=self.social_goal_id,
            notes=self.notes, external_name=self.external_name)


@dataclass(frozen=True)
class CampaignDayInput:
    """A campaign's results on one day (None = not given)."""

    day: date
    spend: float | None = None
    impressions: int | None = None
    reach: int | None = None
    clicks: int | None = None
    conversions: int | None = None
    revenue: float | None = None


@dataclass(frozen=True)
class CampaignDayData(CampaignDayInput):
    id: int = 0
    campaign_id: int = 0
    version: int = 0
    import_id: int | None = None


@dataclass(frozen=True)
class RowPlan:
    """What the commit would do with one row of the file. `reason` is a code ("same",
    "newer", "unplanned", "matched_permalink", "matched_time_text", "unknown_metric"…)."""

    line: int
    action: PlanAction
    what: str
    target: str
    matched_post_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class ImportLogData:
    """One file imported; `undone_at` is None while the import is in force."""

    id: int
    brand_id: int | None
    account_id: int | None
    file_name: str
    platform: str
    kind: str
    first_day: date | None
    last_day: date | None
    imported_at: datetime
    rows_added: int
    rows_updated: int
    rows_skipped: int
    undone_at: datetime | None = None


@dataclass(frozen=True)
class ImportPreview:
    """What a file holds and what committing it would change; nothing is written to make it.
    `account_id` None with `accounts` listed: the caller must choose one of them."""

    source: str
    file_hash: str
    results: tuple[ReadResult, ...]
    platform: str
    kind: str
    format: str
    encoding: str | None
    brand_id: int | None
    account_id: int | None
    accounts: tuple[tuple[int, str], ...]
    first_day: date | None
    last_day: date | None
    plans: tuple[RowPlan, ...]
    adds: int
    updates: int
    skips: int
    problems: tuple[Problem, ...]
    ambiguous_dates: tuple[str, ...]
    already_imported: ImportLogData | None
    recognised: bool
    signature: str
    # why no account was taken: "named_account_not_found" (the file names `named_account`,
    # none of the candidates is it), "account_platform_mismatch", "account_other_brand"
    account_reason: str = ""
    named_account: str = ""

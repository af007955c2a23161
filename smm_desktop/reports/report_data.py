"""What a client report holds: the request (brand, kind, period, sections, accounts), the period
helpers, and one plain frozen dataclass per section, gathered by services.reports and printed
by reports.report_pdf and the Reports tab. A section without data is `Missing(reason)`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple, TypeAlias

from smm_desktop.reports import report_periods as _periods
from smm_desktop.reports.report_periods import ReportKind
from smm_desktop.services.competitor_data import Comparison

# The period helpers (in report_periods) are imported from here: the contract.
PeriodLabel = _periods.PeriodLabel
parse_period, period_text, period_label = (_periods.parse_period, _periods.period_text,
                                           _periods.period_label)
period_of, last_complete, previous = _periods.period_of, _periods.last_complete, _periods.previous
month_bounds, quarter_bounds = _periods.month_bounds, _periods.quarter_bounds

# Section keys in their default order; the quarterly kind adds "goals_review" after "summary".
SECTIONS = ("summary", "growth", "content", "campaigns", "competitors", "engagement",
            "next", "notes")
GOALS_REVIEW = "goals_review"
ALL_SECTIONS = ("summary", GOALS_REVIEW, *SECTIONS[1:])

# Reasons a section has no data (Missing.reason); the UI and PDF translate them.
NO_NUMBERS = "no_numbers"
NO_GOALS = "no_goals"
NO_POSTS = "no_posts"
NO_CAMPAIGNS = "no_campaigns"
NO_COMPETITORS = "no_competitors"
NO_ENGAGEMENT_LOG = "no_engagement_log"
NO_ACCOUNTS = "no_accounts"
NO_PLAN = "no_plan"
NO_REVIEW = "no_review"
MISSING_REASONS = (NO_NUMBERS, NO_GOALS, NO_POSTS, NO_CAMPAIGNS, NO_COMPETITORS,
                   NO_ENGAGEMENT_LOG, NO_ACCOUNTS, NO_PLAN, NO_REVIEW)

LANGUAGES = ("en", "ar")


def default_sections(kind: ReportKind | str) -> tuple[str, ...]:
    """The sections of a kind in their default order (quarterly adds the goal review)."""
    return ALL_SECTIONS if ReportKind(kind) is ReportKind.QUARTERLY else SECTIONS


@dataclass(frozen=True)
class ReportRequest:
    """What to report: `account_ids` empty means all the brand's live accounts."""

    brand_id: int
    kind: ReportKind
    start: date
    end: date
    sections: tuple[str, ...] = SECTIONS
    account_ids: tuple[int, ...] = ()
    language: str = "en"


@dataclass(frozen=True)
class Missing:
    """A section whose data does not exist for the period, and why (one of MISSING_REASONS)."""

    reason: str


# ---- sections -------------------------------------------------------------------------------

class SeriesPoint(NamedTuple):
    day: date
    value: float


class Breakdown(NamedTuple):
    """Posts of one content type / purpose / pillar / persona and their mean engagement rate."""

    key: str
    posts: int
    mean_engagement_rate: float | None


class Observation(NamedTuple):
    competitor: str
    day: date
    text: str


class OccasionLine(NamedTuple):
    """An occasion of the next period; `key` is the occasion table's key of a built-in one
    (domain.occasion_tables; the renderer translates it), "" for the brand's own."""

    day: date
    name: str
    key: str = ""


class WeekCount(NamedTuple):
    week_start: date
    posts: int


@dataclass(frozen=True)
class KpiLine:
    """One goal's numbers over the period; every number None when unknown (printed "—").
    `change` runs from the count on or before the period's first day (see
    report_rules.baseline) to `actual`; None when both are the same snapshot. `platform` is
    the domain Platform value and `handle` the account's handle ("" for a platform-wide goal);
    `account_label` is kept for compatibility."""

    title: str
    metric: str | None
    account_label: str
    target: float | None
    actual: float | None
    change: float | None
    percent_of_target: float | None
    status: str
    goal_id: int = 0
    baseline: float | None = None
    deadline: date | None = None
    platform: str = ""
    handle: str = ""
    change_previous: float | None = None


@dataclass(frozen=True)
class SummarySection:
    kpis: tuple[KpiLine, ...] = ()


@dataclass(frozen=True)
class GoalResultLine:
    """A goal's result as the quarter's review recorded it (or as the numbers say). `status`
    is the goal's GoalStatus value at the quarter's end (as GoalService computes it); a goal
    whose deadline is after the quarter is `still_running` and its `outcome` is None (neither
    achieved nor missed yet). Targets of count metrics are whole numbers."""

    title: str
    metric: str | None
    baseline: float | None
    target: float | None
    final: float | None
    outcome: str | None  # GoalOutcome value, None when not decided
    notes: str = ""
    status: str = ""
    still_running: bool = False
    goal_id: int = 0
    deadline: date | None = None


@dataclass(frozen=True)
class GoalsReviewSection:
    """The quarter's goals and how they ended, and the goals active in the next quarter
    (started by its last day, deadline not before its first)."""

    results: tuple[GoalResultLine, ...] = ()
    next_goals: tuple[KpiLine, ...] = ()
    review_id: int | None = None


@dataclass(frozen=True)
class AccountGrowth:
    """One account's audience and reach over the period; the `*_previous` fields are the same
    numbers for the period before (report_periods.previous). Reach, impressions, engagements
    and engagement_rate_reach come from one source, `numbers_from`: "posts" (the metrics of
    the period's published posts) when any post has numbers, else "account" (the account's
    snapshots), "" when neither has any. engagement_rate_followers is the mean per post of
    engagements ÷ followers on the post's day × 100 (as the competitor comparison)."""

    label: str
    platform: str
    followers_start: int | None
    followers_end: int | None
    growth: int | None
    growth_rate: float | None
    reach: int | None
    impressions: int | None
    engagements: int | None
    engagement_rate_reach: float | None
    engagement_rate_followers: float | None
    video_views: int | None
    view_rate: float | None
    series: tuple[SeriesPoint, ...] = ()
    reach_series: tuple[SeriesPoint, ...] = ()
    engagement_rate_series: tuple[SeriesPoint, ...] = ()
    account_id: int = 0
    handle: str = ""
    growth_previous: int | None = None
    reach_previous: int | None = None
    engagements_previous: int | None = None
    engagement_rate_reach_previous: float | None = None
    numbers_from: str = ""
    numbers_from_previous: str = ""
    followers_end_previous: int | None = None
    growth_rate_previous: float | None = None
    impressions_previous: int | None = None
    engagement_rate_followers_previous: float | None = None
    video_views_previous: int | None = None
    view_rate_previous: float | None = None


@dataclass(frozen=True)
class GrowthSection:
    accounts: tuple[AccountGrowth, ...] = ()


@dataclass(frozen=True)
class PostLine:
    """A published post with its numbers and the lessons the manager wrote; `platform` (domain
    Platform value) and `handle` name its account (`account_label` kept for compatibility)."""

    post_id: int
    day: date
    account_label: str
    topic: str
    content_type: str
    purpose: str
    pillar: str
    persona: str
    reach: int | None
    engagements: int | None
    engagement_rate: float | None
    lessons: str = ""
    platform: str = ""
    handle: str = ""


@dataclass(frozen=True)
class ContentSection:
    """Published against planned; `consistency` is published/planned in percent (None when
    nothing was planned)."""

    published: int
    planned: int
    consistency: float | None
    top: tuple[PostLine, ...] = ()
    bottom: tuple[PostLine, ...] = ()
    by_type: tuple[Breakdown, ...] = ()
    by_purpose: tuple[Breakdown, ...] = ()
    by_pillar: tuple[Breakdown, ...] = ()
    by_persona: tuple[Breakdown, ...] = ()
    published_previous: int | None = None
    planned_previous: int | None = None
    consistency_previous: float | None = None


@dataclass(frozen=True)
class CampaignLine:
    """A campaign's results over the period; rates None when not computable. `currency` is the
    ISO 4217 code as stored (the renderer shows its symbol or name)."""

    name: str
    platform: str
    spend: float | None
    budget: float | None
    currency: str
    results: int | None
    ctr: float | None
    cpc: float | None
    cpa: float | None
    roas: float | None
    pacing: float | None
    campaign_id: int = 0
    result_kind: str = ""
    impressions: int | None = None
    clicks: int | None = None
    revenue: float | None = None


@dataclass(frozen=True)
class CampaignSection:
    campaigns: tuple[CampaignLine, ...] = ()


@dataclass(frozen=True)
class CompetitorSection:
    """`comparison`: one Comparison per platform of the brand's reported accounts."""

    comparison: tuple[Comparison, ...] = ()
    observations: tuple[Observation, ...] = ()


@dataclass(frozen=True)
class EngagementSection:
    """The engagement log's sums: mentions, comments and messages handled on the brand's
    accounts; `interactions` is the manager's own interactions with other accounts' posts
    (likes and comments given while community managing), not engagement received."""

    mentions: int | None
    comments: int | None
    messages: int | None
    interactions: int | None
    median_response_minutes: float | None
    days_logged: int


@dataclass(frozen=True)
class ExperimentLine:
    title: str
    status: str
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class NextSection:
    """The period after the reported one: posts planned (and per week), occasions, tests."""

    start: date
    end: date
    planned: int
    by_week: tuple[WeekCount, ...] = ()
    occasions: tuple[OccasionLine, ...] = ()
    experiments: tuple[ExperimentLine, ...] = ()


@dataclass(frozen=True)
class NotesSection:
    what_worked: str = ""
    what_did_not: str = ""
    next_actions: str = ""
    review_id: int | None = None


Section: TypeAlias = (SummarySection | GoalsReviewSection | GrowthSection | ContentSection
                      | CampaignSection | CompetitorSection | EngagementSection | NextSection
                      | NotesSection | Missing)


@dataclass(frozen=True)
class Report:
    """Everything one report prints; `sections` in the requested order."""

    request: ReportRequest
    brand_name: str
    brand_colours: tuple[str, ...]
    logo_png: bytes | None
    country: str
    period: PeriodLabel
    previous_period: tuple[date, date]
    generated_at: datetime
    sections: dict[str, Section] = field(default_factory=dict)
    account_labels: tuple[str, ...] = ()
    paper: str = "auto"
    app_branding: bool = False


class DueReport(NamedTuple):
    """A report due on the to-do list: (brand_id, kind, start, end)."""

    brand_id: int
    kind: ReportKind
    start: date
    end: date


# ---- stored choices -------------------------------------------------------------------------

PAPERS = ("auto", "a4", "letter")
# {kind} is the kind's title as the report prints it ("Monthly report", "التقرير الشهري"):
# the sentences never add "report" around it.
DEFAULT_EMAIL = {
    "en": ("{brand}: {kind}, {period}",
           "Hello,\n\nPlease find attached {brand}'s {kind} for {period}.\n\n"
           "Best regards"),
    "ar": ("{brand}: {kind} — {period}",
           "مرحبًا،\n\nتجدون مرفقًا {kind} لـ {brand} عن الفترة {period}.\n\n"
           "مع أطيب التحيات"),
}
# The first defaults, which said "{kind} report" around a title that already says "report":
# a stored copy of one of them reads as today's default.
OLD_DEFAULT_EMAIL = {
    "en": ("{brand}: {kind} report, {period}",
           "Hello,\n\nPlease find attached the {kind} report of {brand} for {period}.\n\n"
           "Best regards"),
    "ar": ("{brand}: التقرير {kind} — {period}",
           "مرحبًا،\n\nتجدون مرفقًا التقرير {kind} لـ {brand} عن الفترة {period}.\n\n"
           "مع أطيب التحيات"),
}


class TemplateData(NamedTuple):
    """A brand's report template for one kind (defaults and version 0 when none is stored)."""

    sections: tuple[str, ...]
    account_ids: tuple[int, ...]
    paper: str
    app_branding: bool
    report_day: int | None
    version: int


class EmailTexts(NamedTuple):
    subject: str
    body: str

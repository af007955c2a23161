"""Every word and number format a client report prints besides the user's own text: English
defaults here; the UI and the CLI pass translated ones (as with plan_data.PlanTexts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.enums import ContentType, Platform, PostPurpose
from smm_desktop.reports.plan_data import MONTHS
from smm_desktop.reports.report_charts import ReportChartText
from smm_desktop.reports.report_data import PeriodLabel, ReportKind

SECTION_TITLES = {
    "summary": "Summary", "goals_review": "Goal review", "growth": "Followers and growth",
    "content": "Content", "campaigns": "Campaigns", "competitors": "Competitors",
    "engagement": "Engagement", "next": "Next period", "notes": "Manager's notes",
}
KIND_TITLES = {"weekly": "Weekly report", "monthly": "Monthly report",
               "quarterly": "Quarterly report", "range": "Report"}
MISSING = {
    "no_numbers": "No numbers recorded for this period.",
    "no_goals": "No goals are set for this period.",
    "no_posts": "No posts were published in this period.",
    "no_campaigns": "No campaigns ran in this period.",
    "no_competitors": "No competitors are tracked.",
    "no_engagement_log": "No engagement was logged in this period.",
    "no_accounts": "No accounts are chosen for this report.",
    "no_plan": "Nothing is planned yet for the next period.",
    "no_review": "No notes were written for this period.",
}
STATUSES = {
    "incomplete": "Incomplete", "not_started": "Not started", "no_data": "No data",
    "on_track": "On track", "at_risk": "At risk", "off_track": "Off track",
    "achieved": "Achieved", "missed": "Missed",
    "planned": "Planned", "running": "Running", "done": "Done", "dropped": "Dropped",
}
# Column headers and labels, by key.
HEADERS = {
    "goal": "Goal", "metric": "Metric", "account": "Account", "target": "Target",
    "actual": "Actual", "change": "Change", "percent_of_target": "% of target",
    "status": "Status", "baseline": "Baseline", "final": "Final", "outcome": "Outcome",
    "notes": "Notes", "deadline": "Deadline",
    "followers_start": "Followers at start", "followers_end": "Followers at end",
    "growth": "Growth", "growth_rate": "Growth rate", "reach": "Reach",
    "impressions": "Impressions", "engagements": "Engagements",
    "er_reach": "Engagement rate (reach)", "er_followers": "Engagement rate (followers)",
    "video_views": "Video views", "view_rate": "View rate",
    "date": "Date", "topic": "Topic", "content_type": "Type", "purpose": "Purpose",
    "pillar": "Pillar", "persona": "Persona", "engagement_rate": "Engagement rate",
    "lessons": "Lessons", "posts": "Posts", "mean_er": "Mean engagement rate",
    "campaign": "Campaign", "platform": "Platform", "spend": "Spend", "budget": "Budget",
    "results": "Results", "ctr": "CTR", "cpc": "CPC", "cpa": "CPA", "roas": "ROAS",
    "pacing": "Pacing", "competitor": "Competitor", "observation": "Observation",
    "frequency": "Posts per week", "week_of": "Week of", "occasion": "Occasion",
    "experiment": "Experiment", "start": "Start", "end": "End", "period": "Period",
    "week": "Week", "last_week": "Last week", "before": "Period before",
}
LABELS = {
    "published": "Published", "planned": "Planned", "consistency": "Posting consistency",
    "published_previous": "Published in the period before",
    "top": "Top posts", "bottom": "Posts to learn from", "by_type": "By content type",
    "by_purpose": "By purpose", "by_pillar": "By pillar", "by_persona": "By persona",
    "audience": "Audience", "reach_engagement": "Reach and engagement",
    "results": "Goals this quarter", "next_goals": "Goals for next quarter",
    "observations": "Notable observations", "mentions": "Mentions", "comments": "Comments",
    "messages": "Messages", "interactions": "Interactions with others' posts",
    "response": "Median response time", "days_logged": "Days logged",
    "planned_posts": "Posts planned", "by_week": "Posts planned by week",
    "occasions": "Occasions coming", "experiments": "Experiments",
    "what_worked": "What worked", "what_did_not": "What did not work",
    "next_actions": "Next actions", "ours": "{name} (us)", "section": "Section", "page": "Page",
    "chart_followers": "Followers", "chart_er": "Engagement rate (%)",
    "chart_spend": "Spend against budget", "chart_competitors": "Followers against competitors",
    "against_last_week": "This week against last week",
    "against_before": "This period against the period before",
    "published_last_week": "Published last week",
    "roas_note": "ROAS: return on ad spend (revenue divided by spend).",
}
PLATFORM_NAMES = {
    "facebook": "Facebook", "instagram": "Instagram", "x": "X", "linkedin": "LinkedIn",
    "tiktok": "TikTok", "youtube": "YouTube", "snapchat": "Snapchat", "pinterest": "Pinterest",
    "threads": "Threads", "whatsapp_business": "WhatsApp Business", "other": "Other",
}
_PLATFORM_KEYS = tuple(sorted((p.value for p in Platform), key=len, reverse=True))


def _plain(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


@dataclass(frozen=True)
class ReportTexts:
    """The report's words; numbers are formatted here so that the PDF, the screen and the
    tests agree on them. `digits`: "latin" or "arabic" (Arabic-Indic)."""

    kinds: dict[str, str] = field(default_factory=lambda: dict(KIND_TITLES))
    sections: dict[str, str] = field(default_factory=lambda: dict(SECTION_TITLES))
    missing: dict[str, str] = field(default_factory=lambda: dict(MISSING))
    statuses: dict[str, str] = field(default_factory=lambda: dict(STATUSES))
    headers: dict[str, str] = field(default_factory=lambda: dict(HEADERS))
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS))
    metrics: dict[str, str] = field(default_factory=dict)  # Metric value -> name
    content_types: dict[str, str] = field(  # ContentType value -> name
        default_factory=lambda: {c.value: c.value.replace("_", " ").capitalize()
                                 for c in ContentType})
    purposes: dict[str, str] = field(  # PostPurpose value -> name
        default_factory=lambda: {p.value: p.value.capitalize() for p in PostPurpose})
    platforms: dict[str, str] = field(  # Platform value -> name
        default_factory=lambda: dict(PLATFORM_NAMES))
    occasions: dict[str, str] = field(default_factory=dict)  # built-in occasion key -> name
    currencies: dict[str, str] = field(default_factory=dict)  # ISO code -> the locale's sign
    months: tuple[str, ...] = MONTHS
    months_short: tuple[str, ...] = tuple(m[:3] for m in MONTHS)
    contents: str = "Contents"
    page: str = "Page %1 of %2"
    week_title: str = "Week %1, %2"  # ISO week number, year
    quarter_title: str = "Q%1 %2"  # quarter, year
    span: str = "%1 – %2"
    day_format: str = "%1 %2 %3"  # day, short month, year
    prepared: str = "Prepared on %1"
    percent: str = "%1%"
    minutes: str = "%1 min"
    none: str = "—"
    app_branding: str = "Made with SMM Desktop"
    digits: str = "latin"
    decimal_point: str = "."
    thousands: str = ","
    list_separator: str = ", "

    # ---- numbers --------------------------------------------------------------------------

    def _digits(self, text: str) -> str:
        text = text.replace(",", "\0").replace(".", self.decimal_point)
        return with_digits(text.replace("\0", self.thousands), self.digits)

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        """A count or amount with thousands separators; "—" when unknown."""
        if value is None:
            return self.none
        return self._digits(_plain(value, decimals))

    def signed(self, value: float | int | None, decimals: int = 0) -> str:
        """A change: "+12" or "-3" (the sign said, so growth never reads as a level)."""
        if value is None:
            return self.none
        return ("+" if value > 0 else "") + self.number(value, decimals)

    def rate(self, value: float | None) -> str:
        """A percent, one decimal: "12.5%"; "—" when not computable (never 0)."""
        return self.none if value is None else self.percent.replace("%1", self.number(value, 1))

    def signed_rate(self, value: float | None) -> str:
        if value is None:
            return self.none
        return ("+" if value > 0 else "") + self.rate(value)

    def percent_of(self, value: float | None) -> str:
        """A percent of target: one decimal below 100, whole above ("221%", never "221.4%")."""
        if value is None:
            return self.none
        decimals = 0 if abs(value) >= 100 else 1
        return self.percent.replace("%1", self.number(value, decimals))

    def ratio(self, value: float | None) -> str:
        """A multiple such as ROAS: "3.25"."""
        return self.number(value, 2)

    def money(self, value: float | None, currency: str = "") -> str:
        """An amount of money with its currency: "1,250.00 SAR", or the sign the report's
        locale uses for it ("ر.س") when the caller gave one."""
        if value is None:
            return self.none
        return f"{self.number(value, 2)} {self.currencies.get(currency, currency)}".strip()

    def duration(self, minutes: float | None) -> str:
        return self.none if minutes is None else self.minutes.replace("%1", self.number(minutes))

    # ---- dates and names ------------------------------------------------------------------

    def year(self, value: int) -> str:
        return with_digits(str(value), self.digits)

    def day(self, when: date | datetime | None) -> str:
        """"2 Dec 2026"."""
        if when is None:
            return self.none
        return (self.day_format.replace("%1", self.number(when.day))
                .replace("%2", self.months_short[when.month - 1])
                .replace("%3", self.year(when.year))).strip()

    def short_day(self, when: date | None) -> str:
        """"2 Dec": a day inside the reported period."""
        if when is None:
            return self.none
        return (self.day_format.replace("%1", self.number(when.day))
                .replace("%2", self.months_short[when.month - 1]).replace("%3", "")).strip()

    def days(self, start: date, end: date) -> str:
        return self.span.replace("%1", self.day(start)).replace("%2", self.day(end))

    def period_title(self, period: PeriodLabel) -> str:
        """"Week 47, 2026", "November 2026", "Q4 2026" or "1 Nov 2026 – 15 Nov 2026"."""
        kind, number, year = period.kind, period.number, self.year(period.year)
        if number is None:
            return self.days(period.start, period.end)
        if kind is ReportKind.WEEKLY:
            return self.week_title.replace("%1", self.number(number)).replace("%2", year)
        if kind is ReportKind.QUARTERLY:
            return self.quarter_title.replace("%1", self.number(number)).replace("%2", year)
        return f"{self.months[number - 1]} {year}"

    def kind_title(self, kind: str) -> str:
        return self.kinds.get(str(kind), str(kind))

    def status(self, key: str | None) -> str:
        return self.none if not key else self.statuses.get(key, key)

    def metric(self, key: str | None) -> str:
        return self.none if not key else self.metrics.get(key, key.replace("_", " "))

    def platform(self, key: str) -> str:
        return self.platforms.get(key, key.replace("_", " ").title())

    def account(self, label: str, platform: str = "", handle: str = "") -> str:
        """An account as "Instagram @handle" in the report's words: from its platform key and
        handle when known, else its stored label with a leading platform key translated."""
        if platform and handle:
            return f"{self.platform(platform)} @{handle.lstrip('@')}"
        for key in _PLATFORM_KEYS:
            if label == key or label.startswith(key + " "):
                return self.platform(key) + label[len(key):]
        return label

    def occasion(self, name: str, key: str = "") -> str:
        """A built-in occasion by its key in the report's words; a brand's own as typed."""
        return self.occasions.get(key, name) if key else name

    def listed(self, items: list[str] | tuple[str, ...]) -> str:
        return self.list_separator.join(items)

    def name_of(self, key: str) -> str:
        """A content type, purpose or any other stored key in words (names pass through)."""
        return self.content_types.get(key) or self.purposes.get(key) or key

    def chart_text(self, colour: str = "#2a6f97") -> ReportChartText:
        """The charts' words and formats, from these."""
        return ReportChartText(
            followers=self.labels["chart_followers"], reach=self.headers["reach"],
            engagement_rate=self.labels["chart_er"],
            by_type=self.labels["by_type"], by_pillar=self.labels["by_pillar"],
            spend=self.labels["chart_spend"],
            spent=self.headers["spend"], budget=self.headers["budget"],
            no_data=self.missing["no_numbers"],
            names={**self.content_types, **self.purposes},
            number=lambda v: self.number(v, 0 if abs(v) >= 10 or v == int(v) else 1),
            day=lambda d: self.number(d.day) + " " + self.months_short[d.month - 1],
            colour=colour, account=lambda a: self.account(
                a.label, getattr(a, "platform", ""), getattr(a, "handle", "")))

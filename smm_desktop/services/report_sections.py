"""The report's sections that come straight from other services: the KPI summary
(GoalService.progress), the quarter's goal review (ReviewService), campaigns
(CampaignService.totals), competitors (CompetitorService), the engagement log
(EngagementService.totals) and the period to come (posts, occasions, experiments)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.domain import formulas
from smm_desktop.domain.enums import ExperimentStatus, Platform
from smm_desktop.domain.quarters import quarter_of
from smm_desktop.reports.report_data import (
    NO_CAMPAIGNS,
    NO_COMPETITORS,
    NO_ENGAGEMENT_LOG,
    NO_GOALS,
    NO_PLAN,
    CampaignLine,
    CampaignSection,
    CompetitorSection,
    EngagementSection,
    ExperimentLine,
    GoalResultLine,
    GoalsReviewSection,
    KpiLine,
    Missing,
    NextSection,
    Observation,
    OccasionLine,
    SummarySection,
    WeekCount,
)
from smm_desktop.services.campaigns import CampaignService
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.engagement import EngagementService
from smm_desktop.services.experiments import ExperimentService
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.goal_progress import GoalProgress
from smm_desktop.services.goals import GoalService
from smm_desktop.services.occasions import OccasionService
from smm_desktop.services.report_growth import ReportAccount
from smm_desktop.services.report_numbers import PostRow
from smm_desktop.services.reviews import ReviewService

# Campaign spend is summed from the first day any campaign could have.
EARLIEST = date(1970, 1, 1)


@dataclass(frozen=True)
class Scope:
    """What one build reports: the brand, its chosen accounts, the period, the one before,
    and `asof` (the period's end, or today when the period is not over)."""

    sf: sessionmaker[Session]
    brand_id: int
    kind: str
    accounts: tuple[ReportAccount, ...]
    start: date
    end: date
    before: tuple[date, date]
    asof: date

    @property
    def account_ids(self) -> set[int]:
        return {a.id for a in self.accounts}

    @property
    def platforms(self) -> list[str]:
        return sorted({a.platform for a in self.accounts})

    def label_of(self, account_id: int | None) -> str:
        return next((a.label for a in self.accounts if a.id == account_id), "")


# ---- summary --------------------------------------------------------------------------------

def _in_scope(scope: Scope, goal: SocialGoalData) -> bool:
    """Its account is reported (or, platform-wide, its platform) and it ran in the period."""
    if goal.account_id is not None:
        mine = goal.account_id in scope.account_ids
    else:
        mine = goal.platform is not None and goal.platform.value in scope.platforms
    started = goal.start is None or goal.start <= scope.end
    running = goal.deadline is None or goal.deadline >= scope.start
    return mine and started and running


def _kpi(scope: Scope, now: GoalProgress, then: GoalProgress | None) -> KpiLine:
    goal = now.goal
    label = scope.label_of(goal.account_id) if goal.account_id is not None else (
        goal.platform.value if goal.platform else "")
    return KpiLine(
        title=goal.title, metric=goal.metric.value if goal.metric else None,
        account_label=label, target=now.target, actual=now.current,
        change=formulas.growth(then.current if then else None, now.current),
        percent_of_target=now.percent_raw, status=now.status.value, goal_id=goal.id,
        baseline=goal.baseline_value, deadline=goal.deadline)


def summary_section(scope: Scope) -> SummarySection | Missing:
    """Each goal of the reported accounts on the period's last day, with its change since the
    last day of the period before (GoalService.progress on both days)."""
    goals = GoalService(scope.sf)
    now = [p for p in goals.progress(scope.brand_id, scope.asof) if _in_scope(scope, p.goal)]
    if not now:
        return Missing(NO_GOALS)
    then = {p.goal.id: p for p in goals.progress(scope.brand_id, scope.before[1])}
    return SummarySection(tuple(_kpi(scope, p, then.get(p.goal.id)) for p in now))


def goals_review_section(scope: Scope) -> GoalsReviewSection | Missing:
    """The quarter's goals as its review recorded them (else as the numbers stand), and the
    goals that start next quarter."""
    reviews = ReviewService(scope.sf)
    quarter = quarter_of(scope.start)
    review = reviews.find(scope.brand_id, quarter)
    if review is not None and review.answers.results:
        results = tuple(GoalResultLine(
            r.goal_title, r.metric.value if r.metric else None, r.baseline_value,
            r.target_value, r.final_value, r.outcome.value, r.notes)
            for r in review.answers.results)
    else:
        results = tuple(GoalResultLine(
            p.goal.title, p.goal.metric.value if p.goal.metric else None,
            p.goal.baseline_value, p.target, p.current, None)
            for p in reviews.quarter_goals(scope.brand_id, quarter, scope.asof))
    following = reviews.goals_starting(scope.brand_id, quarter.next())
    if not results and not following:
        return Missing(NO_GOALS)
    next_goals = tuple(KpiLine(
        g.title, g.metric.value if g.metric else None, scope.label_of(g.account_id),
        g.target, None, None, None, "not_started", g.id, g.baseline_value, g.deadline)
        for g in following)
    return GoalsReviewSection(results, next_goals, review.id if review else None)


# ---- campaigns, competitors, engagement -----------------------------------------------------

def campaigns_section(scope: Scope) -> CampaignSection | Missing:
    """The campaigns with results in the period (on the reported platforms, or on none);
    pacing from the spend up to the period's end against the budget's straight line."""
    service = CampaignService(scope.sf, today=lambda: scope.asof)
    period = service.totals(scope.brand_id, scope.start, scope.end)
    to_date = {c.id: c for c in service.totals(scope.brand_id, EARLIEST, scope.asof).campaigns}
    lines = tuple(CampaignLine(
        name=c.name, platform=c.platform.value if c.platform else "", spend=c.spend,
        budget=c.budget, currency=c.currency, results=c.conversions, ctr=c.ctr, cpc=c.cpc,
        cpa=c.cpa, roas=c.roas, pacing=to_date[c.id].pacing if c.id in to_date else None,
        campaign_id=c.id, result_kind=c.objective.value if c.objective else "",
        impressions=c.impressions, clicks=c.clicks, revenue=c.revenue)
        for c in period.campaigns
        if c.platform is None or c.platform.value in scope.platforms)
    return CampaignSection(lines) if lines else Missing(NO_CAMPAIGNS)


def competitors_section(scope: Scope) -> CompetitorSection | Missing:
    """Per platform of the reported accounts, ours (the reported ones) against theirs, and the
    log's observations of the period."""
    service = CompetitorService(scope.sf, today=lambda: scope.asof)
    found = []
    for platform in scope.platforms:
        if platform not in set(Platform):
            continue
        comparison = service.comparison(scope.brand_id, Platform(platform), scope.start,
                                        scope.end)
        rows = tuple(r for r in comparison.rows
                     if not r.is_ours or r.account_id in scope.account_ids)
        if any(not r.is_ours for r in rows):
            found.append(replace(comparison, rows=rows))
    notes = tuple(Observation(name, o.day, o.text) for name, o in
                  service.recent_observations(scope.brand_id, scope.start, scope.end))
    if not found and not notes:
        return Missing(NO_COMPETITORS)
    return CompetitorSection(tuple(found), notes)


def engagement_section(scope: Scope) -> EngagementSection | Missing:
    """The engagement log's sums over the period for the reported accounts."""
    totals = EngagementService(scope.sf, today=lambda: scope.asof).totals(
        scope.brand_id, scope.start, scope.end, sorted(scope.account_ids))
    overall = totals.overall
    if overall.days_logged == 0:
        return Missing(NO_ENGAGEMENT_LOG)
    c = overall.counts
    return EngagementSection(c.mentions, c.comments, c.messages, c.interactions,
                             overall.median_response_minutes, overall.days_logged)


# ---- the period to come ---------------------------------------------------------------------

def next_section(scope: Scope, period: tuple[date, date],
                 posts: Sequence[PostRow]) -> NextSection | Missing:
    """The posts planned in the next period (per week from Monday), its occasions and the
    experiments planned or running then."""
    start, end = period
    ids = {p.post_id: p.day for p in posts if start <= p.day <= end and p.planned}
    weeks = Counter(day - timedelta(days=day.weekday()) for day in ids.values())
    occasions = tuple(OccasionLine(o.day, o.name) for o in OccasionService(scope.sf).between(
        scope.brand_id, start, end))
    tests = tuple(ExperimentLine(e.idea, e.status.value, e.start_date, e.end_date)
                  for e in ExperimentService(scope.sf).list_experiments(scope.brand_id)
                  if _running(e.status, e.start_date, e.end_date, start, end))
    if not ids and not occasions and not tests:
        return Missing(NO_PLAN)
    return NextSection(start, end, len(ids), tuple(WeekCount(w, n) for w, n in
                                                   sorted(weeks.items())), occasions, tests)


def _running(status: ExperimentStatus, first: date | None, last: date | None, start: date,
             end: date) -> bool:
    live = status in (ExperimentStatus.PLANNED, ExperimentStatus.RUNNING)
    return live and (first is None or first <= end) and (last is None or last >= start)

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

from smm_desktop.domain import quarters, report_rules
from smm_desktop.domain.enums import ExperimentStatus, Platform
from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.domain.metrics import Metric, is_rate
from smm_desktop.domain.occasions import OccasionKind
from smm_desktop.domain.quarters import Quarter, quarter_of
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
from smm_desktop.services.report_numbers import Bases, PostRow, load_bases
from smm_desktop.services.review_data import ReviewData
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

    def account_of(self, account_id: int | None) -> ReportAccount | None:
        return next((a for a in self.accounts if a.id == account_id), None)


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


def _target(metric: Metric | None, value: float | None) -> float | None:
    """A count's target is a whole number (round half up); a rate's stays as set."""
    return value if metric is None or is_rate(metric) else report_rules.whole(value)


def _kpi(scope: Scope, now: GoalProgress, changes: tuple[Bases, Bases]) -> KpiLine:
    goal = now.goal
    account = scope.account_of(goal.account_id)
    platform = account.platform if account else (goal.platform.value if goal.platform else "")
    label = account.label if account else (goal.platform.value if goal.platform else "")
    ours, before = changes
    return KpiLine(
        title=goal.title, metric=goal.metric.value if goal.metric else None,
        account_label=label, target=_target(goal.metric, now.target), actual=now.current,
        change=ours.change(goal), percent_of_target=now.percent_raw, status=now.status.value,
        goal_id=goal.id, baseline=goal.baseline_value, deadline=goal.deadline,
        platform=platform, handle=account.handle if account else "",
        change_previous=before.change(goal))


def summary_section(scope: Scope) -> SummarySection | Missing:
    """Each goal of the reported accounts on the period's last day, with its change from the
    count on or before the period's first day (report_rules.baseline, as the growth section),
    and the same change over the period before."""
    goals = GoalService(scope.sf)
    now = [p for p in goals.progress(scope.brand_id, scope.asof) if _in_scope(scope, p.goal)]
    if not now:
        return Missing(NO_GOALS)
    changes = load_bases(scope.sf, scope.brand_id, (scope.start, scope.asof), scope.before)
    return SummarySection(tuple(_kpi(scope, p, changes) for p in now))


def _result(line: GoalResultLine, progress: GoalProgress | None,
            quarter: Quarter) -> GoalResultLine:
    """A recorded result with the goal's status at the quarter's end: a goal still running
    after the quarter is neither achieved nor missed yet (outcome None)."""
    if progress is None:
        return replace(line, status=line.outcome or "")
    running = not quarters.ends_in(quarter, progress.goal.deadline)
    return replace(line, outcome=None if running else line.outcome,
                   status=progress.status.value, still_running=running,
                   goal_id=progress.goal.id, deadline=progress.goal.deadline)


def _results(scope: Scope, quarter: Quarter, review: ReviewData | None,
             progress: list[GoalProgress]) -> tuple[GoalResultLine, ...]:
    """The review's results (else the quarter's goals as the numbers stand at its end)."""
    by_id = {p.goal.id: p for p in progress}
    if review is not None and review.answers.results:
        return tuple(_result(GoalResultLine(
            r.goal_title, r.metric.value if r.metric else None, r.baseline_value,
            _target(r.metric, r.target_value), r.final_value, r.outcome.value, r.notes),
            by_id.get(r.goal_id) if r.goal_id is not None else None, quarter)
            for r in review.answers.results)
    return tuple(_result(GoalResultLine(
        p.goal.title, p.goal.metric.value if p.goal.metric else None, p.goal.baseline_value,
        _target(p.goal.metric, p.target), p.current,
        quarters.outcome_of(p.goal.baseline_value, p.target, p.current).value), p, quarter)
        for p in progress)


def goals_review_section(scope: Scope) -> GoalsReviewSection | Missing:
    """The quarter's goals as its review recorded them (else as the numbers stand), each with
    its status at the quarter's end, and the goals active in the next quarter."""
    reviews = ReviewService(scope.sf)
    quarter = quarter_of(scope.start)
    review = reviews.find(scope.brand_id, quarter)
    progress = reviews.quarter_goals(scope.brand_id, quarter, min(quarter.last_day,
                                                                  scope.asof))
    results = _results(scope, quarter, review, progress)
    following = [g for g in GoalService(scope.sf).list_goals(scope.brand_id)
                 if _active_in(g, quarter.next())]
    if not results and not following:
        return Missing(NO_GOALS)
    next_goals = tuple(_next_goal(scope, g) for g in following)
    return GoalsReviewSection(results, next_goals, review.id if review else None)


def _active_in(goal: SocialGoalData, quarter: Quarter) -> bool:
    """The goal runs at some time in the quarter: started by its last day, deadline not before
    its first."""
    started = goal.start is None or goal.start <= quarter.last_day
    return started and goal.deadline is not None and goal.deadline >= quarter.first_day


def _next_goal(scope: Scope, goal: SocialGoalData) -> KpiLine:
    account = scope.account_of(goal.account_id)
    status = GoalStatus.NOT_STARTED.value if goal.start is None or goal.start > scope.end \
        else GoalStatus.ON_TRACK.value
    return KpiLine(
        goal.title, goal.metric.value if goal.metric else None,
        account.label if account else (goal.platform.value if goal.platform else ""),
        _target(goal.metric, goal.target), None, None, None, status, goal.id,
        goal.baseline_value, goal.deadline,
        platform=account.platform if account else (goal.platform.value if goal.platform
                                                   else ""),
        handle=account.handle if account else "")


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
    occasions = tuple(OccasionLine(o.day, o.name,
                                   "" if o.kind is OccasionKind.BRAND else o.key) for o in OccasionService(scope.sf).between(
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

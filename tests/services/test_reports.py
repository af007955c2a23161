"""ReportService.build on a small workspace with known numbers: every section's numbers are
what the services compute (goals, snapshots, post metrics, campaigns, engagement log,
competitors), sections without data say Missing(reason), in a few queries whatever the data."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from smm_desktop.domain import formulas
from smm_desktop.domain.engagement import Counts
from smm_desktop.domain.enums import (
    ContentType,
    ExperimentStatus,
    GoalOutcome,
    Platform,
    PostPurpose,
    PostStatus,
)
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.quarters import quarter_of
from smm_desktop.reports import report_data as rd
from smm_desktop.reports.report_data import (
    CampaignSection,
    CompetitorSection,
    ContentSection,
    EngagementSection,
    GrowthSection,
    Missing,
    NextSection,
    NotesSection,
    ReportKind,
    ReportRequest,
    SummarySection,
)
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.campaigns import CampaignService
from smm_desktop.services.competitor_data import (
    CompetitorAccountInput,
    CompetitorInput,
    ObservationInput,
    SnapshotInput,
)
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.engagement import EngagementService
from smm_desktop.services.experiments import ExperimentInput, ExperimentService
from smm_desktop.services.goal_data import SocialGoalInput
from smm_desktop.services.goals import GoalService
from smm_desktop.services.metrics import MetricsService
from smm_desktop.services.numbers_data import CampaignDayInput, CampaignInput, PostMetricsInput
from smm_desktop.services.occasions import BrandOccasionInput, OccasionService
from smm_desktop.services.personas import PersonaInput, PersonaService
from smm_desktop.services.pillars import PillarService
from smm_desktop.services.post_data import PillarInput, PostInput
from smm_desktop.services.posts import PostService
from smm_desktop.services.reports import ReportService
from smm_desktop.services.review_data import GoalResultInput, ReviewAnswers, ReviewRequest
from smm_desktop.services.reviews import ReviewService
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
SEPTEMBER = (date(2026, 9, 1), date(2026, 9, 30))


@dataclass(frozen=True)
class Sample:
    brand: int
    ig: int
    fb: int
    posts: dict[str, int]
    goal: int
    campaign: int


def _at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, 0)


def _snapshots(ws: Workspace, ig: int, fb: int) -> None:
    snaps = SnapshotService(ws.session_factory)
    for account, metric, day, value in (
            (ig, Metric.FOLLOWERS, date(2026, 9, 30), 1000), (ig, Metric.FOLLOWERS,
                                                              date(2026, 10, 15), 1050),
            (ig, Metric.FOLLOWERS, date(2026, 10, 31), 1100),
            (fb, Metric.FOLLOWERS, date(2026, 10, 10), 500),
            (fb, Metric.FOLLOWERS, date(2026, 10, 31), 480),
            (ig, Metric.REACH, date(2026, 9, 20), 1500), (ig, Metric.REACH, date(2026, 10, 7), 2000),
            (ig, Metric.REACH, date(2026, 10, 14), 3000)):
        snaps.record(account, metric, day, value)


def _posts(ws: Workspace, brand: int, ig: int, fb: int) -> dict[str, int]:
    pillar = PillarService(ws.session_factory).create(brand, PillarInput("Tips")).id
    persona = PersonaService(ws.session_factory).create(brand, PersonaInput("Sam")).id
    done, img, vid = PostStatus.PUBLISHED, ContentType.IMAGE, ContentType.VIDEO
    rows = {
        "p0": PostInput("September post", done, _at(9, 15), (ig,), content_type=img),
        "p1": PostInput("Autumn tips", done, _at(10, 5), (ig,), content_type=img,
                        purpose=PostPurpose.AWARENESS, pillar_id=pillar, persona_id=persona,
                        lessons="Short captions work"),
        "p2": PostInput("Workshop video", done, _at(10, 12), (ig,), content_type=vid),
        "p3": PostInput("Shop window", done, _at(10, 20), (fb,), content_type=img),
        "p4": PostInput("Not ready", PostStatus.READY, _at(10, 25), (ig,), content_type=img),
        "p5": PostInput("Dropped", PostStatus.CANCELLED, _at(10, 26), (ig,)),
        "p6": PostInput("No numbers", done, _at(10, 28), (fb,), content_type=img),
        "p8": PostInput("November plan", PostStatus.DRAFT, _at(11, 10), (ig,)),
    }
    posts = PostService(ws.session_factory)
    ids = {key: posts.create(brand, data).id for key, data in rows.items()}
    metrics = MetricsService(ws.session_factory, today=lambda: TODAY)
    for key, account, numbers in (
            ("p1", ig, PostMetricsInput(date(2026, 10, 9), reach=1000, engagements=50)),
            ("p2", ig, PostMetricsInput(date(2026, 10, 16), reach=2000, likes=30, comments=10,
                                        impressions=2500, video_views=800)),
            ("p3", fb, PostMetricsInput(date(2026, 10, 24), reach=400, engagements=40))):
        metrics.save_post_metrics(ids[key], account, numbers, None)
    return ids


def _goal(ws: Workspace, brand: int, ig: int) -> int:
    data = SocialGoalInput(account_id=ig, platform=Platform.INSTAGRAM, metric=Metric.FOLLOWERS,
                           baseline_value=1000, baseline_date=date(2026, 9, 1),
                           target_value=1200, start=date(2026, 9, 1),
                           deadline=date(2026, 12, 31), title="Instagram followers")
    return GoalService(ws.session_factory).create_goal(brand, data).id


def _campaign(ws: Workspace, brand: int) -> int:
    service = CampaignService(ws.session_factory, today=lambda: TODAY)
    made = service.create(brand, CampaignInput(
        "Autumn push", Platform.INSTAGRAM, budget=300, currency="GBP",
        start_day=OCTOBER[0], end_day=OCTOBER[1]))
    service.save_day(made.id, CampaignDayInput(date(2026, 10, 2), spend=100, impressions=5000,
                                               clicks=50, conversions=5, revenue=400), None)
    service.save_day(made.id, CampaignDayInput(date(2026, 10, 3), spend=50, impressions=2500,
                                               clicks=25), None)
    return made.id


def _others(ws: Workspace, brand: int, ig: int) -> None:
    log = EngagementService(ws.session_factory, today=lambda: TODAY)
    log.save_day(ig, date(2026, 10, 5), Counts(2, 5, 3, 1), 30, "", 0)
    log.save_day(ig, date(2026, 10, 6), Counts(1, 1, 1, 1), 60, "", 0)
    rivals = CompetitorService(ws.session_factory, today=lambda: TODAY)
    rival = rivals.create(brand, CompetitorInput("Petal Post"),
                          [CompetitorAccountInput(Platform.INSTAGRAM, "petalpost")])
    for day, followers in ((date(2026, 10, 1), 800), (date(2026, 10, 29), 880)):
        rivals.save_snapshot(rival.accounts[0].id, SnapshotInput(day, followers=followers))
    rivals.add_observation(rival.id, ObservationInput(date(2026, 10, 10), "Launched a sale"))
    OccasionService(ws.session_factory).create(
        brand, BrandOccasionInput("Shop birthday", date(2026, 11, 20)))
    ExperimentService(ws.session_factory).create(brand, ExperimentInput(
        "Quiz stories", status=ExperimentStatus.RUNNING))


@pytest.fixture
def sample(workspace: Workspace) -> Sample:
    brand = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co.")).id
    accounts = AccountService(workspace.session_factory)
    ig = accounts.create(brand, AccountInput(Platform.INSTAGRAM, "bloomandco")).id
    fb = accounts.create(brand, AccountInput(Platform.FACEBOOK, "BloomFB")).id
    _snapshots(workspace, ig, fb)
    posts = _posts(workspace, brand, ig, fb)
    goal = _goal(workspace, brand, ig)
    campaign = _campaign(workspace, brand)
    _others(workspace, brand, ig)
    return Sample(brand, ig, fb, posts, goal, campaign)


def _service(ws: Workspace) -> ReportService:
    return ReportService(ws.session_factory, today=lambda: TODAY)


def _build(ws: Workspace, brand: int, kind: ReportKind = ReportKind.MONTHLY,
           period: tuple[date, date] = OCTOBER, **more: object) -> rd.Report:
    request = ReportRequest(brand, kind, *period, rd.default_sections(kind), **more)  # type: ignore[arg-type]
    return _service(ws).build(request)


# ---- the numbers ------------------------------------------------------------------------------

def test_summary_is_goal_progress_on_the_last_day(workspace: Workspace, sample: Sample) -> None:
    section = _build(workspace, sample.brand).sections["summary"]
    assert isinstance(section, SummarySection)
    goals = GoalService(workspace.session_factory)
    now = next(p for p in goals.progress(sample.brand, OCTOBER[1]) if p.goal.id == sample.goal)
    then = next(p for p in goals.progress(sample.brand, SEPTEMBER[1]))
    (line,) = section.kpis
    assert (line.title, line.metric, line.account_label) == (
        "Instagram followers", "followers", "instagram @bloomandco")
    assert (line.target, line.actual, line.percent_of_target, line.status) == (
        now.target, now.current, now.percent_raw, now.status.value)
    assert (line.actual, line.change) == (1100, 100)
    assert then.current == 1000


def test_growth_per_account_from_snapshots_and_posts(workspace: Workspace,
                                                     sample: Sample) -> None:
    section = _build(workspace, sample.brand).sections["growth"]
    assert isinstance(section, GrowthSection)
    fb, ig = section.accounts  # ordered by platform
    assert (ig.followers_start, ig.followers_end, ig.growth) == (1000, 1100, 100)
    assert ig.growth_rate == pytest.approx(formulas.growth_rate(1000, 1100))
    # October's posts have numbers: reach, impressions, engagements and rate all from them
    assert (ig.numbers_from, ig.reach, ig.impressions, ig.engagements) == (
        "posts", 3000, 2500, 90)  # 1000 + 2000 reach; 50 + (30 likes + 10 comments)
    assert ig.engagement_rate_reach == pytest.approx(formulas.engagement_rate_by_reach(90, 3000))
    # September's post has none: the account's reach snapshot, said so
    assert (ig.numbers_from_previous, ig.reach_previous) == ("account", 1500)
    # per post: 50 and 40 engagements over the 1,000 followers counted on 30 September
    assert ig.engagement_rate_followers == pytest.approx((5.0 + 4.0) / 2)
    assert (ig.video_views, ig.view_rate) == (800, formulas.view_rate(800, 2500))
    assert [p.value for p in ig.series] == [1050, 1100]
    assert [(p.day, p.value) for p in ig.reach_series] == [(date(2026, 10, 5), 1000),
                                                           (date(2026, 10, 12), 2000)]
    # Facebook: no count before the month, so growth runs from its first count of the month.
    assert (fb.followers_start, fb.followers_end, fb.growth) == (500, 480, -20)
    assert fb.reach == 400 and fb.engagement_rate_reach == pytest.approx(10.0)
    assert fb.impressions is None and fb.video_views is None  # unknown, never 0


def test_account_numbers_never_add_overlapping_snapshots(workspace: Workspace,
                                                         sample: Sample) -> None:
    """Without post numbers the row is the account's: weekly reach readings added up, an
    extra reading between two weekly ones (an audit's) left out, never mixed with posts."""
    snaps = SnapshotService(workspace.session_factory)
    x = AccountService(workspace.session_factory).create(
        sample.brand, AccountInput(Platform.X, "bloomx")).id
    for day, reach, impressions in ((1, 100, 300), (8, 200, 400), (11, 900, 900),
                                    (15, 300, 500), (22, 400, 600), (29, 500, 700)):
        snaps.record(x, Metric.REACH, date(2026, 10, day), reach)
        snaps.record(x, Metric.IMPRESSIONS, date(2026, 10, day), impressions)
    snaps.record(x, Metric.ENGAGEMENTS, date(2026, 10, 8), 30)
    section = _build(workspace, sample.brand).sections["growth"]
    assert isinstance(section, GrowthSection)
    line = next(a for a in section.accounts if a.account_id == x)
    assert (line.numbers_from, line.reach, line.impressions, line.engagements) == (
        "account", 1500, 2500, 30)
    assert line.engagement_rate_reach == pytest.approx(formulas.engagement_rate_by_reach(
        30, 1500))
    assert line.engagement_rate_followers is None  # no post, no per-post rate
    assert [p.value for p in line.reach_series] == [100, 200, 300, 400, 500]


def test_followers_change_has_one_baseline_everywhere(workspace: Workspace,
                                                      sample: Sample) -> None:
    """The summary and the growth section start from the same count: the newest on or
    before the first day (within 92 days), else the period's first; one point is no change."""
    snaps = SnapshotService(workspace.session_factory)
    accounts = AccountService(workspace.session_factory)
    old = accounts.create(sample.brand, AccountInput(Platform.TIKTOK, "bloomtt")).id
    for day, value in ((date(2026, 6, 1), 10), (date(2026, 10, 20), 300),
                       (date(2026, 10, 31), 330)):
        snaps.record(old, Metric.FOLLOWERS, day, value)
    one = accounts.create(sample.brand, AccountInput(Platform.PINTEREST, "bloompin")).id
    snaps.record(one, Metric.FOLLOWERS, date(2026, 10, 20), 70)
    GoalService(workspace.session_factory).create_goal(sample.brand, SocialGoalInput(
        account_id=one, platform=Platform.PINTEREST, metric=Metric.FOLLOWERS,
        baseline_value=60, baseline_date=date(2026, 9, 1), target_value=90.6,
        start=date(2026, 9, 1), deadline=date(2026, 12, 31), title="Pins"))
    report = _build(workspace, sample.brand)
    growth, summary = report.sections["growth"], report.sections["summary"]
    assert isinstance(growth, GrowthSection) and isinstance(summary, SummarySection)
    lines = {a.account_id: a for a in growth.accounts}
    # June is more than 92 days before October: the month's first count is the start
    assert (lines[old].followers_start, lines[old].growth) == (300, 30)
    assert (lines[one].followers_start, lines[one].followers_end) == (70, 70)
    assert (lines[one].growth, lines[one].growth_rate) == (None, None)  # "—", never 0
    kpis = {k.goal_id: k for k in summary.kpis}
    assert kpis[sample.goal].change == lines[sample.ig].growth == 100
    pins = next(k for k in summary.kpis if k.title == "Pins")
    assert pins.change is None and pins.target == 91  # a count's target is whole
    assert (pins.platform, pins.handle) == ("pinterest", "bloompin")
    weekly = _build(workspace, sample.brand, ReportKind.WEEKLY,
                    (date(2026, 10, 26), date(2026, 11, 1))).sections
    week_growth, week_summary = weekly["growth"], weekly["summary"]
    assert isinstance(week_growth, GrowthSection) and isinstance(week_summary, SummarySection)
    ig = next(a for a in week_growth.accounts if a.account_id == sample.ig)
    kpi = next(k for k in week_summary.kpis if k.goal_id == sample.goal)
    assert ig.growth == kpi.change == 50  # from 1,050 on 15 October to 1,100


def test_weekly_compares_with_the_week_before(workspace: Workspace, sample: Sample) -> None:
    """Every number the weekly report compares has the same number for report_periods.previous
    (here the week of 5 October against that of 12 October)."""
    week = (date(2026, 10, 12), date(2026, 10, 18))
    assert rd.previous(ReportKind.WEEKLY, *week) == (date(2026, 10, 5), date(2026, 10, 11))
    sections = _build(workspace, sample.brand, ReportKind.WEEKLY, week).sections
    growth, content, summary = sections["growth"], sections["content"], sections["summary"]
    assert isinstance(growth, GrowthSection) and isinstance(content, ContentSection)
    assert isinstance(summary, SummarySection)
    ig = next(a for a in growth.accounts if a.account_id == sample.ig)
    assert (ig.reach, ig.engagements, ig.numbers_from) == (2000, 40, "posts")
    assert (ig.reach_previous, ig.engagements_previous, ig.impressions_previous) == (
        1000, 50, None)
    assert ig.engagement_rate_reach_previous == pytest.approx(5.0)
    assert ig.engagement_rate_followers_previous == pytest.approx(5.0)
    assert (ig.growth, ig.growth_previous) == (50, None)  # 1,000 → 1,050; none before
    assert ig.followers_end_previous is None  # no count in the week of 5 October
    assert (content.published, content.published_previous) == (1, 1)
    assert (content.planned_previous, content.consistency_previous) == (1, 100.0)
    (kpi,) = summary.kpis
    assert (kpi.change, kpi.change_previous) == (50, None)


def test_goal_review_keeps_running_goals_open(workspace: Workspace, sample: Sample) -> None:
    """A goal whose deadline is after the quarter is not "missed" in the quarter's report: its
    status at the quarter's end, as in the summary; next quarter lists the goals active then."""
    q3 = rd.parse_period("quarterly", "2026-Q3")
    reviews = ReviewService(workspace.session_factory)
    result = GoalResultInput(sample.goal, "Instagram followers", Metric.FOLLOWERS, 1000, 1200,
                             1000, GoalOutcome.MISSED, "Behind pace; still running.")
    reviews.save(ReviewRequest(sample.brand, quarter_of(q3[0]), ReviewAnswers((result,))))
    goals = GoalService(workspace.session_factory)
    ended = goals.create_goal(sample.brand, SocialGoalInput(
        account_id=sample.ig, platform=Platform.INSTAGRAM, metric=Metric.FOLLOWERS,
        baseline_value=900, baseline_date=date(2026, 6, 1), target_value=1500.5,
        start=date(2026, 6, 1), deadline=date(2026, 8, 31), title="Summer push")).id
    report = _build(workspace, sample.brand, ReportKind.QUARTERLY, q3)
    section, summary = report.sections["goals_review"], report.sections["summary"]
    assert isinstance(section, rd.GoalsReviewSection) and isinstance(summary, SummarySection)
    (line,) = section.results  # the review's only result
    kpi = next(k for k in summary.kpis if k.goal_id == sample.goal)
    assert (line.outcome, line.still_running, line.status) == (None, True, kpi.status)
    assert line.status != "missed"
    # next quarter (Q4): the goal running through it, though it started in Q3; not the ended one
    assert [g.goal_id for g in section.next_goals] == [sample.goal]
    assert ended not in {g.goal_id for g in section.next_goals}


def test_content_published_against_planned_and_top_posts(workspace: Workspace,
                                                         sample: Sample) -> None:
    section = _build(workspace, sample.brand).sections["content"]
    assert isinstance(section, ContentSection)
    assert (section.published, section.planned, section.published_previous) == (4, 5, 1)
    assert section.consistency == pytest.approx(80.0)
    ids = sample.posts
    assert [p.post_id for p in section.top] == [ids["p3"], ids["p1"], ids["p2"]]
    assert section.bottom == ()  # three rated posts: all in the top, none twice
    best = section.top[1]
    assert (best.platform, best.handle, best.account_label) == (
        "instagram", "bloomandco", "instagram @bloomandco")
    assert (best.topic, best.pillar, best.persona, best.lessons, best.engagement_rate) == (
        "Autumn tips", "Tips", "Sam", "Short captions work", 5.0)
    assert section.by_type == (rd.Breakdown("image", 3, 7.5), rd.Breakdown("video", 1, 2.0))
    weekly = _build(workspace, sample.brand, ReportKind.RANGE, OCTOBER).sections["content"]
    assert isinstance(weekly, ContentSection) and weekly.top == section.top


def test_campaigns_are_the_campaign_service_totals(workspace: Workspace,
                                                   sample: Sample) -> None:
    section = _build(workspace, sample.brand).sections["campaigns"]
    assert isinstance(section, CampaignSection)
    totals = CampaignService(workspace.session_factory, today=lambda: OCTOBER[1]).totals(
        sample.brand, *OCTOBER)
    (line,), (expected,) = section.campaigns, totals.campaigns
    assert (line.spend, line.results, line.ctr, line.cpc, line.cpa, line.roas) == (
        expected.spend, expected.conversions, expected.ctr, expected.cpc, expected.cpa,
        expected.roas)
    assert (line.spend, line.budget, line.currency, line.results) == (150, 300, "GBP", 5)
    assert line.pacing == pytest.approx(50.0)  # 150 of 300 with the month over


def test_engagement_is_the_log_totals(workspace: Workspace, sample: Sample) -> None:
    section = _build(workspace, sample.brand).sections["engagement"]
    overall = EngagementService(workspace.session_factory).totals(sample.brand, *OCTOBER).overall
    assert section == EngagementSection(
        overall.counts.mentions, overall.counts.comments, overall.counts.messages,
        overall.counts.interactions, overall.median_response_minutes, overall.days_logged)
    assert section == EngagementSection(3, 6, 4, 2, 45.0, 2)


def test_competitors_are_the_comparison(workspace: Workspace, sample: Sample) -> None:
    section = _build(workspace, sample.brand).sections["competitors"]
    assert isinstance(section, CompetitorSection)
    expected = CompetitorService(workspace.session_factory).comparison(
        sample.brand, Platform.INSTAGRAM, *OCTOBER)
    assert section.comparison == (expected,)  # Facebook: no competitor there
    assert section.observations == (rd.Observation("Petal Post", date(2026, 10, 10),
                                                   "Launched a sale"),)
    only_fb = _build(workspace, sample.brand, account_ids=(sample.fb,)).sections
    assert only_fb["competitors"] == CompetitorSection((), section.observations)


def test_next_period_and_notes(workspace: Workspace, sample: Sample) -> None:
    report = _build(workspace, sample.brand)
    upcoming = report.sections["next"]
    assert isinstance(upcoming, NextSection)
    assert (upcoming.start, upcoming.end, upcoming.planned) == (
        date(2026, 11, 1), date(2026, 11, 30), 1)
    assert upcoming.by_week == (rd.WeekCount(date(2026, 11, 9), 1),)
    assert rd.OccasionLine(date(2026, 11, 20), "Shop birthday", "") in upcoming.occasions
    assert all(not o.key.startswith("brand_") for o in upcoming.occasions)
    assert any(o.key for o in upcoming.occasions), upcoming.occasions  # built-in: keyed
    assert [e.title for e in upcoming.experiments] == ["Quiz stories"]
    assert report.sections["notes"] == NotesSection()
    assert report.period.text == "2026-10" and report.previous_period == SEPTEMBER
    assert report.brand_name == "Bloom & Co."


def test_chosen_accounts_only(workspace: Workspace, sample: Sample) -> None:
    report = _build(workspace, sample.brand, account_ids=(sample.fb,))
    growth, content = report.sections["growth"], report.sections["content"]
    assert isinstance(growth, GrowthSection) and isinstance(content, ContentSection)
    assert [a.account_id for a in growth.accounts] == [sample.fb]
    assert (content.published, content.planned) == (2, 2)
    assert report.sections["summary"] == Missing(rd.NO_GOALS)  # the goal is Instagram's
    assert report.sections["campaigns"] == Missing(rd.NO_CAMPAIGNS)
    assert report.sections["engagement"] == Missing(rd.NO_ENGAGEMENT_LOG)


def test_sections_without_data_are_missing(workspace: Workspace) -> None:
    brand = BrandService(workspace.session_factory).create(BrandInput("New client")).id
    bare = _build(workspace, brand)
    assert bare.sections["growth"] == Missing(rd.NO_ACCOUNTS)
    AccountService(workspace.session_factory).create(brand, AccountInput(Platform.X, "newco"))
    report = _build(workspace, brand, ReportKind.QUARTERLY, rd.parse_period("quarterly",
                                                                             "2026-Q3"))
    assert {k: v for k, v in report.sections.items() if isinstance(v, Missing)} == {
        "summary": Missing(rd.NO_GOALS), "goals_review": Missing(rd.NO_GOALS),
        "growth": Missing(rd.NO_NUMBERS), "content": Missing(rd.NO_POSTS),
        "campaigns": Missing(rd.NO_CAMPAIGNS), "competitors": Missing(rd.NO_COMPETITORS),
        "engagement": Missing(rd.NO_ENGAGEMENT_LOG),
    } | ({"next": Missing(rd.NO_PLAN)} if isinstance(report.sections["next"], Missing) else {})
    assert report.sections["notes"] == NotesSection()
    ranged = _build(workspace, brand, ReportKind.RANGE, OCTOBER)
    assert ranged.sections["notes"] == Missing(rd.NO_REVIEW)


def test_sections_in_the_order_asked(workspace: Workspace, sample: Sample) -> None:
    request = ReportRequest(sample.brand, ReportKind.WEEKLY, date(2026, 10, 5),
                            date(2026, 10, 11), ("notes", "content", "nonsense"))
    assert list(_service(workspace).build(request).sections) == ["notes", "content"]


def test_few_queries_whatever_the_data(
        workspace: Workspace, sample: Sample,
        sql_log: Callable[[], AbstractContextManager[list[str]]]) -> None:
    with sql_log() as before:
        _build(workspace, sample.brand)
    posts = PostService(workspace.session_factory)
    for day in range(1, 29):
        posts.create(sample.brand, PostInput(f"Extra {day}", PostStatus.PUBLISHED, _at(10, day),
                                             (sample.ig, sample.fb)))
    with sql_log() as after:
        _build(workspace, sample.brand)
    assert len(after) == len(before) <= 60


# ---- templates, email texts, notes, due -------------------------------------------------------

def test_template_round_trip(workspace: Workspace, sample: Sample) -> None:
    service = _service(workspace)
    assert service.template(sample.brand, "monthly") == (rd.SECTIONS, (), "auto", False, None, 0)
    saved = service.save_template(sample.brand, "weekly", ("notes", "summary"), (sample.ig,),
                                  "letter", True, 6, 0)
    assert service.template(sample.brand, ReportKind.WEEKLY) == saved == (
        ("notes", "summary"), (sample.ig,), "letter", True, 6, 1)
    again = service.save_template(sample.brand, "weekly", ("summary",), (), "a4", False, None, 1)
    assert again.version == 2 and again.account_ids == ()
    report = _build(workspace, sample.brand, ReportKind.WEEKLY, (date(2026, 10, 5),
                                                                 date(2026, 10, 11)))
    assert (report.paper, report.app_branding) == ("a4", False)


def test_template_refuses_stale_and_bad_input(workspace: Workspace, sample: Sample) -> None:
    from smm_desktop.domain.errors import Conflict, ValidationFailed
    service = _service(workspace)
    service.save_template(sample.brand, "monthly", rd.SECTIONS, (), "auto", False, None, 0)
    with pytest.raises(Conflict):
        service.save_template(sample.brand, "monthly", rd.SECTIONS, (), "auto", False, None, 0)
    other = BrandService(workspace.session_factory).create(BrandInput("Other")).id
    foreign = AccountService(workspace.session_factory).create(
        other, AccountInput(Platform.X, "other")).id
    with pytest.raises(ValidationFailed) as refused:
        service.save_template(sample.brand, "monthly", ("summary", "summary", "x"), (foreign,),
                              "a3", False, 9, 1)
    assert {e.field for e in refused.value.errors} == {"sections", "account_ids", "paper",
                                                       "report_day"}
    assert service.template(sample.brand, "monthly").version == 1


def test_email_template_defaults_and_round_trip(workspace: Workspace) -> None:
    service = _service(workspace)
    subject, body = service.email_template("ar")
    assert "{brand}" in subject and "{period}" in body
    assert service.email_template("en") == rd.DEFAULT_EMAIL["en"]
    service.save_email_template("en", "{brand} – {period}", "Hi <b>R&D</b>\n\nAttached.")
    assert service.email_template("en") == ("{brand} – {period}", "Hi <b>R&D</b>\n\nAttached.")
    assert service.email_template("ar") == rd.DEFAULT_EMAIL["ar"]


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Monthly report"), ("ar", "التقرير الشهري")])
def test_email_texts_say_report_once(workspace: Workspace, language: str, title: str) -> None:
    """{kind} is the kind's title ("Monthly report"): the default sentences never add a
    second "report" around it, and a stored copy of the first defaults reads as the new."""
    service = _service(workspace)
    word = "report" if language == "en" else "التقرير"
    for text in service.email_template(language):
        filled = text.replace("{kind}", title)
        assert filled.count(word) == title.count(word) or "{kind}" not in text
    subject, body = rd.OLD_DEFAULT_EMAIL[language]
    service.save_email_template(language, subject, body)
    assert service.email_template(language) == rd.DEFAULT_EMAIL[language]
    service.save_email_template(language, "{kind} report!", body + " ")
    assert service.email_template(language) == ("{kind} report!", body + " ")  # as written


def test_notes_round_trip(workspace: Workspace, sample: Sample) -> None:
    from smm_desktop.domain.quarters import Quarter
    from smm_desktop.services.reviews import ReviewService
    service = _service(workspace)
    first = service.save_notes(sample.brand, "monthly", *OCTOBER, "Reels", "Ads", "More reels")
    again = service.save_notes(sample.brand, "monthly", *OCTOBER, "Reels!", "Ads", "More")
    assert first == again
    assert _build(workspace, sample.brand).sections["notes"] == NotesSection(
        "Reels!", "Ads", "More", first)
    q3 = rd.parse_period("quarterly", "2026-Q3")
    review_id = service.save_notes(sample.brand, ReportKind.QUARTERLY, *q3, "a<b", "R&D", "")
    found = ReviewService(workspace.session_factory).find(sample.brand, Quarter(2026, 3))
    assert found is not None and found.id == review_id and not found.completed
    assert (found.answers.what_worked, found.answers.what_did_not) == ("a<b", "R&D")


def test_due(workspace: Workspace, sample: Sample) -> None:
    service = _service(workspace)
    assert service.due([sample.brand], date(2026, 11, 28), 0) == []
    assert service.due([sample.brand], date(2026, 11, 3), 0) == [
        (sample.brand, ReportKind.MONTHLY, *OCTOBER)]
    assert service.due([sample.brand], date(2026, 10, 2), 0) == [
        (sample.brand, ReportKind.MONTHLY, *SEPTEMBER),
        (sample.brand, ReportKind.QUARTERLY, date(2026, 7, 1), date(2026, 9, 30))]
    service.save_template(sample.brand, "weekly", rd.SECTIONS, (), "auto", False, 6, 0)
    sunday = date(2026, 11, 29)
    assert service.due([sample.brand], sunday, 6) == [
        (sample.brand, ReportKind.WEEKLY, date(2026, 11, 22), date(2026, 11, 28))]
    assert service.due([sample.brand], sunday - timedelta(days=1), 6) == []


def test_agenda_shows_due_reports(workspace: Workspace, sample: Sample) -> None:
    from smm_desktop.domain.agenda import URGENCY, Kind
    from smm_desktop.services.agenda import AgendaService
    found = [d for d in AgendaService(workspace.session_factory).derived(
        [sample.brand], date(2026, 11, 3)) if d.kind == Kind.REPORT_DUE]
    assert [(d.text_args, d.screen, d.urgency) for d in found] == [
        (("monthly", *OCTOBER), "reports/report", URGENCY[Kind.REPORT_DUE])]


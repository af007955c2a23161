"""Hypothesis strategies for a brand's strategy and content records that the import accepts (used
by test_transfer_roundtrip.py): references stay inside the brand, values obey the forms' rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import strategies as st

from smm_desktop.domain import validation as v
from smm_desktop.domain.enums import (
    Approval,
    AuditItem,
    BusinessGoalKind,
    CheckResult,
    ConsistencyAspect,
    ContentType,
    ExperimentStatus,
    Gender,
    GoalOutcome,
    Platform,
    PostPurpose,
    PostStatus,
    ReviewKind,
    SnapshotSource,
)
from smm_desktop.domain.kpi import CLOSING_STATUSES, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.transfer import (
    ContentRecords,
    EngagementRecord,
    OccasionRecord,
    PillarRecord,
    PostRecord,
    SlotRecord,
    StrategyRecords,
)
from smm_desktop.services.transfer import records as r
from smm_desktop.services.transfer.checks import PNG_SIGNATURE

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءآأإ"
LINE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
               | st.sampled_from(ARABIC + " 😀"), max_size=20)
TEXT = st.text(st.sampled_from(ARABIC + "abc xyz\n\t😀"), max_size=30)
NAME = LINE.map(str.strip).filter(lambda s: not v.check_name(s))
LINES = st.lists(LINE, max_size=3).map(tuple)
DAY = st.dates(date(2023, 1, 1), date(2026, 12, 31))
VALUE = st.integers(0, 100).map(float)  # fits every metric, rates included
PNG = st.binary(max_size=24).map(lambda b: PNG_SIGNATURE + b)
Accounts = list[r.AccountRef]


@st.composite
def snapshots(draw: st.DrawFn) -> tuple[r.SnapshotRecord, ...]:
    keys = draw(st.lists(st.tuples(st.sampled_from(list(Metric)), DAY), max_size=4, unique=True))
    return tuple(r.SnapshotRecord(m, d, draw(VALUE), draw(st.sampled_from(list(SnapshotSource))))
                 for m, d in keys)


@st.composite
def social_goal(draw: st.DrawFn, ref: int, accounts: Accounts, business: int) -> r.SocialGoalRecord:
    account = draw(st.none() | st.sampled_from(accounts)) if accounts else None
    baseline, start = draw(st.integers(1, 50).map(float)), draw(DAY)
    kind = draw(st.sampled_from(list(TargetKind)))
    target = draw(st.integers(51, 100).map(float)) if kind is TargetKind.ABSOLUTE else float(
        draw(st.integers(1, 50)))
    return r.SocialGoalRecord(
        ref, draw(LINE), account, account.platform if account else draw(
            st.sampled_from(list(Platform))), draw(st.none() | st.sampled_from(list(Metric))),
        baseline, draw(st.none() | DAY), kind, target, start,
        start + timedelta(days=draw(st.integers(0, 200))),
        draw(st.none() | st.integers(1, business)) if business else None, draw(TEXT),
        draw(st.none() | st.sampled_from(CLOSING_STATUSES)), draw(TEXT))


@st.composite
def persona(draw: st.DrawFn) -> r.PersonaRecord:
    low = draw(st.none() | st.integers(0, 60))
    platforms = draw(st.lists(st.sampled_from(list(Platform)), max_size=3, unique=True))
    return r.PersonaRecord(
        draw(NAME), draw(st.none() | PNG), draw(st.sampled_from(list(Gender))), low,
        None if low is None else low + draw(st.integers(0, 40)), draw(LINES),
        interests=draw(LINES), notes=draw(TEXT), archived=draw(st.booleans()),
        platforms=tuple(sorted((p, draw(st.integers(1, 100))) for p in platforms)))


@st.composite
def audit(draw: st.DrawFn, accounts: Accounts) -> r.AuditRecord:
    items = draw(st.lists(st.sampled_from(list(AuditItem)), max_size=3, unique=True))
    return r.AuditRecord(
        draw(st.sampled_from(accounts)), draw(DAY), draw(st.none() | st.integers(0, 300)),
        draw(TEXT), notes=draw(TEXT), checks=tuple(
            r.AuditCheckRecord(i, draw(st.sampled_from(list(CheckResult))), draw(TEXT))
            for i in items))


@st.composite
def consistency(draw: st.DrawFn, accounts: Accounts) -> r.ConsistencyCheckRecord:
    pairs = draw(st.lists(st.tuples(st.sampled_from(accounts),
                                    st.sampled_from(list(ConsistencyAspect))),
                          max_size=3, unique_by=lambda p: (p[0].platform, p[0].handle, p[1])))
    return r.ConsistencyCheckRecord(draw(DAY), draw(TEXT), tuple(
        r.ConsistencyItemRecord(a, aspect, draw(st.sampled_from(list(CheckResult))))
        for a, aspect in pairs))


@st.composite
def review(draw: st.DrawFn, ref: int, goals: int) -> r.ReviewRecord:
    start = draw(DAY)
    results = draw(st.lists(st.builds(
        r.GoalResultRecord, st.sampled_from(list(GoalOutcome)),
        st.none() | st.integers(1, goals) if goals else st.none(), LINE,
        st.none() | st.sampled_from(list(Metric)), st.none() | VALUE, st.none() | VALUE,
        st.none() | VALUE, TEXT), max_size=2))
    return r.ReviewRecord(ref, draw(st.sampled_from(list(ReviewKind))), start,
                          start + timedelta(days=draw(st.integers(0, 90))), draw(TEXT),
                          completed_at=None, goal_results=tuple(results))


@st.composite
def experiment(draw: st.DrawFn, reviews: int) -> r.ExperimentRecord:
    start = draw(st.none() | DAY)
    end = None if start is None else start + timedelta(days=draw(st.integers(0, 60)))
    return r.ExperimentRecord(draw(TEXT), draw(st.none() | st.integers(1, reviews))
                              if reviews else None, draw(TEXT), draw(TEXT),
                              draw(st.sampled_from(list(ExperimentStatus))), draw(TEXT), start, end)


@st.composite
def strategy(draw: st.DrawFn, accounts: Accounts) -> StrategyRecords:
    """A brand's strategy over its `accounts` (small: a few rows of each kind)."""
    n_business, n_goals, n_reviews = (draw(st.integers(0, 2)) for _ in range(3))
    platforms = st.lists(st.sampled_from(list(Platform)), max_size=2, unique=True)
    return StrategyRecords(
        business_goals=tuple(r.BusinessGoalRecord(i, draw(st.sampled_from(list(BusinessGoalKind))),
                                                  draw(TEXT)) for i in range(1, n_business + 1)),
        social_goals=tuple(draw(social_goal(i, accounts, n_business))
                           for i in range(1, n_goals + 1)),
        personas=tuple(draw(st.lists(persona(), max_size=2))),
        chosen_platforms=tuple(r.ChosenPlatformRecord(p, draw(TEXT)) for p in draw(platforms)),
        audits=tuple(draw(st.lists(audit(accounts), max_size=2))) if accounts else (),
        guide=draw(st.none() | st.builds(r.GuideRecord, TEXT, TEXT, LINES, LINES)),
        platform_bios=tuple(r.BioRecord(p, draw(LINE), draw(TEXT)) for p in draw(platforms)),
        hashtag_sets=tuple(draw(st.lists(st.builds(r.HashtagSetRecord, NAME, LINES),
                                         max_size=2))),
        consistency_checks=tuple(draw(st.lists(consistency(accounts), max_size=1)))
        if accounts else (),
        reviews=tuple(draw(review(i, n_goals)) for i in range(1, n_reviews + 1)),
        experiments=tuple(draw(st.lists(experiment(n_reviews), max_size=2))),
    )


# -- the content plan (format 3) ------------------------------------------------------------

WALL_DAY = st.dates(date(1970, 1, 1), date(2100, 12, 31))
SHORT = LINE.filter(lambda s: len(s.strip()) <= 120)


@st.composite
def engagement_log(draw: st.DrawFn) -> tuple[EngagementRecord, ...]:
    days = draw(st.lists(WALL_DAY, max_size=3, unique=True))
    count = st.integers(0, 100000)
    return tuple(EngagementRecord(day, draw(count), draw(count), draw(count), draw(count),
                                  draw(st.none() | st.integers(0, 10080)), draw(SHORT))
                 for day in sorted(days))


@st.composite
def posting_slots(draw: st.DrawFn) -> tuple[SlotRecord, ...]:
    keys = draw(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 23), st.integers(0, 59)),
                         max_size=3, unique=True))
    return tuple(SlotRecord(day, time(hour, minute)) for day, hour, minute in keys)


@st.composite
def post(draw: st.DrawFn, accounts: Accounts, goals: int, personas: int,
         pillars: int) -> PostRecord:
    moment = draw(st.none() | st.builds(datetime.combine, WALL_DAY, st.builds(
        time, st.integers(0, 23), st.integers(0, 59))))
    own = draw(st.lists(st.sampled_from(accounts), max_size=3, unique_by=lambda a: (
        a.platform, v.handle_key(a.handle)))) if accounts else []
    return PostRecord(
        draw(SHORT), draw(st.sampled_from(list(PostStatus))), moment, tuple(own),
        draw(st.none() | st.integers(1, goals)) if goals else None,
        draw(st.none() | st.sampled_from(list(ContentType))),
        draw(st.none() | st.sampled_from(list(PostPurpose))),
        draw(st.none() | st.integers(1, personas)) if personas else None,
        draw(st.none() | st.integers(1, pillars)) if pillars else None,
        draw(SHORT), draw(TEXT), draw(LINES), draw(TEXT), draw(SHORT), draw(st.none() | DAY),
        draw(SHORT), draw(st.booleans()), draw(st.sampled_from(list(Approval))), draw(TEXT),
        draw(st.sampled_from(["", "https://www.instagram.com/p/Cx1", "example.org/ب"])),
        draw(TEXT), tuple(draw(st.lists(LINE.filter(str.strip), max_size=2))))


@st.composite
def content_plan(draw: st.DrawFn, accounts: Accounts, goals: int, personas: int) -> ContentRecords:
    """A brand's pillars, own occasions and posts pointing at its accounts, goals, personas."""
    pillars = tuple(PillarRecord(i, draw(NAME.filter(lambda s: len(s) <= 80)), draw(
        st.sampled_from(["", "#5B3A29", "#d9a441"])), draw(st.none() | st.integers(0, 100)),
        draw(TEXT)) for i in range(1, draw(st.integers(0, 2)) + 1))
    occasions = draw(st.lists(st.builds(OccasionRecord, NAME, WALL_DAY, st.booleans(), TEXT),
                              max_size=2))
    posts = draw(st.lists(post(accounts, goals, personas, len(pillars)), max_size=4))
    return ContentRecords(pillars, tuple(occasions), tuple(posts))

"""The report's measured numbers in a few queries: the accounts' snapshots over the period (and
the one before) and the published posts with their metrics. Plain rows for report_growth and
report_content; nothing here is per row of the data."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import (
    Persona,
    Pillar,
    Post,
    PostAccount,
    PostMetric,
    Snapshot,
    SocialAccount,
)
from smm_desktop.domain import report_rules
from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.goal_progress import current_value
from smm_desktop.services.snapshots import LatestReading

GROWTH_METRICS = (Metric.FOLLOWERS, Metric.REACH, Metric.IMPRESSIONS, Metric.ENGAGEMENTS,
                  Metric.VIDEO_VIEWS)
PLANNED_ORIGIN = "plan"
# The likes, comments, shares and saves a post's engagements count when no total is given.
ENGAGEMENT_PARTS = ("likes", "comments", "shares", "saves")


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


@dataclass(frozen=True)
class Points:
    """Snapshots of the accounts: (account, metric) -> [(day, value)] by day, from the first
    day of the earliest period asked to its end, plus each account's newest followers count
    in the BASELINE_DAYS before that day (the base of growth)."""

    series: dict[tuple[int, str], list[tuple[date, float]]]
    followers_before: dict[int, tuple[date, float]]

    def of(self, account_id: int, metric: Metric, start: date,
           end: date) -> list[tuple[date, float]]:
        return [(d, v) for d, v in self.series.get((account_id, metric.value), [])
                if start <= d <= end]

    def followers(self, account_id: int) -> list[tuple[date, float]]:
        """Every followers count loaded, by day (the one before the period's first)."""
        before = self.followers_before.get(account_id)
        found = self.series.get((account_id, Metric.FOLLOWERS.value), [])
        return ([before] if before is not None else []) + found

    def followers_on(self, account_id: int, day: date) -> float | None:
        """The newest followers count on or before the day."""
        found = [v for d, v in self.followers(account_id) if d <= day]
        return found[-1] if found else None


def load_points(s: Session, account_ids: Sequence[int], start: date, end: date) -> Points:
    """Two queries: the snapshots of the growth metrics in [start, end], and the newest
    followers count of each account in the BASELINE_DAYS before `start`."""
    series: dict[tuple[int, str], list[tuple[date, float]]] = defaultdict(list)
    if not account_ids:
        return Points({}, {})
    query = (select(Snapshot.account_id, Snapshot.metric, Snapshot.day, Snapshot.value)
             .where(Snapshot.account_id.in_(account_ids),
                    Snapshot.metric.in_([m.value for m in GROWTH_METRICS]),
                    Snapshot.day >= start, Snapshot.day <= end)
             .order_by(Snapshot.day))
    for account_id, metric, day, value in s.execute(query):
        series[(account_id, metric)].append((day, value))
    return Points(dict(series), _followers_before(s, account_ids, start))


def _followers_before(s: Session, account_ids: Sequence[int],
                      start: date) -> dict[int, tuple[date, float]]:
    earliest = start - timedelta(days=report_rules.BASELINE_DAYS)
    newest = (select(Snapshot.account_id, func.max(Snapshot.day).label("day"))
              .where(Snapshot.account_id.in_(account_ids),
                     Snapshot.metric == Metric.FOLLOWERS.value, Snapshot.day < start,
                     Snapshot.day >= earliest)
              .group_by(Snapshot.account_id).subquery())
    query = (select(Snapshot.account_id, Snapshot.day, Snapshot.value)
             .join(newest, and_(Snapshot.account_id == newest.c.account_id,
                                Snapshot.day == newest.c.day))
             .where(Snapshot.metric == Metric.FOLLOWERS.value))
    return {account_id: (day, value) for account_id, day, value in s.execute(query)}


@dataclass(frozen=True)
class Bases:
    """Per (account, metric) of a brand's live accounts, the count a period starts from and
    its newest, by report_rules.baseline, for the KPI lines' change."""

    first: list[LatestReading]
    last: list[LatestReading]

    def change(self, goal: SocialGoalData) -> float | None:
        """The goal's value at the period's end less its value at the start (as goal
        progress sums a platform-wide goal); None when they are the same snapshots."""
        start, start_day = current_value(goal, self.first)
        end, end_day = current_value(goal, self.last)
        if start is None or end is None or start_day is None or end_day is None:
            return None
        return report_rules.change((start_day, start), (end_day, end))


def load_bases(sf: sessionmaker[Session], brand_id: int, period: tuple[date, date],
               before: tuple[date, date]) -> tuple[Bases, Bases]:
    """One query: the snapshots of the brand's live accounts from BASELINE_DAYS before the
    earlier period to the period's end; the bases of the period and of the one before."""
    earliest = before[0] - timedelta(days=report_rules.BASELINE_DAYS)
    query = (select(Snapshot.account_id, SocialAccount.platform, SocialAccount.archived,
                    Snapshot.metric, Snapshot.day, Snapshot.value)
             .join(SocialAccount, SocialAccount.id == Snapshot.account_id)
             .where(SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None),
                    Snapshot.day >= earliest, Snapshot.day <= period[1])
             .order_by(Snapshot.day))
    series: dict[tuple[int, str, bool, str], list[tuple[date, float]]] = defaultdict(list)
    with sf() as s:
        for account_id, platform, archived, metric, day, value in s.execute(query):
            series[(account_id, platform, archived, metric)].append((day, value))
    return _bases(series, *period), _bases(series, *before)


def _bases(series: dict[tuple[int, str, bool, str], list[tuple[date, float]]], start: date,
           end: date) -> Bases:
    first, last = [], []
    for (account_id, platform, archived, metric), points in series.items():
        base = report_rules.baseline(points, start, end)
        inside = [p for p in points if p[0] <= end]
        if base is not None and inside:
            first.append(LatestReading(account_id, platform, archived, metric, *base))
            last.append(LatestReading(account_id, platform, archived, metric, *inside[-1]))
    return Bases(first, last)


@dataclass(frozen=True)
class PostRow:
    """A post (not cancelled) of the period on one reported account, with its numbers (None
    when the post has none on that account)."""

    post_id: int
    account_id: int
    day: date
    status: str
    topic: str
    content_type: str
    purpose: str
    pillar: str
    persona: str
    lessons: str
    origin: str = "plan"
    reach: int | None = None
    impressions: int | None = None
    engagements: int | None = None
    video_views: int | None = None

    @property
    def published(self) -> bool:
        return self.status == PostStatus.PUBLISHED.value

    @property
    def planned(self) -> bool:
        """It was in the plan (not a post found only in an export)."""
        return self.origin == PLANNED_ORIGIN


def engagements_of(row: PostMetric) -> int | None:
    """The post's engagements: the total given, else likes + comments + shares + saves."""
    if row.engagements is not None:
        return row.engagements
    parts = [getattr(row, name) for name in ENGAGEMENT_PARTS]
    given = [p for p in parts if p is not None]
    return sum(given) if given else None


def load_posts(s: Session, brand_id: int, account_ids: Sequence[int], start: date,
               end: date) -> list[PostRow]:
    """One query: the brand's live, not cancelled posts scheduled in [start, end] on the
    accounts, each with its numbers on that account."""
    if not account_ids:
        return []
    metric = and_(PostMetric.post_id == Post.id, PostMetric.account_id == PostAccount.account_id,
                  PostMetric.deleted_at.is_(None))
    query = (select(Post, PostAccount.account_id, Pillar.name, Persona.name, PostMetric)
             .join(PostAccount, PostAccount.post_id == Post.id)
             .outerjoin(Pillar, Pillar.id == Post.pillar_id)
             .outerjoin(Persona, Persona.id == Post.persona_id)
             .outerjoin(PostMetric, metric)
             .where(Post.brand_id == brand_id, Post.deleted_at.is_(None),
                    PostAccount.account_id.in_(account_ids),
                    Post.status != PostStatus.CANCELLED.value,
                    Post.scheduled_at >= day_start(start),
                    Post.scheduled_at < day_start(end + timedelta(days=1)))
             .order_by(Post.scheduled_at, Post.id, PostAccount.account_id))
    return [_post_row(*found) for found in s.execute(query)]


def _post_row(post: Post, account_id: int, pillar: str | None, persona: str | None,
              metric: PostMetric | None) -> PostRow:
    assert post.scheduled_at is not None  # the query asks for a day
    return PostRow(
        post.id, account_id, post.scheduled_at.date(), post.status, post.topic,
        post.content_type or "", post.purpose or "", pillar or "", persona or "", post.lessons,
        post.origin,
        reach=metric.reach if metric else None,
        impressions=metric.impressions if metric else None,
        engagements=engagements_of(metric) if metric else None,
        video_views=metric.video_views if metric else None)


def total(values: Sequence[float | int | None]) -> float | None:
    """The sum of the values given; None when none is."""
    given = [v for v in values if v is not None]
    return sum(given) if given else None

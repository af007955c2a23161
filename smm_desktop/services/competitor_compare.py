"""Where a brand stands against its competitors: our accounts on a platform (from our snapshots
and published posts) beside theirs (from their snapshots), and the hashtags each side uses.
Honest numbers: what was not recorded is None, never 0. A handful of queries, none per row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from statistics import fmean

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import (
    Brand,
    Competitor,
    CompetitorAccount,
    CompetitorSnapshot,
    Post,
    PostAccount,
    PostMetric,
    Snapshot,
    SocialAccount,
)
from smm_desktop.domain import competitors as rules
from smm_desktop.domain import formulas
from smm_desktop.domain.enums import ContentType, Platform, PostStatus
from smm_desktop.domain.metrics import Metric
from smm_desktop.services import competitor_rows as conv
from smm_desktop.services.competitor_data import (
    Comparison,
    ComparisonRow,
    CompetitorHashtags,
    HashtagReport,
)

# How far before the period a follower count may serve as the starting point of its growth.
BASELINE_DAYS = rules.PERIOD_MAX
Points = list[tuple[date, float]]


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _growth(before: float | None, series: Sequence[tuple[date, int]]
            ) -> tuple[int | None, float | None]:
    """From the last count up to the period's start (else its first) to its last count."""
    base = before if before is not None else (series[0][1] if len(series) > 1 else None)
    if base is None or not series:
        return None, None
    found = rules.follower_growth(int(base), series[-1][1])
    return (found[0], found[1]) if found else (None, None)


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return fmean(found) if found else None


def _mix(kinds: Iterable[str]) -> dict[ContentType, float]:
    known = set(ContentType)
    shares = rules.mix_shares(Counter(k for k in kinds if k in known))
    return {ContentType(k): share for k, share in shares.items()}


# Ours


def _our_accounts(s: Session, brand_id: int, platform: Platform) -> list[SocialAccount]:
    return list(s.scalars(select(SocialAccount).where(
        SocialAccount.brand_id == brand_id, SocialAccount.platform == platform.value,
        SocialAccount.deleted_at.is_(None), SocialAccount.archived.is_(False))
        .order_by(SocialAccount.handle_key, SocialAccount.id)))


def _our_points(s: Session, ids: list[int], start: date,
                end: date) -> dict[tuple[int, str], Points]:
    """Followers and engagements of these accounts from a little before `start` to `end`."""
    found: dict[tuple[int, str], Points] = {}
    query = (select(Snapshot.account_id, Snapshot.metric, Snapshot.day, Snapshot.value)
             .where(Snapshot.account_id.in_(ids), Snapshot.day <= end,
                    Snapshot.day >= start - timedelta(days=BASELINE_DAYS),
                    Snapshot.metric.in_([Metric.FOLLOWERS.value, Metric.ENGAGEMENTS.value]))
             .order_by(Snapshot.day))
    for account_id, metric, day, value in s.execute(query):
        found.setdefault((account_id, metric), []).append((day, value))
    return found


def _our_posts(s: Session, ids: list[int], start: date,
               end: date) -> dict[int, list[tuple[date, str, str | None]]]:
    """(day, status, content type) of the posts of these accounts in the period."""
    found: dict[int, list[tuple[date, str, str | None]]] = {i: [] for i in ids}
    query = (select(PostAccount.account_id, Post.scheduled_at, Post.status, Post.content_type)
             .join(Post, Post.id == PostAccount.post_id)
             .where(PostAccount.account_id.in_(ids), Post.deleted_at.is_(None),
                    Post.scheduled_at >= _day_start(start),
                    Post.scheduled_at < _day_start(end + timedelta(days=1))))
    for account_id, at, status, kind in s.execute(query):
        if at is not None:  # within the period
            found[account_id].append((at.date(), status, kind))
    return found


def _our_post_numbers(s: Session, ids: list[int], start: date,
                      end: date) -> dict[int, list[tuple[date, int]]]:
    """(day, likes + comments + shares) of each published post of these accounts in the period
    that has its numbers (imported or typed): what the competitors' rate counts too."""
    found: dict[int, list[tuple[date, int]]] = {i: [] for i in ids}
    query = (select(PostMetric.account_id, Post.scheduled_at, PostMetric.likes,
                    PostMetric.comments, PostMetric.shares)
             .join(Post, Post.id == PostMetric.post_id)
             .where(PostMetric.account_id.in_(ids), Post.deleted_at.is_(None),
                    PostMetric.deleted_at.is_(None), Post.status == PostStatus.PUBLISHED.value,
                    Post.scheduled_at >= _day_start(start),
                    Post.scheduled_at < _day_start(end + timedelta(days=1)))
             .order_by(Post.scheduled_at))
    for account_id, at, likes, comments, shares in s.execute(query):
        counts = [c for c in (likes, comments, shares) if c is not None]
        if at is not None and counts:
            found[account_id].append((at.date(), sum(counts)))
    return found


def _post_rates(numbers: list[tuple[date, int]],
                followers: Points) -> tuple[tuple[date, float], ...]:
    """Each post's engagements over the followers on its day, in percent."""
    series = []
    for day, engaged in numbers:
        audience = _latest(followers, day)
        rate = rules.engagement_rate_per_post(
            engaged, None, None, 1, None if audience is None else int(audience))
        if rate is not None:
            series.append((day, rate))
    return tuple(series)


def _latest(points: Points, day: date) -> float | None:
    earlier = [value for d, value in points if d <= day]
    return earlier[-1] if earlier else None


def _our_engagement(engagements: Points, followers: Points, published: list[date],
                    start: date) -> tuple[tuple[date, float], ...]:
    """Per engagements snapshot in the period: engagements / posts published since the one
    before (or in the week before) / followers then, in percent."""
    series: list[tuple[date, float]] = []
    previous: date | None = None
    for day, value in engagements:
        since = previous if previous is not None else day - timedelta(days=7)
        previous = day
        if day < start:
            continue
        posts = sum(since < d <= day for d in published)
        audience = _latest(followers, day)
        rate = rules.engagement_rate_per_post(
            int(value), None, None, posts, None if audience is None else int(audience))
        if rate is not None:
            series.append((day, rate))
    return tuple(series)


def _our_row(account: SocialAccount, name: str, points: dict[tuple[int, str], Points],
             posts: list[tuple[date, str, str | None]], numbers: list[tuple[date, int]],
             start: date, end: date) -> ComparisonRow:
    followers = points.get((account.id, Metric.FOLLOWERS.value), [])
    series = tuple((d, round(v)) for d, v in followers if d >= start)
    growth, rate = _growth(_latest([p for p in followers if p[0] <= start], start), series)
    published = [d for d, status, _ in posts if status == PostStatus.PUBLISHED.value]
    # The posts' own numbers when there are some, else the account's engagements snapshots.
    engagement = _post_rates(numbers, followers) or _our_engagement(
        points.get((account.id, Metric.ENGAGEMENTS.value), []), followers, published, start)
    return ComparisonRow(
        account_id=account.id, name=name, handle=account.handle, is_ours=True,
        followers=series[-1][1] if series else None, growth=growth, growth_rate=rate,
        frequency=formulas.posting_frequency(published, start, end) if posts else None,
        engagement_rate=_mean(r for _, r in engagement),
        content_mix=_mix(k for _, st, k in posts if st == PostStatus.PUBLISHED.value and k),
        followers_series=series, engagement_series=engagement)


# Theirs


def _their_accounts(s: Session, brand_id: int,
                    platform: Platform) -> list[tuple[CompetitorAccount, Competitor]]:
    query = (select(CompetitorAccount, Competitor)
             .join(Competitor, Competitor.id == CompetitorAccount.competitor_id)
             .where(Competitor.brand_id == brand_id, Competitor.deleted_at.is_(None),
                    Competitor.archived.is_(False), CompetitorAccount.deleted_at.is_(None),
                    CompetitorAccount.platform == platform.value)
             .order_by(Competitor.position, Competitor.id, CompetitorAccount.handle_key))
    return [(a, c) for a, c in s.execute(query)]


def _their_snapshots(s: Session, ids: list[int], start: date,
                     end: date) -> dict[int, list[CompetitorSnapshot]]:
    found: dict[int, list[CompetitorSnapshot]] = {i: [] for i in ids}
    query = (select(CompetitorSnapshot)
             .where(CompetitorSnapshot.account_id.in_(ids),
                    CompetitorSnapshot.deleted_at.is_(None), CompetitorSnapshot.day <= end,
                    CompetitorSnapshot.day >= start - timedelta(days=BASELINE_DAYS))
             .order_by(CompetitorSnapshot.day))
    for row in s.scalars(query):
        found[row.account_id].append(row)
    return found


def _their_row(account: CompetitorAccount, competitor: Competitor,
               rows: list[CompetitorSnapshot], start: date) -> ComparisonRow:
    inside = [r for r in conv.snapshot_series(rows) if r.day >= start]
    before = [r.followers for r in rows if r.day <= start and r.followers is not None]
    series = tuple((r.day, r.followers) for r in inside if r.followers is not None)
    growth, rate = _growth(before[-1] if before else None, series)
    counted = [r for r in inside if r.posts is not None]
    engagement = tuple((r.day, r.engagement_rate) for r in inside
                       if r.engagement_rate is not None)
    return ComparisonRow(
        account_id=account.id, name=competitor.name, handle=account.handle, is_ours=False,
        competitor_id=competitor.id, followers=series[-1][1] if series else None,
        growth=growth, growth_rate=rate,
        frequency=rules.posting_frequency(sum(r.posts or 0 for r in counted),
                                          sum(r.period_days for r in counted))
        if counted else None,
        engagement_rate=_mean(r for _, r in engagement),
        content_mix=_mix(k.value for r in inside for k in r.content_types),
        followers_series=series, engagement_series=engagement)


# Hashtags


def _their_tags(s: Session, brand_id: int, start: date,
                end: date) -> list[tuple[Competitor, dict[str, int]]]:
    """Each live, unarchived competitor (in order) with its tags' counts over the period."""
    competitors = list(s.scalars(select(Competitor).where(
        Competitor.brand_id == brand_id, Competitor.deleted_at.is_(None),
        Competitor.archived.is_(False)).order_by(Competitor.position, Competitor.id)))
    lists: dict[int, list[list[str]]] = {c.id: [] for c in competitors}
    query = (select(CompetitorAccount.competitor_id, CompetitorSnapshot.hashtags)
             .join(CompetitorAccount, CompetitorAccount.id == CompetitorSnapshot.account_id)
             .where(CompetitorAccount.competitor_id.in_(list(lists)),
                    CompetitorAccount.deleted_at.is_(None),
                    CompetitorSnapshot.deleted_at.is_(None),
                    CompetitorSnapshot.day >= start, CompetitorSnapshot.day <= end,
                    CompetitorSnapshot.hashtags != ""))
    for competitor_id, text in s.execute(query):
        lists[competitor_id].append(text.split())
    return [(c, rules.count_hashtags(lists[c.id])) for c in competitors]


def _our_tags(s: Session, brand_id: int, start: date, end: date) -> dict[str, int]:
    """How many of the brand's published posts in the period used each tag."""
    query = select(Post.hashtags).where(
        Post.brand_id == brand_id, Post.deleted_at.is_(None),
        Post.status == PostStatus.PUBLISHED.value, Post.hashtags != "",
        Post.scheduled_at >= _day_start(start),
        Post.scheduled_at < _day_start(end + timedelta(days=1)))
    return rules.count_hashtags(text.split() for text in s.scalars(query))


class CompareMixin:
    """The comparison part of CompetitorService (it sets `_sf`)."""

    _sf: sessionmaker[Session]
    _today: Callable[[], date]

    def comparison(self, brand_id: int, platform: Platform, start: date,
                   end: date) -> Comparison:
        """Our live accounts on the platform, then the competitors' accounts on it, over the
        period from `start` to `end` (both included). Six queries whatever the period."""
        with self._sf() as s:
            brand = s.get(Brand, brand_id)
            ours = _our_accounts(s, brand_id, platform)
            ids = [a.id for a in ours]
            points, posts = _our_points(s, ids, start, end), _our_posts(s, ids, start, end)
            numbers = _our_post_numbers(s, ids, start, end)
            theirs = _their_accounts(s, brand_id, platform)
            snaps = _their_snapshots(s, [a.id for a, _ in theirs], start, end)
            name = brand.name if brand is not None else ""
            rows = [_our_row(a, name, points, posts[a.id], numbers[a.id], start, end)
                    for a in ours]
            rows += [_their_row(a, c, snaps[a.id], start) for a, c in theirs]
        return Comparison(brand_id, platform, start, end, tuple(rows))

    def hashtags(self, brand_id: int, start: date, end: date,
                 limit: int = 20) -> HashtagReport:
        """Each competitor's `limit` most used tags, ours from published posts, and the
        overlap of all the competitors' tags with ours."""
        with self._sf() as s:
            theirs = _their_tags(s, brand_id, start, end)
            ours = _our_tags(s, brand_id, start, end)
        merged: Counter[str] = Counter()
        for _, counts in theirs:
            merged.update(counts)
        return HashtagReport(
            start=start, end=end, ours=rules.top_counts(ours),
            competitors=tuple(CompetitorHashtags(c.id, c.name, rules.top_counts(counts, limit))
                              for c, counts in theirs),
            overlap=rules.hashtag_overlap(merged, ours))

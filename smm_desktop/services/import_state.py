"""What the planner needs of the database for one import, loaded in a few queries (never one
per row): the account's post metrics, its candidate posts, its snapshots, the brand's
campaigns and their days. Also the plan's output, `Writes`, which the commit carries out."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from smm_desktop.db.models import Brand, Campaign, CampaignDay, Post, PostAccount, Snapshot
from smm_desktop.db.models.numbers import PostMetric
from smm_desktop.domain.time_zones import country_zone

METRIC_COLUMNS = ("impressions", "reach", "likes", "comments", "shares", "saves", "clicks",
                  "video_views", "watch_seconds", "follows", "profile_visits", "engagements")
DAY_COLUMNS = ("spend", "impressions", "reach", "clicks", "conversions", "revenue")
Row = dict[str, Any]
Change = tuple[int, Row, Row]  # (row id, new values, the values before)


def link_key(link: str | None) -> str:
    """A permalink as compared: no scheme, no "www.", no trailing slash, twitter = x."""
    text = (link or "").strip().lower()
    for prefix in ("https://", "http://", "www."):
        text = text.removeprefix(prefix)
    return text.replace("twitter.com/", "x.com/").rstrip("/")


@dataclass(frozen=True)
class Candidate:
    """A planned post of the account the export's rows may be."""

    id: int
    at: datetime
    texts: tuple[str, ...]
    status: str
    published_url: str


@dataclass
class State:
    """The database as the plan sees it."""

    platform: str
    account_id: int | None
    brand_id: int | None
    as_of: date
    metrics: dict[int, Row] = field(default_factory=dict)
    metric_by_external: dict[str, int] = field(default_factory=dict)
    metric_by_link: dict[str, int] = field(default_factory=dict)
    metric_by_post: dict[int, int] = field(default_factory=dict)
    post_by_link: dict[str, Candidate] = field(default_factory=dict)
    posts_by_day: dict[date, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    snapshots: dict[tuple[str, date], tuple[int, float, str]] = field(default_factory=dict)
    campaigns: dict[str, int] = field(default_factory=dict)
    days: dict[tuple[int, date], Row] = field(default_factory=dict)
    zone: tzinfo | None = None  # the brand's time zone (None: this machine's)
    today: date | None = None  # a period ending later is kept on today


@dataclass
class Writes:
    """What the commit inserts and updates. New posts are referred to by their index in
    `posts` (a new metric's "post_ref"); new campaigns by name (a new day's "campaign_ref")."""

    posts: list[Row] = field(default_factory=list)
    post_updates: list[Change] = field(default_factory=list)
    metrics: list[Row] = field(default_factory=list)
    metric_updates: list[Change] = field(default_factory=list)
    snapshots: list[Row] = field(default_factory=list)
    snapshot_updates: list[Change] = field(default_factory=list)
    campaigns: dict[str, Row] = field(default_factory=dict)
    days: list[Row] = field(default_factory=list)
    day_updates: list[Change] = field(default_factory=list)


def brand_zone(s: Session, brand_id: int | None) -> tzinfo | None:
    """The time zone of the brand's country (None: no country, several zones, or unknown)."""
    country = s.scalar(select(Brand.country).where(Brand.id == brand_id)) if brand_id else None
    name = country_zone(country or "")
    try:
        return ZoneInfo(name) if name else None
    except ZoneInfoNotFoundError:
        return None


def load_metrics(s: Session, state: State) -> None:
    """The account's live post metrics, by id, external id, permalink and post."""
    cols = [getattr(PostMetric, c) for c in METRIC_COLUMNS]
    query = select(PostMetric.id, PostMetric.post_id, PostMetric.external_id,
                   PostMetric.permalink, PostMetric.as_of, PostMetric.source,
                   PostMetric.import_id, *cols).where(
        PostMetric.account_id == state.account_id, PostMetric.deleted_at.is_(None))
    for row in s.execute(query).mappings():
        values = dict(row)
        state.metrics[values["id"]] = values
        state.metric_by_post[values["post_id"]] = values["id"]
        if values["external_id"]:
            state.metric_by_external[values["external_id"]] = values["id"]
        if values["permalink"]:
            state.metric_by_link[link_key(values["permalink"])] = values["id"]


def load_posts(s: Session, state: State, first: date | None, last: date | None) -> None:
    """The brand's posts with a link (any time) and the account's posts around the file's days."""
    base = select(Post.id, Post.scheduled_at, Post.topic, Post.caption, Post.status,
                  Post.published_url).where(Post.brand_id == state.brand_id,
                                            Post.deleted_at.is_(None))
    for row in s.execute(base.where(Post.published_url != "")):
        state.post_by_link[link_key(row.published_url)] = _candidate(row)
    if first is None or last is None:
        return
    timed = base.join(PostAccount, PostAccount.post_id == Post.id).where(
        PostAccount.account_id == state.account_id,
        Post.scheduled_at >= datetime.combine(first - timedelta(days=1), datetime.min.time()),
        Post.scheduled_at < datetime.combine(last + timedelta(days=2), datetime.min.time()))
    for row in s.execute(timed):
        state.posts_by_day[row.scheduled_at.date()].append(_candidate(row))


def _candidate(row: Any) -> Candidate:
    texts = tuple(t.casefold().strip() for t in (row.caption, row.topic) if t and t.strip())
    return Candidate(row.id, row.scheduled_at or datetime.min, texts, row.status,
                     row.published_url)


def load_snapshots(s: Session, state: State, first: date, last: date) -> None:
    """The account's snapshots over the file's days."""
    query = select(Snapshot.id, Snapshot.metric, Snapshot.day, Snapshot.value,
                   Snapshot.source).where(Snapshot.account_id == state.account_id,
                                          Snapshot.day.between(first, last))
    for ident, metric, day, value, source in s.execute(query):
        state.snapshots[(metric, day)] = (ident, value, source)


def campaign_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def load_campaigns(s: Session, state: State) -> None:
    """The brand's live campaigns by export name (else name) and their days."""
    rows = s.execute(select(Campaign.id, Campaign.name, Campaign.external_name).where(
        Campaign.brand_id == state.brand_id, Campaign.deleted_at.is_(None))
        .order_by(Campaign.id.desc())).all()
    for ident, name, _external in rows:
        state.campaigns.setdefault(campaign_key(name), ident)
    for ident, _name, external in rows:
        if external:
            state.campaigns[campaign_key(external)] = ident
    if not rows:
        return
    cols = [getattr(CampaignDay, c) for c in DAY_COLUMNS]
    query = select(CampaignDay.id, CampaignDay.campaign_id, CampaignDay.day,
                   CampaignDay.import_id, *cols).where(
        CampaignDay.campaign_id.in_([r[0] for r in rows]), CampaignDay.deleted_at.is_(None))
    for row in s.execute(query).mappings():
        state.days[(row["campaign_id"], row["day"])] = dict(row)


KINDS = ("post_metrics", "account_daily", "post_daily", "follower_history", "campaign_daily")

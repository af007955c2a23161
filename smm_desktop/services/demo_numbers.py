"""The sample's numbers: every published post's metrics on each of its accounts (sized from the
account's followers that week: many average posts, a few hits, some flops), the weekly export
files of the last weeks in the import log with the rows each wrote (so undo works), a few posts
found only in those exports, and each brand's paid campaigns (demo_numbers_campaigns).

Thousands of rows: generated from precomputed lookups and written with one bulk insert per
table. A child Random keeps the other writers' draws where they were."""

from __future__ import annotations

import hashlib
import json
import random
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from smm_desktop.db.models import ImportChange, ImportLog, Post, PostAccount, PostMetric, Snapshot
from smm_desktop.domain.enums import ContentType, Platform, PostStatus, SnapshotSource
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.demo_numbers_campaigns import write_campaigns
from smm_desktop.services.demo_numbers_texts import NUMBERS
from smm_desktop.services.demo_posts import LINKS
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.workspace import Workspace

P, C = Platform, ContentType
EPOCH = datetime(1970, 1, 1)
LOG_WEEKS = 12  # the import log keeps the weekly files of the last twelve weeks
# The weekly post export of each platform that has one: its file name and encoding.
EXPORTS: dict[Platform, tuple[str, str]] = {
    P.INSTAGRAM: ("{last:%b-%d-%Y}_Instagram_posts.csv", "utf-8-sig"),
    P.FACEBOOK: ("{first:%b-%d-%Y}_{last:%b-%d-%Y}_Facebook_posts.csv", "utf-8-sig"),
    P.X: ("tweet_activity_metrics_{handle}_{first:%Y%m%d}_{last:%Y%m%d}_en.csv", "utf-8"),
    P.LINKEDIN: ("{handle}_content_{stamp}.xls", ""),
    P.TIKTOK: ("Content_{first:%Y-%m-%d}_{last:%Y-%m-%d}.csv", "utf-8"),
    P.YOUTUBE: ("Content {first:%Y-%m-%d}_{last:%Y-%m-%d} {handle}.zip", "utf-8"),
}
# The usual share of the followers an average post reaches, by platform (10 to 40 percent).
REACH_MODE = {P.INSTAGRAM: 0.24, P.X: 0.14, P.TIKTOK: 0.32, P.SNAPCHAT: 0.28, P.FACEBOOK: 0.14,
              P.PINTEREST: 0.22, P.LINKEDIN: 0.18, P.YOUTUBE: 0.2, P.WHATSAPP_BUSINESS: 0.34}
Span = tuple[float, float] | None
# Likes, comments, shares, saves per person reached (None: the platform does not count it).
RATES: dict[Platform, tuple[Span, Span, Span, Span]] = {
    P.INSTAGRAM: ((0.03, 0.08), (0.001, 0.005), (0.001, 0.005), (0.002, 0.012)),
    P.FACEBOOK: ((0.015, 0.04), (0.0015, 0.005), (0.001, 0.005), None),
    P.X: ((0.015, 0.04), (0.001, 0.004), (0.002, 0.008), (0.0005, 0.002)),
    P.LINKEDIN: ((0.02, 0.05), (0.0005, 0.002), (0.001, 0.003), None),
    P.TIKTOK: ((0.05, 0.1), (0.001, 0.003), (0.001, 0.005), (0.001, 0.004)),
    P.YOUTUBE: ((0.02, 0.04), (0.0002, 0.0008), (0.0002, 0.001), None),
    P.PINTEREST: (None, (0.0, 0.0005), None, (0.01, 0.03)),
    P.SNAPCHAT: (None, None, (0.001, 0.005), None),
    P.WHATSAPP_BUSINESS: ((0.005, 0.02), (0.002, 0.01), None, None),
}
VIDEOS = {C.VIDEO: ((0.3, 0.6), (35.0, 150.0)), C.LIVE: ((0.3, 0.6), (60.0, 400.0)),
          C.SHORT_VIDEO: ((0.6, 0.95), (6.0, 18.0))}  # views per impression, seconds a view
PROFILE_VISITS = frozenset({P.INSTAGRAM, P.TIKTOK, P.X})
ENGAGEMENTS = frozenset({P.X, P.LINKEDIN})  # exports that give an engagements total
# What a post made on the spot (found only in the export) is, where such posts happen.
ON_THE_SPOT = {P.INSTAGRAM: (C.IMAGE, C.SHORT_VIDEO, C.SHORT_VIDEO), P.TIKTOK: (C.SHORT_VIDEO,),
               P.X: (C.TEXT, C.IMAGE), P.FACEBOOK: (C.IMAGE, C.TEXT, C.VIDEO)}
NO_EXPORT = frozenset({P.SNAPCHAT, P.WHATSAPP_BUSINESS})  # numbers typed from the app's screen


@dataclass(slots=True)
class Published:
    """A published post on one of its accounts (thousands: a plain slotted class)."""

    post_id: int
    account: AccountData
    day: date
    kind: ContentType | None
    url: str


@dataclass
class Window:
    """One weekly export file of an account: the days it covers and the rows it wrote."""

    brand_id: int
    account: AccountData
    first: date
    last: date
    at: datetime
    posts: list[int] = field(default_factory=list)
    metrics: list[int] = field(default_factory=list)  # indexes into the metric rows


def write_numbers(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                  today: date) -> None:
    """Post metrics, import log, export-only posts and campaigns: one transaction."""
    own = random.Random(rng.getrandbits(64))
    with workspace.session_factory.begin() as s:
        windows = _windows(own, sample, today)
        _insert_unplanned(s, own, sample, windows)
        followers = _followers(s)
        accounts = {a.id: a for brand in sample for a in brand.accounts}
        rows = [_metric(own, p, followers, windows, today) for p in _published(s, accounts)]
        _insert_imports(s, rows, list(windows.values()))
        write_campaigns(s, own, sample, today)


def _windows(rng: random.Random, sample: Sequence[SampleBrand],
             today: date) -> dict[tuple[int, int], Window]:
    """Each exporting account's weekly files of the last weeks, by (account id, weeks ago)."""
    found = {}
    for brand in sample:
        for account in brand.accounts:
            if account.platform not in EXPORTS:
                continue
            for ago in range(LOG_WEEKS):
                last = today - timedelta(days=1 + 7 * ago)
                at = datetime.combine(last + timedelta(days=1),
                                      time(rng.randint(7, 10), rng.randrange(60)))
                found[account.id, ago] = Window(brand.id, account, last - timedelta(days=6),
                                                last, at)
    return found


def _window_of(windows: dict[tuple[int, int], Window], account_id: int, day: date,
               today: date) -> Window | None:
    ago = (today - timedelta(days=1) - day).days // 7
    return windows.get((account_id, ago)) if ago >= 0 else None


def _insert_unplanned(s: Session, rng: random.Random, sample: Sequence[SampleBrand],
                      windows: dict[tuple[int, int], Window]) -> None:
    """Four to six posts per brand found only in the exports of the last weeks."""
    drafts: list[tuple[dict[str, Any], Window]] = []
    for brand in sample:
        texts = NUMBERS[brand.index % len(NUMBERS)].unplanned
        mine = [w for w in windows.values()
                if w.brand_id == brand.id and w.account.platform in ON_THE_SPOT]
        if mine:
            drafts += [(_unplanned(rng, text, w), w) for text, w in zip(
                rng.sample(texts, rng.randint(4, min(6, len(texts)))),
                rng.choices(mine, k=len(texts)), strict=False)]
    if not drafts:
        return
    ids = _insert_rows(s, cast(Table, Post.__table__), [values for values, _ in drafts])
    s.execute(insert(cast(Table, PostAccount.__table__)),
              [{"post_id": i, "account_id": w.account.id} for i, (_, w) in zip(ids, drafts, strict=True)])
    for post_id, (_, window) in zip(ids, drafts, strict=True):
        window.posts.append(post_id)


def _unplanned(rng: random.Random, text: str, window: Window) -> dict[str, Any]:
    """A post as the import makes it from an export row: published, not planned, no brief."""
    day = window.first + timedelta(days=rng.randrange(7))
    when = datetime.combine(day, time(rng.randint(11, 22), rng.randrange(60)))
    kind = rng.choice(ON_THE_SPOT.get(window.account.platform, (C.IMAGE,)))
    return {"brand_id": window.brand_id, "topic": text.splitlines()[0][:200],
            "status": PostStatus.PUBLISHED.value, "scheduled_at": when, "social_goal_id": None,
            "content_type": kind.value, "purpose": None, "persona_id": None, "pillar_id": None,
            "call_to_action": "", "caption": text, "hashtags": "", "notes_for_design": "",
            "asset_owner": "", "asset_due": None, "occasion": "", "experiment": False,
            "approval": "not_needed", "approval_note": "",
            "published_url": _permalink(rng, window.account), "lessons": "", "position": 0,
            "origin": "import", "version": 1, "created_at": window.at,
            "updated_at": window.at, "deleted_at": None}


def _followers(s: Session) -> dict[int, tuple[list[date], list[float]]]:
    """Each account's follower counts by day, for a bisect."""
    found: dict[int, tuple[list[date], list[float]]] = {}
    rows = s.execute(select(Snapshot.account_id, Snapshot.day, Snapshot.value)
                     .where(Snapshot.metric == Metric.FOLLOWERS.value)
                     .order_by(Snapshot.account_id, Snapshot.day))
    for account_id, day, value in rows:
        days, values = found.setdefault(account_id, ([], []))
        days.append(day)
        values.append(value)
    return found


def _followers_on(followers: dict[int, tuple[list[date], list[float]]], account_id: int,
                  day: date) -> float:
    days, values = followers.get(account_id, ([], []))
    if not values:
        return 500.0
    return values[max(bisect_right(days, day) - 1, 0)]


def _published(s: Session, accounts: dict[int, AccountData]) -> Iterator[Published]:
    """Every published post on each of its sample accounts, in the order they were written."""
    rows = s.execute(
        select(Post.id, Post.scheduled_at, Post.content_type, Post.published_url,
               PostAccount.account_id)
        .join(PostAccount, PostAccount.post_id == Post.id)
        .where(Post.status == PostStatus.PUBLISHED.value, Post.deleted_at.is_(None))
        .order_by(Post.id, PostAccount.id))
    kinds: dict[str | None, ContentType | None] = {k.value: k for k in ContentType}
    for post_id, when, kind, url, account_id in rows:
        if when is not None and account_id in accounts:
            yield Published(post_id, accounts[account_id], when.date(), kinds.get(kind), url)


def _metric(rng: random.Random, post: Published,
            followers: dict[int, tuple[list[date], list[float]]],
            windows: dict[tuple[int, int], Window], today: date) -> tuple[dict[str, Any],
                                                                           Window | None]:
    """The post's numbers on the account, as its export (or the manager's typing) gave them,
    and the weekly file that brought them in (None: older than the log, or typed)."""
    platform = post.account.platform
    share, lift = _draw(rng, platform)
    reach = max(1, round(_followers_on(followers, post.account.id, post.day) * share))
    row = _engagement(rng, platform, reach, lift)
    row.update(_extras(rng, post, reach, round(reach * rng.uniform(1.2, 1.8)), lift, row))
    external_id, permalink = _link_of(rng, post)
    window = _window_of(windows, post.account.id, post.day, today)
    as_of = window.at.date() if window else min(post.day + timedelta(rng.randint(3, 10)), today)
    source = SnapshotSource.MANUAL if platform in NO_EXPORT else SnapshotSource.IMPORT
    row.update(post_id=post.post_id, account_id=post.account.id, external_id=external_id,
               permalink=permalink, as_of=as_of, source=source.value, import_id=None,
               version=1, deleted_at=None)
    row["created_at"] = row["updated_at"] = window.at if window else datetime.combine(
        as_of, time(9))
    return row, window


def _draw(rng: random.Random, platform: Platform) -> tuple[float, float]:
    """(share of the followers reached, engagement lift): a few hits, many average, some flops."""
    roll = rng.random()
    if roll < 0.04:
        return rng.uniform(0.45, 1.2), rng.uniform(1.3, 2.0)
    if roll < 0.16:
        return rng.uniform(0.04, 0.09), rng.uniform(0.5, 0.8)
    return rng.triangular(0.1, 0.4, REACH_MODE.get(platform, 0.2)), rng.uniform(0.8, 1.2)


def _engagement(rng: random.Random, platform: Platform, reach: int,
                lift: float) -> dict[str, Any]:
    spans, draw = RATES.get(platform, RATES[P.INSTAGRAM]), rng.random
    counts = [None if span is None else round(reach * lift * (span[0] + (span[1] - span[0])
                                                              * draw()))
              for span in spans]
    return dict(zip(("likes", "comments", "shares", "saves"), counts, strict=True))


def _extras(rng: random.Random, post: Published, reach: int, impressions: int, lift: float,
            counts: dict[str, Any]) -> dict[str, Any]:
    """Impressions, video views and watch time, clicks, profile visits, follows, engagements."""
    platform = post.account.platform
    row: dict[str, Any] = {"reach": reach, "impressions": impressions, "video_views": None,
                           "watch_seconds": None, "clicks": None, "profile_visits": None,
                           "follows": None, "engagements": None}
    video = VIDEOS.get(post.kind) if post.kind else None
    if video:
        views = round(impressions * rng.uniform(*video[0]))
        row.update(video_views=views, watch_seconds=round(views * rng.uniform(*video[1]), 1))
    if post.kind is C.LINK or platform is P.PINTEREST:
        row["clicks"] = round(reach * rng.uniform(0.005, 0.025) * lift)
    if platform in PROFILE_VISITS:
        visits = round(reach * rng.uniform(0.005, 0.02) * lift)
        row.update(profile_visits=visits, follows=round(visits * rng.uniform(0.05, 0.15)))
    if platform in ENGAGEMENTS:
        row["engagements"] = (sum(v or 0 for v in counts.values()) + (row["clicks"] or 0)
                              + round(reach * rng.uniform(0.003, 0.012)))
    return row


def _link_of(rng: random.Random, post: Published) -> tuple[str, str]:
    """(external id, permalink): the post's own link on the account it was made for, a link of
    its own on an account it was cross-posted to, none where the platform gives no link."""
    pattern = LINKS.get(post.account.platform)
    if not post.url or pattern is None:
        return "", ""
    url = post.url if pattern.split("/")[2] in post.url else _permalink(rng, post.account)
    if post.account.platform is P.INSTAGRAM:  # the export's Post ID is the media's number
        return f"179{rng.randrange(10**14, 10**15)}", url
    if post.account.platform is P.YOUTUBE:
        return url.rsplit("v=", 1)[-1], url
    digits = re.findall(r"\d{6,}", url)
    return (digits[-1] if digits else ""), url


def _permalink(rng: random.Random, account: AccountData) -> str:
    pattern = LINKS.get(account.platform)
    if pattern is None:
        return ""
    code = "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
                               k=11))
    return pattern.format(code=code, handle=account.handle,
                          number=rng.randrange(10**17, 10**18))


def _insert_rows(s: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """One bulk insert; the new ids in the order of the rows (one writer, ids ascending)."""
    before = s.scalar(select(func.max(table.c.id))) or 0
    s.execute(insert(table), rows)
    return list(s.scalars(select(table.c.id).where(table.c.id > before).order_by(table.c.id)))


def _insert_imports(s: Session, made: list[tuple[dict[str, Any], Window | None]],
                    windows: list[Window]) -> None:
    """The metrics, the weekly files that wrote the recent ones, and what each file wrote."""
    for n, (_, window) in enumerate(made):
        if window is not None:
            window.metrics.append(n)
    rows = [row for row, _ in made]
    used = [w for w in windows if w.metrics or w.posts]
    log_ids = _insert_rows(s, cast(Table, ImportLog.__table__), [_log(w) for w in used])
    for log_id, window in zip(log_ids, used, strict=True):
        for n in window.metrics:
            rows[n]["import_id"] = log_id
    metric_ids = _insert_rows(s, cast(Table, PostMetric.__table__), rows)
    changes = [{"import_id": log_id, "table_name": table, "row_id": row_id, "before": None}
               for log_id, w in zip(log_ids, used, strict=True)
               for table, row_id in ([("post", p) for p in w.posts]
                                     + [("post_metric", metric_ids[n]) for n in w.metrics])]
    if changes:
        s.execute(insert(cast(Table, ImportChange.__table__)), changes)


def _log(window: Window) -> dict[str, Any]:
    account = window.account
    pattern, encoding = EXPORTS[account.platform]
    name = pattern.format(first=window.first, last=window.last, handle=account.handle,
                          stamp=(window.at - EPOCH) // timedelta(milliseconds=1))
    digest = hashlib.sha256(f"{account.id}|{name}|{window.at}".encode()).hexdigest()
    added = len(window.posts) + len(window.metrics)
    return {"brand_id": window.brand_id, "account_id": account.id, "file_name": name,
            "file_hash": digest, "platform": account.platform.value, "kind": "post_metrics",
            "first_day": window.first, "last_day": window.last, "imported_at": window.at,
            "rows_added": added, "rows_updated": 0, "rows_skipped": 0, "undone_at": None,
            "summary": json.dumps({"encoding": encoding}) if encoding else ""}

"""The sample's numbers: post metrics on every published post sized from the account's followers
(with hits and flops), the last weeks' imports that wrote them, posts found only in exports, and
each brand's paid campaigns with their days up to today; the same seed gives the same numbers."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from smm_desktop.db.models import (
    Brand,
    Campaign,
    CampaignDay,
    ImportChange,
    ImportLog,
    Post,
    PostAccount,
    PostMetric,
    Snapshot,
    SocialAccount,
)
from smm_desktop.domain import formulas
from smm_desktop.domain.campaigns import CampaignObjective, CampaignStatus
from smm_desktop.domain.enums import ContentType
from smm_desktop.services.demo import write_demo
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)
CURRENCY = {"SA": "SAR", "GB": "GBP", "EG": "EGP"}


def _arabic(text: str) -> bool:
    return any("ARABIC" in unicodedata.name(ch, "") for ch in text)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("numbers") / "demo.smmws"
    write_demo(path, years=2, seed=7, today=TODAY)
    workspace = Workspace.open(path)
    try:
        with workspace.session_factory() as s:
            yield s
    finally:
        workspace.close()


def _metrics(s: Session) -> list[tuple[PostMetric, Post, SocialAccount]]:
    return list(s.execute(select(PostMetric, Post, SocialAccount)
                          .join(Post, Post.id == PostMetric.post_id)
                          .join(SocialAccount, SocialAccount.id == PostMetric.account_id)
                          .order_by(PostMetric.id)))


def _followers(s: Session) -> dict[int, list[tuple[date, float]]]:
    found: dict[int, list[tuple[date, float]]] = defaultdict(list)
    for row in s.scalars(select(Snapshot).where(Snapshot.metric == "followers",
                                                Snapshot.source == "import")
                         .order_by(Snapshot.account_id, Snapshot.day)):
        found[row.account_id].append((row.day, row.value))
    return found


def _on(series: list[tuple[date, float]], day: date) -> float:
    return series[max(bisect_right(series, (day, float("inf"))) - 1, 0)][1]


def test_every_published_post_has_metrics_on_each_of_its_accounts(session: Session) -> None:
    links = set(session.execute(select(PostAccount.post_id, PostAccount.account_id)
                                .join(Post, Post.id == PostAccount.post_id)
                                .where(Post.status == "published")))
    measured = {(m.post_id, m.account_id) for m, _, _ in _metrics(session)}
    assert len(links) > 1000
    assert measured == links  # every one, and nothing on posts that did not go out


def test_reach_is_sized_from_the_followers_with_hits_and_flops(session: Session) -> None:
    followers = _followers(session)
    rates = [m.reach / _on(followers[m.account_id], p.scheduled_at.date())
             for m, p, _ in _metrics(session)]
    assert all(0.03 <= r <= 1.25 for r in rates)
    usual = sum(0.1 <= r <= 0.4 for r in rates) / len(rates)
    assert 0.75 <= usual <= 0.9  # many average posts, and room for hits and flops
    assert sum(r > 0.45 for r in rates) >= 0.02 * len(rates)
    assert sum(r < 0.1 for r in rates) >= 0.08 * len(rates)


def test_top_and_bottom_posts_differ_widely(session: Session) -> None:
    reach: dict[int, list[int]] = defaultdict(list)
    for m, _, _ in _metrics(session):
        reach[m.account_id].append(m.reach)
    for values in reach.values():
        assert max(values) >= 8 * min(values)


def test_numbers_hang_together_per_platform(session: Session) -> None:
    rows = _metrics(session)
    for m, post, account in rows:
        assert 1.19 * m.reach <= m.impressions <= 1.81 * m.reach + 1
        video = post.content_type in (ContentType.VIDEO, ContentType.SHORT_VIDEO,
                                      ContentType.LIVE)
        assert (m.video_views is not None) == video
        if video:
            assert m.video_views <= m.impressions and m.watch_seconds is not None
        if post.content_type == ContentType.LINK:
            assert m.clicks is not None
        assert (m.saves is not None) == (account.platform in ("instagram", "x", "tiktok",
                                                               "pinterest"))
        assert m.likes is None or m.likes <= m.reach
    totals = _ratios(rows)
    assert totals["instagram"]["saves"] > totals["instagram"]["comments"]
    assert totals["x"]["shares"] > totals["x"]["comments"]  # reposts
    assert totals["linkedin"]["comments"] < totals["facebook"]["comments"]


def _ratios(rows: list[tuple[PostMetric, Post, SocialAccount]]) -> dict[str, dict[str, float]]:
    """Each platform's likes, comments, shares, saves per person reached."""
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for m, _, account in rows:
        sums[account.platform]["reach"] += m.reach
        for name in ("likes", "comments", "shares", "saves"):
            sums[account.platform][name] += getattr(m, name) or 0
    return {p: {k: v / s["reach"] for k, v in s.items()} for p, s in sums.items()}


def test_links_match_the_posts_published_links(session: Session) -> None:
    matched = 0
    for m, post, account in _metrics(session):
        host = {"x": "x.com", "instagram": "instagram.com", "facebook": "facebook.com",
                "tiktok": "tiktok.com", "linkedin": "linkedin.com", "youtube": "youtube.com",
                "pinterest": "pinterest.com"}.get(account.platform)
        if host is None or not post.published_url:
            assert (m.permalink, m.external_id) == ("", "")
            continue
        assert host in m.permalink and m.external_id
        if host in post.published_url:
            assert m.permalink == post.published_url
            matched += 1
    assert matched > 1000


def test_recent_imports_are_logged_with_what_they_wrote(session: Session) -> None:
    logs = session.scalars(select(ImportLog).order_by(ImportLog.id)).all()
    assert len(logs) >= 20 and all(log.undone_at is None for log in logs)
    assert min(log.first_day for log in logs) >= TODAY - timedelta(weeks=13)
    assert max(log.imported_at for log in logs).date() == TODAY
    changes: dict[int, list[ImportChange]] = defaultdict(list)
    for change in session.scalars(select(ImportChange).order_by(ImportChange.id)):
        changes[change.import_id].append(change)
    for log in logs:
        assert log.rows_added == len(changes[log.id]) > 0 and log.kind == "post_metrics"
        assert log.file_name.endswith((".csv", ".xls", ".zip")) and len(log.file_hash) == 64
        for change in changes[log.id]:
            assert change.before is None  # all inserts: undo deletes them
            _assert_written_by(session, log, change)
    imported = session.scalars(select(PostMetric).where(PostMetric.import_id.is_not(None))).all()
    assert len(imported) == sum(c.table_name == "post_metric" for cs in changes.values()
                                for c in cs)


def _assert_written_by(s: Session, log: ImportLog, change: ImportChange) -> None:
    if change.table_name == "post_metric":
        metric = s.get(PostMetric, change.row_id)
        assert metric is not None and metric.import_id == log.id
        assert metric.account_id == log.account_id and metric.as_of == log.imported_at.date()
    else:
        assert change.table_name == "post"
        post = s.get(Post, change.row_id)
        assert post is not None and post.origin == "import"
        assert log.first_day <= post.scheduled_at.date() <= log.last_day


def test_posts_found_only_in_exports(session: Session) -> None:
    brands = {b.id: b for b in session.scalars(select(Brand))}
    posts = session.scalars(select(Post).where(Post.origin == "import")).all()
    per_brand: dict[int, int] = defaultdict(int)
    for post in posts:
        per_brand[post.brand_id] += 1
        assert post.status == "published" and post.caption and post.published_url
        assert post.pillar_id is None and post.social_goal_id is None
        assert _arabic(post.caption) == _arabic(brands[post.brand_id].name)
        metric = session.scalars(select(PostMetric).where(PostMetric.post_id == post.id)).one()
        assert metric.import_id is not None and metric.permalink == post.published_url
    assert set(per_brand) == set(brands) and all(4 <= n <= 6 for n in per_brand.values())


def _campaigns(s: Session) -> list[tuple[Campaign, list[CampaignDay]]]:
    days: dict[int, list[CampaignDay]] = defaultdict(list)
    for day in s.scalars(select(CampaignDay).order_by(CampaignDay.day)):
        days[day.campaign_id].append(day)
    return [(c, days[c.id]) for c in s.scalars(select(Campaign).order_by(Campaign.id))]


def _total(days: list[CampaignDay], name: str) -> float | None:
    values = [getattr(d, name) for d in days if getattr(d, name) is not None]
    return sum(values) if values else None


def test_each_brand_runs_campaigns_every_year_and_one_now(session: Session) -> None:
    campaigns = _campaigns(session)
    for brand in session.scalars(select(Brand)):
        mine = [(c, d) for c, d in campaigns if c.brand_id == brand.id]
        assert all(c.currency == CURRENCY[brand.country] for c, _ in mine)
        assert all(_arabic(c.name) == _arabic(brand.name) and c.external_name.isascii()
                   for c, _ in mine)
        ended = [c for c, _ in mine if c.status == CampaignStatus.ENDED]
        assert len(ended) >= 3 and all(c.end_day < TODAY for c in ended)
        for year in (TODAY.year - 1,):
            assert 2 <= sum(c.start_day.year == year for c, _ in mine) <= 4
        active = [(c, d) for c, d in mine if c.status == CampaignStatus.ACTIVE]
        assert len(active) == 1
        campaign, days = active[0]
        assert days[-1].day == TODAY and campaign.social_goal_id is not None
        pace = formulas.pacing(_total(days, "spend"), campaign.budget, campaign.start_day,
                               campaign.end_day, TODAY)
        assert pace is not None and 95 <= pace <= 105  # about half spent, on pace


def test_campaign_days_cover_every_day_with_believable_rates(session: Session) -> None:
    for campaign, days in _campaigns(session):
        last = min(campaign.end_day, TODAY)
        expected = (last - campaign.start_day).days + 1 if campaign.start_day <= TODAY else 0
        assert [d.day for d in days] == [campaign.start_day + timedelta(n)
                                         for n in range(expected)]
        if not days:
            assert campaign.status == CampaignStatus.PLANNED
            continue
        totals: dict[str, Any] = {n: _total(days, n) for n in ("spend", "impressions", "clicks",
                                                              "conversions", "revenue")}
        assert totals["spend"] <= campaign.budget * 1.001
        ctr = formulas.click_through_rate(totals["clicks"], totals["impressions"])
        assert ctr is not None and 0.7 <= ctr <= 2.2
        assert formulas.cost_per_click(totals["spend"], totals["clicks"]) is not None
        assert formulas.cost_per_mille(totals["spend"], totals["impressions"]) is not None
        objective = CampaignObjective(campaign.objective)
        if objective in (CampaignObjective.LEADS, CampaignObjective.SALES):
            assert formulas.cost_per_action(totals["spend"], totals["conversions"]) is not None
        roas = formulas.return_on_ad_spend(totals["revenue"], totals["spend"])
        assert (roas is not None) == (objective is CampaignObjective.SALES)
        assert roas is None or 1.5 <= roas <= 5.0


def _numbers(path: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    workspace = Workspace.open(path)
    try:
        with workspace.session_factory() as s:
            metrics = [(m.post_id, m.account_id, m.external_id, m.permalink, m.as_of, m.reach,
                        m.impressions, m.likes, m.comments, m.shares, m.saves, m.import_id)
                       for m in s.scalars(select(PostMetric).order_by(PostMetric.id))]
            days = [(d.campaign_id, d.day, d.spend, d.impressions, d.clicks, d.revenue)
                    for d in s.scalars(select(CampaignDay).order_by(CampaignDay.id))]
            logs = [(g.file_name, g.file_hash, g.imported_at, g.rows_added)
                    for g in s.scalars(select(ImportLog).order_by(ImportLog.id))]
    finally:
        workspace.close()
    return metrics, days, logs


def test_same_seed_same_numbers(tmp_path: Path) -> None:
    first, second, other = (tmp_path / f"{n}.smmws" for n in ("a", "b", "c"))
    write_demo(first, years=1, seed=7, today=TODAY)
    write_demo(second, years=1, seed=7, today=TODAY)
    write_demo(other, years=1, seed=8, today=TODAY)
    assert _numbers(first) == _numbers(second)
    assert _numbers(first)[0] != _numbers(other)[0] and _numbers(first)[1] != _numbers(other)[1]

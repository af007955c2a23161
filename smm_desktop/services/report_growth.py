"""The growth and content sections of a report, from the rows report_numbers loaded: followers
growth per account (snapshots), reach, impressions and engagement (the posts' own numbers, else
the account's snapshots, never a mix), published against planned, top and bottom posts and the
breakdowns."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from smm_desktop.domain import formulas, report_rules
from smm_desktop.domain.enums import ContentType
from smm_desktop.domain.metrics import Metric
from smm_desktop.reports.report_data import (
    NO_ACCOUNTS,
    NO_NUMBERS,
    NO_POSTS,
    AccountGrowth,
    Breakdown,
    ContentSection,
    GrowthSection,
    Missing,
    PostLine,
    SeriesPoint,
)
from smm_desktop.services.report_numbers import Points, PostRow, total

VIDEO_TYPES = frozenset({ContentType.VIDEO.value, ContentType.SHORT_VIDEO.value})


@dataclass(frozen=True)
class ReportAccount:
    """A reported account: `label` is "platform handle" as the report prints it."""

    id: int
    platform: str
    handle: str
    label: str


# ---- growth ---------------------------------------------------------------------------------

def growth_section(accounts: Sequence[ReportAccount], points: Points, posts: Sequence[PostRow],
                   period: tuple[date, date], before: tuple[date, date]
                   ) -> GrowthSection | Missing:
    """One line per account; Missing when there is no account or no number at all."""
    if not accounts:
        return Missing(NO_ACCOUNTS)
    lines = tuple(_account_growth(a, points, posts, period, before) for a in accounts)
    if all(_empty(line) for line in lines):
        return Missing(NO_NUMBERS)
    return GrowthSection(lines)


def _empty(line: AccountGrowth) -> bool:
    return all(v is None for v in (line.followers_end, line.reach, line.impressions,
                                   line.engagements, line.video_views))


@dataclass(frozen=True)
class _Totals:
    """A period's reach, impressions, engagements and their rate from ONE source."""

    source: str  # report_rules NUMBERS_FROM_POSTS / NUMBERS_FROM_ACCOUNT, "" when none
    reach: float | None
    impressions: float | None
    engagements: float | None
    rate: float | None
    reach_series: tuple[SeriesPoint, ...] = ()


def _totals(account: ReportAccount, points: Points, posts: Sequence[PostRow],
            start: date, end: date) -> _Totals:
    """From the metrics of the period's published posts when any has numbers, else from the
    account's snapshots (the regular, non-overlapping ones); never a mix of the two."""
    mine = [p for p in posts if p.account_id == account.id and p.published
            and start <= p.day <= end
            and any(v is not None for v in (p.reach, p.impressions, p.engagements))]
    if mine:
        both = [p for p in mine if p.engagements is not None and p.reach is not None]
        return _Totals(
            report_rules.NUMBERS_FROM_POSTS, total([p.reach for p in mine]),
            total([p.impressions for p in mine]), total([p.engagements for p in mine]),
            formulas.engagement_rate_by_reach(total([p.engagements for p in both]),
                                              total([p.reach for p in both])),
            _post_reach_series(mine))
    snap = {m: report_rules.non_overlapping(points.of(account.id, m, start, end))
            for m in (Metric.REACH, Metric.IMPRESSIONS, Metric.ENGAGEMENTS)}
    sums = {m: total([v for _, v in found]) for m, found in snap.items()}
    if all(v is None for v in sums.values()):
        return _Totals("", None, None, None, None)
    return _Totals(report_rules.NUMBERS_FROM_ACCOUNT, sums[Metric.REACH],
                   sums[Metric.IMPRESSIONS], sums[Metric.ENGAGEMENTS],
                   formulas.engagement_rate_by_reach(sums[Metric.ENGAGEMENTS],
                                                     sums[Metric.REACH]),
                   tuple(SeriesPoint(d, v) for d, v in snap[Metric.REACH]))


def _post_reach_series(rows: Sequence[PostRow]) -> tuple[SeriesPoint, ...]:
    """Per day with posts that have a reach: their reach added up."""
    by_day: dict[date, float] = defaultdict(float)
    for row in rows:
        if row.reach is not None:
            by_day[row.day] += row.reach
    return tuple(SeriesPoint(d, v) for d, v in sorted(by_day.items()))


def _rate_by_followers(account: ReportAccount, points: Points, posts: Sequence[PostRow],
                       start: date, end: date) -> float | None:
    """The mean over the period's published posts of engagements ÷ followers on the post's
    day × 100 (as CompetitorService's comparison); None when no post has both."""
    return report_rules.mean_known(
        formulas.engagement_rate_by_followers(p.engagements,
                                              points.followers_on(account.id, p.day))
        for p in posts if p.account_id == account.id and p.published
        and start <= p.day <= end and p.engagements is not None)


@dataclass(frozen=True)
class _Followers:
    start: float | None
    end: float | None
    change: float | None
    rate: float | None
    series: list[tuple[date, float]]


def _followers(account: ReportAccount, points: Points, start: date, end: date) -> _Followers:
    """From the newest count on or before the first day (within BASELINE_DAYS), else the
    period's first, to the period's newest; no change when both are the same snapshot."""
    series = points.of(account.id, Metric.FOLLOWERS, start, end)
    base = report_rules.baseline(points.followers(account.id), start, end)
    last = series[-1] if series else None
    change = report_rules.change(base, last)
    rate = (formulas.growth_rate(base[1], last[1])
            if change is not None and base is not None and last is not None else None)
    return _Followers(base[1] if base else None, last[1] if last else None, change, rate,
                      series)


def _account_growth(account: ReportAccount, points: Points, posts: Sequence[PostRow],
                    period: tuple[date, date], before: tuple[date, date]) -> AccountGrowth:
    now, then = _period_numbers(account, points, posts, *period), _period_numbers(
        account, points, posts, *before)
    return AccountGrowth(
        label=account.label, platform=account.platform, followers_start=_int(now.f.start),
        followers_end=_int(now.f.end), growth=_int(now.f.change), growth_rate=now.f.rate,
        reach=_int(now.t.reach), impressions=_int(now.t.impressions),
        engagements=_int(now.t.engagements), engagement_rate_reach=now.t.rate,
        engagement_rate_followers=now.by_followers, video_views=_int(now.views),
        view_rate=now.view_rate, series=tuple(SeriesPoint(d, v) for d, v in now.f.series),
        reach_series=now.t.reach_series,
        engagement_rate_series=_rate_series(account, posts, *period),
        account_id=account.id, handle=account.handle, growth_previous=_int(then.f.change),
        reach_previous=_int(then.t.reach), engagements_previous=_int(then.t.engagements),
        engagement_rate_reach_previous=then.t.rate, numbers_from=now.t.source,
        numbers_from_previous=then.t.source, followers_end_previous=_int(then.f.end),
        growth_rate_previous=then.f.rate, impressions_previous=_int(then.t.impressions),
        engagement_rate_followers_previous=then.by_followers,
        video_views_previous=_int(then.views), view_rate_previous=then.view_rate)


@dataclass(frozen=True)
class _Period:
    f: _Followers
    t: _Totals
    by_followers: float | None
    views: float | None
    view_rate: float | None


def _period_numbers(account: ReportAccount, points: Points, posts: Sequence[PostRow],
                    start: date, end: date) -> _Period:
    views, video_impressions = _video(account, posts, start, end)
    return _Period(_followers(account, points, start, end),
                   _totals(account, points, posts, start, end),
                   _rate_by_followers(account, points, posts, start, end), views,
                   formulas.view_rate(views, video_impressions))


def _video(account: ReportAccount, posts: Sequence[PostRow], start: date,
           end: date) -> tuple[float | None, float | None]:
    """The video posts' views and impressions (view rate = views ÷ impressions)."""
    videos = [p for p in posts if p.account_id == account.id and p.published
              and p.content_type in VIDEO_TYPES and start <= p.day <= end
              and p.video_views is not None]
    return total([p.video_views for p in videos]), total([p.impressions for p in videos])


def _rate_series(account: ReportAccount, posts: Sequence[PostRow], start: date,
                 end: date) -> tuple[SeriesPoint, ...]:
    """Per day with published posts that have numbers: their engagements ÷ their reach."""
    by_day: dict[date, list[PostRow]] = defaultdict(list)
    for p in posts:
        if p.account_id == account.id and p.published and start <= p.day <= end:
            by_day[p.day].append(p)
    found = []
    for day in sorted(by_day):
        rows = [p for p in by_day[day] if p.engagements is not None and p.reach is not None]
        rate = formulas.engagement_rate_by_reach(total([p.engagements for p in rows]),
                                                 total([p.reach for p in rows]))
        if rate is not None:
            found.append(SeriesPoint(day, rate))
    return tuple(found)


def _int(value: float | None) -> int | None:
    return None if value is None else round(value)


# ---- content --------------------------------------------------------------------------------

def post_rate(row: PostRow) -> float | None:
    """A post's engagement rate on one account: engagements ÷ reach × 100."""
    return formulas.engagement_rate_by_reach(row.engagements, row.reach)


def content_section(posts: Sequence[PostRow], accounts: dict[int, ReportAccount], kind: str,
                    period: tuple[date, date], before: tuple[date, date]
                    ) -> ContentSection | Missing:
    """Published against planned, the top and bottom posts by engagement rate, and the mean
    rate by content type, purpose, pillar and persona; the counts of the period before too."""
    now = [p for p in posts if period[0] <= p.day <= period[1]]
    planned, published, kept = _counts(now)
    if not planned and not published:
        return Missing(NO_POSTS)
    rated = sorted((p for p in now if p.published and post_rate(p) is not None),
                   key=lambda p: (-(post_rate(p) or 0.0), p.day, p.post_id))
    count = report_rules.TOP_POSTS.get(kind, report_rules.TOP_POSTS_DEFAULT)
    top, bottom = report_rules.top_and_bottom(rated, count)
    out = [p for p in now if p.published]
    planned_then, published_then, kept_then = _counts(
        [p for p in posts if before[0] <= p.day <= before[1]])
    return ContentSection(
        published=published, planned=planned,
        consistency=report_rules.consistency(kept, planned),
        top=tuple(_line(p, accounts) for p in top),
        bottom=tuple(_line(p, accounts) for p in bottom),
        by_type=_breakdown(out, lambda p: p.content_type),
        by_purpose=_breakdown(out, lambda p: p.purpose),
        by_pillar=_breakdown(out, lambda p: p.pillar),
        by_persona=_breakdown(out, lambda p: p.persona),
        published_previous=published_then, planned_previous=planned_then,
        consistency_previous=report_rules.consistency(kept_then, planned_then))


def _counts(rows: Sequence[PostRow]) -> tuple[int, int, int]:
    """(planned, published, planned ones published): distinct posts."""
    planned = {p.post_id for p in rows if p.planned}
    published = {p.post_id for p in rows if p.published}
    return len(planned), len(published), len(planned & published)


def _line(row: PostRow, accounts: dict[int, ReportAccount]) -> PostLine:
    account = accounts.get(row.account_id)
    return PostLine(row.post_id, row.day, account.label if account else "", row.topic,
                    row.content_type, row.purpose, row.pillar, row.persona, row.reach,
                    row.engagements, post_rate(row), row.lessons,
                    platform=account.platform if account else "",
                    handle=account.handle if account else "")


def _breakdown(rows: Sequence[PostRow], key: Callable[[PostRow], str]) -> tuple[Breakdown, ...]:
    """Per key ("" = not set): distinct posts and the mean of their rates; most posts first."""
    groups: dict[str, list[PostRow]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    found = [Breakdown(k, len({r.post_id for r in group}),
                       report_rules.mean_known(post_rate(r) for r in group))
             for k, group in groups.items()]
    return tuple(sorted(found, key=lambda b: (-b.posts, b.key)))

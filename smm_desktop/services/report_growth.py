"""The growth and content sections of a report, from the rows report_numbers loaded: followers
growth per account (snapshots), reach, impressions and engagement (account snapshots, else the
posts' own numbers), published against planned, top and bottom posts and the breakdowns."""

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
    reach: float | None
    impressions: float | None
    engagements: float | None
    rate: float | None


def _totals(account: ReportAccount, points: Points, posts: Sequence[PostRow],
            start: date, end: date) -> _Totals:
    """Reach and impressions from the account's snapshots (else its posts'); engagements and
    their rate from the posts' numbers (else the snapshots')."""
    mine = [p for p in posts if p.account_id == account.id and p.published
            and start <= p.day <= end]
    snap = {m: total([v for _, v in points.of(account.id, m, start, end)])
            for m in (Metric.REACH, Metric.IMPRESSIONS, Metric.ENGAGEMENTS)}
    both = [p for p in mine if p.engagements is not None and p.reach is not None]
    post_engaged = total([p.engagements for p in mine])
    if post_engaged is not None:  # the rate over the posts that have both numbers
        rate = formulas.engagement_rate_by_reach(total([p.engagements for p in both]),
                                                 total([p.reach for p in both]))
    else:
        rate = formulas.engagement_rate_by_reach(snap[Metric.ENGAGEMENTS], snap[Metric.REACH])
    reach = snap[Metric.REACH] if snap[Metric.REACH] is not None else total(
        [p.reach for p in mine])
    impressions = snap[Metric.IMPRESSIONS] if snap[Metric.IMPRESSIONS] is not None else total(
        [p.impressions for p in mine])
    engaged = post_engaged if post_engaged is not None else snap[Metric.ENGAGEMENTS]
    return _Totals(reach, impressions, engaged, rate)


def _followers(account: ReportAccount, points: Points, start: date,
               end: date) -> tuple[float | None, float | None, list[tuple[date, float]]]:
    """The count at the start (newest on or before it, else the period's first when there are
    two or more) and at the end (the period's newest), and the period's counts."""
    series = points.of(account.id, Metric.FOLLOWERS, start, end)
    first = points.followers_on(account.id, start)
    if first is None and len(series) > 1:
        first = series[0][1]
    return first, (series[-1][1] if series else None), series


def _account_growth(account: ReportAccount, points: Points, posts: Sequence[PostRow],
                    period: tuple[date, date], before: tuple[date, date]) -> AccountGrowth:
    start, end = period
    first, last, series = _followers(account, points, start, end)
    now, then = (_totals(account, points, posts, *period),
                 _totals(account, points, posts, *before))
    prev_first, prev_last, _ = _followers(account, points, *before)
    views, video_impressions = _video(account, posts, start, end)
    return AccountGrowth(
        label=account.label, platform=account.platform, followers_start=_int(first),
        followers_end=_int(last), growth=_int(formulas.growth(first, last)),
        growth_rate=formulas.growth_rate(first, last), reach=_int(now.reach),
        impressions=_int(now.impressions), engagements=_int(now.engagements),
        engagement_rate_reach=now.rate,
        engagement_rate_followers=formulas.engagement_rate_by_followers(now.engagements, last),
        video_views=_int(views), view_rate=formulas.view_rate(views, video_impressions),
        series=tuple(SeriesPoint(d, v) for d, v in series),
        reach_series=tuple(SeriesPoint(d, v) for d, v in points.of(
            account.id, Metric.REACH, start, end)),
        engagement_rate_series=_rate_series(account, posts, start, end),
        account_id=account.id, handle=account.handle,
        growth_previous=_int(formulas.growth(prev_first, prev_last)),
        reach_previous=_int(then.reach), engagements_previous=_int(then.engagements),
        engagement_rate_reach_previous=then.rate)


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


def content_section(posts: Sequence[PostRow], labels: dict[int, str], kind: str,
                    period: tuple[date, date], before: tuple[date, date]
                    ) -> ContentSection | Missing:
    """Published against planned, the top and bottom posts by engagement rate, and the mean
    rate by content type, purpose, pillar and persona."""
    now = [p for p in posts if period[0] <= p.day <= period[1]]
    planned = {p.post_id for p in now if p.planned}
    published = {p.post_id for p in now if p.published}
    if not planned and not published:
        return Missing(NO_POSTS)
    rated = sorted((p for p in now if p.published and post_rate(p) is not None),
                   key=lambda p: (-(post_rate(p) or 0.0), p.day, p.post_id))
    count = report_rules.TOP_POSTS.get(kind, report_rules.TOP_POSTS_DEFAULT)
    top, bottom = report_rules.top_and_bottom(rated, count)
    out = [p for p in now if p.published]
    earlier = {p.post_id for p in posts if before[0] <= p.day <= before[1] and p.published}
    return ContentSection(
        published=len(published), planned=len(planned),
        consistency=report_rules.consistency(len(planned & published), len(planned)),
        top=tuple(_line(p, labels) for p in top), bottom=tuple(_line(p, labels) for p in bottom),
        by_type=_breakdown(out, lambda p: p.content_type),
        by_purpose=_breakdown(out, lambda p: p.purpose),
        by_pillar=_breakdown(out, lambda p: p.pillar),
        by_persona=_breakdown(out, lambda p: p.persona),
        published_previous=len(earlier))


def _line(row: PostRow, labels: dict[int, str]) -> PostLine:
    return PostLine(row.post_id, row.day, labels.get(row.account_id, ""), row.topic,
                    row.content_type, row.purpose, row.pillar, row.persona, row.reach,
                    row.engagements, post_rate(row), row.lessons)


def _breakdown(rows: Sequence[PostRow], key: Callable[[PostRow], str]) -> tuple[Breakdown, ...]:
    """Per key ("" = not set): distinct posts and the mean of their rates; most posts first."""
    groups: dict[str, list[PostRow]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    found = [Breakdown(k, len({r.post_id for r in group}),
                       report_rules.mean_known(post_rate(r) for r in group))
             for k, group in groups.items()]
    return tuple(sorted(found, key=lambda b: (-b.posts, b.key)))

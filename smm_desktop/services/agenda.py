"""What the morning to-do shows, computed from the data that exists: today's and overdue posts,
who owes what for the next days, and the items the goals, numbers, plan and reviews call for.

Read-only and quick (the panel rebuilds on every change): a few queries per brand, none per post.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from smm_desktop.db.models import Post, PostAccount, SocialAccount
from smm_desktop.domain import agenda as rules
from smm_desktop.domain import brand_guide
from smm_desktop.domain import week_grid as grid
from smm_desktop.domain.agenda import Derived, Kind
from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.services.accounts import AccountData, AccountService
from smm_desktop.services.brands import BrandService
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.goals import GoalService
from smm_desktop.services.guides import GuideService
from smm_desktop.services.pillars import PillarService
from smm_desktop.services.post_data import PostData, post_data
from smm_desktop.services.reports import ReportService
from smm_desktop.services.reviews import ReviewService
from smm_desktop.services.snapshots import SnapshotService

__all__ = ["AgendaPost", "AgendaService", "Derived", "FollowUp", "Kind", "Upcoming"]

_GOAL_KINDS = {GoalStatus.OFF_TRACK: Kind.GOAL_OFF_TRACK, GoalStatus.AT_RISK: Kind.GOAL_AT_RISK}
_GOALS, _GUIDE, _REVIEW = "strategy/goals", "strategy/guide", "strategy/review"
_COMPETITORS = "competitors/check"
_REPORT = "reports/report"
# The competitors' week when the caller names none: Sunday, as the to-do list's default.
NO_WEEK_START = 6


@dataclass(frozen=True)
class AgendaPost:
    """A post of today, or an overdue one; `account_urls` are its accounts' profile pages."""

    post: PostData
    brand_id: int
    overdue: bool
    account_urls: tuple[str, ...]


@dataclass(frozen=True)
class FollowUp:
    """Posts one person ("" = nobody named) owes: the not-ready posts of the next days, or
    (past_due) those whose asset was due before today; `first_due` is the earliest day."""

    owner: str
    brand_id: int
    posts: tuple[PostData, ...]
    first_due: date
    past_due: bool = False


@dataclass(frozen=True)
class Upcoming:
    """A light row for a reminder: a post's time, status, topic and its accounts' handles."""

    post_id: int
    brand_id: int
    topic: str
    scheduled_at: datetime
    status: PostStatus
    handles: tuple[str, ...]


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _today_or_overdue(today: date) -> ColumnElement[bool]:
    """Scheduled today (any status), or before today and neither published nor cancelled."""
    return and_(Post.scheduled_at < _day_start(today + timedelta(days=1)),
                or_(Post.scheduled_at >= _day_start(today),
                    Post.status.not_in([s.value for s in rules.FINISHED])))


def _owed(today: date, days: int) -> ColumnElement[bool]:
    """Not ready and either its asset is past due, or it is scheduled in the next `days`."""
    coming = and_(Post.scheduled_at >= _day_start(today),
                  Post.scheduled_at < _day_start(today + timedelta(days=days + 1)))
    return and_(Post.status.in_([s.value for s in rules.NOT_READY]),
                or_(Post.asset_due < today, coming))


def _day(post: PostData) -> date:
    return post.scheduled_at.date() if post.scheduled_at else date.max


def _needed_by(post: PostData) -> date:
    """The day the owner's part is needed: the asset's due day, else the post's day."""
    return post.asset_due if post.asset_due is not None else _day(post)


def _platforms(s: Session, brand_ids: set[int]) -> dict[int, Platform]:
    """Every account of these brands (the trash too) to its platform: one query."""
    if not brand_ids:
        return {}
    rows = s.execute(select(SocialAccount.id, SocialAccount.platform)
                     .where(SocialAccount.brand_id.in_(brand_ids)))
    return {ident: Platform(value) if value in set(Platform) else Platform.OTHER
            for ident, value in rows}


def _urls(post: PostData, links: dict[int, str]) -> tuple[str, ...]:
    return tuple(links[a] for a in post.account_ids if links.get(a))


class AgendaService:
    """The computed part of the to-do across the brands of one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory
        self._accounts = AccountService(session_factory)
        self._pillars = PillarService(session_factory)
        self._goals = GoalService(session_factory)
        self._snapshots = SnapshotService(session_factory)
        self._reviews = ReviewService(session_factory)
        self._guides = GuideService(session_factory)
        self._brands = BrandService(session_factory)
        self._competitors = CompetitorService(session_factory)
        self._reports = ReportService(session_factory)

    # Posts

    def today_posts(self, brand_ids: Sequence[int], today: date) -> list[AgendaPost]:
        """Overdue posts first (oldest first), then all of today's by time."""
        found = self._open_posts(brand_ids, _today_or_overdue(today))
        items: list[AgendaPost] = []
        for brand_id in brand_ids:
            links = {a.id: a.link for a in self._accounts.list_accounts(brand_id)}
            items += [AgendaPost(p, brand_id, _day(p) < today, _urls(p, links))
                      for p in found[brand_id]]
        return sorted(items, key=lambda a: (not a.overdue, a.post.scheduled_at or datetime.min))

    def follow_ups(self, brand_ids: Sequence[int], today: date, days: int = 3) -> list[FollowUp]:
        """Per brand: assets past their due day by owner, then the not-ready posts from today
        to `days` days ahead by owner, each group by its first due day."""
        found = self._open_posts(brand_ids, _owed(today, days))
        groups: list[FollowUp] = []
        for brand_id in brand_ids:
            posts = found[brand_id]
            late = [p for p in posts if rules.asset_past_due(p.status, p.asset_due, today)]
            coming = [p for p in posts if not rules.asset_past_due(p.status, p.asset_due, today)]
            groups += self._grouped(brand_id, late, True) + self._grouped(brand_id, coming, False)
        return groups

    @staticmethod
    def _grouped(brand_id: int, posts: list[PostData], past_due: bool) -> list[FollowUp]:
        return [FollowUp(g.owner, brand_id, g.items, g.first_due, past_due)
                for g in rules.group_by_owner(posts, lambda p: p.asset_owner, _needed_by)]

    def _open_posts(self, brand_ids: Sequence[int],
                    condition: ColumnElement[bool]) -> dict[int, list[PostData]]:
        """Each brand's live posts meeting `condition` (by time, the idea bank last): one scan
        for all the brands, accounts and attachments loaded as list_range loads them. Used
        where the status filters (list_range has none, and overdue ones reach back years)."""
        query = (select(Post)
                 .where(Post.brand_id.in_(brand_ids), Post.deleted_at.is_(None), condition)
                 .options(selectinload(Post.accounts), selectinload(Post.attachments))
                 .order_by(Post.scheduled_at.is_(None), Post.scheduled_at, Post.id))
        found: dict[int, list[PostData]] = {brand_id: [] for brand_id in brand_ids}
        with self._sf() as s:
            rows = list(s.scalars(query)) if brand_ids else []
            platforms = _platforms(s, {row.brand_id for row in rows})
            for row in rows:
                found[row.brand_id].append(post_data(row, platforms))
        return found

    def upcoming(self, brand_ids: Sequence[int], start: datetime,
                 end: datetime) -> list[Upcoming]:
        """Live posts of these brands timed from `start` to `end` (both included), neither
        published nor cancelled, by time; one query, only that window."""
        if not brand_ids:
            return []
        query = (select(Post.id, Post.brand_id, Post.topic, Post.scheduled_at, Post.status,
                        SocialAccount.handle)
                 .outerjoin(PostAccount, PostAccount.post_id == Post.id)
                 .outerjoin(SocialAccount, and_(SocialAccount.id == PostAccount.account_id,
                                                SocialAccount.deleted_at.is_(None)))
                 .where(Post.brand_id.in_(brand_ids), Post.deleted_at.is_(None),
                        Post.scheduled_at >= start, Post.scheduled_at <= end,
                        Post.status.not_in([s.value for s in rules.FINISHED]))
                 .order_by(Post.scheduled_at, Post.id, PostAccount.id))
        rows: dict[int, Upcoming] = {}
        with self._sf() as s:
            for ident, brand_id, topic, at, status, handle in s.execute(query):
                assert at is not None  # within the window
                row = rows.get(ident) or Upcoming(ident, brand_id, topic or "", at,
                                                  PostStatus(status), ())
                rows[ident] = replace(row, handles=row.handles + ((handle,) if handle else ()))
        return list(rows.values())

    # Derived items

    def derived(self, brand_ids: Sequence[int], today: date,
                week_start: int = NO_WEEK_START) -> list[Derived]:
        """What the goals, numbers, next month's plan, reviews, guide and competitors call for,
        most urgent first; `week_start` (0 Monday … 6 Sunday) begins the competitors' week."""
        since = {b.id: b.created_at for b in self._brands.list_brands()}
        found: list[Derived] = []
        for brand_id in brand_ids:
            accounts = [a for a in self._accounts.list_accounts(brand_id) if not a.archived]
            found += self._goal_items(brand_id, today)
            found += self._metric_items(brand_id, accounts, today)
            found += self._plan_items(brand_id, accounts, today)
            created = since.get(brand_id)
            found += self._review_items(brand_id, today, created.date() if created else None)
            found += self._guide_items(brand_id, today)
            found += self._competitor_items(brand_id, today, week_start)
            found += self._report_items(brand_id, today, week_start)
        return rules.by_urgency(found)

    def _goal_items(self, brand_id: int, today: date) -> list[Derived]:
        """Goals at risk or off track: (title, metric, percent, deadline)."""
        return [rules.derived(_GOAL_KINDS[p.status], brand_id,
                              (p.goal.title, p.goal.metric.value if p.goal.metric else "",
                               p.percent, p.goal.deadline), _GOALS)
                for p in self._goals.progress(brand_id, today) if p.status in _GOAL_KINDS]

    def _metric_items(self, brand_id: int, accounts: list[AccountData],
                      today: date) -> list[Derived]:
        """Active accounts without numbers of the last week: (handle, platform, last day or
        None, days since or None)."""
        last = self._snapshots.last_days(brand_id) if accounts else {}
        items = []
        for account in accounts:
            day = last.get(account.id)
            if rules.metrics_stale(day, today):
                age = None if day is None else (today - day).days
                items.append(rules.derived(Kind.METRICS_STALE, brand_id, (
                    account.handle, account.platform.value, day, age), _GOALS))
        return items

    def _plan_items(self, brand_id: int, accounts: list[AccountData],
                    today: date) -> list[Derived]:
        """From the 20th, active accounts whose next month has fewer posts than their slots
        imply: (handle, platform, planned, implied, "yyyy-mm")."""
        month = rules.plan_month(today)
        if month is None or not accounts:
            return []
        slots = self._pillars.brand_slots(brand_id)
        if not any(slots.get(a.id) for a in accounts):
            return []
        planned = self._planned(brand_id, *month)
        key = f"{month[0]:04d}-{month[1]:02d}"
        items = []
        for account in accounts:
            weekdays = [slot.weekday for slot in slots.get(account.id, [])]
            if rules.plan_thin(planned[account.id], weekdays, *month):
                implied = rules.slots_in_month(weekdays, *month)
                items.append(rules.derived(Kind.PLAN_THIN, brand_id, (
                    account.handle, account.platform.value, planned[account.id], implied, key),
                    f"calendar/{key}"))
        return items

    def _planned(self, brand_id: int, year: int, month: int) -> Counter[int]:
        """How many posts (cancelled ones aside) each account has in the month: one grouped
        count, not the month's posts."""
        first, last = rules.month_bounds(year, month)
        query = (select(PostAccount.account_id, func.count())
                 .join(Post, Post.id == PostAccount.post_id)
                 .where(Post.brand_id == brand_id, Post.deleted_at.is_(None),
                        Post.scheduled_at >= _day_start(first),
                        Post.scheduled_at < _day_start(last + timedelta(days=1)),
                        Post.status != PostStatus.CANCELLED.value)
                 .group_by(PostAccount.account_id))
        with self._sf() as s:
            return Counter({account_id: count for account_id, count in s.execute(query)})

    def _review_items(self, brand_id: int, today: date, since: date | None) -> list[Derived]:
        """The quarterly review due: (year, quarter number, the quarter's last day)."""
        done = {r.quarter for r in self._reviews.list_reviews(brand_id) if r.completed}
        due = rules.review_due(today, done, since)
        if due is None:
            return []
        quarter, late = due
        kind = Kind.REVIEW_OVERDUE if late else Kind.REVIEW_DUE
        return [rules.derived(kind, brand_id, (quarter.year, quarter.number, quarter.last_day),
                              _REVIEW)]

    def _competitor_items(self, brand_id: int, today: date,
                          week_start: int) -> list[Derived]:
        """The weekly competitor check not finished: (accounts left, accounts in all) of the
        brand's followed competitors with no snapshot since the week's first day."""
        left, total = self._competitors.accounts_unchecked(
            brand_id, grid.week_start(today, week_start))
        if not left:
            return []
        return [rules.derived(Kind.COMPETITORS_UNCHECKED, brand_id, (left, total),
                              _COMPETITORS)]

    def _report_items(self, brand_id: int, today: date, week_start: int) -> list[Derived]:
        """The client reports due: (kind, first day, last day)."""
        return [rules.derived(Kind.REPORT_DUE, brand_id, (due.kind.value, due.start, due.end),
                              _REPORT)
                for due in self._reports.due([brand_id], today, week_start)]

    def _guide_items(self, brand_id: int, today: date) -> list[Derived]:
        """The quarterly consistency check due: (the last check's day or None,)."""
        last = self._guides.latest_check_date(brand_id)
        if not brand_guide.consistency_due(last, today):
            return []
        return [rules.derived(Kind.CONSISTENCY_DUE, brand_id, (last,), _GUIDE)]

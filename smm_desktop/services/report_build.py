"""Gathering one report: the brand's header, the reported accounts, one load of snapshots and
posts over the period before, the period and the one after, then each asked section in order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain.enums import ReviewKind
from smm_desktop.domain.errors import NotFound
from smm_desktop.reports import report_data as rd
from smm_desktop.reports.report_data import (
    Missing,
    NotesSection,
    Report,
    ReportKind,
    ReportRequest,
    Section,
)
from smm_desktop.services import report_sections as sections
from smm_desktop.services._base import split_stored
from smm_desktop.services.report_growth import ReportAccount, content_section, growth_section
from smm_desktop.services.report_numbers import Points, PostRow, load_points, load_posts
from smm_desktop.services.report_sections import Scope
from smm_desktop.services.report_store import find_notes


def account_label(platform: str, handle: str) -> str:
    """"instagram @bloom": the platform key and the handle as typed (the PDF may translate
    the platform by AccountGrowth.platform)."""
    shown = handle if handle.startswith("@") or "/" in handle else f"@{handle}"
    return f"{platform} {shown}"


def next_period(kind: ReportKind, start: date, end: date) -> tuple[date, date]:
    """The period after: the next month or quarter, else as many days after (a week, a range)."""
    if kind in (ReportKind.MONTHLY, ReportKind.QUARTERLY):
        return rd.period_of(kind, end + timedelta(days=1))
    return end + timedelta(days=1), end + timedelta(days=(end - start).days + 1)


def _accounts(s: Session, brand_id: int, wanted: tuple[int, ...]) -> tuple[ReportAccount, ...]:
    """The chosen accounts of the brand (that exist), else all its live, active ones."""
    query = (select(SocialAccount).where(SocialAccount.brand_id == brand_id,
                                         SocialAccount.deleted_at.is_(None))
             .order_by(SocialAccount.platform, SocialAccount.handle, SocialAccount.id))
    rows = list(s.scalars(query))
    chosen = [r for r in rows if r.id in wanted] if wanted else [r for r in rows
                                                                 if not r.archived]
    return tuple(ReportAccount(r.id, r.platform, r.handle, account_label(r.platform, r.handle))
                 for r in chosen)


class _Loaded:
    """The rows every section shares, loaded once."""

    def __init__(self, s: Session, scope: Scope, after: tuple[date, date]) -> None:
        ids = sorted(scope.account_ids)
        self.points: Points = load_points(s, ids, scope.before[0], scope.end)
        self.posts: list[PostRow] = load_posts(s, scope.brand_id, ids, scope.before[0],
                                               after[1])


def build_report(sf: sessionmaker[Session], request: ReportRequest, today: date,
                 now: Callable[[], datetime] = utcnow) -> Report:
    """The report the request asks for; NotFound when the brand does not exist."""
    kind = ReportKind(request.kind)
    before = rd.previous(kind, request.start, request.end)
    after = next_period(kind, request.start, request.end)
    with sf() as s:
        brand = s.get(Brand, request.brand_id)
        if brand is None or brand.deleted_at is not None:
            raise NotFound("Brand", request.brand_id)
        accounts = _accounts(s, request.brand_id, request.account_ids)
        scope = Scope(sf, request.brand_id, kind.value, accounts, request.start, request.end,
                      before, min(request.end, today))
        loaded = _Loaded(s, scope, after)
        header = (brand.name, split_stored(brand.colours), brand.logo_png, brand.country)
    found = {key: _section(key, scope, loaded, after) for key in request.sections
             if key in rd.ALL_SECTIONS}
    return Report(
        request=request, brand_name=header[0], brand_colours=header[1], logo_png=header[2],
        country=header[3], period=rd.period_label(kind, request.start, request.end),
        previous_period=before, generated_at=now(), sections=found,
        account_labels=tuple(a.label for a in accounts))


def _section(key: str, scope: Scope, loaded: _Loaded, after: tuple[date, date]) -> Section:
    """One section's data, or Missing."""
    period = (scope.start, scope.end)
    accounts = {a.id: a for a in scope.accounts}
    builders: dict[str, Callable[[], Section]] = {
        "summary": lambda: sections.summary_section(scope),
        rd.GOALS_REVIEW: lambda: sections.goals_review_section(scope),
        "growth": lambda: growth_section(scope.accounts, loaded.points, loaded.posts, period,
                                         scope.before),
        "content": lambda: content_section(loaded.posts, accounts, scope.kind, period,
                                           scope.before),
        "campaigns": lambda: sections.campaigns_section(scope),
        "competitors": lambda: sections.competitors_section(scope),
        "engagement": lambda: sections.engagement_section(scope),
        "next": lambda: sections.next_section(scope, after, loaded.posts),
        "notes": lambda: _notes(scope),
    }
    return builders[key]()


def _notes(scope: Scope) -> NotesSection | Missing:
    """The period's review (weekly, monthly or the quarter's); a range has none."""
    if scope.kind == ReportKind.RANGE.value:
        return Missing(rd.NO_REVIEW)
    found = find_notes(scope.sf, scope.brand_id, ReviewKind(scope.kind), scope.start,
                       scope.end)
    return found if found is not None else NotesSection()

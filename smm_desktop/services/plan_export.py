"""Send the month's plan: gather a brand's month (posts with their briefs, occasions) into the
plain data the documents take, and write a PDF, CSV or iCalendar file whole or not at all."""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from smm_desktop.domain.csv_safety import write_atomically
from smm_desktop.domain.enums import Approval, ContentType, Platform, PostPurpose, PostStatus
from smm_desktop.domain.occasions import Occasion
from smm_desktop.domain.time_zones import country_zone
from smm_desktop.reports.plan_data import PlanMonth, PlanOccasion, PlanPost, PlanTexts
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.post_data import PostData
from smm_desktop.services.registry import Services


class ExportKind(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    ICS = "ics"


def _words(value: StrEnum) -> str:
    return value.value.replace("_", " ").capitalize()


_PLATFORM_NAMES = {Platform.LINKEDIN: "LinkedIn", Platform.TIKTOK: "TikTok",
                   Platform.YOUTUBE: "YouTube", Platform.WHATSAPP_BUSINESS: "WhatsApp Business"}


def _platform_words(platform: Platform) -> str:
    return _PLATFORM_NAMES.get(platform) or _words(platform)


def _goal_words(goal: SocialGoalData) -> str:
    return goal.title.strip() or (_words(goal.metric) if goal.metric else "")


@dataclass(frozen=True)
class Namer:
    """How enums, goals and occasions read in the documents; English here, the UI passes
    translated ones."""

    status: Callable[[PostStatus], str] = _words
    content_type: Callable[[ContentType], str] = _words
    purpose: Callable[[PostPurpose], str] = _words
    approval: Callable[[Approval], str] = _words
    platform: Callable[[Platform], str] = _platform_words
    goal: Callable[[SocialGoalData], str] = _goal_words
    occasion: Callable[[Occasion], str] = lambda occasion: occasion.name


@dataclass(frozen=True)
class MonthRequest:
    """Which month, and how the person's calendar shows weeks (0 Monday … 6 Sunday)."""

    brand_id: int
    year: int
    month: int
    rtl_language: bool = False
    first_weekday: int = 0
    weekend: frozenset[int] = frozenset({5, 6})


def gather(services: Services, request: MonthRequest, namer: Namer | None = None) -> PlanMonth:
    """The brand's month as PlanMonth: every post dated in it (by time), every reference in
    words. Right to left when the person's language or the brand's first language is Arabic."""
    namer = namer or Namer()
    brand = services.brands.get(request.brand_id)
    start = date(request.year, request.month, 1)
    end = date(request.year, request.month, calendar.monthrange(request.year, request.month)[1])
    posts = [p for p in services.posts.list_range(brand.id, start, end) if p.scheduled_at]
    to_words = _post_words(services, brand.id, namer, _uid_salt(brand.id, brand.created_at))
    occasions = services.occasions.between(brand.id, start, end)
    return PlanMonth(
        brand_name=brand.name, year=request.year, month=request.month,
        posts=tuple(to_words(p) for p in posts),
        occasions=tuple(PlanOccasion(o.day, namer.occasion(o), o.expected) for o in occasions),
        colours=brand.colours, country=brand.country, time_zone=country_zone(brand.country),
        rtl=request.rtl_language or brand.languages[:1] == ("ar",),
        first_weekday=request.first_weekday, weekend=request.weekend)


def _uid_salt(brand_id: int, created: datetime | None) -> str:
    """Stable for the brand in its workspace (its creation moment), so a re-exported post
    updates the calendar event instead of adding a second one."""
    moment = created.isoformat() if created is not None else ""
    return hashlib.sha256(f"{brand_id}|{moment}".encode()).hexdigest()[:16]


def _post_words(services: Services, brand_id: int, namer: Namer,
                salt: str) -> Callable[[PostData], PlanPost]:
    """A function turning a post into its words, with the brand's names read once."""
    accounts = {a.id: f"{namer.platform(a.platform)} @{a.handle.lstrip('@')}"
                for a in services.accounts.list_accounts(brand_id)}
    goals = {g.id: namer.goal(g) for g in services.goals.list_goals(brand_id)}
    personas = {p.id: p.name for p in services.personas.list_personas(brand_id)}
    pillars = {p.id: p.name for p in services.pillars.list_pillars(brand_id)}

    def words(post: PostData) -> PlanPost:
        assert post.scheduled_at is not None
        return PlanPost(
            id=post.id, when=post.scheduled_at, status=post.status,
            status_text=namer.status(post.status), topic=post.topic,
            accounts=tuple(accounts[a] for a in post.account_ids if a in accounts),
            platforms=tuple(dict.fromkeys(namer.platform(p) for p in post.platforms)),
            goal=goals.get(post.social_goal_id or 0, ""),
            content_type=namer.content_type(post.content_type) if post.content_type else "",
            purpose=namer.purpose(post.purpose) if post.purpose else "",
            persona=personas.get(post.persona_id or 0, ""),
            pillar=pillars.get(post.pillar_id or 0, ""), call_to_action=post.call_to_action,
            caption=post.caption, hashtags=post.hashtags, approval=namer.approval(post.approval),
            approval_note=post.approval_note, occasion=post.occasion,
            notes_for_design=post.notes_for_design, uid=f"post-{post.id}-{salt}@plan.invalid")

    return words


def document(plan: PlanMonth, texts: PlanTexts, kind: ExportKind) -> bytes:
    """The file's bytes; ReportLab and icalendar are imported only when asked for."""
    if kind is ExportKind.PDF:
        from smm_desktop.reports import plan_pdf
        return plan_pdf.render(plan, texts)
    if kind is ExportKind.CSV:
        from smm_desktop.reports import plan_csv
        return plan_csv.render(plan, texts)
    from smm_desktop.reports import plan_ics
    return plan_ics.render(plan, texts)


def export_month(services: Services, request: MonthRequest, kind: ExportKind, path: Path,
                 namer: Namer | None = None, texts: PlanTexts | None = None) -> Path:
    """Gather, render and write the file atomically: the old file or the new one, never half."""
    plan = gather(services, request, namer)
    write_atomically(path, document(plan, texts or PlanTexts(), kind))
    return path

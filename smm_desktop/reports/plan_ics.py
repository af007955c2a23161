"""The month's posts as an iCalendar file (RFC 5545) that Google Calendar and Outlook import:
one event per dated post, at the brand's local time (in its zone when the country has one,
else floating), with a UID stable per post so a second import updates instead of adding."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Journal

from smm_desktop.domain.enums import PostStatus
from smm_desktop.reports.plan_data import PlanMonth, PlanPost, PlanTexts

DURATION = timedelta(minutes=30)
_STATUS = {PostStatus.CANCELLED: "CANCELLED", PostStatus.READY: "CONFIRMED",
           PostStatus.SCHEDULED: "CONFIRMED", PostStatus.PUBLISHED: "CONFIRMED"}


def _description(post: PlanPost, texts: PlanTexts) -> str:
    """The brief, one labelled line each, then the caption and hashtags."""
    head = texts.headers
    fields = ("status_text", "accounts", "goal", "content_type", "purpose", "persona", "pillar",
              "call_to_action", "occasion", "approval", "notes_for_design")
    lines = []
    for name in fields:
        value = getattr(post, name)
        value = "; ".join(value) if isinstance(value, tuple) else value
        if value:
            lines.append(f"{head[name.removesuffix('_text')]}: {value}")
    if post.approval_note:
        lines.append(post.approval_note)
    caption = "\n".join(part for part in (post.caption, " ".join(post.hashtags)) if part)
    return "\n".join(lines) + (f"\n\n{caption}" if caption else "")


def _event(post: PlanPost, plan: PlanMonth, texts: PlanTexts, stamp: datetime) -> Event:
    event = Event()
    zone = ZoneInfo(plan.time_zone) if plan.time_zone else None
    start = post.when.replace(tzinfo=zone)
    event.add("uid", post.uid or f"post-{post.id}@plan.invalid")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + DURATION)
    event.add("summary", post.topic or texts.untitled)
    event.add("description", _description(post, texts))
    event.add("status", _STATUS.get(post.status, "TENTATIVE"))
    if post.platforms:
        event.add("categories", list(post.platforms))
    return event


def _empty_note(plan: PlanMonth, texts: PlanTexts, stamp: datetime) -> Journal:
    """RFC 5545 wants at least one component: a journal entry (calendars show none) saying
    the month is empty."""
    note = Journal()
    brand = hashlib.sha256(plan.brand_name.encode()).hexdigest()[:16]
    note.add("uid", f"empty-{plan.year}-{plan.month:02d}-{brand}@plan.invalid")
    note.add("dtstamp", stamp)
    note.add("dtstart", date(plan.year, plan.month, 1))
    note.add("summary", texts.empty)
    return note


def render(plan: PlanMonth, texts: PlanTexts | None = None,
           now: datetime | None = None) -> bytes:
    """The .ics bytes. A month with no posts is a valid calendar whose name says so."""
    texts = texts or PlanTexts()
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", "-//Content plan//Month export//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = f"{plan.brand_name} · {texts.title} · {plan.month_title(texts)}"
    cal.add("x-wr-calname", name if plan.posts else f"{name} · {texts.empty}")
    if plan.time_zone:
        cal.add("x-wr-timezone", plan.time_zone)
    for post in plan.posts:
        cal.add_component(_event(post, plan, texts, stamp))
    if not plan.posts:
        cal.add_component(_empty_note(plan, texts, stamp))
    if plan.time_zone and plan.posts:
        cal.add_missing_timezones()
    return cal.to_ical()

"""What the Today panel shows, as plain entries: one read of the services per reload turned into
sections (posts, follow-ups, to check, routines, tasks), grouped and sorted by urgency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate

from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.routines import Cadence, ItemState, RoutineItem
from smm_desktop.services.registry import Services
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.i18n import Formatter, digits_in
from smm_desktop.ui.panels import today_text
from smm_desktop.ui.post_labels import status_name
from smm_desktop.ui.tabs.calendar.post_text import time_text

URGENT_DERIVED = 20  # goals off track and overdue reviews show in red
# Derived items whose sentence names no account: the brand is added to the line.
_BRAND_KINDS = ("consistency_due", "competitors_unchecked")
LEFT_POST = (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.IN_DESIGN, PostStatus.READY)


@dataclass(frozen=True)
class Entry:
    """One line: `kind` says what a click does ("post", "follow_up", "derived", "routine",
    "task", "group"); `payload` is the service record it stands for."""

    kind: str
    text: str
    tip: str = ""
    checkable: bool = False
    checked: bool = False
    urgent: bool = False
    screen: str = ""
    payload: Any = None
    children: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    left: int
    entries: tuple[Entry, ...]


@dataclass
class Snapshot:
    """Everything one reload read, for the brands shown."""

    today: date
    brands: dict[int, str]
    show_brand: bool
    posts: list[Any] = field(default_factory=list)
    follow_ups: list[Any] = field(default_factory=list)
    derived: list[Any] = field(default_factory=list)
    items: list[RoutineItem] = field(default_factory=list)
    routines: dict[int, Any] = field(default_factory=dict)
    tasks: list[Any] = field(default_factory=list)


def load(services: Services, brand_ids: Sequence[int], brands: dict[int, str], today: date,
         week_start: int, follow_up_days: int = 3) -> Snapshot:
    """One read of each service for `brand_ids` (the brands shown); follow-ups look
    `follow_up_days` ahead."""
    agenda, ids = services.agenda, list(brand_ids)
    snap = Snapshot(today, brands, len(ids) > 1)
    if not ids:
        return snap
    snap.posts = agenda.today_posts(ids, today)
    snap.follow_ups = agenda.follow_ups(ids, today, follow_up_days)
    snap.derived = agenda.derived(ids, today, week_start)
    snap.routines = {r.id: r for r in services.routines.list_routines(include_disabled=False)}
    snap.items = services.routines.open_items(ids, week_start)
    shown = set(ids)
    snap.tasks = [t for t in services.tasks.list_tasks(None)
                  if t.brand_id is None or t.brand_id in shown]
    return snap


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayText", text)


def _brand(snap: Snapshot, brand_id: int | None) -> str:
    return snap.brands.get(brand_id or 0, "") if snap.show_brand else ""


def _day(fmt: Formatter, day: date) -> str:
    return fmt.date(QDate(day.year, day.month, day.day))


# --- posts -----------------------------------------------------------------------------------


def post_entry(snap: Snapshot, fmt: Formatter, item: Any) -> Entry:
    post = item.post
    when = post.scheduled_at
    at = time_text(fmt, when)
    if item.overdue and when is not None:
        at = _day(fmt, when.date()) + " " + at
    topic = post.topic or QCoreApplication.translate("TodayText", "(no topic)")
    line = f"{at}  {topic} · {status_name(post.status)}"
    tip = today_text.post_tip(fmt, post, _brand(snap, item.brand_id) or
                              snap.brands.get(item.brand_id, ""))
    return Entry("post", line, tip, urgent=item.overdue, screen="calendar", payload=item)


def post_section(snap: Snapshot, fmt: Formatter) -> Section:
    entries = tuple(post_entry(snap, fmt, p) for p in
                    sorted(snap.posts, key=lambda p: (not p.overdue, p.post.scheduled_at)))
    left = sum(1 for p in snap.posts if p.post.status in LEFT_POST)
    return Section("posts", QCoreApplication.translate("TodayText", "Today's posts"), left, entries)


# --- follow-ups ------------------------------------------------------------------------------


def follow_up_entry(snap: Snapshot, fmt: Formatter, item: Any) -> Entry:
    owner = isolate(item.owner) or QCoreApplication.translate("TodayText", "nobody named")
    count = digits_in(str(len(item.posts)))
    day = _day(fmt, item.first_due)
    past_due = getattr(item, "past_due", False)
    template = (QCoreApplication.translate("TodayText", "Assets past due from %1 (posts: %2), since %3") if past_due
                else QCoreApplication.translate("TodayText", "Follow up with %1 (posts: %2), first due %3"))
    text = template.replace("%1", owner).replace("%2", count).replace("%3", day)
    brand = _brand(snap, item.brand_id)
    tip = "\n".join([brand] * bool(brand) + [p.topic or QCoreApplication.translate("TodayText", "(no topic)") for p in item.posts])
    return Entry("follow_up", text, tip, urgent=past_due, screen="calendar", payload=item)


def follow_up_section(snap: Snapshot, fmt: Formatter) -> Section:
    ordered = sorted(snap.follow_ups, key=lambda f: (not getattr(f, "past_due", False),
                                                     f.first_due))
    entries = tuple(follow_up_entry(snap, fmt, f) for f in ordered)
    return Section("follow_ups", QCoreApplication.translate("TodayText", "Follow-ups"), len(entries), entries)


# --- to check --------------------------------------------------------------------------------


def derived_section(snap: Snapshot, fmt: Formatter) -> Section:
    entries = []
    for item in sorted(snap.derived, key=lambda d: d.urgency):
        text = today_text.derived_text(item.kind, item.text_args, fmt)
        brand = _brand(snap, item.brand_id)
        tip = f"{brand}\n{text}" if brand else text
        line = f"{text} · {brand}" if brand and item.kind in _BRAND_KINDS else text
        entries.append(Entry("derived", line, tip, urgent=item.urgency <= URGENT_DERIVED,
                             screen=item.screen, payload=item))
    return Section("check", QCoreApplication.translate("TodayText", "To check"), len(entries), tuple(entries))


# --- routines --------------------------------------------------------------------------------


def routine_entry(snap: Snapshot, fmt: Formatter, item: RoutineItem) -> Entry:
    routine = snap.routines[item.routine_id]
    title = today_text.routine_title(routine)
    cadence = today_text.cadence_short(item.cadence)
    text = title if item.cadence is Cadence.DAILY else f"{title} · {cadence}"
    when = (QCoreApplication.translate("TodayText", "missed %1").replace("%1", _day(fmt, item.due))
            if item.state is ItemState.OVERDUE else cadence)
    tip = "\n".join(p for p in (title, when, today_text.routine_why(routine)) if p)
    return Entry("routine", text, tip, checkable=True,
                 checked=item.state is ItemState.DONE, urgent=item.state is ItemState.OVERDUE,
                 screen=routine.screen, payload=item)


def _shown_item(item: RoutineItem, today: date, just_done: set[tuple[int, int, str]]) -> bool:
    """Open items due by today, and done ones only if daily or checked while the panel is open
    (they fade out at the next reload after that)."""
    if item.state is ItemState.DONE:
        key = (item.routine_id, item.brand_id, item.period_key)
        return item.cadence is Cadence.DAILY or key in just_done
    return item.state is ItemState.OVERDUE or item.due <= today


def routine_section(snap: Snapshot, fmt: Formatter,
                    just_done: set[tuple[int, int, str]]) -> Section:
    items = [i for i in snap.items if i.routine_id in snap.routines
             and _shown_item(i, snap.today, just_done)]
    left = sum(1 for i in items if i.state is not ItemState.DONE)
    by_brand: dict[int, list[Entry]] = {}
    for item in items:
        by_brand.setdefault(item.brand_id, []).append(routine_entry(snap, fmt, item))
    if not snap.show_brand:
        flat = tuple(e for entries in by_brand.values() for e in entries)
        return Section("routines", QCoreApplication.translate("TodayText", "Routines"), left, flat)
    groups = tuple(_group(snap, brand_id, entries) for brand_id, entries in by_brand.items())
    return Section("routines", QCoreApplication.translate("TodayText", "Routines"), left, groups)


def _group(snap: Snapshot, brand_id: int, entries: list[Entry]) -> Entry:
    left = sum(1 for e in entries if not e.checked)
    name = snap.brands.get(brand_id, "")
    text = QCoreApplication.translate("TodayText", "%1: %2 left").replace("%1", name).replace("%2", digits_in(str(left)))
    return Entry("group", text, name, children=tuple(entries))


# --- tasks -----------------------------------------------------------------------------------


def task_entry(snap: Snapshot, fmt: Formatter, task: Any) -> Entry:
    due = task.due
    overdue = due is not None and due < snap.today and task.done_at is None
    text = task.title
    if due is not None and due != snap.today:
        text = f"{task.title} · {_day(fmt, due)}"
    brand = _brand(snap, task.brand_id)
    tip = "\n".join(part for part in (brand, task.title, task.note) if part)
    return Entry("task", text, tip, checkable=True, checked=task.done_at is not None,
                 urgent=overdue, payload=task)


def task_section(snap: Snapshot, fmt: Formatter) -> Section:
    far = date.max
    tasks = sorted(snap.tasks, key=lambda t: (t.done_at is not None, t.due or far, t.id))
    soon = snap.today + timedelta(days=1)
    left = sum(1 for t in tasks if t.done_at is None and (t.due is None or t.due < soon))
    return Section("tasks", QCoreApplication.translate("TodayText", "Tasks"), left, tuple(task_entry(snap, fmt, t) for t in tasks))


def sections(snap: Snapshot, fmt: Formatter,
             just_done: set[tuple[int, int, str]]) -> list[Section]:
    """The panel's sections in reading order."""
    return [post_section(snap, fmt), follow_up_section(snap, fmt), derived_section(snap, fmt),
            routine_section(snap, fmt, just_done), task_section(snap, fmt)]

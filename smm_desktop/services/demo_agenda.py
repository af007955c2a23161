"""The sample's to-do panel: the default routines plus one of the manager's own, a few weeks of
check-offs per brand (mostly kept up, with a few misses that carry over to today), and
one-off tasks across the brands."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import update

from smm_desktop.db.models import Routine, RoutineCheck, Task
from smm_desktop.domain import routines as rules
from smm_desktop.domain.routines import Cadence
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.routines import RoutineData, RoutineInput, RoutineService
from smm_desktop.services.tasks import TaskInput, TaskService
from smm_desktop.services.workspace import Workspace

WEEK_START = 6  # Sunday, as in Saudi Arabia (and QLocale("en")); weekly keys follow it
HISTORY_DAYS = 35
ROUTINES_SINCE_DAYS = 70
# How likely a period was checked off: long ago, the period just before today's (the one that
# carries over when missed), and today's own when its due day has come.
DONE_ODDS = {Cadence.DAILY: (0.9, 0.8, 0.35), Cadence.WEEKLY: (0.85, 0.75, 0.5),
             Cadence.MONTHLY: (0.85, 0.8, 0.5), Cadence.QUARTERLY: (0.8, 0.8, 0.4)}
OWN_ROUTINE = RoutineInput(
    "Send each client next week's posts for approval",
    "Approved posts on Thursday mean no weekend surprises.",
    cadence=Cadence.WEEKLY, weekday=3, screen="calendar")

# Per brand, in the order of SAMPLE_BRANDS: notes a check-off sometimes carries.
NOTES: tuple[tuple[str, ...], ...] = (
    ("رددت على ١٤ تعليقًا وثلاث رسائل", "شكوى عن التأخير في الطلبات: حُوِّلت للمدير",
     "نقلنا منشور العرض إلى المساء"),
    ("Two posts moved to Friday", "Answered the wedding enquiry within the hour",
     "Competitor started same-day delivery ads"),
    ("رسائل كثيرة عن أسعار الاشتراك", "تعاون مقترح مع مدربة يوغا",
     "ترند تحدي المشي منتشر هذا الأسبوع"),
)

# (brand index or None, title, due in days from today or None, note, done days ago or None)
TASKS: tuple[tuple[int | None, str, int | None, str, int | None], ...] = (
    (0, "اطلب صور قائمة الشتاء من المصمم", 2, "قبل إطلاق المشروبات الشتوية", None),
    (0, "أكّد موعد تصوير الباريستا مع الإدارة", -1, "", None),
    (1, "Confirm the Christmas wreath workshop dates", 5, "Two evenings, 12 places each", None),
    (1, "Send the November report to the owner", -2, "", 1),
    (2, "احجز المصوّر لافتتاح الفرع الثاني", 10, "التصوير صباحًا قبل وصول المتدربات", None),
    (None, "Renew the scheduling tool subscription", 14, "", 3),
)


def write_agenda(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                 today: date) -> None:
    sf = workspace.session_factory
    service = RoutineService(sf, today=lambda: today)
    service.ensure_defaults(week_start=WEEK_START)
    service.create(OWN_ROUTINE)
    since = datetime.combine(today - timedelta(days=ROUTINES_SINCE_DAYS), time(9))
    with sf.begin() as s:
        s.execute(update(Routine).values(created_at=since, updated_at=since))
    checks = [check for brand in sample for routine in service.list_routines()
              for check in _checks(rng, routine, brand, today)]
    with sf.begin() as s:
        s.add_all(checks)
    _write_tasks(workspace, sample, today)


def _periods(cadence: Cadence, today: date) -> list[date]:
    """The first day of each period of `cadence` in the history, oldest first, today's last."""
    firsts: list[date] = []
    day = today - timedelta(days=HISTORY_DAYS)
    while day <= today:
        first, last = rules.period_bounds(cadence, day, WEEK_START)
        if not firsts or firsts[-1] != first:
            firsts.append(first)
        day = last + timedelta(days=1)
    return firsts


def _checks(rng: random.Random, routine: RoutineData, brand: SampleBrand,
            today: date) -> list[RoutineCheck]:
    """The check-offs of one routine for one brand over the history."""
    rule = routine.rule()
    firsts = _periods(routine.cadence, today)
    long_ago, previous, current = DONE_ODDS[routine.cadence]
    made = []
    for n, first in enumerate(firsts):
        due = rules.due_day(rule, first, WEEK_START)
        odds = current if n == len(firsts) - 1 else previous if n == len(firsts) - 2 else long_ago
        if due > today or due < brand.onboarded or rng.random() >= odds:
            continue
        made.append(RoutineCheck(
            routine_id=routine.id, brand_id=brand.id,
            period=rules.period_key(routine.cadence, first, WEEK_START),
            done_at=_done_at(rng, routine.cadence, due, first, today), note=_note(rng, brand)))
    return made


def _done_at(rng: random.Random, cadence: Cadence, due: date, first: date,
             today: date) -> datetime:
    """Daily ones in the morning of their day; others on their due day or a day or two late,
    never after today and never before their period."""
    late = 0 if cadence is Cadence.DAILY else rng.choice((0, 0, 0, 1, 2))
    day = max(first, min(due + timedelta(days=late), today))
    return datetime.combine(day, time(8 + rng.randrange(3), rng.randrange(60)))


def _note(rng: random.Random, brand: SampleBrand) -> str:
    notes = NOTES[brand.index % len(NOTES)]
    return rng.choice(notes) if rng.random() < 0.06 else ""


def _write_tasks(workspace: Workspace, sample: Sequence[SampleBrand], today: date) -> None:
    tasks = TaskService(workspace.session_factory)
    for index, title, due_in, note, done_ago in TASKS:
        brand_id = None if index is None else sample[index].id
        due = None if due_in is None else today + timedelta(days=due_in)
        made = tasks.create(TaskInput(title, brand_id, due, note))
        if done_ago is not None:
            done_at = datetime.combine(today - timedelta(days=done_ago), time(15, 30))
            with workspace.session_factory.begin() as s:
                s.execute(update(Task).where(Task.id == made.id).values(done_at=done_at))

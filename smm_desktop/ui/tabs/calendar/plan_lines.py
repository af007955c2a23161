"""The planning panel's lines for a month, from plain data: what each says, whether it needs a
look, and what it leads to (a day to show, a new post's draft). No widgets here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from smm_desktop.domain import planning
from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.occasions import Occasion
from smm_desktop.domain.planning import PlannedPost, Week
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.personas import PersonaData
from smm_desktop.services.post_data import PillarData, PostData, PostInput
from smm_desktop.ui import goal_text, post_labels
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.occasion_labels import occasion_name
from smm_desktop.ui.tabs.calendar.occasion_marks import EXPECTED_MARK

DRAFT_TIME = time(10, 0)
SHARE_SLACK = 10  # percentage points a pillar may be off its target before it is flagged


@dataclass(frozen=True)
class PlanLine:
    text: str
    warning: bool = False
    day: date | None = None  # what the line shows (double-click when no draft)
    draft: PostInput | None = None  # a new post it proposes
    tip: str = ""  # more than fits on the line


@dataclass(frozen=True)
class PlanSection:
    title: str
    lines: list[PlanLine]


@dataclass
class MonthFacts:
    """What the panel reads for one month of one brand."""

    year: int
    month: int
    weeks: list[Week]
    posts: list[PostData]  # the shown range's posts (the 6-week grid)
    occasions: list[Occasion]  # the shown range's occasions
    accounts: list[AccountData] = field(default_factory=list)
    slots_per_week: dict[int, int] = field(default_factory=dict)
    pillars: list[PillarData] = field(default_factory=list)
    personas: list[PersonaData] = field(default_factory=list)
    goals: list[SocialGoalData] = field(default_factory=list)

    def in_month(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def planned(self, whole_range: bool = False) -> list[PlannedPost]:
        """The posts (not cancelled) of the month, or of the whole shown range."""
        return [PlannedPost(p.scheduled_at.date(), p.account_ids, p.pillar_id, p.purpose,
                            p.persona_id, p.social_goal_id)
                for p in self.posts if p.scheduled_at is not None
                and p.status is not PostStatus.CANCELLED
                and (whole_range or self.in_month(p.scheduled_at.date()))]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanLines", text)


def _fill(template: str, *values: object) -> str:
    """The template's %1, %2… by the values, each a bidi isolate (an Arabic name must not turn
    the line around), numbers in the chosen digits."""
    text = template  # not digits_in: its %1 would become %١
    for number, value in enumerate(values, start=1):
        shown = digits_in(str(value)) if isinstance(value, int) else str(value)
        text = text.replace(f"%{number}", f"\u2068{shown}\u2069" if shown else "")
    return text


def short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def week_name(number: int, week: Week) -> str:
    return _fill(QCoreApplication.translate("PlanLines", "Week %1 (%2 – %3)"), number + 1, short_day(week.first), short_day(week.last))


def _draft(**values: object) -> PostInput:
    return PostInput(status=PostStatus.DRAFT, **values)  # type: ignore[arg-type]


def week_lines(facts: MonthFacts) -> PlanSection:
    counts = planning.posts_per_week(facts.planned(), facts.weeks)
    return PlanSection(QCoreApplication.translate("PlanLines", "Posts per week"), [
        PlanLine(_fill(QCoreApplication.translate("PlanLines", "%1: %2 posts"), week_name(n, w), count), False, w.first)
        for n, (w, count) in enumerate(zip(facts.weeks, counts, strict=True))])


def account_lines(facts: MonthFacts) -> PlanSection:
    loads = planning.account_loads(facts.planned(), facts.weeks, facts.slots_per_week)
    names = {a.id: goal_text.account_name(a) for a in facts.accounts}
    lines = []
    for load in loads:
        name = names.get(load.account_id, "")
        short = [facts.weeks[n] for n in load.short_weeks]
        if not load.target:
            text = _fill(QCoreApplication.translate("PlanLines", "%1: %2 posts, no posting slots set"), name, load.total)
            tip = text
        else:
            text = _fill(QCoreApplication.translate("PlanLines", "%1: %2 of %3"), name, load.total, load.month_target)
            tip = _fill(QCoreApplication.translate("PlanLines", "%1: %2 posts planned of %3 (%4 posting slots a week)"), name,
                        load.total, load.month_target, load.target)
        lines.append(PlanLine(text, bool(short), short[0].first if short else None, _draft(
            account_ids=(load.account_id,)) if short else None, tip))
    return PlanSection(QCoreApplication.translate("PlanLines", "Accounts against their posting slots"), lines)


def pillar_lines(facts: MonthFacts) -> PlanSection:
    shares = planning.pillar_shares(facts.planned(), {p.id: p.target_share for p in facts.pillars})
    names = {p.id: p.name for p in facts.pillars}
    lines = []
    for share in shares:
        off = share.target is not None and abs(share.share - share.target) > SHARE_SLACK
        text = (_fill(QCoreApplication.translate("PlanLines", "%1: %2% (target %3%)"), names[share.pillar_id], share.share,
                      share.target) if share.target is not None
                else _fill(QCoreApplication.translate("PlanLines", "%1: %2% (no target)"), names[share.pillar_id], share.share))
        under = off and share.target is not None and share.share < share.target
        lines.append(PlanLine(text, off, None, _draft(pillar_id=share.pillar_id) if under else None))
    return PlanSection(QCoreApplication.translate("PlanLines", "Pillars against their targets"), lines)


def purpose_lines(facts: MonthFacts) -> PlanSection:
    counts = planning.purposes_covered(facts.planned())
    lines = [PlanLine(_fill(QCoreApplication.translate("PlanLines", "%1: %2 posts"), post_labels.purpose_name(p), n))
             for p, n in counts.items() if n]
    missing = [post_labels.purpose_name(p) for p, n in counts.items() if not n]
    if missing:
        lines.append(PlanLine(_fill(QCoreApplication.translate("PlanLines", "Not covered: %1"), QCoreApplication.translate("PlanLines", ", ").join(missing))))
    return PlanSection(QCoreApplication.translate("PlanLines", "Purposes"), lines)


def persona_lines(facts: MonthFacts) -> PlanSection:
    live = [p for p in facts.personas if not p.archived]
    counts = planning.personas_covered(facts.planned(), [p.id for p in live])
    return PlanSection(QCoreApplication.translate("PlanLines", "Personas"), [
        PlanLine(_fill(QCoreApplication.translate("PlanLines", "%1: %2 posts"), p.name, counts[p.id])) if counts[p.id] else
        PlanLine(_fill(QCoreApplication.translate("PlanLines", "%1: nothing planned"), p.name), True, None, _draft(persona_id=p.id))
        for p in live])


def goal_lines(facts: MonthFacts) -> PlanSection:
    first, last = facts.weeks[0].first, facts.weeks[-1].last
    running = [g for g in facts.goals if g.closed_as is None
               and planning.running(g.start, g.deadline, first, last)]
    lonely = set(planning.goals_without_posts(facts.planned(), [g.id for g in running]))
    lines = [PlanLine(goal_text.goal_name(g), True, None, _draft(social_goal_id=g.id))
             for g in running if g.id in lonely]
    return PlanSection(QCoreApplication.translate("PlanLines", "Goals with no post serving them"), lines or [
        PlanLine(QCoreApplication.translate("PlanLines", "Every running goal has a post this month."))])


def occasion_lines(facts: MonthFacts) -> PlanSection:
    shown = {(o.key, o.day): o for o in facts.occasions if facts.in_month(o.day)}
    days = [planning.OccasionDay(key, o.name, o.day) for (key, _d), o in shown.items()]
    lonely = planning.lonely_occasions(facts.planned(whole_range=True), days)
    lines = []
    for item in lonely:
        occasion = shown[(item.key, item.day)]
        name = occasion_name(occasion)
        mark = EXPECTED_MARK + " " if occasion.expected else ""
        lines.append(PlanLine(_fill(QCoreApplication.translate("PlanLines", "%1%2 · %3"), mark, name, short_day(item.day)), True,
                              item.day, _draft(topic=name, occasion=name[:120],
                                               scheduled_at=datetime.combine(item.day, DRAFT_TIME))))
    return PlanSection(QCoreApplication.translate("PlanLines", "Occasions with nothing planned (±3 days)"), lines or [
        PlanLine(QCoreApplication.translate("PlanLines", "Every occasion this month has a post near it."))])


def empty_week_lines(facts: MonthFacts) -> PlanSection:
    empty = planning.empty_weeks(facts.planned(), facts.weeks)
    numbers = {w: n for n, w in enumerate(facts.weeks)}
    return PlanSection(QCoreApplication.translate("PlanLines", "Empty weeks"), [
        PlanLine(week_name(numbers[w], w), True, w.first) for w in empty] or [
        PlanLine(QCoreApplication.translate("PlanLines", "Every week has a post."))])


def plan_sections(facts: MonthFacts) -> list[PlanSection]:
    """Every section of the panel, in the order a planner reads them."""
    builders: Sequence = (week_lines, empty_week_lines, account_lines, pillar_lines,
                          purpose_lines, persona_lines, goal_lines, occasion_lines)
    return [build(facts) for build in builders]

"""The job's routines as pure rules: periods and their keys, a routine's due day, what is open
today (with one period of carry-over), and the default set of routines.

Weeks start where the locale says (`week_start`: 0 Monday … 6 Sunday), so a week is keyed by
its first day ("W2026-11-22"), not by an ISO week number: every week start works and keys of
one cadence sort in time order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from smm_desktop.domain.errors import FieldError

DAYS_IN_WEEK = 7
QUARTER_WINDOW_DAYS = 14  # a quarterly routine without a day is due in its quarter's last 14 days
WEEKLY_REPORT_FOLLOWERS = 100_000  # above this, the weekly report is flagged required
MAX_MONTH_DAY = 31


class Cadence(StrEnum):
    """How often a routine comes back: one check per period."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class ItemState(StrEnum):
    """Where a routine's item stands today; the members are in order of urgency."""

    OVERDUE = "overdue"  # the previous period went unchecked
    DUE_TODAY = "due_today"  # due today, or earlier in the current period and not checked yet
    UPCOMING = "upcoming"  # due later in the current period
    DONE = "done"  # checked for the current period


_CADENCE_ORDER = {cadence: n for n, cadence in enumerate(Cadence)}
_STATE_ORDER = {state: n for n, state in enumerate(ItemState)}


# --- periods ---------------------------------------------------------------------------------


def _week_first(day: date, week_start: int) -> date:
    return day - timedelta(days=(day.weekday() - week_start) % DAYS_IN_WEEK)


def _month_last(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def period_bounds(cadence: Cadence, day: date, week_start: int) -> tuple[date, date]:
    """The first and last day of the period of `cadence` that holds `day`."""
    if cadence is Cadence.DAILY:
        return day, day
    if cadence is Cadence.WEEKLY:
        first = _week_first(day, week_start)
        return first, first + timedelta(days=DAYS_IN_WEEK - 1)
    if cadence is Cadence.MONTHLY:
        return day.replace(day=1), _month_last(day.year, day.month)
    first_month = 3 * ((day.month - 1) // 3) + 1
    return date(day.year, first_month, 1), _month_last(day.year, first_month + 2)


def period_key(cadence: Cadence, day: date, week_start: int) -> str:
    """The stored key of the period holding `day`: "2026-11-28", "W2026-11-22" (the week's
    first day), "2026-11", "2026-Q4"."""
    first, _ = period_bounds(cadence, day, week_start)
    if cadence is Cadence.DAILY:
        return first.isoformat()
    if cadence is Cadence.WEEKLY:
        return "W" + first.isoformat()
    if cadence is Cadence.MONTHLY:
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"


def previous_period(cadence: Cadence, day: date, week_start: int) -> tuple[date, date]:
    """The bounds of the period just before the one holding `day`."""
    first, _ = period_bounds(cadence, day, week_start)
    return period_bounds(cadence, first - timedelta(days=1), week_start)


def parse_period_key(key: str) -> tuple[Cadence, date]:
    """The cadence and first day a key stands for (for history); ValueError when malformed."""
    if key.startswith("W"):
        return Cadence.WEEKLY, date.fromisoformat(key[1:])
    if "-Q" in key:
        year, quarter = key.split("-Q")
        number = int(quarter)
        if not 1 <= number <= 4:
            raise ValueError(f"bad quarter in {key!r}")
        return Cadence.QUARTERLY, date(int(year), 3 * number - 2, 1)
    if len(key) == len("2026-11"):
        return Cadence.MONTHLY, date.fromisoformat(key + "-01")
    return Cadence.DAILY, date.fromisoformat(key)


# --- rules and due days ----------------------------------------------------------------------


@dataclass(frozen=True)
class RoutineRule:
    """What the rules need of a routine. `weekday` (0 Monday … 6 Sunday) counts for weekly
    ones, `month_day` (1-31, clamped to the month) for monthly and quarterly ones."""

    id: int
    cadence: Cadence
    weekday: int | None = None
    month_day: int | None = None
    enabled: bool = True


def rule_errors(rule: RoutineRule) -> list[FieldError]:
    """Problems with a routine's day, for the service to refuse before saving."""
    errors = []
    if rule.weekday is not None and not 0 <= rule.weekday < DAYS_IN_WEEK:
        errors.append(FieldError("weekday", "out_of_range", {"min": "0", "max": "6"}))
    if rule.month_day is not None and not 1 <= rule.month_day <= MAX_MONTH_DAY:
        errors.append(FieldError("month_day", "out_of_range", {"min": "1", "max": "31"}))
    return errors


def due_day(rule: RoutineRule, day: date, week_start: int) -> date:
    """The day `rule` falls due in the period holding `day`.

    Daily: that day. Weekly: its weekday in that week, else the week's first day. Monthly: its
    month_day (clamped to the month's last day), else the 1st. Quarterly: its month_day in the
    quarter's last month (clamped), else 14 days before the quarter ends. A day outside its
    range is clamped too, so a bad stored value never crashes the panel.
    """
    first, last = period_bounds(rule.cadence, day, week_start)
    if rule.cadence is Cadence.DAILY:
        return first
    if rule.cadence is Cadence.WEEKLY:
        if rule.weekday is None:
            return first
        return first + timedelta(days=(rule.weekday - week_start) % DAYS_IN_WEEK)
    if rule.month_day is None:
        if rule.cadence is Cadence.MONTHLY:
            return first
        return last - timedelta(days=QUARTER_WINDOW_DAYS - 1)
    return last.replace(day=max(1, min(rule.month_day, last.day)))


# --- what is open today ----------------------------------------------------------------------


@dataclass(frozen=True)
class RoutineItem:
    """One line of the to-do panel: a routine for a brand in one period (`period_key` is what
    a check stores), due on `due`."""

    routine_id: int
    brand_id: int
    cadence: Cadence
    period_key: str
    due: date
    state: ItemState


Check = tuple[int, int, str]  # (routine_id, brand_id, period_key) checked off


def _current_item(rule: RoutineRule, brand_id: int, checks: set[Check], today: date,
                  week_start: int) -> RoutineItem:
    key = period_key(rule.cadence, today, week_start)
    due = due_day(rule, today, week_start)
    if (rule.id, brand_id, key) in checks:
        state = ItemState.DONE
    else:
        state = ItemState.DUE_TODAY if due <= today else ItemState.UPCOMING
    return RoutineItem(rule.id, brand_id, rule.cadence, key, due, state)


def _carried_item(rule: RoutineRule, brand_id: int, checks: set[Check], today: date,
                  week_start: int) -> RoutineItem | None:
    """The previous period's item when it went unchecked (one period back only)."""
    first, _ = previous_period(rule.cadence, today, week_start)
    key = period_key(rule.cadence, first, week_start)
    if (rule.id, brand_id, key) in checks:
        return None
    due = due_day(rule, first, week_start)
    return RoutineItem(rule.id, brand_id, rule.cadence, key, due, ItemState.OVERDUE)


def urgency(item: RoutineItem) -> tuple[int, int, date, int, int]:
    """Sort key: state (overdue, due today, upcoming, done), then cadence (daily first), then
    due day, then ids so the order is stable."""
    return (_STATE_ORDER[item.state], _CADENCE_ORDER[item.cadence], item.due,
            item.brand_id, item.routine_id)


def open_items(rules: Iterable[RoutineRule], checks: set[Check], today: date, week_start: int,
               brand_ids: Iterable[int]) -> list[RoutineItem]:
    """Each brand's items of each enabled rule for `today`, most urgent first.

    An unchecked previous period carries over as ONE overdue item; older misses are not
    stacked (years of unchecked days would bury today's work; history still shows the gaps).
    A brand or routine newer than the previous period should have its overdue items dropped
    by the caller, who knows when each was created.
    """
    items: list[RoutineItem] = []
    enabled = [rule for rule in rules if rule.enabled]
    for brand_id in brand_ids:
        for rule in enabled:
            items.append(_current_item(rule, brand_id, checks, today, week_start))
            carried = _carried_item(rule, brand_id, checks, today, week_start)
            if carried is not None:
                items.append(carried)
    return sorted(items, key=urgency)


WEEKLY_REPORT_KEY = "weekly_report"  # the default routine weekly_report_required() flags


def weekly_report_required(max_followers: int | None) -> bool:
    """Accounts over 100,000 followers must send the weekly report."""
    return max_followers is not None and max_followers > WEEKLY_REPORT_FOLLOWERS


# --- the default set -------------------------------------------------------------------------

SCREENS = ("calendar", "strategy/goals", "strategy/guide", "strategy/review", "competitors",
           "reports", "audience", "today/engagement", "today/news", "")


@dataclass(frozen=True)
class DefaultRoutine:
    """A routine the app ships. `day` is the default due day: for weekly ones an offset from
    the week's first day (0 first … 6 last; the weekday then depends on the locale), for
    monthly and quarterly ones a month_day (see due_day); None = due from the period's start
    (quarterly: its last 14 days). `screen` is where it is done ("" = no screen yet)."""

    key: str
    cadence: Cadence
    title: str
    why: str
    screen: str
    day: int | None = None

    def weekday(self, week_start: int) -> int | None:
        """The weekday (0 Monday … 6 Sunday) a weekly default falls on for this week start."""
        if self.cadence is not Cadence.WEEKLY or self.day is None:
            return None
        return (week_start + self.day) % DAYS_IN_WEEK

    def rule(self, ident: int, week_start: int) -> RoutineRule:
        """The rule of this default when stored with id `ident` under this week start."""
        month_day = None if self.cadence in (Cadence.DAILY, Cadence.WEEKLY) else self.day
        return RoutineRule(ident, self.cadence, self.weekday(week_start), month_day)


WEEK_FIRST_DAY = 0  # offset: start the week with the strategy
WORKWEEK_END = 4  # offset: the fifth day ends the working week in most locales (Thu for a
# Sunday start, Fri for a Monday start, Wed for a Saturday start)
PLAN_BY = 15  # month_day: plan next month from the 15th, so it is filled by the 20th

_D, _W, _M, _Q = Cadence.DAILY, Cadence.WEEKLY, Cadence.MONTHLY, Cadence.QUARTERLY

# English source texts; ui/ translates titles and whys by key later (domain does not import ui).
DEFAULT_ROUTINES: tuple[DefaultRoutine, ...] = (
    DefaultRoutine("daily_plan_current", _D, "Check the plan is current",
                   "Today's posts go out as planned, or are changed in time.", "calendar"),
    DefaultRoutine("daily_follow_up_posts", _D, "Follow up unfinished posts",
                   "Posts due soon need their text and design ready.", "calendar"),
    DefaultRoutine("daily_mentions", _D, "Monitor mentions and respond",
                   "A quick answer to a mention protects the brand's name.", "today/engagement"),
    DefaultRoutine("daily_comments_messages", _D, "Reply to comments and messages",
                   "Followers who get answers come back and buy.", "today/engagement"),
    DefaultRoutine("daily_field_news", _D, "Read the news of the field",
                   "Timely posts come from knowing what happens in the field.", "today/news"),
    DefaultRoutine("daily_platform_updates", _D, "Check platform updates",
                   "New features and rules change what works.", "today/news"),
    DefaultRoutine("daily_country_trends", _D, "Watch trends in the target country",
                   "Joining a trend early reaches more people.", "today/news"),
    DefaultRoutine("daily_engage_others", _D, "Engage with competitors and influencers",
                   "Being seen in others' conversations grows the audience.",
                   "today/engagement"),
    DefaultRoutine("weekly_strategy_review", _W, "Review the strategy",
                   "Keep the week's posts in line with the goals.", "strategy/review",
                   WEEK_FIRST_DAY),
    DefaultRoutine("weekly_ad_campaigns", _W, "Track ad campaigns",
                   "Move budget away from ads that do not pay off.", ""),
    DefaultRoutine("weekly_competitors", _W, "Monitor competitors",
                   "See what works for them before they take the audience.", "competitors"),
    DefaultRoutine("weekly_goals_review", _W, "Review weekly goals",
                   "A goal that slips is easier to save this week than next month.",
                   "strategy/goals", WORKWEEK_END),
    DefaultRoutine("weekly_report", _W, "Weekly report",
                   "Required for accounts over 100k followers; keeps the client informed.",
                   "reports", WORKWEEK_END),
    DefaultRoutine("monthly_plan_next", _M, "Plan next month",
                   "A full plan before the month starts avoids last-minute posts.", "calendar",
                   PLAN_BY),
    DefaultRoutine("monthly_report", _M, "Detailed monthly report",
                   "Shows the client what the month achieved against the goals.", "reports", 1),
    DefaultRoutine("monthly_lessons", _M, "Learn from mistakes (best and worst content)",
                   "Do more of what worked and less of what did not.", "strategy/review"),
    DefaultRoutine("monthly_ideas_occasions", _M, "Look for new ideas and upcoming occasions",
                   "Occasions planned ahead make the best posts.", "calendar"),
    DefaultRoutine("monthly_competitors", _M, "Monitor competitors",
                   "A month of their posts shows their strategy.", "competitors"),
    DefaultRoutine("quarterly_kpi_review", _Q, "Review KPIs against the goals",
                   "Know which goals were reached and why.", "strategy/review"),
    DefaultRoutine("quarterly_brand_consistency", _Q, "Check brand identity consistency",
                   "Every account should look and sound like the same brand.", "strategy/guide"),
    DefaultRoutine("quarterly_new_goals", _Q, "Set new goals",
                   "The next quarter needs targets built on this one's results.", "strategy/goals"),
    DefaultRoutine("quarterly_experiment", _Q, "Plan an experiment",
                   "Testing one new idea a quarter keeps the content fresh.", "strategy/review"),
)

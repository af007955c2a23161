"""The Today panel's wording: routine titles and cadences, derived items' sentences, tooltips."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate

from smm_desktop.domain.routines import Cadence
from smm_desktop.ui import routine_labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.i18n import Formatter, number_text
from smm_desktop.ui.post_labels import status_name
from smm_desktop.ui.tabs.calendar.post_text import platform_names, time_text
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_CADENCE_SHORT = {
    Cadence.DAILY: QT_TRANSLATE_NOOP("TodayText", "daily"),
    Cadence.WEEKLY: QT_TRANSLATE_NOOP("TodayText", "weekly"),
    Cadence.MONTHLY: QT_TRANSLATE_NOOP("TodayText", "monthly"),
    Cadence.QUARTERLY: QT_TRANSLATE_NOOP("TodayText", "quarterly"),
}

# The derived items' sentences by kind; %1, %2… are the item's text_args.
_DERIVED = {
    "goal_off_track": QT_TRANSLATE_NOOP("TodayText", "Goal off track: %1"),
    "goal_at_risk": QT_TRANSLATE_NOOP("TodayText", "Goal at risk: %1"),
    "review_overdue": QT_TRANSLATE_NOOP("TodayText", "Quarterly review overdue: Q%2 %1"),
    "review_due": QT_TRANSLATE_NOOP("TodayText", "Quarterly review due: Q%2 %1"),
    "plan_thin": QT_TRANSLATE_NOOP("TodayText", "Next month thin: %1 has %3 of %4 posts"),
    "metrics_stale": QT_TRANSLATE_NOOP("TodayText", "Import this week's numbers: %1"),
    "consistency_due": QT_TRANSLATE_NOOP("TodayText", "Consistency check due"),
    "competitors_unchecked": QT_TRANSLATE_NOOP(
        "TodayText", "Weekly competitor check: %1 of %2 accounts left"),
}
# A due report's sentence by its kind (text_args: kind, first day, last day).
_REPORT_DUE = {
    "weekly": QT_TRANSLATE_NOOP("TodayText", "Weekly report due: %2 – %3"),
    "monthly": QT_TRANSLATE_NOOP("TodayText", "Monthly report due: %2 – %3"),
    "quarterly": QT_TRANSLATE_NOOP("TodayText", "Quarterly report due: %2 – %3"),
}
_HANDLE_KINDS = ("plan_thin", "metrics_stale")  # their %1 is an account's handle


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayText", text)


def cadence_short(cadence: Cadence) -> str:
    return _tr(_CADENCE_SHORT[cadence])


def _arg(value: Any, fmt: Formatter) -> str:
    if isinstance(value, date):
        return fmt.date(QDate(value.year, value.month, value.day))
    if value is None:
        return ""
    if isinstance(value, str) and not value.isdigit():
        return isolate(value)  # a goal's title or a name keeps its own direction in the line
    return number_text(str(value))  # no thousands separator: years and counts read as typed


def derived_text(kind: str, args: Sequence[Any], fmt: Formatter) -> str:
    """The sentence of a derived item; an unknown kind still reads (its arguments joined)."""
    template = _DERIVED.get(kind) if kind != "report_due" or not args else _REPORT_DUE.get(
        str(args[0]))
    values = [_arg(a, fmt) for a in args]
    if kind in _HANDLE_KINDS and values:
        values[0] = ltr("@" + str(args[0]).lstrip("@"))
    if template is None:
        return QCoreApplication.translate("TodayText", "To check: %1").replace("%1", ", ".join(values) or kind)
    text = _tr(template)
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", values[number - 1])
    return text


def routine_title(routine: Any) -> str:
    """A default routine's translated title, else the stored one."""
    return routine_labels.routine_title(routine.key, routine.title)


def routine_why(routine: Any) -> str:
    return routine_labels.routine_why(routine.key, routine.why)


def post_tip(fmt: Formatter, post: Any, brand: str) -> str:
    """Brand, time, status, platforms, topic and the caption's start."""
    when = post.scheduled_at
    day = fmt.date(QDate(when.year, when.month, when.day)) if when is not None else ""
    lines = [brand, f"{day} {time_text(fmt, when)}".strip(),
             f"{status_name(post.status)} · {platform_names(post)}".strip(" ·"),
             post.topic, post.caption[:160]]
    return "\n".join(line for line in lines if line)

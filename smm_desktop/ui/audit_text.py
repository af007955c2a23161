"""How an account audit reads: names of the checklist's points and results, the rhythm verdict,
messages of the audit rules, and the audit as a report (rich text, user text escaped)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.audit import Consistency, consistency, posts_per_week
from smm_desktop.domain.enums import AuditItem, CheckResult
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.audits import AuditData, AuditInput
from smm_desktop.ui import goal_text, guide_text, labels
from smm_desktop.ui.i18n import Formatter, digits_in
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

CONTEXT = "AuditText"

ITEMS = {
    AuditItem.BIO_LINK: QT_TRANSLATE_NOOP("AuditText", "Bio and link"),
    AuditItem.IMAGES: QT_TRANSLATE_NOOP("AuditText", "Profile picture and cover"),
    AuditItem.PINNED: QT_TRANSLATE_NOOP("AuditText", "Pinned content"),
    AuditItem.CONSISTENCY: QT_TRANSLATE_NOOP("AuditText", "Posting consistency (last 90 days)"),
    AuditItem.ENGAGEMENT: QT_TRANSLATE_NOOP("AuditText", "Engagement baseline"),
    AuditItem.BEST_POSTS: QT_TRANSLATE_NOOP("AuditText", "Best posts"),
    AuditItem.FAILED_BEFORE: QT_TRANSLATE_NOOP("AuditText", "What failed before"),
}
RESULTS = {
    CheckResult.UNCHECKED: QT_TRANSLATE_NOOP("AuditText", "Not checked"),
    CheckResult.PASS: QT_TRANSLATE_NOOP("AuditText", "Pass"),
    CheckResult.FIX: QT_TRANSLATE_NOOP("AuditText", "To fix"),
    CheckResult.NOT_APPLICABLE: QT_TRANSLATE_NOOP("AuditText", "Not applicable"),
}
# A sign beside the word, so that the result never rests on colour alone.
MARKS = {CheckResult.UNCHECKED: "?", CheckResult.PASS: "✔", CheckResult.FIX: "✘",
         CheckResult.NOT_APPLICABLE: "–"}
COLOURS = {CheckResult.PASS: "#2e7d32", CheckResult.FIX: "#c0392b"}
VERDICTS = {
    Consistency.DORMANT: QT_TRANSLATE_NOOP("AuditText", "Dormant: nothing posted"),
    Consistency.RARE: QT_TRANSLATE_NOOP("AuditText", "Too rare: under one post a week"),
    Consistency.LOW: QT_TRANSLATE_NOOP("AuditText", "Irregular: one or two posts a week"),
    Consistency.STEADY: QT_TRANSLATE_NOOP("AuditText", "Steady: three or more posts a week"),
}
MESSAGES = {
    "in_future": QT_TRANSLATE_NOOP("AuditText", "An audit cannot be dated after today."),
    "posts_out_of_range": QT_TRANSLATE_NOOP(
        "AuditText", "Posts in 90 days: a whole number from {min} to {max}."),
    "duplicate_day": QT_TRANSLATE_NOOP(
        "AuditText", "This account already has an audit on this day: edit that one instead."),
    "recorded_that_day": QT_TRANSLATE_NOOP(
        "AuditText", "{value} is already recorded for this day (typed or imported) and is kept: "
        "enter the same number, or change it in the account's numbers."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def item_name(item: AuditItem) -> str:
    """The point's name, its numbers ("last 90 days") in the chosen digits."""
    return digits_in(_tr(ITEMS[item]))


def result_name(result: CheckResult) -> str:
    return _tr(RESULTS[result])


def result_text(result: CheckResult) -> str:
    """The result as a sign and a word: "✘ To fix"."""
    return f"{MARKS[result]} {result_name(result)}"


def field_message(error: FieldError) -> str:
    """The audit rules' own codes; the shared ones (negative, too long…) from labels."""
    text = MESSAGES.get(error.code)
    if text is None:
        return labels.field_message(error)
    params = {k: f"\u2068{digits_in(v)}\u2069" for k, v in error.params.items()}
    return digits_in(_tr(text)).format(**params)


def rhythm(fmt: Formatter, posts: int | None) -> str:
    """"26 posts in 90 days, 2 a week: Irregular…", or that the posts were not counted."""
    verdict = consistency(posts)
    if posts is None or verdict is None:
        return digits_in(QCoreApplication.translate("AuditText",
                                                    "Posts in the last 90 days: not counted."))
    template = QCoreApplication.translate(
        "AuditText", "Posts in the last 90 days: %1 (%2 a week). %3")
    return guide_text.fill(template, [fmt.number(posts),
                                      goal_text.decimal(fmt, posts_per_week(posts), 1),
                                      _tr(VERDICTS[verdict])])


def tally(audit: AuditInput) -> str:
    """"To fix: 2 · Pass: 4 · Not checked: 1"."""
    summary = audit.summary
    parts = [(CheckResult.FIX, summary.to_fix), (CheckResult.PASS, summary.passed),
             (CheckResult.UNCHECKED, summary.unchecked),
             (CheckResult.NOT_APPLICABLE, summary.not_applicable)]
    part = QCoreApplication.translate("AuditText", "%1: %2")
    return labels.separator().join(
        part.replace("%1", result_name(r)).replace("%2", digits_in(str(n))) for r, n in parts if n)


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _table(rows: list[list[str]], direction: str, padding: int) -> str:
    """A table read from the right in right to left: Qt's rich text does not mirror columns."""
    align = "right" if direction == "rtl" else "left"
    cells = ["".join(f"<td>{c}</td>" for c in (reversed(r) if direction == "rtl" else r))
             for r in rows]
    return (f'<table dir="{direction}" align="{align}" cellspacing="0" cellpadding="{padding}">'
            + "".join(f"<tr>{r}</tr>" for r in cells) + "</table>")


def _checklist(audit: AuditInput, direction: str) -> str:
    rows = []
    for check in audit.checks:
        colour = COLOURS.get(check.result)
        style = f' style="color:{colour}"' if colour else ""
        rows.append([f"<b{style}>{html.escape(result_text(check.result))}</b>",
                     html.escape(item_name(check.item)), _esc(check.note)])
    return _table(rows, direction, 4)


def _numbers(fmt: Formatter, audit: AuditInput, direction: str) -> str:
    if not audit.baseline:
        none = QCoreApplication.translate("AuditText", "No numbers were recorded.")
        return f"<p>{html.escape(none)}</p>"
    rows = [[html.escape(labels.metric_name(m)), f"<b>{html.escape(goal_text.quantity(fmt, v, m))}</b>"]
            for m, v in audit.baseline.items() if isinstance(m, Metric)]
    return _table(rows, direction, 3)


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def _text_part(title: str, text: str) -> str:
    nothing = QCoreApplication.translate("AuditText", "Nothing noted.")
    shown = _esc(text) if text.strip() else f"<i>{html.escape(nothing)}</i>"
    return f"<h4>{html.escape(title)}</h4><p>{shown}</p>"


def report_html(fmt: Formatter, audit: AuditData, right_to_left: bool) -> str:
    """The audit as a report: tally, checklist, rhythm, best and failed posts, notes, numbers."""
    direction = "rtl" if right_to_left else "ltr"
    title = QCoreApplication.translate("AuditText", "Audit of %1").replace("%1", goal_text.day(fmt, audit.audited_on))
    parts = [f"<h3>{html.escape(title)}</h3><p>{html.escape(tally(audit))}</p>",
             _heading(QCoreApplication.translate("AuditText", "Checklist")),
             _checklist(audit, direction),
             _heading(QCoreApplication.translate("AuditText", "Posting consistency")),
             f"<p>{html.escape(rhythm(fmt, audit.posts_last_90_days))}</p>",
             _text_part(item_name(AuditItem.BEST_POSTS), audit.best_posts),
             _text_part(item_name(AuditItem.FAILED_BEFORE), audit.failed_before),
             _text_part(QCoreApplication.translate("AuditText", "Notes"), audit.notes),
             _heading(QCoreApplication.translate("AuditText", "Baseline numbers on the audit day")),
             _numbers(fmt, audit, direction)]
    return f'<div dir="{direction}">' + "".join(parts) + "</div>"

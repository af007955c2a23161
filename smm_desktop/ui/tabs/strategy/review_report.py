"""A finished (or draft) quarterly review as a readable report: each goal's result, the
lessons, the goals set for the next quarter and the experiments. User text is escaped."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.enums import GoalOutcome
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.experiments import ExperimentData
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.review_data import GoalResultInput, ReviewData
from smm_desktop.ui import goal_text, labels, review_labels
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.reviews import review_state

# Outcome colours readable on light and dark backgrounds; the sign carries the meaning too.
_COLOURS = {GoalOutcome.ACHIEVED: "#2e8b57", GoalOutcome.MISSED: "#c0392b"}


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _aside(text: str) -> str:
    return f"<p><i>{escape(text)}</i></p>"


def _text(value: str) -> str:
    """User text as HTML: escaped, its line breaks kept."""
    if not value.strip():
        nothing = QCoreApplication.translate("ReviewReport", "Nothing noted.")
        return f"<i>{escape(nothing)}</i>"
    return escape(value).replace("\n", "<br>")


def report_html(review: ReviewData, next_goals: Sequence[SocialGoalData],
                experiments: Sequence[ExperimentData], accounts: Sequence[AccountData],
                fmt: Formatter, running: Collection[int] = ()) -> str:
    """The review as rich text; `running` are the goals still running after the quarter,
    whose outcome reads "on pace so far" or "behind pace so far"."""
    title = QCoreApplication.translate("ReviewReport", "Review of %1")
    parts = [_heading(2, title.replace("%1", review_labels.quarter_name(review.quarter))),
             f"<p>{escape(review_state(fmt, review))}</p>",
             _heading(3, QCoreApplication.translate("ReviewReport", "Goals of the quarter"))]
    parts += [_result(r, fmt, r.goal_id in running) for r in review.answers.results] or [
        _aside(QCoreApplication.translate("ReviewReport", "No goal was reviewed."))]
    for heading, value in (
            (QCoreApplication.translate("ReviewReport", "What worked"), review.answers.what_worked),
            (QCoreApplication.translate("ReviewReport", "What did not work"),
             review.answers.what_did_not),
            (QCoreApplication.translate("ReviewReport", "Next actions"),
             review.answers.next_actions)):
        parts.append(f"{_heading(3, heading)}<p>{_text(value)}</p>")
    parts.append(_heading(3, QCoreApplication.translate(
        "ReviewReport", "Goals set for the next quarter")))
    parts += [_next_goal(g, accounts, fmt) for g in next_goals] or [
        _aside(QCoreApplication.translate("ReviewReport", "None yet."))]
    parts.append(_heading(3, QCoreApplication.translate("ReviewReport", "Experiments")))
    parts += [_experiment(e) for e in experiments] or [
        _aside(QCoreApplication.translate("ReviewReport", "None planned in this review."))]
    return "\n".join(parts)


def _outcome(outcome: GoalOutcome, running: bool) -> str:
    if not running:
        return review_labels.outcome_marked(outcome)
    return (QCoreApplication.translate("ReviewReport", "✓ On pace so far")
            if outcome is GoalOutcome.ACHIEVED
            else QCoreApplication.translate("ReviewReport", "✗ Behind pace so far"))


def _result(result: GoalResultInput, fmt: Formatter, running: bool = False) -> str:
    metric = labels.metric_name(result.metric) if result.metric else ""
    numbers = QCoreApplication.translate("ReviewReport", "%1 → %2, final: %3").replace(
        "%1", goal_text.quantity(fmt, result.baseline_value, result.metric) or "—").replace(
        "%2", goal_text.quantity(fmt, result.target_value, result.metric) or "—").replace(
        "%3", goal_text.quantity(fmt, result.final_value, result.metric) or "—")
    marker = (f"<b style='color:{_COLOURS[result.outcome]}'>"
              f"{escape(_outcome(result.outcome, running))}</b>")
    notes = f"<br>{isolate(_text(result.notes))}" if result.notes.strip() else ""
    title = escape(result.goal_title or metric)
    kpi = f" ({escape(metric)})" if metric and result.goal_title else ""
    return f"<p>{marker} &nbsp; <b>{title}</b>{kpi}<br>{escape(numbers)}{notes}</p>"


def _next_goal(goal: SocialGoalData, accounts: Sequence[AccountData], fmt: Formatter) -> str:
    target = goal_text.quantity(fmt, goal.target, goal.metric) or "—"
    line = QCoreApplication.translate("ReviewReport", "%1: %2, target %3 by %4")
    line = line.replace("%1", goal_text.goal_name(goal)).replace(
        "%2", goal_text.scope_text(goal, accounts)).replace("%3", target).replace(
        "%4", goal_text.day(fmt, goal.deadline) or "—")
    return f"<p>• {escape(line)}</p>"


def _experiment(experiment: ExperimentData) -> str:
    status = review_labels.status_name(experiment.status)
    lines = [f"<b>{escape(experiment.idea)}</b> ({escape(status)})"]
    for label, value in (
            (QCoreApplication.translate("ReviewReport", "Hypothesis: %1"), experiment.hypothesis),
            (QCoreApplication.translate("ReviewReport", "Measured by: %1"), experiment.measure),
            (QCoreApplication.translate("ReviewReport", "Result: %1"), experiment.result)):
        if value.strip():
            lines.append(escape(label.replace("%1", value)))
    return f"<p>{'<br>'.join(lines)}</p>"

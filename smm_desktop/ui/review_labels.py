"""How reviews and experiments read on screen: quarter names, outcomes, experiment statuses,
and the messages of the rules' codes that are theirs alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.enums import ExperimentStatus, GoalOutcome
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.quarters import Quarter
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_CONTEXT = "ReviewLabels"
_STATUSES = {
    ExperimentStatus.PLANNED: QT_TRANSLATE_NOOP("ReviewLabels", "Planned"),
    ExperimentStatus.RUNNING: QT_TRANSLATE_NOOP("ReviewLabels", "Running"),
    ExperimentStatus.DONE: QT_TRANSLATE_NOOP("ReviewLabels", "Done"),
    ExperimentStatus.DROPPED: QT_TRANSLATE_NOOP("ReviewLabels", "Dropped"),
}
# Outcomes carry a sign as well as a colour, so they read without colour too.
_OUTCOMES = {
    GoalOutcome.ACHIEVED: QT_TRANSLATE_NOOP("ReviewLabels", "✓ Achieved"),
    GoalOutcome.MISSED: QT_TRANSLATE_NOOP("ReviewLabels", "✗ Missed"),
}
_OUTCOME_NAMES = {
    GoalOutcome.ACHIEVED: QT_TRANSLATE_NOOP("ReviewLabels", "Achieved"),
    GoalOutcome.MISSED: QT_TRANSLATE_NOOP("ReviewLabels", "Missed"),
}
_MESSAGES = {
    "end_before_start": QT_TRANSLATE_NOOP("ReviewLabels", "The end date is before the start date."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def quarter_name(quarter: Quarter) -> str:
    """"Q3 2026" in the person's language and digits."""
    text = QCoreApplication.translate("ReviewLabels", "Q%1 %2")
    return text.replace("%1", digits_in(str(quarter.number))).replace(
        "%2", digits_in(str(quarter.year)))


def status_name(status: ExperimentStatus) -> str:
    return _tr(_STATUSES[status])


def outcome_marked(outcome: GoalOutcome) -> str:
    return _tr(_OUTCOMES[outcome])


def outcome_name(outcome: GoalOutcome) -> str:
    return _tr(_OUTCOME_NAMES[outcome])


def field_message(error: FieldError) -> str:
    """The message of a review's own codes, else the shared one."""
    own = _MESSAGES.get(error.code)
    return _tr(own) if own else labels.field_message(error)

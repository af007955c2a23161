"""The four steps of the quarterly review wizard: results, lessons, next goals, experiments.
Each page turns its widgets into answers and shows the errors of its own rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from typing_extensions import override

from smm_desktop.domain.enums import GoalOutcome
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.quarters import Quarter
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.experiments import ExperimentData
from smm_desktop.services.goal_progress import GoalProgress
from smm_desktop.services.review_data import (
    GoalResultInput,
    ReviewAnswers,
    ReviewData,
    ReviewRequest,
)
from smm_desktop.services.reviews import prefilled_outcome, still_running
from smm_desktop.ui import goal_text, labels, review_labels
from smm_desktop.ui.dialogs.experiment_dialog import text_box
from smm_desktop.ui.i18n import Formatter


@dataclass
class WizardEnv:
    """What the wizard needs: the quarter, its goals as they stand today, the accounts (to
    name a goal's scope), and a draft to resume with the experiments it already saved."""

    brand_id: int
    quarter: Quarter
    progress: Sequence[GoalProgress]
    accounts: Sequence[AccountData]
    fmt: Formatter
    today: date = field(default_factory=date.today)
    draft: ReviewData | None = None
    draft_experiments: Sequence[ExperimentData] = ()
    initial: ReviewRequest | None = None  # what was typed before a refused save

    @property
    def answers(self) -> ReviewAnswers:
        """The answers to start from: those typed before, else the draft's, else none."""
        if self.initial is not None:
            return self.initial.answers
        return self.draft.answers if self.draft else ReviewAnswers()


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_row_errors(label: QLabel, messages: Sequence[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))


def scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


def number_text(fmt: Formatter, value: float | None) -> str:
    return "" if value is None else goal_text.decimal(fmt, value)


def read_number(edit: QLineEdit) -> tuple[float | None, bool]:
    """The number typed (None when empty), and whether the text was a number at all."""
    try:
        return goal_text.parse_number(edit.text()), True
    except ValueError:
        return None, False


class ResultRow(QGroupBox):
    """One goal's result: the final number, achieved or missed, and why."""

    def __init__(self, env: WizardEnv, progress: GoalProgress,
                 stored: GoalResultInput | None) -> None:
        goal = progress.goal
        super().__init__(goal_text.goal_name(goal))
        self.progress, self.fmt = progress, env.fmt
        self.final = QLineEdit(number_text(env.fmt, stored.final_value if stored
                                           else progress.current))
        running = still_running(env.quarter, progress)
        self.outcome = QComboBox()
        for outcome in GoalOutcome:
            self.outcome.addItem(self._outcome_text(outcome, running), outcome.value)
        prefilled = stored.outcome if stored else prefilled_outcome(env.quarter, progress)
        self.outcome.setCurrentIndex(self.outcome.findData(prefilled.value))
        self.notes = QLineEdit(stored.notes if stored else "")
        self.notes.setPlaceholderText(self.tr("Why it went this way"))
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Measured on"), QLabel(goal_text.scope_text(goal, env.accounts)))
        form.addRow(self.tr("Baseline → target"), QLabel(self._plan_text()))
        form.addRow(self.tr("Final number"), self.final)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Notes"), self.notes)
        if running:
            note = QLabel(self.tr("Still running after the quarter: it stays open. The outcome "
                                  "says whether it was on pace on the quarter's last day."))
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(self.error)

    def _outcome_text(self, outcome: GoalOutcome, running: bool) -> str:
        """"✓ Achieved", or for a goal still running "✓ On pace so far"."""
        if not running:
            return review_labels.outcome_marked(outcome)
        return (self.tr("✓ On pace so far") if outcome is GoalOutcome.ACHIEVED
                else self.tr("✗ Behind pace so far"))

    def _plan_text(self) -> str:
        goal, metric = self.progress.goal, self.progress.goal.metric
        return self.tr("%1 → %2").replace(
            "%1", goal_text.quantity(self.fmt, goal.baseline_value, metric) or "—").replace(
            "%2", goal_text.quantity(self.fmt, self.progress.target, metric) or "—")

    def value(self) -> GoalResultInput:
        goal = self.progress.goal
        final, _ok = read_number(self.final)
        return GoalResultInput(goal.id, goal_text.goal_name(goal), goal.metric,
                               goal.baseline_value, self.progress.target, final,
                               GoalOutcome(self.outcome.currentData()), self.notes.text().strip())

    def check(self) -> bool:
        """Show whether the final number reads as a number; True when it does."""
        _value, ok = read_number(self.final)
        show_row_errors(self.error, [] if ok else [self.tr("Final number: enter a number.")])
        return ok


class KeptResultRow(QGroupBox):
    """A result the draft holds for a goal the quarter no longer covers (deleted, or its dates
    changed): shown as it was saved, read only, and saved again with the review."""

    def __init__(self, env: WizardEnv, stored: GoalResultInput) -> None:
        super().__init__(stored.goal_title or self.tr("A goal no longer in this quarter"))
        self.stored = stored
        final = goal_text.quantity(env.fmt, stored.final_value, stored.metric) or "—"
        self.details = QLabel(self._details(final))
        self.details.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.details)

    def _details(self, final: str) -> str:
        lines = [self.tr("No longer in this quarter (deleted or its dates changed): "
                         "kept as saved."),
                 self.tr("Final number: %1").replace("%1", final),
                 self.tr("Outcome: %1").replace(
                     "%1", review_labels.outcome_marked(self.stored.outcome))]
        if self.stored.metric is not None:
            lines.insert(1, self.tr("KPI: %1").replace(
                "%1", labels.metric_name(self.stored.metric)))
        if self.stored.notes.strip():
            lines.append(self.tr("Notes: %1").replace("%1", self.stored.notes))
        return "\n".join(lines)

    def text_shown(self) -> str:
        return self.details.text()


def _split_stored(env: WizardEnv) -> tuple[dict[int, GoalResultInput], list[GoalResultInput]]:
    """The draft's results of goals the quarter covers (by goal), and the others in order."""
    covered = {p.goal.id for p in env.progress}
    results = env.answers.results
    return ({r.goal_id: r for r in results if r.goal_id in covered},
            [r for r in results if r.goal_id not in covered])


class ResultsPage(QWizardPage):
    """Step 1: each goal of the quarter with its result."""

    def __init__(self, env: WizardEnv) -> None:
        super().__init__()
        self.setTitle(self.tr("How did the goals do?"))
        self.setSubTitle(self.tr("The final numbers come from the values recorded; correct "
                                 "them if you know better, and say why it went that way."))
        stored, others = _split_stored(env)
        self.rows = [ResultRow(env, p, stored.get(p.goal.id)) for p in env.progress]
        self.kept = [KeptResultRow(env, r) for r in others]
        inner = QWidget()
        column = QVBoxLayout(inner)
        for widget in [*self.rows, *self.kept]:
            column.addWidget(widget)
        if not self.rows and not self.kept:
            column.addWidget(QLabel(self.tr("No goal ended in this quarter or ran through it.")))
        column.addStretch()
        QVBoxLayout(self).addWidget(scrolled(inner))

    def results(self) -> tuple[GoalResultInput, ...]:
        """The goals' results, then those kept from the draft (as saved)."""
        return tuple(row.value() for row in self.rows) + tuple(k.stored for k in self.kept)

    @override
    def validatePage(self) -> bool:
        return all([row.check() for row in self.rows])

    def show_errors(self, errors: Sequence[FieldError]) -> bool:
        shown = False
        for n, row in enumerate(self.rows):
            mine = [review_labels.field_message(e) for e in errors
                    if e.field.startswith(f"results.{n}.")]
            show_row_errors(row.error, mine)
            shown = shown or bool(mine)
        return shown


class LessonsPage(QWizardPage):
    """Step 2: what worked, what did not, what to do next."""

    FIELDS = ("what_worked", "what_did_not", "next_actions")

    def __init__(self, env: WizardEnv) -> None:
        super().__init__()
        self.setTitle(self.tr("What did the quarter teach?"))
        self.setSubTitle(self.tr("Lessons from the best and the worst content, ads and "
                                 "timing: they shape the next quarter."))
        answers = env.answers
        self.boxes = {
            "what_worked": text_box(self.tr("For example: short reels of the product being "
                                            "made doubled the views."), 96),
            "what_did_not": text_box(self.tr("For example: text-only offers got almost no "
                                             "engagement."), 96),
            "next_actions": text_box(self.tr("For example: move the ad budget to reels; post "
                                             "every Thursday evening."), 96),
        }
        self.errors = {name: error_label() for name in self.FIELDS}
        form = QFormLayout(self)
        for name, label in zip(self.FIELDS, (self.tr("What worked"), self.tr("What did not"),
                                             self.tr("Next actions")), strict=True):
            self.boxes[name].setPlainText(getattr(answers, name))
            form.addRow(label, self.boxes[name])
            form.addRow(self.errors[name])

    def texts(self) -> dict[str, str]:
        return {name: box.toPlainText().strip() for name, box in self.boxes.items()}

    def show_errors(self, errors: Sequence[FieldError]) -> bool:
        shown = False
        for name, label in self.errors.items():
            mine = [review_labels.field_message(e) for e in errors if e.field == name]
            show_row_errors(label, mine)
            shown = shown or bool(mine)
        return shown

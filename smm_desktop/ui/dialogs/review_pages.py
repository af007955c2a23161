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

from smm_desktop.domain import quarters
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
from smm_desktop.ui import goal_text, review_labels
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
        self.outcome = QComboBox()
        for outcome in GoalOutcome:
            self.outcome.addItem(review_labels.outcome_marked(outcome), outcome.value)
        prefilled = stored.outcome if stored else quarters.outcome_of(
            goal.baseline_value, progress.target, progress.current)
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
        if not quarters.ends_in(env.quarter, goal.deadline):
            form.addRow(QLabel(self.tr("Still running after the quarter: it stays open.")))
        form.addRow(self.error)

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


class ResultsPage(QWizardPage):
    """Step 1: each goal of the quarter with its result."""

    def __init__(self, env: WizardEnv) -> None:
        super().__init__()
        self.setTitle(self.tr("How did the goals do?"))
        self.setSubTitle(self.tr("The final numbers come from the values recorded; correct "
                                 "them if you know better, and say why it went that way."))
        stored = {r.goal_id: r for r in env.answers.results}
        self.rows = [ResultRow(env, p, stored.get(p.goal.id)) for p in env.progress]
        inner = QWidget()
        column = QVBoxLayout(inner)
        for row in self.rows:
            column.addWidget(row)
        if not self.rows:
            column.addWidget(QLabel(self.tr("No goal ended in this quarter or ran through it.")))
        column.addStretch()
        QVBoxLayout(self).addWidget(scrolled(inner))

    def results(self) -> tuple[GoalResultInput, ...]:
        return tuple(row.value() for row in self.rows)

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

"""Steps 3 and 4 of the quarterly review wizard: the next quarter's goals, carried on from
this quarter's, and the experiments to try."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from typing_extensions import override

from smm_desktop.domain import quarters
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.kpi import TargetKind
from smm_desktop.services.experiments import ExperimentInput
from smm_desktop.services.goal_data import SocialGoalInput
from smm_desktop.services.goal_progress import GoalProgress
from smm_desktop.ui import goal_text, review_labels
from smm_desktop.ui.dialogs.goal_dialog import date_edit, to_date, to_qdate
from smm_desktop.ui.dialogs.review_pages import (
    WizardEnv,
    error_label,
    number_text,
    read_number,
    scrolled,
    show_row_errors,
)
from smm_desktop.ui.i18n import Formatter, digits_in
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_FIELD_NAMES = {
    "account_id": QT_TRANSLATE_NOOP("NextGoalRow", "Account"),
    "platform": QT_TRANSLATE_NOOP("NextGoalRow", "Platform"),
    "metric": QT_TRANSLATE_NOOP("NextGoalRow", "KPI"),
    "baseline_value": QT_TRANSLATE_NOOP("NextGoalRow", "Baseline"),
    "target_value": QT_TRANSLATE_NOOP("NextGoalRow", "Target"),
    "start": QT_TRANSLATE_NOOP("NextGoalRow", "Start"),
    "deadline": QT_TRANSLATE_NOOP("NextGoalRow", "Deadline"),
    "why_realistic": QT_TRANSLATE_NOOP("NextGoalRow", "Why it is realistic"),
    "business_goal_id": QT_TRANSLATE_NOOP("NextGoalRow", "Business goal"),
    "title": QT_TRANSLATE_NOOP("NextGoalRow", "Title"),
    "idea": QT_TRANSLATE_NOOP("NextGoalRow", "Idea"),
    "hypothesis": QT_TRANSLATE_NOOP("NextGoalRow", "Hypothesis"),
    "measure": QT_TRANSLATE_NOOP("NextGoalRow", "How it is measured"),
}


def row_messages(errors: Sequence[FieldError], prefix: str) -> list[str]:
    """"Deadline: The deadline is before the start date." for each error of one row."""
    found = []
    for error in errors:
        if error.field.startswith(prefix):
            name = error.field[len(prefix):]
            label = QCoreApplication.translate("NextGoalRow", _FIELD_NAMES.get(name, name))
            found.append(QCoreApplication.translate("NextGoalRow", "%1: %2").replace(
                "%1", label).replace("%2", review_labels.field_message(error)))
    return found


GoalKey = tuple[object, ...]


def goal_key(goal: SocialGoalInput) -> GoalKey:
    """What a next-quarter goal keeps of the goal it carries on: how to match them again."""
    return (goal.title, goal.account_id, goal.platform, goal.metric, goal.business_goal_id)


def typed_by_goal(env: WizardEnv) -> list[tuple[GoalKey, SocialGoalInput]]:
    """The next goals typed before a refused save, each with the key of its goal."""
    return [(goal_key(g), g) for g in (env.initial.next_goals if env.initial else ())]


class NextGoalRow(QGroupBox):
    """A goal of the quarter carried on to the next one (ticked), its numbers prefilled."""

    def __init__(self, env: WizardEnv, progress: GoalProgress) -> None:
        goal, following = progress.goal, env.quarter.next()
        super().__init__(goal_text.goal_name(goal))
        self.setCheckable(True)
        self.setChecked(quarters.ends_in(env.quarter, goal.deadline))
        self.goal, self.today = goal, env.today
        percent = quarters.carried_percent(goal.baseline_value, progress.target)
        self.kind = TargetKind.ABSOLUTE if percent is None else TargetKind.PERCENT
        self.baseline = QLineEdit(number_text(env.fmt, progress.current))
        self.target = QLineEdit(number_text(env.fmt, progress.target if percent is None
                                            else percent))
        self.start, self.deadline = date_edit(), date_edit()
        self.start.setDate(to_qdate(following.first_day))
        self.deadline.setDate(to_qdate(following.last_day))
        self.why = QLineEdit(goal.why_realistic)
        self.why.setPlaceholderText(self.tr("Why this target is realistic"))
        self.error = error_label()
        self._lay_out(env, progress)

    def _lay_out(self, env: WizardEnv, progress: GoalProgress) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Measured on"), QLabel(goal_text.scope_text(self.goal, env.accounts)))
        form.addRow(self.tr("New baseline (today's value)"), self.baseline)
        form.addRow(self.tr("Change from the baseline (%)") if self.kind is TargetKind.PERCENT
                    else self.tr("Target"), self.target)
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.deadline, 1)
        form.addRow(self.tr("From"), dates)
        form.addRow(self.tr("Why it is realistic"), self.why)
        form.addRow(self.error)

    def fill(self, typed: SocialGoalInput | None, fmt: Formatter) -> None:
        """Put back what was typed before a refused save; None: the goal was not ticked."""
        self.setChecked(typed is not None)
        if typed is None:
            return
        self.baseline.setText(number_text(fmt, typed.baseline_value))
        self.target.setText(number_text(fmt, typed.target_value))
        self.start.setDate(to_qdate(typed.start))
        self.deadline.setDate(to_qdate(typed.deadline))
        self.why.setText(typed.why_realistic)

    def value(self) -> SocialGoalInput:
        baseline, _ok = read_number(self.baseline)
        target, _ok = read_number(self.target)
        return dataclasses.replace(
            self.goal.to_input(), baseline_value=baseline, baseline_date=self.today,
            target_kind=self.kind, target_value=target, start=to_date(self.start.date()),
            deadline=to_date(self.deadline.date()), why_realistic=self.why.text().strip(),
            closed_as=None, notes="")

    def check(self) -> bool:
        bad = [edit for edit in (self.baseline, self.target) if not read_number(edit)[1]]
        message = self.tr("Enter numbers, such as 1500 or 12.5.")
        show_row_errors(self.error, [message] if bad else [])
        return not bad


class NextGoalsPage(QWizardPage):
    """Step 3: set the next quarter's goals from this quarter's."""

    def __init__(self, env: WizardEnv) -> None:
        super().__init__()
        following = review_labels.quarter_name(env.quarter.next())
        self.setTitle(self.tr("Set the goals of %1").replace("%1", following))
        self.setSubTitle(self.tr("Tick the goals to carry on. Today's values are the new "
                                 "baselines; the target asks the same change as before."))
        self.rows = [NextGoalRow(env, p) for p in env.progress]
        if env.initial is not None:
            self._fill(typed_by_goal(env), env.fmt)
        self.draft_note = QLabel(self.tr(
            "Next-quarter goals are set when the review is finished: they are not kept in a "
            "draft, so check them again before you finish."))
        self.draft_note.setObjectName("draftNextGoalsNote")
        self.draft_note.setWordWrap(True)
        self.draft_note.setVisible(env.draft is not None and env.initial is None)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.draft_note)
        for row in self.rows:
            column.addWidget(row)
        if not self.rows:
            column.addWidget(QLabel(self.tr("No goal to carry on: add new goals in the "
                                            "goals section.")))
        column.addStretch()
        QVBoxLayout(self).addWidget(scrolled(inner))

    def _fill(self, typed: list[tuple[GoalKey, SocialGoalInput]], fmt: Formatter) -> None:
        """Each row gets the first typed goal of its goal not taken yet, or is unticked."""
        for row in self.rows:
            key = goal_key(row.goal.to_input())
            found = next((n for n, (k, _g) in enumerate(typed) if k == key), None)
            row.fill(None if found is None else typed.pop(found)[1], fmt)

    def chosen(self) -> list[NextGoalRow]:
        return [row for row in self.rows if row.isChecked()]

    def goals(self) -> tuple[SocialGoalInput, ...]:
        return tuple(row.value() for row in self.chosen())

    @override
    def validatePage(self) -> bool:
        return all([row.check() for row in self.chosen()])

    def show_errors(self, errors: Sequence[FieldError]) -> bool:
        shown = False
        for n, row in enumerate(self.chosen()):
            mine = row_messages(errors, f"next_goals.{n}.")
            show_row_errors(row.error, mine)
            shown = shown or bool(mine)
        return shown


class IdeaRow(QGroupBox):
    """One experiment to try: the idea, its hypothesis, how it will be measured."""

    def __init__(self, number: int) -> None:
        super().__init__(self.tr("Idea %1").replace("%1", digits_in(str(number))))
        self.idea, self.hypothesis, self.measure = QLineEdit(), QLineEdit(), QLineEdit()
        self.idea.setPlaceholderText(self.tr("An out-of-the-box idea"))
        self.hypothesis.setPlaceholderText(self.tr("What you expect, and why"))
        self.measure.setPlaceholderText(self.tr("The number that will tell"))
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Idea"), self.idea)
        form.addRow(self.tr("Hypothesis"), self.hypothesis)
        form.addRow(self.tr("How it is measured"), self.measure)
        form.addRow(self.error)

    def fill(self, data: ExperimentInput) -> None:
        self.idea.setText(data.idea)
        self.hypothesis.setText(data.hypothesis)
        self.measure.setText(data.measure)

    def typed(self) -> bool:
        return any(e.text().strip() for e in (self.idea, self.hypothesis, self.measure))

    def value(self) -> ExperimentInput:
        return ExperimentInput(self.idea.text().strip(), self.hypothesis.text().strip(),
                               self.measure.text().strip())


class ExperimentsPage(QWizardPage):
    """Step 4: room for out-of-the-box experiments."""

    def __init__(self, env: WizardEnv) -> None:
        super().__init__()
        self.setTitle(self.tr("Experiments to try"))
        self.setSubTitle(self.tr("Ideas outside the usual plan: what you expect and how you "
                                 "will know. Results are added later in the experiments table."))
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        for saved in env.draft_experiments:
            self.column.addWidget(QLabel(self.tr("Saved with the draft: %1").replace(
                "%1", saved.idea)))
        self.rows: list[IdeaRow] = []
        self.add_button = QPushButton(self.tr("Add another idea"))
        self.add_button.clicked.connect(self.add_row)
        self.column.addWidget(self.add_button)
        self.column.addStretch()
        QVBoxLayout(self).addWidget(scrolled(inner))
        for typed in (env.initial.experiments if env.initial else ()):
            self.add_row().fill(typed)
        if not self.rows:
            self.add_row()

    def add_row(self) -> IdeaRow:
        row = IdeaRow(len(self.rows) + 1)
        self.rows.append(row)
        self.column.insertWidget(self.column.indexOf(self.add_button), row)
        return row

    def typed_rows(self) -> list[IdeaRow]:
        return [row for row in self.rows if row.typed()]

    def experiments(self) -> tuple[ExperimentInput, ...]:
        return tuple(row.value() for row in self.typed_rows())

    def show_errors(self, errors: Sequence[FieldError]) -> bool:
        shown = False
        for n, row in enumerate(self.typed_rows()):
            mine = row_messages(errors, f"experiments.{n}.")
            show_row_errors(row.error, mine)
            shown = shown or bool(mine)
        return shown

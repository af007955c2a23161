"""Add or edit a paid campaign: where it runs, what it is for, its budget and dates, its status
and the brand's social goal it serves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from typing_extensions import override

from smm_desktop.domain.campaigns import CampaignObjective, CampaignStatus
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.numbers_data import CampaignInput
from smm_desktop.ui import goal_text, labels, number_labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator
from smm_desktop.ui.dialogs.post_form_parts import ChoiceBox, EnumBox, OptionalDateEdit
from smm_desktop.ui.goal_text import goal_name


class CampaignDialog(FormDialog):
    """Name, platform, objective, status, budget and currency, start and end, goal, notes."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 goals: list[SocialGoalData], initial: CampaignInput | None) -> None:
        title = self.tr("Edit campaign") if initial else self.tr("New campaign")
        super().__init__(parent, title, validator)
        self.setObjectName("campaignDialog")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Ramadan offers – Instagram"))
        self.platform = EnumBox(Platform, labels.platform_name, self.tr("Not set"))
        self.objective = EnumBox(CampaignObjective, number_labels.objective_name,
                                 self.tr("Not set"))
        self.status = EnumBox(CampaignStatus, number_labels.status_name, "")
        self.status.removeItem(0)  # a campaign always has a status
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("Total budget, e.g. 3000"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("SAR")
        self.currency.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.start_day = OptionalDateEdit(self.tr("No start date"))
        self.end_day = OptionalDateEdit(self.tr("No end date"))
        self.goal = ChoiceBox(self.tr("No goal"), [(goal_name(g), g.id) for g in goals],
                              self.tr("No longer listed"))
        self.external_name = QLineEdit()
        self.external_name.setPlaceholderText(self.tr("The name in the ads manager's exports"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self._rows()
        self._fill(initial or CampaignInput(name=""))

    def _rows(self) -> None:
        for field, label, widget in (
                ("name", self.tr("Name"), self.name),
                ("platform", self.tr("Platform"), self.platform),
                ("objective", self.tr("Objective"), self.objective),
                ("status", self.tr("Status"), self.status),
                ("budget", self.tr("Budget"), self.budget),
                ("currency", self.tr("Currency"), self.currency),
                ("start_day", self.tr("Starts on"), self.start_day),
                ("end_day", self.tr("Ends on"), self.end_day),
                ("social_goal_id", self.tr("Goal it serves"), self.goal),
                ("external_name", self.tr("Name in exports"), self.external_name),
                ("notes", self.tr("Notes"), self.notes)):
            self.add_row(field, label, widget)

    def _fill(self, data: CampaignInput) -> None:
        self.name.setText(data.name)
        self.platform.set_value(data.platform)
        self.objective.set_value(data.objective)
        self.status.set_value(data.status)
        self.budget.setText(_plain(data.budget))
        self.currency.setText(data.currency)
        self.start_day.set_value(data.start_day)
        self.end_day.set_value(data.end_day)
        self.goal.set_value(data.social_goal_id)
        self.external_name.setText(data.external_name)
        self.notes.setPlainText(data.notes)

    def _budget(self) -> float | None:
        try:
            return goal_text.parse_number(self.budget.text())
        except ValueError:
            return float("nan")

    @override
    def local_errors(self) -> list[FieldError]:
        budget = self._budget()
        return [FieldError("budget", "not_a_number")] if budget is not None and (
            budget != budget) else []

    def value(self) -> CampaignInput:
        platform, objective = self.platform.value(), self.objective.value()
        budget = self._budget()
        return CampaignInput(
            name=self.name.text().strip(), platform=Platform(platform) if platform else None,
            objective=CampaignObjective(objective) if objective else None,
            budget=None if budget is None or budget != budget else budget,
            currency=self.currency.text().strip().upper(),
            start_day=self.start_day.value(), end_day=self.end_day.value(),
            status=CampaignStatus(self.status.value() or CampaignStatus.ACTIVE),
            social_goal_id=self.goal.value(), notes=self.notes.toPlainText(),
            external_name=self.external_name.text().strip())

    @override
    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(number_labels.message(error))
                self._errors[error.field].show()

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            goals: list[SocialGoalData],
            initial: CampaignInput | None = None) -> tuple[CampaignInput | None, bool]:
        return cls(parent, validator, goals, initial).ask()


def _plain(value: float | None) -> str:
    """A number to edit: whole ones without ".0"."""
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else str(value)

"""Add or edit an out-of-the-box experiment: the idea, its hypothesis, how it is measured,
where it stands and, later, its result."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget
from typing_extensions import override

from smm_desktop.domain.enums import ExperimentStatus
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.experiments import ExperimentInput
from smm_desktop.ui import review_labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator
from smm_desktop.ui.dialogs.goal_dialog import date_edit, to_date, to_qdate


def text_box(placeholder: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box


class ExperimentDialog(FormDialog):
    """Idea, hypothesis, measure, status, result, and the dates it ran."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: ExperimentInput | None) -> None:
        title = self.tr("Edit experiment") if initial else self.tr("New experiment")
        super().__init__(parent, title, validator)
        self.idea = QLineEdit()
        self.idea.setPlaceholderText(self.tr("For example: a weekly quiz in Stories"))
        self.hypothesis = text_box(self.tr("What you expect to happen, and why."))
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(self.tr("For example: replies per 1,000 viewers"))
        self.status = QComboBox()
        for status in ExperimentStatus:
            self.status.addItem(review_labels.status_name(status), status.value)
        self.result_box = text_box(self.tr("What happened, once it has run."))
        self.start = date_edit(self.tr("Not set"))
        self.end = date_edit(self.tr("Not set"))
        for field, label, widget in (
                ("idea", self.tr("Idea"), self.idea),
                ("hypothesis", self.tr("Hypothesis"), self.hypothesis),
                ("measure", self.tr("How it is measured"), self.measure),
                ("status", self.tr("Status"), self.status),
                ("result", self.tr("Result"), self.result_box),
                ("start_date", self.tr("Start"), self.start),
                ("end_date", self.tr("End"), self.end)):
            self.add_row(field, label, widget)
        self._fill(initial or ExperimentInput(""))

    def _fill(self, data: ExperimentInput) -> None:
        self.idea.setText(data.idea)
        self.hypothesis.setPlainText(data.hypothesis)
        self.measure.setText(data.measure)
        self.status.setCurrentIndex(self.status.findData(data.status.value))
        self.result_box.setPlainText(data.result)
        self.start.setDate(to_qdate(data.start_date))
        self.end.setDate(to_qdate(data.end_date))

    @override
    def value(self) -> ExperimentInput:
        return ExperimentInput(
            self.idea.text().strip(), self.hypothesis.toPlainText().strip(),
            self.measure.text().strip(), ExperimentStatus(self.status.currentData()),
            self.result_box.toPlainText().strip(), to_date(self.start.date()),
            to_date(self.end.date()))

    @override
    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        for error in errors:  # codes of its own the shared labels do not know
            if error.field in self._errors:
                self._errors[error.field].setText(review_labels.field_message(error))

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: ExperimentInput | None = None) -> tuple[ExperimentInput | None, bool]:
        return cls(parent, validator, initial).ask()

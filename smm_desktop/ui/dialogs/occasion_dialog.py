"""Add or edit one of the brand's own occasions: its name, date, whether it comes back every
year, and notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from smm_desktop.domain.errors import FieldError
from smm_desktop.services.occasions import BrandOccasionInput
from smm_desktop.ui import post_labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator
from smm_desktop.ui.dialogs.post_form_parts import align_lines

NAME_MAX = 120


class OccasionDialog(FormDialog):
    """Name, date (from 1970 to 2100), yearly, notes."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: BrandOccasionInput | None, day: date | None = None) -> None:
        title = self.tr("Edit occasion") if initial else self.tr("New occasion")
        super().__init__(parent, title, validator)
        self.setObjectName("occasionDialog")
        data = initial or BrandOccasionInput("", day or date.today())
        self.name = QLineEdit(data.name)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Shop anniversary, Summer menu launch"))
        self.day = QDateEdit(QDate(data.day.year, data.day.month, data.day.day))
        self.day.setCalendarPopup(True)
        self.day.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))  # the rules say 1970-2100
        self.yearly = QCheckBox(self.tr("Comes back every year on this day"))
        self.yearly.setChecked(data.yearly)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        align_lines(self.notes)
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("day", self.tr("Date"), self.day)
        self.add_row("yearly", "", self.yearly)
        self.add_row("notes", self.tr("Notes"), self.notes)

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(post_labels.field_message(error))
                self._errors[error.field].show()

    def value(self) -> BrandOccasionInput:
        day = self.day.date()
        return BrandOccasionInput(self.name.text().strip(), date(day.year(), day.month(), day.day()),
                                  self.yearly.isChecked(), self.notes.toPlainText().strip())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: BrandOccasionInput | None = None) -> tuple[BrandOccasionInput | None, bool]:
        return cls(parent, validator, initial).ask()

"""Add or edit one routine: its title, why, cadence and day within the period."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from smm_desktop.domain.routines import Cadence
from smm_desktop.services.routines import RoutineInput
from smm_desktop.ui.dialogs.form import FormDialog, Validator
from smm_desktop.ui.panels.today_text import cadence_short

TITLE_MAX = 200


def weekday_name(weekday: int) -> str:
    """0 Monday … 6 Sunday in the locale's language."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


class RoutineDialog(FormDialog):
    """Title, why, cadence; a weekday for weekly ones, a day of the month for the others."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: RoutineInput | None) -> None:
        super().__init__(parent, self.tr("Edit routine") if initial else self.tr("New routine"),
                         validator)
        self.setObjectName("routineDialog")
        data = initial or RoutineInput("")
        self.title_edit = QLineEdit(data.title)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.why = QLineEdit(data.why)
        self.cadence = QComboBox()
        for cadence in Cadence:
            self.cadence.addItem(cadence_short(cadence), cadence)
        self.cadence.setCurrentIndex(self.cadence.findData(data.cadence))
        self.weekday = QComboBox()
        self.weekday.addItem(self.tr("First day of the week"), None)
        for day in range(7):
            self.weekday.addItem(weekday_name(day), day)
        self.weekday.setCurrentIndex(max(0, self.weekday.findData(data.weekday)))
        self.month_day = QSpinBox()
        self.month_day.setRange(0, 31)
        self.month_day.setSpecialValueText(self.tr("Any day"))
        self.month_day.setValue(data.month_day or 0)
        self.add_row("title", self.tr("Routine"), self.title_edit)
        self.add_row("why", self.tr("Why"), self.why)
        self.add_row("cadence", self.tr("Cadence"), self.cadence)
        self.add_row("weekday", self.tr("Weekday"), self.weekday)
        self.add_row("month_day", self.tr("Day of the month"), self.month_day)
        self.cadence.currentIndexChanged.connect(self._show_day)
        self.enabled = data.enabled
        self._screen = data.screen
        self._show_day()

    def _show_day(self) -> None:
        cadence = self.cadence.currentData()
        self.weekday.setEnabled(cadence is Cadence.WEEKLY)
        self.month_day.setEnabled(cadence in (Cadence.MONTHLY, Cadence.QUARTERLY))

    def value(self) -> RoutineInput:
        cadence = self.cadence.currentData()
        weekday = self.weekday.currentData() if cadence is Cadence.WEEKLY else None
        month_day = (self.month_day.value() or None) if cadence in (
            Cadence.MONTHLY, Cadence.QUARTERLY) else None
        return RoutineInput(self.title_edit.text().strip(), self.why.text().strip(), cadence,
                            weekday, month_day, self._screen, self.enabled)

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: RoutineInput | None = None) -> tuple[RoutineInput | None, bool]:
        return cls(parent, validator, initial).ask()


__all__ = ["RoutineDialog", "weekday_name"]

"""A competitor's inferred strategy for one quarter, with the log lines it rests on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from smm_desktop.domain.competitors import check_quarter
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.competitor_data import GuessInput, ObservationData
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.competitor_text import day_text, field_text
from smm_desktop.ui.dialogs.form import FormDialog, Validator
from smm_desktop.ui.i18n import Formatter


def guess_errors(data: GuessInput) -> list[FieldError]:
    return check_quarter(data.quarter)


def this_quarter(today: date) -> str:
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


class GuessDialog(FormDialog):
    """Quarter, focus, how often, formats, a note, and evidence chosen from the log."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: GuessInput | None, log: Sequence[ObservationData] = (),
                 fmt: Formatter | None = None) -> None:
        title = self.tr("Edit strategy guess") if initial else self.tr("New strategy guess")
        super().__init__(parent, title, validator or guess_errors)
        initial = initial or GuessInput(this_quarter(date.today()))
        self.quarter = QLineEdit(initial.quarter)
        self.quarter.setPlaceholderText("2026-Q4")
        self.focus, self.frequency = QLineEdit(initial.focus), QLineEdit(initial.frequency)
        self.formats = QLineEdit(initial.formats)
        self.note = QPlainTextEdit(initial.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.evidence = QListWidget()
        self.evidence.setMinimumHeight(120)
        self._fill_log(log, set(initial.evidence), fmt or Formatter())
        for field, label, widget in (
                ("quarter", self.tr("Quarter"), self.quarter), ("focus", self.tr("Focus"), self.focus),
                ("frequency", self.tr("How often"), self.frequency),
                ("formats", self.tr("Formats"), self.formats), ("note", self.tr("Note"), self.note),
                ("evidence", self.tr("Evidence from the log"), self.evidence)):
            self.add_row(field, label, widget)

    def _fill_log(self, log: Sequence[ObservationData], chosen: set[int], fmt: Formatter) -> None:
        for line in log:
            item = QListWidgetItem(f"{day_text(fmt, line.day)}  {isolate(line.text)}")
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if line.id in chosen
                               else Qt.CheckState.Unchecked)
            self.evidence.addItem(item)

    def chosen(self) -> tuple[int, ...]:
        items = (self.evidence.item(i) for i in range(self.evidence.count()))
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(field_text(error))

    def value(self) -> GuessInput:
        return GuessInput(self.quarter.text().strip().upper(), self.focus.text().strip(),
                          self.frequency.text().strip(), self.formats.text().strip(),
                          self.note.toPlainText().strip(), self.chosen())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: GuessInput | None = None, log: Sequence[ObservationData] = (),
            fmt: Formatter | None = None) -> tuple[GuessInput | None, bool]:
        return cls(parent, validator, initial, log, fmt).ask()

"""Add or edit a line of a competitor's monitoring log: a day, what was seen, a link."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from smm_desktop.domain.competitors import check_day, check_required, check_url
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.competitor_data import ObservationInput
from smm_desktop.ui.competitor_text import pydate, qdate
from smm_desktop.ui.dialogs.form import FormDialog, Validator


def observation_errors(data: ObservationInput) -> list[FieldError]:
    return (check_day(data.day, date.today()) + check_required(data.text, "text")
            + check_url(data.link, "link"))


class ObservationDialog(FormDialog):
    """"They launched a Ramadan series on day 1", dated, with an optional link."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: ObservationInput | None) -> None:
        title = self.tr("Edit observation") if initial else self.tr("New observation")
        super().__init__(parent, title, validator or observation_errors)
        initial = initial or ObservationInput(date.today(), "")
        self.day = QDateEdit(qdate(initial.day))
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(qdate(date.today()))
        self.text = QPlainTextEdit(initial.text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.text.setPlaceholderText(self.tr("What they did, and how the audience took it"))
        self.link = QLineEdit(initial.link)
        self.link.setPlaceholderText("https://")
        self.add_row("day", self.tr("Day"), self.day)
        self.add_row("text", self.tr("Observation"), self.text)
        self.add_row("link", self.tr("Link"), self.link)
        self.text.setFocus()

    def value(self) -> ObservationInput:
        return ObservationInput(pydate(self.day.date()), self.text.toPlainText().strip(),
                                self.link.text().strip())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: ObservationInput | None = None) -> tuple[ObservationInput | None, bool]:
        return cls(parent, validator, initial).ask()

"""“Move to…”: a date and a time for the chosen posts (the keyboard twin of a drag)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.posts import MAX_DATE, MIN_DATE


class MoveDialog(QDialog):
    """A calendar pop-up and a time in 5-minute steps; OK moves, Cancel leaves all as it was."""

    def __init__(self, parent: QWidget | None, when: datetime, count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to"))
        self.edit = QDateTimeEdit(QDateTime(QDate(when.year, when.month, when.day),
                                            QTime(when.hour, when.minute)))
        self.edit.setObjectName("moveWhen")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateRange(QDate(MIN_DATE.year, MIN_DATE.month, MIN_DATE.day),
                               QDate(MAX_DATE.year, MAX_DATE.month, MAX_DATE.day))
        form = QFormLayout()
        form.addRow(self.tr("Date and time:"), self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if count > 1:
            note = QLabel(self.tr("The other chosen posts keep their distance to the first."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> datetime:
        moment = self.edit.dateTime()
        day, time = moment.date(), moment.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    @classmethod
    def run(cls, parent: QWidget | None, when: datetime, count: int = 1) -> tuple[datetime | None, bool]:
        dialog = cls(parent, when, count)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.value() if accepted else None), accepted

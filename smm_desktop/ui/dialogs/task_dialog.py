"""Add or edit a one-off task: its title, due day (or none), brand (or none) and a note."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from smm_desktop.services.tasks import TaskInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.dialogs.post_form_parts import align_lines

TITLE_MAX = 200


def task_input(task: Any) -> TaskInput:
    """What the dialog edits of a stored task."""
    return TaskInput(task.title, task.brand_id, task.due, task.note)


class TaskDialog(FormDialog):
    """Title (required), due day, brand, note; the service's rules check it before closing."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, initial: TaskInput | None,
                 brand_id: int | None = None) -> None:
        title = self.tr("Edit task") if initial else self.tr("New task")
        super().__init__(parent, title, ctx.services.tasks.validate)
        self.setObjectName("taskDialog")
        self.setMinimumWidth(420)
        data = initial or TaskInput("", brand_id or None, date.today())
        self.title_edit = QLineEdit(data.title)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Send the March plan to the client"))
        self.add_row("title", self.tr("Task"), self.title_edit)
        self.add_row("due", self.tr("Due"), self._due_row(data.due))
        self.brand = QComboBox()
        self.brand.addItem(self.tr("No brand"), None)
        for brand in ctx.services.brands.list_brands(include_archived=False):
            self.brand.addItem(brand.name, brand.id)
        self.brand.setCurrentIndex(max(0, self.brand.findData(data.brand_id)))
        self.add_row("brand_id", self.tr("Brand"), self.brand)
        self.note = QPlainTextEdit(data.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        align_lines(self.note)
        self.add_row("note", self.tr("Note"), self.note)

    def _due_row(self, due: date | None) -> QWidget:
        self.has_due = QCheckBox(self.tr("By"))
        self.has_due.setChecked(due is not None)
        shown = due or date.today()
        self.due = QDateEdit(QDate(shown.year, shown.month, shown.day))
        self.due.setCalendarPopup(True)
        self.due.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))  # the rules say 1970-2100
        self.due.setEnabled(due is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_due)
        row.addWidget(self.due, 1)
        return box

    def value(self) -> TaskInput:
        day = self.due.date()
        due = date(day.year(), day.month(), day.day()) if self.has_due.isChecked() else None
        return TaskInput(self.title_edit.text().strip(), self.brand.currentData(), due,
                         self.note.toPlainText().strip())

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext, initial: TaskInput | None = None,
            brand_id: int | None = None) -> tuple[TaskInput | None, bool]:
        return cls(parent, ctx, initial, brand_id).ask()

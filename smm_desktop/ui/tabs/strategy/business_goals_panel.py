"""The current brand's business goals: new, edit, delete and reorder, every change undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QToolButton, QWidget

from smm_desktop.services.goals import BusinessGoalData, business_goal_errors
from smm_desktop.ui import labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.business_goal_dialog import BusinessGoalDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.goals import BusinessGoalTableModel
from smm_desktop.ui.undo import (
    ChangeCommand,
    CreateCommand,
    DeleteCommand,
    ReorderCommand,
    swap_order,
)
from smm_desktop.ui.widgets.record_panel import RecordPanel


class BusinessGoalsPanel(RecordPanel):
    """What the brand wants from social media; the social goals below serve these."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Business goals"), BusinessGoalTableModel(), 1, parent)
        self.ctx = ctx
        self.setObjectName("businessGoalsPanel")
        self.view.setObjectName("businessGoalsView")
        self.show_archived.hide()
        self.new_button = self.add_button(self.tr("New…"), self.new_goal, "Insert")
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_goal, "Return")
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_goal, "Delete")
        self.earlier_button = self._arrow(Qt.ArrowType.UpArrow, self.tr("Move earlier (Alt+Up)"),
                                          self.move_earlier, "Alt+Up")
        self.later_button = self._arrow(Qt.ArrowType.DownArrow, self.tr("Move later (Alt+Down)"),
                                        self.move_later, "Alt+Down")
        self.finish_buttons()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_goal())
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(lambda _id: self.reload())
        self.reload()

    def _arrow(self, arrow: Qt.ArrowType, tip: str, slot: Callable[[], None],
               shortcut: str) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        key = QShortcut(QKeySequence(shortcut), self.view)
        key.setContext(Qt.ShortcutContext.WidgetShortcut)
        key.activated.connect(slot)
        return button

    def _on_data_changed(self, area: str) -> None:
        if area in (DataHub.BRANDS, DataHub.GOALS):
            self.reload()

    def reload(self) -> None:
        keep, brand_id = self.current_id(), self.ctx.scope.brand_id
        goals = self.ctx.services.goals.list_business_goals(brand_id) if brand_id else []
        self.model.set_records(goals)
        self.select_id(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row() if self.current_goal() else -1
        self.new_button.setEnabled(bool(self.ctx.scope.brand_id))
        self.edit_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(row >= 0)
        self.earlier_button.setEnabled(row > 0)
        self.later_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def current_goal(self) -> BusinessGoalData | None:
        record = self.current_record()
        return record if isinstance(record, BusinessGoalData) else None

    def _name(self, goal: BusinessGoalData) -> str:
        return labels.business_goal_kind_name(goal.kind)

    def new_goal(self) -> None:
        brand_id, goals = self.ctx.scope.brand_id, self.ctx.services.goals
        if not brand_id:
            return
        data, ok = BusinessGoalDialog.run(self.window(), business_goal_errors)
        if not ok or data is None:
            return
        command = CreateCommand(
            self.tr("Add business goal: %1").replace("%1", labels.business_goal_kind_name(data.kind)),
            self.ctx.hub, DataHub.GOALS, lambda: goals.create_business_goal(brand_id, data),
            goals.delete_business_goal, goals.undelete_business_goal)
        self.ctx.undo.push(command)
        if command.record is not None:
            self.select_id(command.record.id)

    def edit_goal(self) -> None:
        goal, goals = self.current_goal(), self.ctx.services.goals
        if goal is None:
            return
        data, ok = BusinessGoalDialog.run(self.window(), business_goal_errors, goal.to_input())
        if ok and data is not None and data != goal.to_input():
            self.ctx.undo.push(ChangeCommand(
                self.tr("Edit business goal: %1").replace("%1", self._name(goal)), self.ctx.hub,
                DataHub.GOALS, goal, goals.update_business_goal, goal.to_input(), data))

    def delete_goal(self) -> None:
        goal, goals = self.current_goal(), self.ctx.services.goals
        if goal is None:
            return
        self.ctx.undo.push(DeleteCommand(
            self.tr("Delete business goal: %1").replace("%1", self._name(goal)), self.ctx.hub,
            DataHub.GOALS, goal, goals.delete_business_goal, goals.undelete_business_goal))

    def move_earlier(self) -> None:
        self._swap(-1)

    def move_later(self) -> None:
        self._swap(1)

    def _swap(self, step: int) -> None:
        goal, brand_id = self.current_goal(), self.ctx.scope.brand_id
        before = [g.id for g in self.model.records()]
        after = swap_order(before, self.view.currentIndex().row(), step)
        if goal is None or not brand_id or after is None:
            return
        goals = self.ctx.services.goals
        self.ctx.undo.push(ReorderCommand(
            self.tr("Move business goal: %1").replace("%1", self._name(goal)), self.ctx.hub,
            DataHub.GOALS, lambda ids: goals.reorder_business_goals(brand_id, ids), before, after))
        self.select_id(goal.id)

"""The current brand's SMART social goals with their progress: new (blank or from a template),
edit, delete and record today's value, every change undoable."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from smm_desktop.domain.goal_templates import TEMPLATES, GoalTemplate
from smm_desktop.services.goals import SocialGoalData, SocialGoalInput
from smm_desktop.services.snapshots import SnapshotData
from smm_desktop.ui import goal_text, labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.goal_dialog import GoalDialog, GoalFormEnv
from smm_desktop.ui.dialogs.record_value_dialog import RecordValueDialog, RecordValueEnv
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.goals import (
    STATUS_COLUMN,
    GoalProgressTableModel,
    GoalRow,
    StatusDelegate,
    goal_rows,
)
from smm_desktop.ui.undo import CallCommand, ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.record_panel import RecordPanel

_RELOAD_ON = (DataHub.BRANDS, DataHub.ACCOUNTS, DataHub.GOALS, DataHub.SNAPSHOTS)


class SocialGoalsPanel(RecordPanel):
    """`today` is a function so that tests can fix the day progress is measured on."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Social goals and KPI progress"), GoalProgressTableModel(ctx.fmt),
                         0, parent)
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self.setObjectName("socialGoalsPanel")
        self.view.setObjectName("socialGoalsView")
        self.show_archived.hide()
        self.view.setItemDelegateForColumn(STATUS_COLUMN, StatusDelegate(self.view))
        self.new_button = self.add_button(self.tr("New goal…"), self.new_goal, "Insert")
        self.template_button = self._template_button()
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_goal, "Return")
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_goal, "Delete")
        self.record_button = self.add_button(self.tr("Record today's value…"), self.record_value,
                                             "Ctrl+R")
        self.finish_buttons()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_goal())
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(lambda _id: self.reload())
        self.reload()

    def _template_button(self) -> QPushButton:
        button = QPushButton(self.tr("From a template"))
        menu = QMenu(button)
        for template in TEMPLATES:
            action = menu.addAction(labels.template_title(template.key))
            action.setObjectName(f"template_{template.key}")
            action.triggered.connect(lambda _=False, t=template: self.new_from_template(t))
        button.setMenu(menu)
        self.buttons.addWidget(button)
        return button

    def _on_data_changed(self, area: str) -> None:
        if area in _RELOAD_ON:
            self.reload()

    def reload(self) -> None:
        keep, brand_id = self.current_id(), self.ctx.scope.brand_id
        rows: list[GoalRow] = []
        if brand_id:
            progress = self.ctx.services.goals.progress(brand_id, self.today())
            rows = goal_rows(progress, self.ctx.services.accounts.list_accounts(brand_id))
        self.model.set_records(rows)
        self.select_id(keep)
        self._update_buttons()
        self.current_changed.emit(self.current_id())

    def _update_buttons(self) -> None:
        has_brand, row = bool(self.ctx.scope.brand_id), self.current_row()
        for button in (self.new_button, self.template_button, self.record_button):
            button.setEnabled(has_brand)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    def current_row(self) -> GoalRow | None:
        record = self.current_record()
        return record if isinstance(record, GoalRow) else None

    def current_goal(self) -> SocialGoalData | None:
        row = self.current_row()
        return row.progress.goal if row else None

    def form_env(self, editing: bool = False) -> GoalFormEnv:
        brand_id, services = self.ctx.scope.brand_id, self.ctx.services
        return GoalFormEnv(
            accounts=services.accounts.list_accounts(brand_id),
            business_goals=services.goals.list_business_goals(brand_id),
            validate=lambda data: services.goals.validate_goal(brand_id, data),
            smart_check=lambda data: services.goals.smart_check(brand_id, data, self.today()),
            fmt=self.ctx.fmt, latest=services.snapshots.latest(brand_id, self.today()),
            today=self.today(), editing=editing)

    def new_goal(self) -> None:
        if self.ctx.scope.brand_id:
            self._create(GoalDialog.run(self.window(), self.form_env()))

    def new_from_template(self, template: GoalTemplate) -> None:
        if self.ctx.scope.brand_id:
            env = self.form_env()
            self._create(GoalDialog.run(self.window(), env, self.template_input(template, env)))

    def template_input(self, template: GoalTemplate, env: GoalFormEnv) -> SocialGoalInput:
        """The template from today; on the brand's only account of its platform, if it has
        one, with that account's latest value as the baseline."""
        on_platform = [a for a in env.accounts if a.platform is template.platform
                       and not a.archived]
        account = on_platform[0].id if len(on_platform) == 1 else None
        data = SocialGoalInput.from_template(template, env.today, account)
        data = dataclasses.replace(data, title=labels.template_title(template.key))
        latest = env.latest.get((account, template.metric)) if account else None
        if latest is None:
            return data
        return dataclasses.replace(data, baseline_value=latest.value, baseline_date=latest.day)

    def _create(self, answer: tuple[SocialGoalInput | None, bool]) -> None:
        data, ok = answer
        brand_id, goals = self.ctx.scope.brand_id, self.ctx.services.goals
        if not ok or data is None:
            return
        command = CreateCommand(
            self.tr("Add social goal: %1").replace("%1", goal_text.goal_name(data)), self.ctx.hub,
            DataHub.GOALS, lambda: goals.create_goal(brand_id, data), goals.delete_goal,
            goals.undelete_goal)
        self.ctx.undo.push(command)
        if command.record is not None:
            self.select_id(command.record.id)

    def edit_goal(self) -> None:
        goal, goals = self.current_goal(), self.ctx.services.goals
        if goal is None:
            return
        data, ok = GoalDialog.run(self.window(), self.form_env(editing=True), goal.to_input())
        if ok and data is not None and data != goal.to_input():
            self.ctx.undo.push(ChangeCommand(
                self.tr("Edit social goal: %1").replace("%1", goal_text.goal_name(goal)),
                self.ctx.hub, DataHub.GOALS, goal, goals.update_goal, goal.to_input(), data))

    def delete_goal(self) -> None:
        goal, goals = self.current_goal(), self.ctx.services.goals
        if goal is None:
            return
        self.ctx.undo.push(DeleteCommand(
            self.tr("Delete social goal: %1").replace("%1", goal_text.goal_name(goal)),
            self.ctx.hub, DataHub.GOALS, goal, goals.delete_goal, goals.undelete_goal))

    def record_env(self) -> RecordValueEnv:
        brand_id, services = self.ctx.scope.brand_id, self.ctx.services
        accounts = [a for a in services.accounts.list_accounts(brand_id) if not a.archived]
        return RecordValueEnv(accounts, self.ctx.fmt,
                              services.snapshots.latest(brand_id, self.today()), self.today())

    def record_value(self) -> None:
        """A value for the selected goal's account and KPI, by default; undo puts back the
        value that day had (or none)."""
        if not self.ctx.scope.brand_id:
            return
        env = self.record_env()
        data, ok = RecordValueDialog.run(self.window(), env, self._record_initial(env))
        if ok and data is not None:
            self.ctx.undo.push(self._record_command(data))

    def _record_initial(self, env: RecordValueEnv) -> SnapshotData | None:
        goal = self.current_goal()
        if goal is None or goal.metric is None:
            return None
        account = goal.account_id or next(
            (a.id for a in env.accounts if a.platform == goal.platform), None)
        return None if account is None else SnapshotData(account, goal.metric, env.today,
                                                         float("nan"))

    def _record_command(self, data: SnapshotData) -> CallCommand:
        snapshots = self.ctx.services.snapshots
        before = snapshots.history(data.account_id, data.metric, data.day, data.day)

        def undo() -> None:
            if before:
                snapshots.record(data.account_id, data.metric, data.day, before[0].value,
                                 before[0].source)
            else:
                snapshots.delete(data.account_id, data.metric, data.day)

        text = self.tr("Record %1: %2").replace("%1", labels.metric_name(data.metric)).replace(
            "%2", goal_text.quantity(self.ctx.fmt, data.value, data.metric))
        return CallCommand(text, self.ctx.hub, DataHub.SNAPSHOTS,
                           lambda: snapshots.record(data.account_id, data.metric, data.day,
                                                    data.value, data.source), undo)

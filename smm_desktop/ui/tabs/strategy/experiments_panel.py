"""The current brand's experiments: add, edit, move to the next status, delete, all undoable."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import QHeaderView, QWidget

from smm_desktop.domain.enums import ExperimentStatus
from smm_desktop.services.experiments import ExperimentData, ExperimentInput, ExperimentService
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.experiment_dialog import ExperimentDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.reviews import ExperimentTableModel
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.record_panel import RecordPanel

# The status "Next status" moves an experiment to.
_NEXT = {ExperimentStatus.PLANNED: ExperimentStatus.RUNNING,
         ExperimentStatus.RUNNING: ExperimentStatus.DONE}


class ExperimentsPanel(RecordPanel):
    """Out-of-the-box ideas tried for a while; the owner calls `reload` when it is shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Experiments"), ExperimentTableModel(ctx.fmt), 4, parent)
        self.ctx = ctx
        header = self.view.horizontalHeader()
        for column in (0, 1, 2):  # long texts: a fair width each, the whole text in the tip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 200)
        self.setObjectName("experimentsPanel")
        self.view.setObjectName("experimentsView")
        self.show_archived.hide()
        self.new_button = self.add_button(self.tr("New…"), self.new_experiment, "Insert")
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_experiment, "Return")
        self.start_button = self.add_button(self.tr("Start"), self.advance)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_experiment, "Delete")
        self.finish_buttons()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_experiment())

    @property
    def _service(self) -> ExperimentService:
        return self.ctx.services.reviews.experiments

    def reload(self) -> None:
        keep, brand_id = self.current_id(), self.ctx.scope.brand_id
        self.model.set_records(self._service.list_experiments(brand_id) if brand_id else [])
        self.select_id(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.current_experiment()
        self.new_button.setEnabled(bool(self.ctx.scope.brand_id))
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        following = _NEXT.get(current.status) if current else None
        self.start_button.setEnabled(following is not None)
        self.start_button.setText(self.tr("Mark done") if following is ExperimentStatus.DONE
                                  else self.tr("Start"))

    def current_experiment(self) -> ExperimentData | None:
        record = self.current_record()
        return record if isinstance(record, ExperimentData) else None

    def new_experiment(self) -> None:
        brand_id, service = self.ctx.scope.brand_id, self._service
        if not brand_id:
            return
        data, ok = ExperimentDialog.run(self.window(), service.validate)
        if not ok or data is None:
            return
        command = CreateCommand(
            self.tr("Add experiment: %1").replace("%1", data.idea), self.ctx.hub,
            DataHub.REVIEWS, lambda: service.create(brand_id, data), service.delete,
            service.undelete)
        self.ctx.undo.push(command)
        if command.record is not None:
            self.select_id(command.record.id)

    def edit_experiment(self) -> None:
        current = self.current_experiment()
        if current is None:
            return
        data, ok = ExperimentDialog.run(self.window(), self._service.validate, current.to_input())
        if ok and data is not None and data != current.to_input():
            self._change(current, data, self.tr("Edit experiment: %1"))

    def advance(self) -> None:
        """Planned to running (from today), running to done (ending today)."""
        current = self.current_experiment()
        following = _NEXT.get(current.status) if current else None
        if current is None or following is None:
            return
        self._change(current, _advanced(current.to_input(), following),
                     self.tr("Change experiment status: %1"))

    def _change(self, current: ExperimentData, data: ExperimentInput, text: str) -> None:
        self.ctx.undo.push(ChangeCommand(
            text.replace("%1", current.idea), self.ctx.hub, DataHub.REVIEWS, current,
            self._service.update, current.to_input(), data))

    def delete_experiment(self) -> None:
        current, service = self.current_experiment(), self._service
        if current is None:
            return
        self.ctx.undo.push(DeleteCommand(
            self.tr("Delete experiment: %1").replace("%1", current.idea), self.ctx.hub,
            DataHub.REVIEWS, current, service.delete, service.undelete))


def _advanced(data: ExperimentInput, status: ExperimentStatus) -> ExperimentInput:
    today = date.today()
    if status is ExperimentStatus.RUNNING:
        return dataclasses.replace(data, status=status, start_date=data.start_date or today)
    end = data.end_date or max(today, data.start_date or today)
    return dataclasses.replace(data, status=status, end_date=end)

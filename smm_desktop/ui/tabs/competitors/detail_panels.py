"""The current competitor's monitoring log, strategy guesses and snapshots: add, edit and
delete, every change undoable. The section loads them; they do not query on their own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from smm_desktop.services.competitor_data import (
    CompetitorData,
    GuessData,
    ObservationData,
    SnapshotData,
    SnapshotInput,
)
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.guess_dialog import GuessDialog
from smm_desktop.ui.dialogs.observation_dialog import ObservationDialog
from smm_desktop.ui.dialogs.snapshot_dialog import SnapshotDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.competitors import (
    GuessTableModel,
    ObservationTableModel,
    SnapshotTableModel,
)
from smm_desktop.ui.models.table import RecordTableModel
from smm_desktop.ui.tabs.competitors.ask import ask_update_or_keep
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.record_panel import RecordPanel

if TYPE_CHECKING:
    from smm_desktop.services.competitors import CompetitorService


class _DetailPanel(RecordPanel):
    """New / Edit / Delete over records of one competitor."""

    def __init__(self, ctx: UiContext, title: str, model: RecordTableModel[Any],
                 stretch: int) -> None:
        super().__init__(title, model, stretch)
        self.ctx = ctx
        self.competitor: CompetitorData | None = None
        self.show_archived.hide()
        # Named context: self.tr here would run under each subclass's name at run time.
        self.new_button = self.add_button(
            QCoreApplication.translate("DetailPanel", "New…"), self.new_record, "Insert")
        self.edit_button = self.add_button(
            QCoreApplication.translate("DetailPanel", "Edit…"), self.edit_record, "Return")
        self.delete_button = self.add_button(
            QCoreApplication.translate("DetailPanel", "Delete"), self.delete_record, "Delete")
        self.finish_buttons()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_record())

    @property
    def service(self) -> CompetitorService:
        return self.ctx.services.competitors

    def set_records(self, competitor: CompetitorData | None, records: list[Any]) -> None:
        keep = self.current_id()
        self.competitor = competitor
        self.model.set_records(records)
        self.select_id(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.competitor is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(self.current_record() is not None)

    def _push(self, command: Any) -> bool:
        self.ctx.undo.push(command)
        return not command.failed

    def new_record(self) -> None:
        raise NotImplementedError

    def edit_record(self) -> None:
        raise NotImplementedError

    def delete_record(self) -> None:
        raise NotImplementedError


class ObservationsPanel(_DetailPanel):
    """The monitoring log, newest first."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, self.tr("Monitoring log"), ObservationTableModel(ctx.fmt), 1)
        self.view.setObjectName("observationsView")

    def new_record(self, draft: Any = None) -> None:
        competitor, service = self.competitor, self.service
        if competitor is None:
            return
        data, ok = ObservationDialog.run(self.window(), None, draft)
        if ok and data is not None and not self._push(CreateCommand(
                self.tr("Add observation"), self.ctx.hub, DataHub.COMPETITORS,
                lambda: service.add_observation(competitor.id, data),
                service.delete_observation, service.restore_observation)):
            self.new_record(data)

    def edit_record(self, draft: Any = None) -> None:
        record = self.current_record()
        if not isinstance(record, ObservationData):
            return
        data, ok = ObservationDialog.run(self.window(), None, draft or record.to_input())
        if ok and data is not None and data != record.to_input() and not self._push(
                ChangeCommand(self.tr("Edit observation"), self.ctx.hub, DataHub.COMPETITORS,
                              record, self.service.update_observation, record.to_input(), data)):
            self.edit_record(data)

    def delete_record(self) -> None:
        record = self.current_record()
        if isinstance(record, ObservationData):
            self._push(DeleteCommand(self.tr("Delete observation"), self.ctx.hub,
                                     DataHub.COMPETITORS, record, self.service.delete_observation,
                                     self.service.restore_observation))


class GuessesPanel(_DetailPanel):
    """The inferred strategy per quarter, with evidence from the log."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, self.tr("Strategy guesses"), GuessTableModel(ctx.fmt), 1)
        self.view.setObjectName("guessesView")
        self.log: list[ObservationData] = []

    def new_record(self, draft: Any = None) -> None:
        competitor, service = self.competitor, self.service
        if competitor is None:
            return
        data, ok = GuessDialog.run(self.window(), None, draft, self.log, self.ctx.fmt)
        if ok and data is not None and not self._push(CreateCommand(
                self.tr("Add strategy guess: %1").replace("%1", data.quarter), self.ctx.hub,
                DataHub.COMPETITORS, lambda: service.save_guess(competitor.id, data),
                service.delete_guess, service.restore_guess)):
            self.new_record(data)

    def edit_record(self, draft: Any = None) -> None:
        record = self.current_record()
        if not isinstance(record, GuessData) or self.competitor is None:
            return
        data, ok = GuessDialog.run(self.window(), None, draft or record.to_input(), self.log,
                                   self.ctx.fmt)
        competitor_id, service = self.competitor.id, self.service
        if ok and data is not None and data != record.to_input() and not self._push(
                ChangeCommand(self.tr("Edit strategy guess: %1").replace("%1", data.quarter),
                              self.ctx.hub, DataHub.COMPETITORS, record,
                              lambda ident, version, value: service.save_guess(
                                  competitor_id, value, version, ident),
                              record.to_input(), data)):
            self.edit_record(data)

    def delete_record(self) -> None:
        record = self.current_record()
        if isinstance(record, GuessData):
            self._push(DeleteCommand(
                self.tr("Delete strategy guess: %1").replace("%1", record.quarter), self.ctx.hub,
                DataHub.COMPETITORS, record, self.service.delete_guess, self.service.restore_guess))


class SnapshotsPanel(_DetailPanel):
    """What was recorded of one of the competitor's accounts, newest first."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, self.tr("Snapshots"), SnapshotTableModel(ctx.fmt), 6)
        self.view.setObjectName("snapshotsView")
        self.account = QComboBox()
        self.account.setObjectName("snapshotAccount")
        self.account.currentIndexChanged.connect(lambda _i: self.load_snapshots())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Account:")))
        row.addWidget(self.account, 1)
        layout = self.layout()
        assert layout is not None
        layout.insertLayout(0, row)  # type: ignore[attr-defined]

    def show_competitor(self, competitor: CompetitorData | None) -> None:
        keep = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        for account in competitor.accounts if competitor else ():
            self.account.addItem(f"{labels.platform_name(account.platform)} {ltr(account.handle)}",
                                 account.id)
        self.account.setCurrentIndex(max(0, self.account.findData(keep)))
        self.account.blockSignals(False)
        self.competitor = competitor
        self.load_snapshots()

    def load_snapshots(self) -> None:
        account_id = self.account.currentData()
        records = list(reversed(self.service.snapshots(account_id))) if account_id else []
        self.set_records(self.competitor if account_id else None, records)

    def new_record(self, draft: Any = None) -> None:
        account_id, service = self.account.currentData(), self.service
        if not account_id:
            return
        data, ok = SnapshotDialog.run(self.window(), None, draft, self.ctx.clock)
        if not ok or data is None:
            return
        existing = service.snapshot_on(account_id, data.day)
        if existing is not None:
            self._same_day(existing, data)
            return
        if not self._push(CreateCommand(
                self.tr("Add snapshot"), self.ctx.hub, DataHub.COMPETITORS,
                lambda: service.save_snapshot(account_id, data), service.delete_snapshot,
                service.restore_snapshot)):
            self.new_record(data)

    def _same_day(self, existing: SnapshotData, data: SnapshotInput) -> None:
        """A snapshot that day already: Update replaces it, Keep drops the new one (asked
        for), Cancel goes back to the form with what was typed, as a refused update does."""
        answer = ask_update_or_keep(self, 1)
        if answer is False:
            return
        if answer is None or not self._push(ChangeCommand(
                self.tr("Edit snapshot"), self.ctx.hub, DataHub.COMPETITORS, existing,
                self.service.update_snapshot, existing.to_input(), data)):
            self.new_record(data)

    def edit_record(self, draft: Any = None) -> None:
        record = self.current_record()
        if not isinstance(record, SnapshotData):
            return
        data, ok = SnapshotDialog.run(self.window(), None, draft or record.to_input(),
                                      self.ctx.clock)
        if ok and data is not None and data != record.to_input() and not self._push(
                ChangeCommand(self.tr("Edit snapshot"), self.ctx.hub, DataHub.COMPETITORS,
                              record, self.service.update_snapshot, record.to_input(), data)):
            self.edit_record(data)

    def delete_record(self) -> None:
        record = self.current_record()
        if isinstance(record, SnapshotData):
            self._push(DeleteCommand(self.tr("Delete snapshot"), self.ctx.hub,
                                     DataHub.COMPETITORS, record, self.service.delete_snapshot,
                                     self.service.restore_snapshot))

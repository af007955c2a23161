"""The current brand's competitors: new, edit (profile and accounts), archive and delete, every
change undoable."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from smm_desktop.services.competitor_data import (
    CompetitorData,
    SnapshotData,
    WeeklyRow,
)
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.competitor_dialog import AccountDraft, CompetitorDialog, CompetitorDraft
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.competitors import CompetitorRow, CompetitorTableModel
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.record_panel import RecordPanel

if TYPE_CHECKING:
    from smm_desktop.services.competitors import CompetitorService


def competitor_rows(competitors: list[CompetitorData],
                    weekly: list[WeeklyRow]) -> list[CompetitorRow]:
    """Each competitor with its newest check day and the follower change at that check
    (summed over its accounts; the rate only when it has one account)."""
    latest: dict[int, list[SnapshotData]] = {}
    for row in weekly:
        snap = row.current or row.last
        if snap is not None:
            latest.setdefault(row.competitor_id, []).append(snap)
    result = []
    for competitor in competitors:
        snaps = latest.get(competitor.id, [])
        growths = [s.growth for s in snaps if s.growth is not None]
        rate = snaps[0].growth_rate if len(snaps) == 1 else None
        result.append(CompetitorRow(competitor, max((s.day for s in snaps), default=None),
                                    sum(growths) if growths else None, rate))
    return result


class CompetitorsPanel(RecordPanel):
    """Lists the brand's competitors; the section shows the current one's detail."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Competitors"), CompetitorTableModel(ctx.fmt), 1, parent)
        self.ctx = ctx
        self.setObjectName("competitorsPanel")
        self.view.setObjectName("competitorsView")
        self.new_button = self.add_button(self.tr("New…"), self.new_competitor, "Insert")
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_competitor, "Return")
        self.archive_button = self.add_button(self.tr("Archive"), self.toggle_archived)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_competitor, "Delete")
        self.finish_buttons()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_competitor())

    @property
    def service(self) -> CompetitorService:
        return self.ctx.services.competitors

    def reload(self) -> None:
        brand_id, keep = self.ctx.scope.brand_id, self.current_id()
        competitors = (self.service.list_competitors(brand_id, self.show_archived.isChecked())
                       if brand_id else [])
        weekly = self.service.weekly_check(brand_id, date.today()) if competitors else []
        self.model.set_records(competitor_rows(competitors, weekly))
        self.select_id(keep)
        if self.current_id() == 0 and self.model.rowCount():
            self.select_id(self.model.record(0).id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        competitor = self.current_competitor()
        self.new_button.setEnabled(bool(self.ctx.scope.brand_id))
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(competitor is not None)
        archived = competitor is not None and competitor.archived
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))

    def current_competitor(self) -> CompetitorData | None:
        record = self.current_record()
        return record.competitor if isinstance(record, CompetitorRow) else None

    def new_competitor(self, draft: CompetitorDraft | None = None) -> None:
        """A refused save reopens the dialog with what was typed."""
        brand_id, service = self.ctx.scope.brand_id, self.service
        if not brand_id:
            return
        data, ok = CompetitorDialog.run(self.window(), None, draft)
        if not ok or data is None:
            return
        accounts = [a.to_input() for a in data.accounts]
        command = CreateCommand(
            self.tr("Add competitor: %1").replace("%1", data.profile.name), self.ctx.hub,
            DataHub.COMPETITORS, lambda: service.create(brand_id, data.profile, accounts),
            service.delete, service.restore)
        self.ctx.undo.push(command)
        if command.failed:
            self.new_competitor(data)
        elif command.record is not None:
            self.select_id(command.record.id)

    def edit_competitor(self, draft: CompetitorDraft | None = None) -> None:
        competitor = self.current_competitor()
        if competitor is None:
            return
        before = CompetitorDraft(competitor.to_input(), tuple(
            AccountDraft(a.platform, a.handle, a.profile_url, a.id) for a in competitor.accounts))
        data, ok = CompetitorDialog.run(self.window(), None, draft or before)
        if ok and data is not None and data != before and not self._apply_edit(competitor, data):
            self.edit_competitor(data)

    def _apply_edit(self, competitor: CompetitorData, data: CompetitorDraft) -> bool:
        """The profile and each account change, as one undo step; False when refused."""
        service, hub, area = self.service, self.ctx.hub, DataHub.COMPETITORS
        self.ctx.undo.beginMacro(self.tr("Edit competitor: %1").replace("%1", data.profile.name))
        commands = []
        if data.profile != competitor.to_input():
            commands.append(ChangeCommand("", hub, area, competitor, service.update,
                                          competitor.to_input(), data.profile))
        commands += self._account_commands(competitor, data)
        for command in commands:
            self.ctx.undo.push(command)
            if command.failed:
                break
        self.ctx.undo.endMacro()
        return not any(c.failed for c in commands)

    def _account_commands(self, competitor: CompetitorData, data: CompetitorDraft) -> list[Any]:
        service, hub, area = self.service, self.ctx.hub, DataHub.COMPETITORS
        kept = {a.id: a for a in data.accounts if a.id}
        commands: list[Any] = []
        for account in competitor.accounts:
            if account.id not in kept:
                commands.append(DeleteCommand("", hub, area, account, service.delete_account,
                                              service.restore_account))
            elif kept[account.id].to_input() != account.to_input():
                commands.append(ChangeCommand("", hub, area, account, service.update_account,
                                              account.to_input(), kept[account.id].to_input()))
        for new in (a for a in data.accounts if not a.id):
            commands.append(CreateCommand(
                "", hub, area, partial(service.add_account, competitor.id, new.to_input()),
                service.delete_account, service.restore_account))
        return commands

    def toggle_archived(self) -> None:
        competitor = self.current_competitor()
        if competitor is None:
            return
        text = (self.tr("Unarchive competitor: %1") if competitor.archived
                else self.tr("Archive competitor: %1"))
        self.ctx.undo.push(ChangeCommand(
            text.replace("%1", competitor.name), self.ctx.hub, DataHub.COMPETITORS, competitor,
            self.service.set_archived, competitor.archived, not competitor.archived))

    def delete_competitor(self) -> None:
        competitor = self.current_competitor()
        if competitor is None:
            return
        self.ctx.undo.push(DeleteCommand(
            self.tr("Delete competitor: %1").replace("%1", competitor.name), self.ctx.hub,
            DataHub.COMPETITORS, competitor, self.service.delete, self.service.restore))

"""Campaigns: the brand's paid campaigns with their spend, pacing and ad rates; New, Edit and
Delete (undoable); the chosen campaign's daily results typed a day per row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.numbers_data import CampaignData, CampaignDayData, CampaignDayInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.campaign_dialog import CampaignDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.campaigns import PACING_COLUMN, CampaignDaysModel, CampaignTableModel
from smm_desktop.ui.tabs.reports.campaign_widgets import (
    DayCommand,
    DeleteDayCommand,
    PacingDelegate,
)
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.lazy_section import LazySection

_AREAS = (DataHub.CAMPAIGNS, DataHub.GOALS, DataHub.BRANDS, DataHub.METRICS)


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CampaignsSection(LazySection):
    """The campaigns table on top, the chosen campaign's days below."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsSection")
        self.ctx = ctx
        self.model = CampaignTableModel(ctx.fmt, self)
        self.table = _table("campaignTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PACING_COLUMN, PacingDelegate(self.table))
        self.table.doubleClicked.connect(lambda _i: self.edit_campaign())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_days())
        self.days = CampaignDaysModel(ctx.fmt, self)
        self.days.edited.connect(self._save_day)
        self.days.refused.connect(self._refused)
        self.day_table = _table("campaignDays")
        self.day_table.setModel(self.days)
        self.day_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._days_of = 0
        self.new_day = QDateEdit()
        self.new_day.setCalendarPopup(True)
        self.day_note = QLabel()
        self.day_note.setObjectName("dayNote")
        self.day_note.setWordWrap(True)
        self.buttons = self._buttons()
        self.empty = QLabel(self.tr("No campaigns yet. Add the brand's paid campaigns to follow "
                                    "their spend against the budget and their results."))
        self.empty.setWordWrap(True)
        self._layout()
        ctx.hub.changed.connect(self._on_changed)
        ctx.scope.changed.connect(self._on_brand)

    def _buttons(self) -> dict[str, QPushButton]:
        buttons = {}
        for name, text, slot in (("new", self.tr("&New campaign…"), self.new_campaign),
                                 ("edit", self.tr("&Edit…"), self.edit_campaign),
                                 ("delete", self.tr("&Delete"), self.delete_campaign),
                                 ("add_day", self.tr("Add a day"), self.add_day),
                                 ("delete_day", self.tr("Delete the day"), self.delete_day)):
            button = QPushButton(text)
            button.setObjectName(f"campaign_{name}")
            button.clicked.connect(slot)
            buttons[name] = button
        return buttons

    def _layout(self) -> None:
        top = QHBoxLayout()
        for name in ("new", "edit", "delete"):
            top.addWidget(self.buttons[name])
        top.addStretch(1)
        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        self.day_box = QGroupBox(self.tr("Daily results"))
        row = QHBoxLayout()
        row.addWidget(self.new_day)
        row.addWidget(self.buttons["add_day"])
        row.addWidget(self.buttons["delete_day"])
        row.addWidget(self.day_note, 1)
        box = QVBoxLayout(self.day_box)
        box.addLayout(row)
        box.addWidget(self.day_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.day_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)

    def _on_brand(self, _brand_id: int) -> None:
        self.mark_dirty()

    def _on_changed(self, area: str) -> None:
        if area in _AREAS:
            self.mark_dirty()

    def reload(self) -> None:
        """The brand's campaigns, keeping the chosen one."""
        self._dirty = False
        chosen = self.current()
        brand = self.ctx.scope.brand_id
        self.model.set_records(self.ctx.services.campaigns.list_campaigns(brand) if brand else [])
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(PACING_COLUMN, max(90, self.table.columnWidth(PACING_COLUMN)))
        row = max(self.model.row_of(chosen.id) if chosen else -1, 0)
        if self.model.rowCount():
            self._choose(row)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.buttons["new"].setEnabled(bool(brand))
        self._show_days()

    def _choose(self, row: int) -> None:
        """Make the row current and selected (selectRow loses the current row right to left)."""
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def current(self) -> CampaignData | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show_days(self) -> None:
        campaign = self.current()
        self.buttons["edit"].setEnabled(campaign is not None)
        self.buttons["delete"].setEnabled(campaign is not None)
        self.day_box.setEnabled(campaign is not None)
        days = self.ctx.services.campaigns.days(campaign.id) if campaign else []
        self.days.set_days(days, campaign.currency if campaign else "")
        self.day_box.setTitle(self.tr("Daily results: %1").replace("%1", campaign.name)
                              if campaign else self.tr("Daily results"))
        self.buttons["delete_day"].setEnabled(bool(days))
        self.day_table.scrollToBottom()
        if campaign is not None and campaign.id != self._days_of:  # a new campaign: today
            today = date.today()
            self.new_day.setDate(QDate(today.year, today.month, today.day))
        self._days_of = campaign.id if campaign else 0

    # Campaigns ------------------------------------------------------------------------------

    def new_campaign(self, draft: object = None) -> None:
        """A refused save reopens the dialog with what was typed."""
        brand, service = self.ctx.scope.brand_id, self.ctx.services.campaigns
        goals = self.ctx.services.goals.list_goals(brand)
        data, ok = CampaignDialog.run(self.window(), lambda d: service.validate(brand, d), goals,
                                      draft or None)  # type: ignore[arg-type]
        if not ok or data is None:
            return
        command = CreateCommand(self.tr("New campaign %1").replace("%1", data.name),
                                self.ctx.hub, DataHub.CAMPAIGNS,
                                lambda: service.create(brand, data), service.delete,
                                service.restore)
        self.ctx.undo.push(command)
        if command.failed:
            self.new_campaign(data)
        elif command.record is not None:
            self._choose(self.model.row_of(command.record.id))

    def edit_campaign(self, draft: object = None) -> None:
        campaign, service = self.current(), self.ctx.services.campaigns
        if campaign is None:
            return
        goals = self.ctx.services.goals.list_goals(campaign.brand_id)
        data, ok = CampaignDialog.run(
            self.window(), lambda d: service.validate(campaign.brand_id, d), goals,
            draft or campaign.to_input())  # type: ignore[arg-type]
        if not ok or data is None or data == campaign.to_input():
            return
        command = ChangeCommand(self.tr("Edit campaign %1").replace("%1", data.name),
                                self.ctx.hub, DataHub.CAMPAIGNS, campaign, service.update,
                                campaign.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            self.edit_campaign(data)

    def delete_campaign(self) -> None:
        campaign, service = self.current(), self.ctx.services.campaigns
        if campaign is not None:
            self.ctx.undo.push(DeleteCommand(
                self.tr("Delete campaign %1").replace("%1", campaign.name), self.ctx.hub,
                DataHub.CAMPAIGNS, campaign, service.delete, service.restore))

    # Days -----------------------------------------------------------------------------------

    def add_day(self) -> None:
        """An empty row for the day chosen (its results typed in the cells)."""
        campaign = self.current()
        picked = self.new_day.date().toPython()
        if campaign is None or not isinstance(picked, date):
            return
        if any(d.day == picked for d in self.days.days()):
            self.day_note.setText(self.tr("This day already has results: edit its row."))
            return
        self._push_day(campaign.id, None, CampaignDayInput(picked), self.tr("Add a day"))

    def _save_day(self, day: CampaignDayData, values: CampaignDayInput) -> None:
        self._push_day(day.campaign_id, day, values, self.tr("Edit a day's results"))

    def _push_day(self, campaign_id: int, before: CampaignDayData | None,
                  after: CampaignDayInput, text: str) -> None:
        command = DayCommand(text, self.ctx.hub, self.ctx.services.campaigns, campaign_id,
                             before, after)
        self.ctx.undo.push(command)
        if not command.failed:
            self.day_note.clear()

    def delete_day(self) -> None:
        index = self.day_table.currentIndex()
        if not index.isValid():
            return
        self.ctx.undo.push(DeleteDayCommand(self.tr("Delete a day's results"), self.ctx.hub,
                                            self.ctx.services.campaigns,
                                            self.days.day(index.row())))

    def _refused(self, message: str) -> None:
        self.day_note.setText(message)

"""The brand's own occasions (an anniversary, a launch, a branch opening): add, edit and
delete them, each step undoable; they show on the calendar beside the computed ones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.occasions import BrandOccasionData, BrandOccasionInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.occasion_dialog import OccasionDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand


class OccasionsDialog(QDialog):
    """The table of the brand's occasions and its buttons; every change goes through undo."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, brand_id: int,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("occasionsDialog")
        self.setWindowTitle(self.tr("The brand's occasions"))
        self.resize(640, 420)
        self.ctx, self.brand_id, self.day = ctx, brand_id, day
        self.occasions: list[BrandOccasionData] = []
        self.table = self._table()
        hint = QLabel(self.tr(
            "Days that matter to this brand alone: its anniversary, a launch, a branch opening. "
            "They show on the calendar with the religious, national and marketing days."))
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        layout.addWidget(close)
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels([self.tr("Occasion"), self.tr("Date"),
                                         self.tr("Every year"), self.tr("Notes")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self.edit_occasion())
        table.itemSelectionChanged.connect(self._update_buttons)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        for button, slot in ((self.add_button, self.new_occasion),
                             (self.edit_button, self.edit_occasion),
                             (self.delete_button, self.delete_occasion)):
            button.clicked.connect(lambda _=False, call=slot: call())
            row.addWidget(button)
        row.addStretch()
        return row

    def reload(self) -> None:
        current = self.current()
        self.occasions = self.ctx.services.occasions.list_occasions(self.brand_id)
        self.table.setRowCount(len(self.occasions))
        for row, occasion in enumerate(self.occasions):
            self._show_row(row, occasion)
        if current is not None:
            self.select_id(current.id)
        self._update_buttons()

    def _show_row(self, row: int, item: BrandOccasionData) -> None:
        day = QDate(item.day.year, item.day.month, item.day.day)
        notes = QTableWidgetItem(item.notes.replace("\n", " "))
        notes.setToolTip(item.notes)
        cells = (QTableWidgetItem(item.name), QTableWidgetItem(self.ctx.fmt.date(day)),
                 QTableWidgetItem(self.tr("Yes") if item.yearly else ""), notes)
        for column, cell in enumerate(cells):
            self.table.setItem(row, column, cell)

    def current(self) -> BrandOccasionData | None:
        row = self.table.currentRow()
        return self.occasions[row] if 0 <= row < len(self.occasions) else None

    def select_id(self, ident: int) -> None:
        rows = [r for r, o in enumerate(self.occasions) if o.id == ident]
        if rows:
            self.table.selectRow(rows[0])

    def _update_buttons(self) -> None:
        chosen = self.current() is not None and bool(self.table.selectedItems())
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_changed(self, area: str) -> None:
        if area == DataHub.OCCASIONS:
            self.reload()

    def new_occasion(self, draft: BrandOccasionInput | None = None) -> None:
        """Add one; a refused save reopens the form with what was typed."""
        service, brand_id = self.ctx.services.occasions, self.brand_id
        start = draft or (BrandOccasionInput("", self.day) if self.day else None)
        data, ok = OccasionDialog.run(self, service.validate, start)
        if not ok or data is None:
            return
        command = CreateCommand(self.tr("Add occasion: %1").replace("%1", data.name),
                                self.ctx.hub, DataHub.OCCASIONS,
                                lambda: service.create(brand_id, data), service.delete,
                                service.undelete)
        self.ctx.undo.push(command)
        if command.failed:
            self.new_occasion(data)
        elif command.record is not None:
            self.select_id(command.record.id)

    def edit_occasion(self, draft: BrandOccasionInput | None = None) -> None:
        item, service = self.current(), self.ctx.services.occasions
        if item is None:
            return
        data, ok = OccasionDialog.run(self, service.validate, draft or item.to_input())
        if not ok or data is None or data == item.to_input():
            return
        command = ChangeCommand(self.tr("Edit occasion: %1").replace("%1", data.name),
                                self.ctx.hub, DataHub.OCCASIONS, item, service.update,
                                item.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            self.edit_occasion(data)

    def delete_occasion(self) -> None:
        item, service = self.current(), self.ctx.services.occasions
        if item is not None:
            self.ctx.undo.push(DeleteCommand(
                self.tr("Delete occasion: %1").replace("%1", item.name), self.ctx.hub,
                DataHub.OCCASIONS, item, service.delete, service.undelete))

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext, brand_id: int,
            day: date | None = None) -> tuple[list[BrandOccasionData] | None, bool]:
        """Manage the occasions; gives back the brand's occasions as they stand at the close."""
        dialog = cls(parent, ctx, brand_id, day)
        dialog.exec()
        return dialog.occasions, True

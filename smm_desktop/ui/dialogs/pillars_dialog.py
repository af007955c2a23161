"""A brand's content pillars: add, edit, delete and reorder them (each step undoable), with the
sum of their target shares and a warning when it is not 100%."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from smm_desktop.services.post_data import PillarData, PillarInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.pillar_dialog import PillarDialog
from smm_desktop.ui.dialogs.post_form_parts import swatch
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand, ReorderCommand

WARNING_STYLE = "color: #c0392b;"


class PillarsDialog(QDialog):
    """The table of pillars and its buttons; every change goes through the undo stack."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, brand_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content pillars"))
        self.resize(640, 420)
        self.ctx, self.brand_id = ctx, brand_id
        self.pillars: list[PillarData] = []
        self.table = self._table()
        self.total = QLabel()
        self.total.setObjectName("shareTotal")
        self.total.setWordWrap(True)
        hint = QLabel(self.tr("Pillars are the kinds of content the brand posts. Give each the "
                              "share of the plan it should take."))
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(self._buttons())
        layout.addWidget(close)
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([self.tr("Pillar"), self.tr("Target share"),
                                         self.tr("Description")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self.edit_pillar())
        table.itemSelectionChanged.connect(self._update_buttons)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.earlier_button = QPushButton(self.tr("Move &up"))
        self.later_button = QPushButton(self.tr("Move do&wn"))
        for button, slot in ((self.add_button, self.new_pillar),
                             (self.edit_button, self.edit_pillar),
                             (self.delete_button, self.delete_pillar),
                             (self.earlier_button, lambda: self.shift(-1)),
                             (self.later_button, lambda: self.shift(1))):
            button.clicked.connect(lambda _=False, call=slot: call())
            row.addWidget(button)
        row.addStretch()
        return row

    def reload(self) -> None:
        current = self.current()
        self.pillars = self.ctx.services.pillars.list_pillars(self.brand_id)
        self.table.setRowCount(len(self.pillars))
        for row, pillar in enumerate(self.pillars):
            self._show_row(row, pillar)
        self._show_total()
        if current is not None:
            self.select_id(current.id)
        self._update_buttons()

    def _show_row(self, row: int, pillar: PillarData) -> None:
        name = QTableWidgetItem(swatch(pillar.colour or "#9aa0a6", 14), pillar.name)
        share = QTableWidgetItem(
            "" if pillar.target_share is None else digits_in(f"{pillar.target_share}%"))
        share.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        description = QTableWidgetItem(pillar.description.replace("\n", " "))
        description.setToolTip(pillar.description)
        for column, item in enumerate((name, share, description)):
            self.table.setItem(row, column, item)

    def share_sum(self) -> int:
        return sum(p.target_share or 0 for p in self.pillars)

    def _show_total(self) -> None:
        total = self.share_sum()
        text = self.tr("Target shares add up to %1%.").replace("%1", str(total))
        off = bool(self.pillars) and total != 100
        if off:
            text += " " + self.tr("They should add up to 100%.")
        self.total.setText(("⚠ " if off else "") + digits_in(text))
        self.total.setStyleSheet(WARNING_STYLE if off else "")
        self.total.setProperty("warning", off)

    def current(self) -> PillarData | None:
        row = self.table.currentRow()
        return self.pillars[row] if 0 <= row < len(self.pillars) else None

    def select_id(self, ident: int) -> None:
        rows = [r for r, p in enumerate(self.pillars) if p.id == ident]
        if rows:
            self.table.selectRow(rows[0])

    def _update_buttons(self) -> None:
        row = self.table.currentRow() if self.current() else -1
        self.edit_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(row >= 0)
        self.earlier_button.setEnabled(row > 0)
        self.later_button.setEnabled(0 <= row < len(self.pillars) - 1)

    def _on_changed(self, area: str) -> None:
        if area == DataHub.POSTS:
            self.reload()

    def new_pillar(self, draft: PillarInput | None = None) -> None:
        pillars, brand_id = self.ctx.services.pillars, self.brand_id
        data, ok = PillarDialog.run(self, pillars.validate, draft)
        if not ok or data is None:
            return
        command = CreateCommand(self.tr("Add pillar: %1").replace("%1", data.name), self.ctx.hub,
                                DataHub.POSTS, lambda: pillars.create(brand_id, data),
                                pillars.delete, pillars.restore)
        self.ctx.undo.push(command)
        if command.failed:
            self.new_pillar(data)
        elif command.record is not None:
            self.select_id(command.record.id)

    def edit_pillar(self, draft: PillarInput | None = None) -> None:
        item, pillars = self.current(), self.ctx.services.pillars
        if item is None:
            return
        data, ok = PillarDialog.run(self, pillars.validate, draft or item.to_input())
        if not ok or data is None or data == item.to_input():
            return
        command = ChangeCommand(self.tr("Edit pillar: %1").replace("%1", data.name), self.ctx.hub,
                                DataHub.POSTS, item, pillars.update, item.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            self.edit_pillar(data)

    def delete_pillar(self) -> None:
        item, pillars = self.current(), self.ctx.services.pillars
        if item is not None:
            self.ctx.undo.push(DeleteCommand(
                self.tr("Delete pillar: %1").replace("%1", item.name), self.ctx.hub,
                DataHub.POSTS, item, pillars.delete, pillars.restore))

    def shift(self, step: int) -> None:
        """Move the chosen pillar one place up (-1) or down (+1)."""
        item, row = self.current(), self.table.currentRow()
        before = [p.id for p in self.pillars]
        if item is None or not 0 <= row + step < len(before):
            return
        after = list(before)
        after[row], after[row + step] = after[row + step], after[row]
        pillars, brand_id = self.ctx.services.pillars, self.brand_id
        self.ctx.undo.push(ReorderCommand(
            self.tr("Move pillar: %1").replace("%1", item.name), self.ctx.hub, DataHub.POSTS,
            lambda ids: pillars.reorder(brand_id, ids), before, after))
        self.select_id(item.id)

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext,
            brand_id: int) -> tuple[list[PillarData] | None, bool]:
        """Manage the pillars; gives back the brand's pillars as they stand at the close."""
        dialog = cls(parent, ctx, brand_id)
        dialog.exec()
        return dialog.pillars, True

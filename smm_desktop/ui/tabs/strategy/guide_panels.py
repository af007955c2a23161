"""The brand guide's tables: the bio on each platform and the named hashtag sets, every change
undoable. The section gives them their data; they never query on their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QToolButton, QWidget

from smm_desktop.domain.enums import Platform
from smm_desktop.services.guides import BioData, BioInput, HashtagSetData, HashtagSetInput
from smm_desktop.ui import labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.bio_dialog import BioDialog
from smm_desktop.ui.dialogs.hashtag_set_dialog import HashtagSetDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.models.guide import BioRow, BioTableModel, HashtagSetTableModel
from smm_desktop.ui.tabs.strategy.guide_commands import BioCommand
from smm_desktop.ui.undo import (
    ChangeCommand,
    CreateCommand,
    DeleteCommand,
    ReorderCommand,
    swap_order,
)
from smm_desktop.ui.widgets.record_panel import RecordPanel


def _status(widget: QWidget, text: str) -> None:
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 5000)


def bio_rows(bios: list[BioData], platforms: set[Platform]) -> list[BioRow]:
    """A row for each platform the brand has an account on or a bio for, in the usual order."""
    stored = {b.platform: b for b in bios}
    return [BioRow(p, stored.get(p), p in platforms) for p in Platform
            if p in platforms or p in stored]


class BiosPanel(RecordPanel):
    """Platform, display name, bio, link, characters used of the platform's limit."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bio on each platform"), BioTableModel(ctx.fmt), 2, parent)
        self.ctx = ctx
        self.brand_id = 0
        self.setObjectName("biosPanel")
        self.view.setObjectName("biosView")
        self.show_archived.hide()
        self.edit_button = self.add_button(self.tr("Edit…"), lambda: self.edit_bio(), "Return")
        self.clear_button = self.add_button(self.tr("Clear"), self.clear_bio, "Delete")
        self.copy_button = self.add_button(self.tr("Copy bio"), self.copy_bio, "Ctrl+C")
        self.finish_buttons()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_bio())

    def load(self, brand_id: int, rows: list[BioRow]) -> None:
        keep = self.current_id()
        self.brand_id = brand_id
        self.model.set_records(rows)
        self.select_id(keep)
        self._update_buttons()

    def current_row(self) -> BioRow | None:
        record = self.current_record()
        return record if isinstance(record, BioRow) else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        for button in (self.clear_button, self.copy_button):
            button.setEnabled(row is not None and row.bio is not None)

    def edit_bio(self, draft: BioInput | None = None) -> None:
        """On a refusal (changed elsewhere) the dialog comes back with what was typed."""
        row, guides = self.current_row(), self.ctx.services.guides
        if row is None or not self.brand_id:
            return
        before = row.bio.to_input() if row.bio else None
        data, ok = BioDialog.run(self.window(), guides.validate_bio,
                                 draft or before or BioInput(row.platform))
        if not ok or data is None or data == before or (before is None and data.is_blank):
            return
        text = self.tr("Edit bio on %1").replace("%1", labels.platform_name(row.platform))
        if self._push(text, row, before, None if data.is_blank else data).failed:
            self.edit_bio(data)

    def clear_bio(self) -> None:
        row = self.current_row()
        if row is not None and row.bio is not None:
            self._push(self.tr("Clear bio on %1").replace("%1", labels.platform_name(
                row.platform)), row, row.bio.to_input(), None)

    def _push(self, text: str, row: BioRow, before: BioInput | None,
              after: BioInput | None) -> BioCommand:
        brand_id, guides, platform = self.brand_id, self.ctx.services.guides, row.platform
        command = BioCommand(text, self.ctx.hub,
                             lambda version, value: guides.save_bio(brand_id, platform, version,
                                                                    value),
                             row.bio.version if row.bio else 0, before, after)
        self.ctx.undo.push(command)
        return command

    def copy_bio(self) -> None:
        row = self.current_row()
        if row is not None and row.bio is not None:
            QGuiApplication.clipboard().setText(row.bio.bio)
            _status(self, self.tr("Bio copied."))


class HashtagSetsPanel(RecordPanel):
    """Named sets of tags: new, edit, delete, reorder (all undoable) and copy to paste."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hashtag sets"), HashtagSetTableModel(ctx.fmt), 1, parent)
        self.ctx = ctx
        self.brand_id = 0
        self.setObjectName("hashtagSetsPanel")
        self.view.setObjectName("hashtagSetsView")
        self.show_archived.hide()
        self.new_button = self.add_button(self.tr("New…"), lambda: self.new_set(), "Insert")
        self.edit_button = self.add_button(self.tr("Edit…"), lambda: self.edit_set(), "Return")
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_set, "Delete")
        self.copy_button = self.add_button(self.tr("Copy"), self.copy_set, "Ctrl+C")
        self.earlier_button = self._arrow(Qt.ArrowType.UpArrow, self.tr(
            "Move earlier (Alt+Up)"), lambda: self._swap(-1), "Alt+Up")
        self.later_button = self._arrow(Qt.ArrowType.DownArrow, self.tr(
            "Move later (Alt+Down)"), lambda: self._swap(1), "Alt+Down")
        self.finish_buttons()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_set())

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

    def load(self, brand_id: int, sets: list[HashtagSetData]) -> None:
        keep = self.current_id()
        self.brand_id = brand_id
        self.model.set_records(sets)
        self.select_id(keep)
        self._update_buttons()

    def current_set(self) -> HashtagSetData | None:
        record = self.current_record()
        return record if isinstance(record, HashtagSetData) else None

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row() if self.current_set() else -1
        self.new_button.setEnabled(bool(self.brand_id))
        for button in (self.edit_button, self.delete_button, self.copy_button):
            button.setEnabled(row >= 0)
        self.earlier_button.setEnabled(row > 0)
        self.later_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def new_set(self, draft: HashtagSetInput | None = None) -> None:
        brand_id, guides = self.brand_id, self.ctx.services.guides
        if not brand_id:
            return
        data, ok = HashtagSetDialog.run(self.window(), lambda d: guides.validate_set(brand_id, d),
                                        draft)
        if not ok or data is None:
            return
        command = CreateCommand(self.tr("Add hashtag set: %1").replace("%1", data.name),
                                self.ctx.hub, DataHub.GUIDE,
                                lambda: guides.create_set(brand_id, data), guides.delete_set,
                                guides.undelete_set)
        self.ctx.undo.push(command)
        if command.failed:
            self.new_set(data)
        elif command.record is not None:
            self.select_id(command.record.id)

    def edit_set(self, draft: HashtagSetInput | None = None) -> None:
        found, guides = self.current_set(), self.ctx.services.guides
        if found is None:
            return
        item = found
        data, ok = HashtagSetDialog.run(
            self.window(), lambda d: guides.validate_set(item.brand_id, d, item.id),
            draft or item.to_input())
        if not ok or data is None or data == item.to_input():
            return
        command = ChangeCommand(self.tr("Edit hashtag set: %1").replace("%1", data.name),
                                self.ctx.hub, DataHub.GUIDE, item, guides.update_set,
                                item.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            self.edit_set(data)

    def delete_set(self) -> None:
        item, guides = self.current_set(), self.ctx.services.guides
        if item is not None:
            self.ctx.undo.push(DeleteCommand(
                self.tr("Delete hashtag set: %1").replace("%1", item.name), self.ctx.hub,
                DataHub.GUIDE, item, guides.delete_set, guides.undelete_set))

    def copy_set(self) -> None:
        """The set's tags separated by spaces, ready to paste under a post."""
        item = self.current_set()
        if item is not None:
            QGuiApplication.clipboard().setText(item.text)
            _status(self, digits_in(self.tr("Copied the tags of %1 (tags: %2).").replace(
                "%1", item.name).replace("%2", str(len(item.tags)))))

    def _swap(self, step: int) -> None:
        item, brand_id = self.current_set(), self.brand_id
        before = [s.id for s in self.model.records()]
        after = swap_order(before, self.view.currentIndex().row(), step)
        if item is None or not brand_id or after is None:
            return
        guides = self.ctx.services.guides
        self.ctx.undo.push(ReorderCommand(
            self.tr("Move hashtag set: %1").replace("%1", item.name), self.ctx.hub,
            DataHub.GUIDE, lambda ids: guides.reorder_sets(brand_id, ids), before, after))
        self.select_id(item.id)

"""The feeds the news page reads: add, edit, turn on or off, delete (undoable) and order them;
each shows its last refresh's error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.feed_dialog import FeedDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.panels.news_model import error_text, kind_label
from smm_desktop.ui.undo import (
    ChangeCommand,
    CreateCommand,
    DeleteCommand,
    ReorderCommand,
    swap_order,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FeedsDialog(QDialog):
    """Every edit is one undo step on ctx.undo; the list reloads after each."""

    def __init__(self, parent: QWidget | None, ctx: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("feedsDialog")
        self.setWindowTitle(self.tr("Feeds"))
        self.resize(620, 460)
        self.ctx = ctx
        self.feeds: list[Any] = []
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Feed"), self.tr("About"), self.tr("Last refresh")])
        self.list.setRootIsDecorated(False)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemActivated.connect(lambda *_: self.edit())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(self._buttons())
        layout.addWidget(close)
        self.reload()

    def _buttons(self) -> QGridLayout:
        grid = QGridLayout()
        for number, (text, slot) in enumerate((
                (self.tr("Add…"), self.add), (self.tr("Edit…"), self.edit),
                (self.tr("Delete"), self.delete), (self.tr("Move up"), lambda: self.move_feed(-1)),
                (self.tr("Move down"), lambda: self.move_feed(1)))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            grid.addWidget(button, 0, number)
        grid.setColumnStretch(5, 1)
        return grid

    def reload(self) -> None:
        current = self.current()
        self.feeds = self.ctx.services.feeds.list_feeds()
        self.list.blockSignals(True)
        self.list.clear()
        for feed in self.feeds:
            self.list.addTopLevelItem(self._item(feed))
        self.list.blockSignals(False)
        self.list.resizeColumnToContents(0)
        if current is not None:
            self.select(current.id)

    def _item(self, feed: Any) -> QTreeWidgetItem:
        when = self.ctx.fmt.moment(feed.fetched_at) if feed.fetched_at else self.tr("Never")
        state = error_text(feed.error) if feed.error else when
        item = QTreeWidgetItem([feed.title, kind_label(feed.kind), state])
        item.setToolTip(0, feed.url)
        item.setToolTip(2, state)
        item.setData(0, ID_ROLE, feed.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if feed.enabled else Qt.CheckState.Unchecked)
        return item

    def current(self) -> Any:
        item = self.list.currentItem()
        ident = item.data(0, ID_ROLE) if item is not None else None
        return next((f for f in self.feeds if f.id == ident), None)

    def select(self, feed_id: int) -> None:
        for number in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(number)
            if item is not None and item.data(0, ID_ROLE) == feed_id:
                self.list.setCurrentItem(item)

    def _push(self, command: Any) -> Any:
        self.ctx.undo.push(command)
        self.reload()
        return command

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        feed = next((f for f in self.feeds if f.id == item.data(0, ID_ROLE)), None)
        enabled = item.checkState(0) == Qt.CheckState.Checked
        if feed is None or enabled == feed.enabled:
            return
        text = self.tr("Turn feed on") if enabled else self.tr("Turn feed off")
        command = ChangeCommand(text, self.ctx.hub, DataHub.NEWS, feed,
                                self.ctx.services.feeds.set_enabled, feed.enabled, enabled)
        QTimer.singleShot(0, self, lambda: self._push(command))  # the reload replaces the item

    def add(self, draft: Any = None) -> None:
        service = self.ctx.services.feeds
        data, ok = FeedDialog.run(self, service.validate, draft)
        if not ok or data is None:
            return
        command = self._push(CreateCommand(self.tr("New feed"), self.ctx.hub, DataHub.NEWS,
                                           lambda: service.create(data), service.delete,
                                           service.restore))
        if command.failed:
            self.add(data)
        elif command.record is not None:
            self.select(command.record.id)

    def edit(self, draft: Any = None) -> None:
        feed, service = self.current(), self.ctx.services.feeds
        if feed is None:
            return
        before = feed.to_input()
        data, ok = FeedDialog.run(self, service.validate, draft or before)
        if not ok or data is None or data == before:
            return
        command = self._push(ChangeCommand(self.tr("Edit feed"), self.ctx.hub, DataHub.NEWS,
                                           feed, service.update, before, data))
        if command.failed and any(f.id == feed.id for f in self.feeds):
            self.select(feed.id)
            self.edit(data)

    def delete(self) -> None:
        """To the trash (Ctrl+Z brings it back); a deleted default is not added again."""
        feed, service = self.current(), self.ctx.services.feeds
        if feed is not None:
            self._push(DeleteCommand(self.tr("Delete feed"), self.ctx.hub, DataHub.NEWS, feed,
                                     service.delete, service.restore))

    def move_feed(self, step: int) -> None:
        feed = self.current()
        ids = [f.id for f in self.feeds]
        after = swap_order(ids, ids.index(feed.id), step) if feed is not None else None
        if feed is None or after is None:
            return
        self._push(ReorderCommand(self.tr("Move feed"), self.ctx.hub, DataHub.NEWS,
                                  self.ctx.services.feeds.reorder, ids, after))
        self.select(feed.id)

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext) -> tuple[None, bool]:
        """Shows the list until closed; the edits are already saved (and undoable)."""
        cls(parent, ctx).exec()
        return None, True

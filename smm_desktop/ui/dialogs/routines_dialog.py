"""The routines of the job: turn them on or off, add and edit your own, delete them (undoable),
and the history of what was checked off when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.routines import Cadence
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.routine_dialog import RoutineDialog, weekday_name
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.panels.today_text import cadence_short, routine_title, routine_why
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def day_text(routine: Any) -> str:
    if routine.cadence is Cadence.WEEKLY and routine.weekday is not None:
        return weekday_name(routine.weekday)
    if routine.month_day:
        return digits_in(str(routine.month_day))
    return ""


class RoutinesDialog(QDialog):
    """Every edit is one undo step on ctx.undo; the list reloads after each."""

    def __init__(self, parent: QWidget | None, ctx: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("routinesDialog")
        self.setWindowTitle(self.tr("Routines"))
        self.resize(640, 520)
        self.ctx = ctx
        self.routines: dict[int, Any] = {}
        self.list = self._tree([self.tr("Routine"), self.tr("Cadence"), self.tr("Day")])
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemActivated.connect(lambda *_: self.edit())
        self.history = self._tree([self.tr("Done"), self.tr("Routine"), self.tr("Brand"),
                                   self.tr("Period")])
        tabs = QTabWidget()
        tabs.addTab(self._list_page(), self.tr("Routines"))
        tabs.addTab(self.history, self.tr("History"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(close)
        self.reload()

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        return tree

    def _list_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Edit…"), self.edit),
                           (self.tr("Delete"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        return page

    def reload(self) -> None:
        service = self.ctx.services.routines
        current = self.current()
        self.routines = {r.id: r for r in service.list_routines(include_disabled=True)}
        self.list.blockSignals(True)
        self.list.clear()
        for routine in self.routines.values():
            self.list.addTopLevelItem(self._routine_item(routine))
        self.list.blockSignals(False)
        self.list.resizeColumnToContents(0)
        if current is not None:
            self.select(current.id)
        self._fill_history(service.history(None))

    def _routine_item(self, routine: Any) -> QTreeWidgetItem:
        item = QTreeWidgetItem([routine_title(routine), cadence_short(routine.cadence),
                                day_text(routine)])
        item.setToolTip(0, routine_why(routine))
        item.setData(0, ID_ROLE, routine.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if routine.enabled else Qt.CheckState.Unchecked)
        return item

    def _fill_history(self, checks: list[Any]) -> None:
        brands = {b.id: b.name for b in self.ctx.services.brands.list_brands()}
        self.history.clear()
        for check in checks:
            routine = self.routines.get(check.routine_id)
            self.history.addTopLevelItem(QTreeWidgetItem([
                self.ctx.fmt.moment(check.done_at), routine_title(routine) if routine else "",
                brands.get(check.brand_id, ""), digits_in(check.period)]))

    def current(self) -> Any:
        item = self.list.currentItem()
        return self.routines.get(item.data(0, ID_ROLE)) if item is not None else None

    def select(self, routine_id: int) -> None:
        for number in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(number)
            if item is not None and item.data(0, ID_ROLE) == routine_id:
                self.list.setCurrentItem(item)

    def _push(self, command: Any) -> Any:
        self.ctx.undo.push(command)
        self.reload()
        return command

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        routine = self.routines.get(item.data(0, ID_ROLE))
        enabled = item.checkState(0) == Qt.CheckState.Checked
        if routine is None or enabled == routine.enabled:
            return
        service = self.ctx.services.routines
        text = self.tr("Turn routine on") if enabled else self.tr("Turn routine off")
        command = ChangeCommand(text, self.ctx.hub, DataHub.AGENDA, routine,
                                service.set_enabled, routine.enabled, enabled)
        # After the click returns: the reload it causes replaces this very item.
        QTimer.singleShot(0, self, lambda: self._push(command))

    def add(self, draft: Any = None) -> None:
        service = self.ctx.services.routines
        data, ok = RoutineDialog.run(self, service.validate, draft)
        if not ok or data is None:
            return
        command = self._push(CreateCommand(self.tr("New routine"), self.ctx.hub, DataHub.AGENDA,
                                           lambda: service.create(data), service.delete,
                                           service.restore))
        if command.failed:
            self.add(data)
        elif command.record is not None:
            self.select(command.record.id)

    def edit(self, draft: Any = None) -> None:
        routine, service = self.current(), self.ctx.services.routines
        if routine is None:
            return
        before = routine.to_input()
        data, ok = RoutineDialog.run(self, service.validate, draft or before)
        if not ok or data is None or data == before:
            return
        command = self._push(ChangeCommand(self.tr("Edit routine"), self.ctx.hub, DataHub.AGENDA,
                                           routine, service.update, before, data))
        if command.failed and routine.id in self.routines:
            self.select(routine.id)
            self.edit(data)

    def delete(self) -> None:
        """Your own routines go to the trash (undoable); a default can only be turned off."""
        routine, service = self.current(), self.ctx.services.routines
        if routine is None:
            return
        if routine.key:
            if (item := self.list.currentItem()) is not None:
                item.setCheckState(0, Qt.CheckState.Unchecked)
            return
        self._push(DeleteCommand(self.tr("Delete routine"), self.ctx.hub, DataHub.AGENDA,
                                 routine, service.delete, service.restore))

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext) -> tuple[None, bool]:
        """Shows the list until closed; the edits are already saved (and undoable)."""
        cls(parent, ctx).exec()
        return None, True

"""Each account's posting slots (the usual times to post, e.g. Sun/Tue/Thu 19:00): weekday and
time rows per account. OK saves every account changed in one undoable step."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.accounts import AccountData
from smm_desktop.services.post_data import Slot
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.goal_text import account_name
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.undo import CallCommand

Slots = dict[int, tuple[Slot, ...]]
DEFAULT_TIME = time(19, 0)


def tidy(account_id: int, slots: list[tuple[int, time]]) -> tuple[Slot, ...]:
    """Each (weekday, time) once, Monday first, as the service keeps them."""
    return tuple(Slot(account_id, day, at) for day, at in sorted(set(slots)))


class SlotsDialog(QDialog):
    """An account chooser above the table of its slots; Add slot and Remove slot below it."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, brand_id: int,
                 account_id: int | None = None, draft: Slots | None = None) -> None:
        """`draft`: slots typed before a refused save, shown in place of the stored ones."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Posting slots"))
        self.resize(520, 440)
        self.ctx = ctx
        self.accounts: list[AccountData] = [
            a for a in ctx.services.accounts.list_accounts(brand_id) if not a.archived]
        self.before: Slots = {a.id: tuple(ctx.services.pillars.slots(a.id)) for a in self.accounts}
        self.edited: Slots = {**self.before, **(draft or {})}
        self._shown: int | None = None
        self.account = QComboBox()
        for account in self.accounts:
            self.account.addItem(account_name(account), account.id)
        self.table = self._table()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.account.currentIndexChanged.connect(self._show_account)
        if account_id is not None:
            self.account.setCurrentIndex(max(0, self.account.findData(account_id)))
        self._show_account()

    def _lay_out(self) -> None:
        hint = QLabel(self.tr("The usual times to post on each account. Posts dragged from the "
                              "idea bank onto a day take that day's first slot."))
        hint.setWordWrap(True)
        top = QFormLayout()
        top.addRow(self.tr("Account"), self.account)
        add, remove = QPushButton(self.tr("&Add slot")), QPushButton(self.tr("&Remove slot"))
        add.clicked.connect(self.add_next)
        remove.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        if not self.accounts:
            for widget in (self.account, self.table, add, remove):
                widget.setEnabled(False)
            hint.setText(self.tr("The brand has no accounts yet: add one on the Strategy tab."))

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Time")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def add_row(self, weekday: int, at: time) -> None:
        """A row of a weekday (0 Monday … 6 Sunday) and a time of day."""
        day = QComboBox()
        for number in range(7):
            day.addItem(QLocale().dayName(number + 1), number)
        day.setCurrentIndex(weekday)
        clock = QTimeEdit(QTime(at.hour, at.minute))
        # Right to left, the edit would put the minutes first: set the direction, then the format.
        clock.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        clock.setDisplayFormat("HH:mm")
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, day)
        self.table.setCellWidget(row, 1, clock)
        self.table.setCurrentCell(row, 0)

    def add_next(self) -> None:
        """A row for the day after the last one, at its time (the week's first day at 19:00)."""
        rows = self.rows()
        if rows:
            self.add_row((rows[-1][0] + 1) % 7, rows[-1][1])
        else:
            self.add_row(QLocale().firstDayOfWeek().value - 1, DEFAULT_TIME)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> list[tuple[int, time]]:
        """The (weekday, time) of the rows shown."""
        found = []
        for row in range(self.table.rowCount()):
            day, clock = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
            assert isinstance(day, QComboBox) and isinstance(clock, QTimeEdit)
            at = clock.time()
            found.append((int(day.currentData()), time(at.hour(), at.minute())))
        return found

    def _keep_shown(self) -> None:
        if self._shown is not None:
            self.edited[self._shown] = tidy(self._shown, self.rows())

    def _show_account(self) -> None:
        self._keep_shown()
        data = self.account.currentData()
        self._shown = None if data is None else int(data)
        self.table.setRowCount(0)
        for slot in self.edited.get(self._shown or 0, ()):
            self.add_row(slot.weekday, slot.time_of_day)

    def value(self) -> Slots:
        """The slots of the accounts changed, by account."""
        self._keep_shown()
        return {a: s for a, s in self.edited.items() if s != self.before.get(a, ())}

    def save(self, changed: Slots) -> bool:
        """Write the changed accounts' slots as one undoable step; False when refused."""
        if not changed:
            return True
        pillars, before = self.ctx.services.pillars, {a: self.before[a] for a in changed}

        def write(slots: Slots) -> None:
            for account_id, rows in slots.items():
                pillars.set_slots(account_id, rows)

        command = CallCommand(self.tr("Change posting slots"), self.ctx.hub, DataHub.POSTS,
                              lambda: write(changed), lambda: write(before))
        self.ctx.undo.push(command)
        return not command.failed

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext, brand_id: int,
            account_id: int | None = None, draft: Slots | None = None) -> tuple[Slots | None, bool]:
        """Edit the slots and save them on OK: (the accounts changed and their slots, True).
        A refused save opens the dialog again with what was typed."""
        dialog = cls(parent, ctx, brand_id, account_id, draft)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        changed = dialog.value()
        if dialog.save(changed):
            return changed, True
        return cls.run(parent, ctx, brand_id, dialog._shown, changed)

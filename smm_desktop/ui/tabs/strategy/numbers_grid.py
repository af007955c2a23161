"""Typing a month of an account's numbers like a spreadsheet: Tab moves across, Enter down,
Ctrl+V pastes a column (or a block) of numbers from the clipboard; Save writes the month in one
undoable step, or names each bad cell and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.metrics import Metric
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.snapshot_grid import Key, MonthGridModel
from smm_desktop.ui.undo import CallCommand

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class GridView(QTableView):
    """Enter commits and moves down (typed or not); Ctrl+V pastes from the current cell on."""

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        super().keyPressEvent(event)

    @override
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if down else hint)
        if down:
            self.move_down()

    def move_down(self) -> None:
        current = self.currentIndex()
        below = current.siblingAtRow(current.row() + 1)
        if below.isValid():
            self.setCurrentIndex(below)

    def paste(self, text: str) -> int:
        """Lines go down, tab-separated values across, from the current cell: the cells set."""
        start, model = self.currentIndex(), self.model()
        if not start.isValid():
            return 0
        count = 0
        for r, line in enumerate(text.replace("\r\n", "\n").rstrip("\n").split("\n")):
            for c, cell in enumerate(line.split("\t")):
                index = model.index(start.row() + r, start.column() + c)
                if index.isValid() and model.setData(index, cell.strip()):
                    count += 1
        return count


class MonthEntry(QWidget):
    """The month shown, the grid and its buttons; `saved` after a month was written."""

    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self.account_id = 0
        now = date.today()
        self.year, self.month = now.year, now.month
        self.model = MonthGridModel(ctx.fmt, self)
        self.view = GridView()
        self.view.setObjectName("monthGrid")
        self.view.setModel(self.model)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                                  | triggers.AnyKeyPressed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(90)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.month_label = QLabel()
        self.month_label.setObjectName("gridMonth")
        self.note = QLabel()
        self.note.setObjectName("gridNote")
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save the month"))
        self.save_button.setObjectName("saveGrid")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        self._layout()
        self.model.dataChanged.connect(lambda *_: self._buttons())

    def _layout(self) -> None:
        previous, following = QPushButton(self.tr("Previous month")), QPushButton(
            self.tr("Next month"))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        top = QHBoxLayout()
        top.addWidget(previous)
        top.addWidget(self.month_label, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(following)
        hint = QLabel(self.tr("Type a number in a cell; Tab moves across, Enter moves down. "
                              "Paste a column of numbers copied from a spreadsheet with Ctrl+V."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(hint)
        column.addWidget(self.view, 1)
        column.addLayout(bottom)

    def show_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.load()

    def step(self, months: int) -> None:
        total = self.year * 12 + self.month - 1 + months
        self.year, self.month = divmod(total, 12)
        self.month += 1
        self.load()

    def load(self) -> None:
        """The month's stored values (what was typed and not saved is dropped)."""
        self.model.set_month(self.year, self.month, self.today())
        if self.account_id:
            self.refresh()
        text = QLocale().toString(QDate(self.year, self.month, 1), "MMMM yyyy")
        self.month_label.setText(with_digits(text, self.ctx.fmt.digits))
        self.note.clear()
        self._buttons()

    def refresh(self) -> None:
        """Read the stored values again, keeping what was typed."""
        if self.account_id:
            self.model.set_stored(self.ctx.services.metrics.month_grid(
                self.account_id, self.model.metrics, self.year, self.month))

    def _buttons(self) -> None:
        edited = self.model.has_edits()
        self.save_button.setEnabled(edited and bool(self.account_id))
        self.revert_button.setEnabled(edited)

    def revert(self) -> None:
        self.model.clear_edits()
        self.note.clear()
        self._buttons()

    def save(self) -> bool:
        """Check every typed cell, then write them in one undoable step; False when refused."""
        values, bad = self.model.edits()
        errors = bad + self.ctx.services.metrics.validate_grid(
            {k: v for k, v in values.items() if k not in _keys(bad)})
        if errors:
            self.model.set_errors(errors)
            self.note.setText(self.tr("Not saved: %1 cells need a fix (in red; point at one to "
                                      "see why).").replace("%1", self.ctx.fmt.number(len(errors))))
            first = self.model.index_of(next(iter(self.model.errors())))
            self.view.setCurrentIndex(first)
            return False
        return self._write(values)

    def _write(self, values: dict[Key, float | None]) -> bool:
        metrics, account = self.ctx.services.metrics, self.account_id
        stored = self.model.stored()
        before = {key: stored.get(key) for key in values}
        command = CallCommand(self.tr("Type numbers"), self.ctx.hub, DataHub.SNAPSHOTS,
                              lambda: metrics.save_grid(account, values),
                              lambda: metrics.save_grid(account, before))
        self.ctx.undo.push(command)
        if command.failed:
            return False
        self.model.clear_edits()
        self.note.setText(self.tr("Saved. Edit > Undo puts the previous numbers back."))
        self._buttons()
        self.saved.emit()
        return True


def _keys(errors: list[FieldError]) -> set[Key]:
    return {(Metric(e.field), date.fromisoformat(e.params["day"])) for e in errors}


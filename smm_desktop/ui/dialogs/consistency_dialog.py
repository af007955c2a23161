"""Run (or reopen) the quarterly consistency check: every account of the brand against its
guide, one verdict and a note per aspect, with what the guide expects beside each account."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.services.guide_checks import CheckInput, CheckSheet
from smm_desktop.ui import guide_text, labels
from smm_desktop.ui.dialogs.form import Validator
from smm_desktop.ui.dialogs.guide_form import GuideFormDialog
from smm_desktop.ui.models.consistency import (
    FIRST_ASPECT,
    RESULTS,
    ConsistencyGridModel,
    account_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class ResultDelegate(QStyledItemDelegate):
    """A drop-down of the verdicts for an aspect cell (F2 or a double click opens it)."""

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        box = QComboBox(parent)
        for result in RESULTS:
            box.addItem(guide_text.result_name(result), result.value)
        return box

    @override
    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    @override
    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ConsistencyDialog(GuideFormDialog):
    """Date, the grid (Tab moves from cell to cell, Space changes the verdict), the selected
    cell's note, what the guide expects of the selected account, and general notes."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: CheckInput | None, sheet: CheckSheet, today: date) -> None:
        title = self.tr("Consistency check") if initial else self.tr("New consistency check")
        super().__init__(parent, title, validator)
        self.setMinimumSize(980, 600)
        data = initial or CheckInput(today)
        self.sheet = sheet
        self.model = ConsistencyGridModel(sheet, data, self)
        self.checked_on = QDateEdit(QDate(data.checked_on.year, data.checked_on.month,
                                          data.checked_on.day))
        self.checked_on.setCalendarPopup(True)
        self.checked_on.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.checked_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.add_row("checked_on", self.tr("Checked on"), self.checked_on)
        self.add_row("items", self.tr("Accounts"), self._grid_box())
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.notes.setPlaceholderText(self.tr("What to fix first, who does it, by when."))
        self.add_row("notes", self.tr("Notes"), self.notes)
        box = self.notes.parentWidget()  # the row's box: the grid, not the notes, takes room
        if box is not None:
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_current(current))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, FIRST_ASPECT))
        self._show_current(self.view.currentIndex())

    def _grid_box(self) -> QWidget:
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._grid())
        self.cell_label = QLabel()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note on this cell, e.g. “old logo”"))
        self.note.textEdited.connect(lambda text: self.model.set_note(self.view.currentIndex(),
                                                                       text.strip()))
        self.expects = QLabel()
        self.expects.setWordWrap(True)
        self.expects.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pass_rest = QPushButton(self.tr("Mark unchecked cells as pass"))
        self.pass_rest.clicked.connect(self.model.pass_unchecked)
        for widget in (self.cell_label, self.note, self.expects, self._voice_label(),
                       self.pass_rest):
            column.addWidget(widget)
        return box

    def _grid(self) -> QTableView:
        self.view = QTableView()
        self.view.setObjectName("consistencyGrid")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setTabKeyNavigation(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.resizeColumnToContents(0)
        for column in range(FIRST_ASPECT, self.model.columnCount()):
            self.view.setColumnWidth(column, 96)
        self.view.setMinimumHeight(200)
        self.view.installEventFilter(self)
        return self.view

    def _voice_label(self) -> QLabel:
        parts = [p for p in (self.sheet.voice, self.sheet.tone) if p]
        text = self.tr("Tone to match: %1").replace("%1", " — ".join(parts) or self.tr(
            "not set in the guide"))
        if self.sheet.hashtag_sets:
            text += "\n" + self.tr("Hashtag sets: %1").replace(
                "%1", "، ".join(self.sheet.hashtag_sets) if self.isRightToLeft()
                else ", ".join(self.sheet.hashtag_sets))
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on a cell moves its verdict on, so a check can be made from the keyboard."""
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
                and self.view.state() != QAbstractItemView.State.EditingState):
            self.model.cycle(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _show_current(self, index: AnyIndex) -> None:
        item = self.model.item_at(index)
        self.note.setEnabled(item is not None)
        self.note.setText(item.note if item else "")
        if not index.isValid() or not self.model.rowCount():
            self.cell_label.setText(self.tr("This brand has no accounts to check."))
            self.expects.clear()
            return
        row = self.sheet.rows[index.row()]
        where = account_text(row)
        if item is not None:
            where += labels.separator() + guide_text.aspect_name(item.aspect)
        self.cell_label.setText(self.tr("Note on: %1").replace("%1", where))
        self.expects.setText(self._expects_text(row))

    def _expects_text(self, row: Any) -> str:
        if not (row.expected_name or row.expected_bio):
            return self.tr("The guide has no name or bio for this platform yet: add them in the "
                           "bios table of the brand guide.")
        return self.tr("The guide expects: %1").replace("%1", "\n".join(
            p for p in (row.expected_name, row.expected_bio, row.expected_link) if p))

    def value(self) -> CheckInput:
        day = self.checked_on.date()
        return CheckInput(date(day.year(), day.month(), day.day()),
                          self.notes.toPlainText().strip(), self.model.items())

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: CheckInput | None = None, sheet: CheckSheet | None = None,
            today: date | None = None) -> tuple[CheckInput | None, bool]:
        return cls(parent, validator, initial, sheet or CheckSheet(()),
                   today or date.today()).ask()

"""A titled table of records with a row of action buttons and a "show archived" switch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.csv_safety import write_csv
from smm_desktop.domain.digits import with_digits
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.models.table import RecordTableModel


class RecordPanel(QGroupBox):
    """Owns the view; subclasses add buttons and react to `current_changed`."""

    current_changed = Signal(int)
    activated = Signal(int)

    def __init__(self, title: str, model: RecordTableModel, stretch_column: int | None = None,
                 parent: QWidget | None = None) -> None:
        """`stretch_column` takes the room left (and elides); without it the last one does."""
        super().__init__(title, parent)
        self.model = model
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.selectionModel().currentRowChanged.connect(
            lambda _cur, _prev: self.current_changed.emit(self.current_id()))
        self.view.activated.connect(lambda index: self.activated.emit(self.current_id()))
        export = QAction(self.tr("Export this table to CSV…"), self.view)
        export.triggered.connect(self.export_csv)
        self.view.addAction(export)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.buttons = QHBoxLayout()
        top = QHBoxLayout()
        top.addStretch()
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)

    def add_button(self, text: str, slot: Callable[[], None], shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if shortcut:  # on the table only: both panels use Delete and Return
            button.setToolTip(self.tr("In the table: %1").replace(
                "%1", QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)))
            key = QShortcut(QKeySequence(shortcut), self.view)
            key.setContext(Qt.ShortcutContext.WidgetShortcut)
            key.activated.connect(slot)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch()

    def current_id(self) -> int:
        index = self.view.currentIndex()
        return self.model.record(index.row()).id if index.isValid() else 0

    def current_record(self) -> object | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_id(self, ident: int) -> None:
        row = self.model.row_of(ident)
        if row < 0:
            return
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        """The headers and the cells as shown, without the bidi marks added for display."""
        model = self.model
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        rows = [[_plain(model.index(r, c).data()) for c in range(model.columnCount())]
                for r in range(model.rowCount())]
        return headers, rows

    def export_csv(self) -> None:
        """Write the table as the person sees it; cells that a spreadsheet would run are defused."""
        suggested = f"{self.title().replace('/', '-')}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to CSV"), suggested,
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        headers, rows = self.table_rows()
        try:
            write_csv(Path(path), headers, rows)
        except OSError as err:
            QMessageBox.warning(self, self.tr("Export to CSV"), self.tr(
                "Could not write %1: %2").replace("%1", path).replace("%2", err.strerror or str(err)))
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Saved to %2 (rows: %1).").replace(
                "%1", str(len(rows))).replace("%2", ltr(path)), 8000)


_BIDI_MARKS = str.maketrans("", "", "\u2066\u2067\u2068\u2069")
# Arabic separators back to the ones spreadsheets read as numbers.
_SEPARATORS = str.maketrans({"\u066c": ",", "\u066b": ".", "\u066a": "%"})


def _plain(value: object) -> str:
    """A cell as a spreadsheet wants it: Latin digits, no display-only bidi marks."""
    return with_digits(str(value or ""), "latin").translate(_BIDI_MARKS).translate(_SEPARATORS)

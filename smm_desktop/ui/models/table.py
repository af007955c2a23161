"""A read-only table of dataclass records, each column a header and a function of the record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from typing_extensions import override

RecordT = TypeVar("RecordT")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[RecordT]):
    header: Callable[[], str]
    display: Callable[[RecordT], str]
    decoration: Callable[[RecordT], Any] | None = None
    tooltip: Callable[[RecordT], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[RecordT]):
    """Rows are records with an `id`; archived records are drawn greyed out."""

    def __init__(self, columns: Sequence[Column[RecordT]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[RecordT] = []

    def set_records(self, records: Sequence[RecordT]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def records(self) -> list[RecordT]:
        return list(self._rows)

    def record(self, row: int) -> RecordT:
        return self._rows[row]

    def row_of(self, ident: int) -> int:
        """The row holding the record with this id, or -1."""
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == ident), -1)

    @override

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    @override

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section].header()
        return None

    @override

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole and getattr(record, "archived", False):
            return QColor(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == ID_ROLE:
            return getattr(record, "id", index.row())
        return None

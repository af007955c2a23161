"""The list view: the shown month's posts as a sortable table, filtered by the tab's filter row.
Enter edits, Delete deletes (undoable)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.services.numbers_data import PostMetricsData
from smm_desktop.services.post_data import PostData
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.post_list import Names, PostFilter, PostListModel

NumbersSource = Callable[[list[int]], Mapping[int, list[PostMetricsData]]]


class PostTable(QTableView):
    """Hands its keys to the tab first (Enter, Delete, Ctrl+X…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_handler: Callable[[QKeyEvent], bool] = lambda _event: False

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.key_handler(event):
            super().keyPressEvent(event)


class PostListPanel(QWidget):
    """The filters above the table; `open_requested(id)` on double-click."""

    open_requested = Signal(int)

    def __init__(self, fmt: Formatter, parent: QWidget | None = None,
                 numbers: NumbersSource | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postList")
        self.numbers = numbers  # the posts' results, one query per shown range
        self.model = PostListModel(fmt, Names(), self)
        self.proxy = PostFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = PostTable()
        self.view.setObjectName("postTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.open_requested.emit(
            self.model.record(self.proxy.mapToSource(index).row()).id))
        self._build_filters()

    def _build_filters(self) -> None:
        """The filters are the tab's filter row (one state for every view)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)

    def set_posts(self, posts: Sequence[PostData], names: Names) -> None:
        self.model.names.__dict__.update(names.__dict__)
        timed = [p.id for p in posts if p.scheduled_at is not None]
        self.model.set_numbers(self.numbers(timed) if self.numbers and timed else {})
        self.model.set_records(posts)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 280))

    def selected_posts(self) -> list[PostData]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        current = self.proxy.mapToSource(self.view.currentIndex()).row()
        return [self.model.record(r) for r in sorted(rows, key=lambda r: r != current)]

    def select_ids(self, ids: Sequence[int]) -> None:
        for ident in ids:
            row = self.model.row_of(ident)
            if row >= 0:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

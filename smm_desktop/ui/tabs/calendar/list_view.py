"""The list view: the shown month's posts as a sortable table, filtered by account or platform,
status and a text search. Enter edits, Delete deletes (undoable)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.post_data import PostData
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.post_list import Names, PostFilter, PostListModel
from smm_desktop.ui.tabs.calendar import post_text


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

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postList")
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
        self.account = QComboBox()
        self.account.setObjectName("listAccountFilter")
        self.status = QComboBox()
        self.status.setObjectName("listStatusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for status in PostStatus:
            self.status.addItem(post_text.status_name(status), status)
        self.search = QLineEdit()
        self.search.setObjectName("listSearch")
        self.search.setPlaceholderText(self.tr("Search topic, caption, hashtags…"))
        self.search.setClearButtonEnabled(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Account:")))
        row.addWidget(self.account)
        row.addWidget(QLabel(self.tr("Status:")))
        row.addWidget(self.status)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        for combo in (self.account, self.status):
            combo.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)

    def set_accounts(self, accounts: Sequence[AccountData]) -> None:
        """Filter choices: every account, then each platform the brand is on."""
        chosen = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), "")
        for account in accounts:
            self.account.addItem(f"{labels.platform_name(account.platform)} {ltr(account.handle)}",
                                 f"a:{account.id}")
        for platform in dict.fromkeys(a.platform for a in accounts):
            self.account.addItem(self.tr("All on %1").replace("%1", labels.platform_name(platform)),
                                 f"p:{platform.value}")
        found = self.account.findData(chosen)
        self.account.setCurrentIndex(max(0, found))
        self.account.blockSignals(False)
        self._filter()

    def set_posts(self, posts: Sequence[PostData], names: Names) -> None:
        self.model.names.__dict__.update(names.__dict__)
        self.model.set_records(posts)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 280))

    def _filter(self) -> None:
        kind, _, value = str(self.account.currentData() or "").partition(":")
        self.proxy.set_filters(int(value) if kind == "a" else 0,
                               Platform(value) if kind == "p" else None,
                               self.status.currentData(), self.search.text())

    def selected_posts(self) -> list[PostData]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        current = self.proxy.mapToSource(self.view.currentIndex()).row()
        return [self.model.record(r) for r in sorted(rows, key=lambda r: r != current)]

    def select_ids(self, ids: Sequence[int]) -> None:
        for ident in ids:
            row = self.model.row_of(ident)
            if row >= 0:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

"""The posts of the shown month as a table (list view): sortable, filtered by the calendar's
one filter state (account or platform, status, pillar, persona, goal, approval, text)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from typing_extensions import override

from smm_desktop.domain.post_filter import PostCriteria, matches
from smm_desktop.services.post_data import PostData
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tabs.calendar import post_text
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass
class Names:
    """What the ids of a post refer to, read once per brand: accounts, pillars, goals, personas."""

    accounts: dict[int, str] = field(default_factory=dict)
    pillars: dict[int, str] = field(default_factory=dict)
    goals: dict[int, str] = field(default_factory=dict)
    personas: dict[int, str] = field(default_factory=dict)


def _h(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("PostList", text)


def _name(table: Mapping[int, str], ident: int | None) -> str:
    return table.get(ident, "") if ident is not None else ""


def _when(fmt: Formatter, when: datetime | None) -> str:
    return fmt.moment(when)[:-3] if when is not None else ""


def columns(fmt: Formatter, names: Names) -> list[Column[PostData]]:
    return [
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Date and time")), lambda p: _when(fmt, p.scheduled_at)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Accounts")),
               lambda p: ", ".join(names.accounts.get(a, "?") for a in p.account_ids)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Topic")), post_text.topic_text,
               tooltip=lambda p: post_text.tooltip(fmt, p)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Status")), lambda p: post_text.status_name(p.status),
               decoration=lambda p: post_text.status_colour(p.status)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Pillar")), lambda p: _name(names.pillars, p.pillar_id)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Goal")), lambda p: _name(names.goals, p.social_goal_id)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Persona")),
               lambda p: _name(names.personas, p.persona_id)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Approval")), lambda p: post_text.approval_name(p.approval)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Check")),
               lambda p: post_text.flags_text(p).replace("\n", "; "), tooltip=post_text.flags_text),
    ]


class PostListModel(RecordTableModel[PostData]):
    """Column 0 sorts by the moment itself, the others by their text."""

    def __init__(self, fmt: Formatter, names: Names, parent: Any = None) -> None:
        super().__init__(columns(fmt, names), parent)
        self.names = names

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and self.checkIndex(index):
            post = self.record(index.row())
            if index.column() == 0:
                return post.scheduled_at.isoformat() if post.scheduled_at else ""
            return str(super().data(index, Qt.ItemDataRole.DisplayRole) or "").casefold()
        return super().data(index, role)


class PostFilter(QSortFilterProxyModel):
    """Keeps the posts that meet the calendar's criteria (domain.post_filter)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.criteria = PostCriteria()

    def set_criteria(self, criteria: PostCriteria) -> None:
        self.beginFilterChange()
        self.criteria = criteria
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @override
    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PostListModel):
            return True
        return matches(model.record(source_row), self.criteria)

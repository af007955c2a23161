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

from smm_desktop.domain import formulas
from smm_desktop.domain.post_filter import PostCriteria, matches
from smm_desktop.services.numbers_data import PostMetricsData
from smm_desktop.services.post_data import PostData
from smm_desktop.ui import goal_text
from smm_desktop.ui.formula_labels import formula_tooltip
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


@dataclass(frozen=True)
class PostNumbers:
    """A post's results summed over its accounts (None: no account gave the number)."""

    reach: int | None = None
    engagements: int | None = None

    @property
    def engagement_rate(self) -> float | None:
        return formulas.engagement_rate_by_reach(self.engagements, self.reach)

    @classmethod
    def of(cls, metrics: list[PostMetricsData]) -> PostNumbers:
        reach = [m.reach for m in metrics if m.reach is not None]
        engaged = [e for m in metrics if (e := m.engagement_total) is not None]
        return cls(sum(reach) if reach else None, sum(engaged) if engaged else None)


NUMBER_COLUMNS = 3  # Reach, Engagements, Eng. rate: the last columns
DASH = "—"


def _count(fmt: Formatter, value: int | None) -> str:
    return DASH if value is None else fmt.number(value)


def _rate(fmt: Formatter, value: float | None) -> str:
    return DASH if value is None else QCoreApplication.translate("GoalText", "%1%").replace(
        "%1", goal_text.decimal(fmt, value, 2))


def status_text(post: PostData) -> str:
    """The status, and "not planned" for a post found only in an analytics export."""
    name = post_text.status_name(post.status)
    if post.origin != "import":
        return name
    return QCoreApplication.translate("PostList", "%1 (not planned)").replace("%1", name)


def _h(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("PostList", text)


def _name(table: Mapping[int, str], ident: int | None) -> str:
    return table.get(ident, "") if ident is not None else ""


def _when(fmt: Formatter, when: datetime | None) -> str:
    return fmt.moment(when)[:-3] if when is not None else ""


def columns(fmt: Formatter, names: Names,
            numbers: dict[int, PostNumbers] | None = None) -> list[Column[PostData]]:
    shown = numbers if numbers is not None else {}

    def of(post: PostData) -> PostNumbers:
        return shown.get(post.id, PostNumbers())

    return [
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Date and time")), lambda p: _when(fmt, p.scheduled_at)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Accounts")),
               lambda p: ", ".join(names.accounts.get(a, "?") for a in p.account_ids)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Topic")), post_text.topic_text,
               tooltip=lambda p: post_text.tooltip(fmt, p)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Status")), status_text,
               decoration=lambda p: post_text.status_colour(p.status)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Pillar")), lambda p: _name(names.pillars, p.pillar_id)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Goal")), lambda p: _name(names.goals, p.social_goal_id)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Persona")),
               lambda p: _name(names.personas, p.persona_id)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Approval")), lambda p: post_text.approval_name(p.approval)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Check")),
               lambda p: post_text.flags_text(p).replace("\n", "; "), tooltip=post_text.flags_text),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Reach")), lambda p: _count(fmt, of(p).reach)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Engagements")),
               lambda p: _count(fmt, of(p).engagements)),
        Column(_h(QT_TRANSLATE_NOOP("PostList", "Eng. rate")),
               lambda p: _rate(fmt, of(p).engagement_rate)),
    ]


class PostListModel(RecordTableModel[PostData]):
    """Column 0 sorts by the moment itself, the others by their text."""

    def __init__(self, fmt: Formatter, names: Names, parent: Any = None) -> None:
        self.numbers: dict[int, PostNumbers] = {}
        super().__init__(columns(fmt, names, self.numbers), parent)
        self.names = names

    def set_numbers(self, metrics: Mapping[int, list[PostMetricsData]]) -> None:
        """The shown posts' results (before `set_records`, which redraws)."""
        self.numbers.clear()
        self.numbers.update({ident: PostNumbers.of(m) for ident, m in metrics.items()})

    def _sort_number(self, post: PostData, column: int) -> float:
        numbers = self.numbers.get(post.id, PostNumbers())
        value = (numbers.reach, numbers.engagements, numbers.engagement_rate)[column]
        return -1.0 if value is None else float(value)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        first = self.columnCount() - NUMBER_COLUMNS
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section == first + 2):
            return formula_tooltip("engagement_rate_reach")
        return super().headerData(section, orientation, role)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and self.checkIndex(index):
            post = self.record(index.row())
            if index.column() == 0:
                return post.scheduled_at.isoformat() if post.scheduled_at else ""
            first = self.columnCount() - NUMBER_COLUMNS
            if index.column() >= first:
                return self._sort_number(post, index.column() - first)
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

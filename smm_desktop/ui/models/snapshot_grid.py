"""An account's numbers as tables: the month grid typed like a spreadsheet (days down, metrics
across; what was typed is kept as text until saved, a bad cell named on it), and the history
(a row per day with numbers, with the derived rates of domain/formulas)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from typing_extensions import override

from smm_desktop.domain import formulas
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.metrics import Metric, is_rate
from smm_desktop.services.metrics import month_days
from smm_desktop.ui import goal_text, labels
from smm_desktop.ui.formula_labels import formula_name, formula_tooltip
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.number_labels import message

AnyIndex = QModelIndex | QPersistentModelIndex
Key = tuple[Metric, date]
GRID_METRICS = (Metric.FOLLOWERS, Metric.REACH, Metric.IMPRESSIONS, Metric.ENGAGEMENTS,
                Metric.VIDEO_VIEWS, Metric.LINK_CLICKS, Metric.ENGAGEMENT_RATE)
ERROR_COLOUR, EDITED_COLOUR = QColor("#f8d7da"), QColor("#fff4ce")
DASH = "—"


def number(fmt: Formatter, value: float, rate: bool = False) -> str:
    """A stored value as the locale writes it: whole counts bare, others to two places."""
    del rate
    return goal_text.decimal(fmt, value, 2)


def percent(fmt: Formatter, value: float | None) -> str:
    """A rate to two places with its percent sign, or "—" when it cannot be computed."""
    if value is None:
        return DASH
    return QCoreApplication.translate("GoalText", "%1%").replace(
        "%1", goal_text.decimal(fmt, value, 2))


class MonthGridModel(QAbstractTableModel):
    """Call `set_month` then `set_stored`; `edits()` gives what was typed, parsed."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.metrics: tuple[Metric, ...] = GRID_METRICS
        self.days: list[date] = []
        self.today = date.today()
        self._stored: dict[Key, float] = {}
        self._typed: dict[Key, str] = {}
        self._errors: dict[Key, str] = {}

    def set_month(self, year: int, month: int, today: date) -> None:
        self.beginResetModel()
        self.days, self.today = month_days(year, month), today
        self._stored, self._typed, self._errors = {}, {}, {}
        self.endResetModel()

    def set_stored(self, values: Mapping[Key, float]) -> None:
        """The stored values; what was typed and not saved stays on top."""
        self._stored = dict(values)
        self._changed_all()

    def stored(self) -> dict[Key, float]:
        return dict(self._stored)

    def key(self, index: AnyIndex) -> Key:
        return self.metrics[index.column()], self.days[index.row()]

    def index_of(self, key: Key) -> QModelIndex:
        return self.index(self.days.index(key[1]), self.metrics.index(key[0]))

    def has_edits(self) -> bool:
        return bool(self._typed)

    def clear_edits(self) -> None:
        self._typed, self._errors = {}, {}
        self._changed_all()

    def edits(self) -> tuple[dict[Key, float | None], list[FieldError]]:
        """The typed cells as numbers (None = emptied), and those that are not numbers."""
        values: dict[Key, float | None] = {}
        bad: list[FieldError] = []
        for (metric, day), text in self._typed.items():
            try:
                values[(metric, day)] = goal_text.parse_number(text.rstrip("%٪ "))
            except ValueError:
                bad.append(FieldError(metric.value, "not_a_number", {"day": day.isoformat()}))
        return values, bad

    def set_errors(self, errors: Sequence[FieldError]) -> None:
        """Mark each refused cell with its message (an error names the metric and the day)."""
        self._errors = {}
        for error in errors:
            if error.field in set(Metric) and "day" in error.params:
                key = (Metric(error.field), date.fromisoformat(error.params["day"]))
                self._errors[key] = message(error)
        self._changed_all()

    def errors(self) -> dict[Key, str]:
        return dict(self._errors)

    def _changed_all(self) -> None:
        if self.days:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.days) - 1, len(self.metrics) - 1))

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.metrics)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.metrics):
            return labels.metric_name(self.metrics[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.days):
            return goal_text.day(self.fmt, self.days[section])
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.days[index.row()] > self.today:  # a day not come yet has no numbers
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        key = self.key(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(key)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._errors.get(key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, key: Key) -> str:
        if key in self._typed:
            return self._typed[key]
        value = self._stored.get(key)
        return "" if value is None else number(self.fmt, value, is_rate(key[0]))

    def _background(self, key: Key) -> QBrush | None:
        if key in self._errors:
            return QBrush(ERROR_COLOUR)
        return QBrush(EDITED_COLOUR) if key in self._typed else None

    @override
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (
                self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key, text = self.key(index), str(value or "").strip()
        stored = self._stored.get(key)
        same = text == ("" if stored is None else number(self.fmt, stored, is_rate(key[0])))
        if same:
            self._typed.pop(key, None)
        else:
            self._typed[key] = text
        self._errors.pop(key, None)
        self.dataChanged.emit(index, index)
        return True


@dataclass(frozen=True)
class HistoryColumn:
    """A stored metric, or a rate derived from this day's and the previous day's values."""

    title: Callable[[], str]
    value: Callable[[dict[Metric, float], dict[Metric, float]], float | None]
    rate: bool = False
    formula: str = ""


def _stored(metric: Metric) -> HistoryColumn:
    return HistoryColumn(lambda: labels.metric_name(metric), lambda day, _before: day.get(metric),
                         is_rate(metric))


def _derived(key: str, compute: Callable[[dict[Metric, float], dict[Metric, float]],
                                         float | None]) -> HistoryColumn:
    return HistoryColumn(lambda: formula_name(key), compute, True, key)


F, R, E = Metric.FOLLOWERS, Metric.REACH, Metric.ENGAGEMENTS
HISTORY_COLUMNS = (
    _stored(F),
    HistoryColumn(lambda: formula_name("growth"),
                  lambda d, b: formulas.growth(b.get(F), d.get(F)), False, "growth"),
    _derived("growth_rate", lambda d, b: formulas.growth_rate(b.get(F), d.get(F))),
    _stored(R),
    _derived("reach_rate", lambda d, _b: formulas.reach_rate(d.get(R), d.get(F))),
    _stored(Metric.IMPRESSIONS),
    _stored(E),
    _derived("engagement_rate_reach",
             lambda d, _b: formulas.engagement_rate_by_reach(d.get(E), d.get(R))),
    _derived("engagement_rate_followers",
             lambda d, _b: formulas.engagement_rate_by_followers(d.get(E), d.get(F))),
    _stored(Metric.VIDEO_VIEWS),
    _derived("view_rate",
             lambda d, _b: formulas.view_rate(d.get(Metric.VIDEO_VIEWS), d.get(Metric.IMPRESSIONS))),
)
HISTORY_METRICS = (F, R, Metric.IMPRESSIONS, E, Metric.VIDEO_VIEWS)


class HistoryModel(QAbstractTableModel):
    """Newest day first; "—" where a number is missing or a rate cannot be computed."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self._days: list[date] = []
        self._rows: list[list[float | None]] = []

    def set_history(self, history: Mapping[date, dict[Metric, float]]) -> None:
        """`history` oldest first: growth compares each day with the day before it."""
        self.beginResetModel()
        rows: list[list[float | None]] = []
        before: dict[Metric, float] = {}
        for values in history.values():
            rows.append([c.value(values, before) for c in HISTORY_COLUMNS])
            if F in values:
                before = {F: values[F]}
        self._days, self._rows = list(reversed(list(history))), list(reversed(rows))
        self.endResetModel()

    def day(self, row: int) -> date:
        return self._days[row]

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HISTORY_COLUMNS) + 1

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(HISTORY_COLUMNS):
            return None
        column = HISTORY_COLUMNS[section - 1] if section else None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title() if column else QCoreApplication.translate("NumbersSection", "Day")
        if role == Qt.ItemDataRole.ToolTipRole and column and column.formula:
            return formula_tooltip(column.formula)
        return None

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return goal_text.day(self.fmt, self._days[index.row()])
            return self._cell(index.row(), index.column() - 1)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, row: int, column: int) -> str:
        value, spec = self._rows[row][column], HISTORY_COLUMNS[column]
        if value is None:
            return DASH
        return percent(self.fmt, value) if spec.rate else number(self.fmt, value)

"""The month grid: 6 weeks × 7 days, one cell per day holding that day's posts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.month_grid import DAYS, WEEKS, month_days
from smm_desktop.domain.occasions import Occasion, hijri_parts
from smm_desktop.services.post_data import PostData
from smm_desktop.ui import occasion_labels

AnyIndex = QModelIndex | QPersistentModelIndex
DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the day (datetime.date)
POSTS_ROLE = Qt.ItemDataRole.UserRole + 2  # list[PostData] of the day, by time
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3  # bool
TODAY_ROLE = Qt.ItemDataRole.UserRole + 4  # bool
WEEKEND_ROLE = Qt.ItemDataRole.UserRole + 5  # bool
OCCASIONS_ROLE = Qt.ItemDataRole.UserRole + 6  # list[Occasion] of the day, by kind
HIJRI_ROLE = Qt.ItemDataRole.UserRole + 7  # the Hijri date's text, "" when not shown


class CalendarMonthModel(QAbstractTableModel):
    """Columns follow the week's order from the locale's first day; the view mirrors them in
    right to left. Rows are weeks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year, self.month = 2000, 1
        self.digits = "locale"
        self._days: list[date] = month_days(2000, 1, 0)
        self._posts: dict[date, list[PostData]] = {}
        self._today = date.min
        self._weekend: frozenset[int] = frozenset()
        self._occasions: dict[date, list[Occasion]] = {}
        self.show_hijri = False

    def set_month(self, year: int, month: int, first_weekday: int, weekend: frozenset[int],
                  today: date) -> None:
        """Show a month; `weekend` holds weekday numbers (0 Monday … 6 Sunday)."""
        self.beginResetModel()
        self.year, self.month = year, month
        self._days = month_days(year, month, first_weekday)
        self._weekend, self._today = weekend, today
        self._posts = {}
        self._occasions = {}
        self.endResetModel()

    def set_occasions(self, occasions: Sequence[Occasion]) -> None:
        """The occasions of the shown range (read once per range), grouped by day."""
        by_day: dict[date, list[Occasion]] = defaultdict(list)
        for occasion in occasions:
            by_day[occasion.day].append(occasion)
        self._occasions = dict(by_day)
        self._changed_all()

    def set_show_hijri(self, shown: bool) -> None:
        self.show_hijri = shown
        self._changed_all()

    def occasions_on(self, day: date) -> list[Occasion]:
        return list(self._occasions.get(day, ()))

    def _changed_all(self) -> None:
        if self._days:
            self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, DAYS - 1))

    def set_posts(self, posts: Sequence[PostData]) -> None:
        """The posts of the shown range (one query's result), grouped by day."""
        by_day: dict[date, list[PostData]] = defaultdict(list)
        for post in posts:
            if post.scheduled_at is not None:
                by_day[post.scheduled_at.date()].append(post)
        self._posts = dict(by_day)
        if self._days:
            self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, DAYS - 1))

    def first_day(self) -> date:
        return self._days[0]

    def last_day(self) -> date:
        return self._days[-1]

    def days(self) -> list[date]:
        return list(self._days)

    def posts_on(self, day: date) -> list[PostData]:
        return list(self._posts.get(day, ()))

    def all_posts(self) -> list[PostData]:
        return [p for day in self._days for p in self._posts.get(day, ())]

    def index_of(self, day: date) -> QModelIndex:
        """The cell of `day`, or an invalid index when it is not shown."""
        if not self._days[0] <= day <= self._days[-1]:
            return QModelIndex()
        number = (day - self._days[0]).days
        return self.index(number // DAYS, number % DAYS)

    def day_at(self, index: AnyIndex) -> date:
        return self._days[index.row() * DAYS + index.column()]

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEKS

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < DAYS:
            return None
        if orientation == Qt.Orientation.Horizontal:
            weekday = self._days[section].isoweekday()
            return QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
        return None if section >= WEEKS else with_digits(str(section + 1), self.digits)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        day = self.day_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return with_digits(QLocale().toString(day.day), self.digits)
        return self._role_data(day, role)

    def _role_data(self, day: date, role: int) -> Any:
        if role == DATE_ROLE:
            return day
        if role == POSTS_ROLE:
            return self.posts_on(day)
        if role == IN_MONTH_ROLE:
            return (day.year, day.month) == (self.year, self.month)
        if role == TODAY_ROLE:
            return day == self._today
        if role == WEEKEND_ROLE:
            return day.weekday() in self._weekend
        if role in (OCCASIONS_ROLE, HIJRI_ROLE, Qt.ItemDataRole.ToolTipRole):
            return self._occasion_data(day, role)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QLocale().toString(QDate(day.year, day.month, day.day),
                                     QLocale.FormatType.LongFormat)
        return None

    def _occasion_data(self, day: date, role: int) -> Any:
        if role == OCCASIONS_ROLE:
            return self.occasions_on(day)
        if role == HIJRI_ROLE:
            return self._hijri_short(day) if self.show_hijri else ""
        tips = [occasion_labels.occasion_tooltip(o) for o in self.occasions_on(day)]
        if self.show_hijri and occasion_labels.hijri_text(day):
            tips.insert(0, occasion_labels.hijri_text(day))
        return "\n".join(tips) if tips else None

    def _hijri_short(self, day: date) -> str:
        """The Hijri day; with its month on the month's first day and the grid's first tile."""
        parts = hijri_parts(day)
        if parts is None:
            return ""
        number = with_digits(QLocale().toString(parts[0]), self.digits)
        if parts[0] != 1 and day != self._days[0]:
            return number
        return f"{number} {occasion_labels.hijri_month_name(parts[1])}"

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled)

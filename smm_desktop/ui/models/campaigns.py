"""The brand's campaigns as a table (totals, pacing and the ad rates, "—" when a rate cannot be
computed), and one campaign's daily results as an editable table (a day per row)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from typing_extensions import override

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.numbers_data import CampaignData, CampaignDayData, CampaignDayInput
from smm_desktop.ui import goal_text, labels, number_labels
from smm_desktop.ui.formula_labels import formula_tooltip
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
PACING_ROLE = Qt.ItemDataRole.UserRole + 20
DASH = "—"
MONEY_FIELDS = ("spend", "revenue")
DAY_FIELDS = ("spend", "impressions", "reach", "clicks", "conversions", "revenue")


def _h(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("CampaignList", text)


def money(fmt: Formatter, value: float | None, currency: str = "") -> str:
    """Two decimals always (whole budgets bare), and the currency code when known."""
    if value is None:
        return DASH
    places = 0 if value == int(value) and abs(value) >= 100 else 2
    text = with_digits(QLocale().toString(float(value), "f", places), fmt.digits)
    return f"{text} {currency}" if currency else text


def rate(fmt: Formatter, value: float | None, percent: bool = True) -> str:
    if value is None:
        return DASH
    text = goal_text.decimal(fmt, value, 2)
    if percent:
        return QCoreApplication.translate("GoalText", "%1%").replace("%1", text)
    return QCoreApplication.translate("CampaignList", "%1×").replace("%1", text)


def dates(fmt: Formatter, c: CampaignData) -> str:
    if c.start_day is None and c.end_day is None:
        return DASH
    start = goal_text.day(fmt, c.start_day) if c.start_day else "…"
    end = goal_text.day(fmt, c.end_day) if c.end_day else "…"
    return f"{start} – {end}"


# The header of each column computed by a formula explains it in its tooltip.
FORMULA_OF = {7: "pacing", 8: "ctr", 9: "cpc", 10: "cpm", 11: "cpa", 12: "roas"}


def columns(fmt: Formatter) -> list[Column[CampaignData]]:
    return [
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "Name")), lambda c: c.name),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "Platform")),
               lambda c: labels.platform_name(c.platform) if c.platform else ""),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "Objective")),
               lambda c: number_labels.objective_name(c.objective)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "Status")),
               lambda c: number_labels.status_name(c.status)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "Dates")), lambda c: dates(fmt, c)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "Budget")),
               lambda c: money(fmt, c.budget, c.currency)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "Spend")),
               lambda c: money(fmt, c.spend, c.currency)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "Pacing")), lambda c: rate(fmt, c.pacing)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "CTR")), lambda c: rate(fmt, c.ctr)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "CPC")), lambda c: money(fmt, c.cpc)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "CPM")), lambda c: money(fmt, c.cpm)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "CPA")), lambda c: money(fmt, c.cpa)),
        Column(_h(QT_TRANSLATE_NOOP("CampaignList", "ROAS")),
               lambda c: rate(fmt, c.roas, percent=False)),
    ]


PACING_COLUMN = 7


class CampaignTableModel(RecordTableModel[CampaignData]):
    """The pacing column also gives its value (PACING_ROLE) for the bar its delegate draws."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(columns(fmt), parent)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section in FORMULA_OF):
            return formula_tooltip(FORMULA_OF[section])
        return super().headerData(section, orientation, role)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == PACING_ROLE and index.isValid() and self.checkIndex(index):
            return self.record(index.row()).pacing
        if (role == Qt.ItemDataRole.TextAlignmentRole and index.isValid()
                and index.column() >= 5):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class CampaignDaysModel(QAbstractTableModel):
    """A campaign's days, oldest first. An edit is not applied here: `edited(day, values)`
    asks the section to save it (undoably); a bad number emits `refused(message)` instead."""

    edited = Signal(object, object)  # CampaignDayData, CampaignDayInput
    refused = Signal(str)

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self._rows: list[CampaignDayData] = []
        self.currency = ""

    def set_days(self, days: list[CampaignDayData], currency: str = "") -> None:
        self.beginResetModel()
        self._rows, self.currency = list(days), currency
        self.endResetModel()

    def day(self, row: int) -> CampaignDayData:
        return self._rows[row]

    def days(self) -> list[CampaignDayData]:
        return list(self._rows)

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DAY_FIELDS) + 1

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section <= len(DAY_FIELDS):
            return number_labels.field_name(DAY_FIELDS[section - 1] if section else "day")
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() else base

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return goal_text.day(self.fmt, row.day)
            return self._text(row, DAY_FIELDS[index.column() - 1])
        if role == Qt.ItemDataRole.EditRole and index.column():
            value = getattr(row, DAY_FIELDS[index.column() - 1])
            return "" if value is None else goal_text.decimal(self.fmt, value, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CampaignDayData, field: str) -> str:
        value = getattr(row, field)
        if value is None:
            return DASH
        if field in MONEY_FIELDS:
            return money(self.fmt, value)
        return self.fmt.number(int(value))

    @override
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        field, row = DAY_FIELDS[index.column() - 1], self._rows[index.row()]
        try:
            number = goal_text.parse_number(str(value or ""))
        except ValueError:
            self.refused.emit(self._why(field, "not_a_number"))
            return False
        if number is not None and field not in MONEY_FIELDS and number != int(number):
            self.refused.emit(self._why(field, "not_whole"))
            return False
        if number is not None and number < 0:
            self.refused.emit(self._why(field, "negative"))
            return False
        typed = None if number is None else (number if field in MONEY_FIELDS else int(number))
        values = CampaignDayInput(**{f: getattr(row, f) for f in ("day", *DAY_FIELDS)})
        self.edited.emit(row, replace(values, **{field: typed}))  # type: ignore[arg-type]
        return True

    def _why(self, field: str, code: str) -> str:
        return f"{number_labels.field_name(field)}: {number_labels.message(FieldError(field, code))}"

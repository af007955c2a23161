"""Where the audience is: personas (rows) by platforms (columns), the share of each persona on
each platform, editable; a last row gives the whole audience and marks the recommended platforms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.platform_reach import recommend, whole_percent
from smm_desktop.services.personas import PersonaData
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import ID_ROLE, AnyIndex

SHARE_MIN, SHARE_MAX = 0, 100
NOT_SET = "\u2013"  # an en dash: no share set, which is not the same as 0%
_DISPLAY, _EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


class PersonaMatrixModel(QAbstractTableModel):
    """An edit changes the cell at once and emits `share_edited`; the owner saves it."""

    share_edited = Signal(int, str, int)  # persona id, platform value, the new share

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._personas: list[PersonaData] = []
        self._shares: list[dict[Platform, int]] = []
        self._platforms: list[Platform] = list(Platform)
        self.recommendation = recommend([])

    def set_personas(self, personas: Sequence[PersonaData],
                     platforms: Sequence[Platform] = tuple(Platform)) -> None:
        """Same personas and platforms: the cells change in place (an open editor survives)."""
        same = [p.id for p in personas] == self.persona_ids() and list(platforms) == self._platforms
        if not same:
            self.beginResetModel()
        self._personas, self._platforms = list(personas), list(platforms)
        self._shares = [dict(p.platforms) for p in personas]
        self.recommendation = recommend(self._shares)
        if not same:
            self.endResetModel()
        elif self._personas:
            self._announce_all()

    def _announce_all(self) -> None:
        last_row, last_column = self.rowCount() - 1, self.columnCount() - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last_row, last_column))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last_row)

    def persona_ids(self) -> list[int]:
        return [p.id for p in self._personas]

    def persona(self, row: int) -> PersonaData | None:
        return self._personas[row] if 0 <= row < len(self._personas) else None

    def platform(self, column: int) -> Platform:
        return self._platforms[column]

    def shares(self, row: int) -> dict[Platform, int]:
        return dict(self._shares[row])

    def is_total_row(self, row: int) -> bool:
        return bool(self._personas) and row == len(self._personas)

    @override

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._personas else len(self._personas) + 1

    @override

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._platforms)

    @override

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._platform_header(section, role)
        if role == _DISPLAY and 0 <= section < len(self._personas):
            return self._personas[section].name
        if self.is_total_row(section):
            return self._total_header(role)
        return None

    def _platform_header(self, section: int, role: int) -> Any:
        if not 0 <= section < len(self._platforms):
            return None
        platform = self._platforms[section]
        chosen = self.recommendation.is_chosen(platform)
        if role == _DISPLAY:
            return labels.platform_name(platform)
        if role == Qt.ItemDataRole.FontRole and chosen:
            return self._bold()
        if role == Qt.ItemDataRole.ToolTipRole and chosen:
            return self.tr("Recommended: much of your audience is on %1.").replace(
                "%1", labels.platform_name(platform))
        return None

    def _total_header(self, role: int) -> Any:
        if role == _DISPLAY:
            return self.tr("Whole audience")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The average over your segments: each segment counts the same; a "
                           "segment with no share set is left out.")
        if role == Qt.ItemDataRole.FontRole:
            return self._bold()
        return None

    @staticmethod
    def _bold() -> QFont:
        font = QFont(QApplication.font())
        font.setBold(True)
        return font

    @override

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if self.is_total_row(index.row()):
            return self._total_data(index.column(), role)
        return self._share_data(index.row(), index.column(), role)

    def _share_data(self, row: int, column: int, role: int) -> Any:
        platform = self._platforms[column]
        share = self._shares[row].get(platform)
        if role == _DISPLAY:
            return NOT_SET if share is None else self._percent(share)
        if role == _EDIT:
            return share or 0
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._share_tip(row, platform, share)
        if role == ID_ROLE:
            return self._personas[row].id
        return self._common(share or 0, role)

    def _share_tip(self, row: int, platform: Platform, share: int | None) -> str:
        if share is None:
            text = self.tr("Not set: how much of %2 is on %3 is not known yet. Type a number, or "
                           "press F2, to set it.")
        else:
            text = self.tr("%1% of %2 is on %3. Press F2 or double-click to change it.")
        return text.replace("%1", self._fmt.number(share or 0)).replace(
            "%2", self._personas[row].name).replace("%3", labels.platform_name(platform))

    def _total_data(self, column: int, role: int) -> Any:
        platform = self._platforms[column]
        reach = self.recommendation.reach(platform)
        average = whole_percent(reach.average)
        if role == _DISPLAY:
            return self._percent(average) if reach.present else NOT_SET
        if role == Qt.ItemDataRole.FontRole:
            return self._bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._total_tip(platform, average, reach.present)
        return self._common(average, role)

    def _total_tip(self, platform: Platform, average: int, present: int) -> str:
        name = labels.platform_name(platform)
        if not present:
            text = self.tr("No segment has a share set on %1.").replace("%1", name)
        else:
            text = self.tr("About %1% of your whole audience is on %2.").replace(
                "%1", self._fmt.number(average)).replace("%2", name)
        if self.recommendation.unset:
            text += " " + self.tr("Segments with no share set anywhere are left out: "
                                  "%1.").replace("%1", self._fmt.number(self.recommendation.unset))
        return text

    @staticmethod
    def _common(share: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and share:
            colour = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(20 + share * 120 // SHARE_MAX)  # a heat map: the more, the darker
            return colour
        return None

    def _percent(self, value: int) -> str:
        return self.tr("%1%").replace("%1", self._fmt.number(value))

    @override

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.is_total_row(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    @override

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A whole percent from 0 to 100 on a persona's row; anything else is refused. 0 clears
        the cell: a 0 share is stored as no share."""
        if role != _EDIT or not index.isValid() or self.is_total_row(index.row()):
            return False
        if isinstance(value, bool) or not isinstance(value, int) or not (
                SHARE_MIN <= value <= SHARE_MAX):
            return False
        row, platform = index.row(), self._platforms[index.column()]
        if self._shares[row].get(platform, 0) == value:
            return True
        if value:
            self._shares[row][platform] = value
        else:
            self._shares[row].pop(platform, None)
        self.recommendation = recommend(self._shares)
        self._announce_all()
        self.share_edited.emit(self._personas[row].id, platform.value, value)
        return True

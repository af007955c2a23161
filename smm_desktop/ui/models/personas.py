"""A brand's personas as a list of cards, in the order the person chose; dragging one reorders."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPixmap
from typing_extensions import override

from smm_desktop.services.personas import PersonaData
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import ID_ROLE, AnyIndex

MIME_TYPE = "application/x-smm-persona-ids"
PERSONA_ROLE = Qt.ItemDataRole.UserRole + 2  # the PersonaData itself
WHO_ROLE = Qt.ItemDataRole.UserRole + 3  # gender and age range, one line
WHERE_ROLE = Qt.ItemDataRole.UserRole + 4  # the locations, one line
PLATFORMS_ROLE = Qt.ItemDataRole.UserRole + 5  # the platforms most of it is on, one line
TOP_PLATFORMS = 3


def move_ids(ids: Sequence[int], moving: Sequence[int], row: int) -> list[int]:
    """`ids` with `moving` taken out and put back before the item that was at `row`."""
    kept = [i for i in ids if i not in moving]
    before = [i for i in ids[:max(0, row)] if i not in moving]
    place = len(before)
    return [*kept[:place], *[i for i in ids if i in moving], *kept[place:]]


def merge_order(full: Sequence[int], shown: Sequence[int]) -> list[int]:
    """The whole order with the shown ids (a subsequence of it) put in their new order."""
    shown_set, queue = set(shown), iter(shown)
    return [next(queue) if ident in shown_set else ident for ident in full]


class PersonaListModel(QAbstractListModel):
    """Rows are personas; the card delegate draws them from the roles below."""

    reorder_requested = Signal(list)  # the ids of all rows, in their new order

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._rows: list[PersonaData] = []
        self._pictures: dict[int, QPixmap] = {}

    def set_records(self, records: Sequence[PersonaData]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._pictures = {p.id: self._pixmap(p.picture_png) for p in self._rows if p.picture_png}
        self.endResetModel()

    @staticmethod
    def _pixmap(png: bytes | None) -> QPixmap:
        pixmap = QPixmap()
        pixmap.loadFromData(png or b"")
        return pixmap

    def records(self) -> list[PersonaData]:
        return list(self._rows)

    def record(self, row: int) -> PersonaData:
        return self._rows[row]

    def ids(self) -> list[int]:
        return [p.id for p in self._rows]

    def row_of(self, ident: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == ident), -1)

    @override

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        persona = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return persona.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pictures.get(persona.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = (persona.name, self.who(persona), self.where(persona), self.platforms(persona))
            return "\n".join(line for line in lines if line)
        return self._card_data(persona, role)

    def _card_data(self, persona: PersonaData, role: int) -> Any:
        if role == ID_ROLE:
            return persona.id
        if role == PERSONA_ROLE:
            return persona
        if role == WHO_ROLE:
            return self.who(persona)
        if role == WHERE_ROLE:
            return self.where(persona)
        if role == PLATFORMS_ROLE:
            return self.platforms(persona)
        return None

    def who(self, persona: PersonaData) -> str:
        """Gender and age range as one phrase, e.g. "Women, aged 19 to 24"."""
        gender, low, high = labels.gender_name(persona.gender), persona.age_min, persona.age_max
        number = self._fmt.number
        if low is not None and high is not None:
            return self.tr("%1, aged %2 to %3").replace("%1", gender).replace(
                "%2", number(low)).replace("%3", number(high))
        if low is not None:
            return self.tr("%1, aged %2 and over").replace("%1", gender).replace("%2", number(low))
        if high is not None:
            return self.tr("%1, aged up to %2").replace("%1", gender).replace("%2", number(high))
        return gender

    @staticmethod
    def where(persona: PersonaData) -> str:
        return QLocale().createSeparatedList(list(persona.locations))

    def platforms(self, persona: PersonaData) -> str:
        """The platforms most of the persona is on, with their shares, most first."""
        top = sorted(persona.platforms, key=lambda item: -item[1])[:TOP_PLATFORMS]
        return QLocale().createSeparatedList([
            self.tr("%1 %2%").replace("%1", labels.platform_name(platform)).replace(
                "%2", self._fmt.number(share)) for platform, share in top])

    @override

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    @override

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    @override

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_TYPE, json.dumps([self._rows[r].id for r in rows]).encode())
        return data

    @override

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    @override

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        """Ask for the new order; the owner stores it (undoably) and reloads the list."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moving = [i for i in json.loads(bytes(data.data(MIME_TYPE).data())) if i in self.ids()]
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rows))
        order = move_ids(self.ids(), moving, target)
        if moving and order != self.ids():
            self.reorder_requested.emit(order)
        return False  # nothing for the view to remove: the reload shows the new order

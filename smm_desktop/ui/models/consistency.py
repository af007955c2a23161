"""The consistency check's grid: an account a row, what the guide expects, then a verdict
(pass, fix, not checked, n/a) and a note per aspect."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from typing_extensions import override

from smm_desktop.domain.enums import CheckResult, ConsistencyAspect
from smm_desktop.services.guide_checks import CheckInput, CheckItem, CheckSheet, SheetRow
from smm_desktop.ui import guide_text, labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.models.table import AnyIndex
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

ASPECTS = tuple(ConsistencyAspect)
FIRST_ASPECT = 2  # columns: account, what the guide expects, then the aspects
RESULTS = (CheckResult.UNCHECKED, CheckResult.PASS, CheckResult.FIX, CheckResult.NOT_APPLICABLE)
_COLOURS = {CheckResult.PASS: QColor("#d8f0dc"), CheckResult.FIX: QColor("#f9d6d2"),
            CheckResult.NOT_APPLICABLE: QColor("#e8e8e8")}
_TEXT = QColor("#202124")  # on the light cell colours, in a dark theme too
_ACCOUNT = QT_TRANSLATE_NOOP("ConsistencyGrid", "Account")
_EXPECTS = QT_TRANSLATE_NOOP("ConsistencyGrid", "The guide expects")
_NO_BIO = QT_TRANSLATE_NOOP("ConsistencyGrid", "No bio in the guide for this platform yet")
_LAST = QT_TRANSLATE_NOOP("ConsistencyGrid", "Last check: %1")
_ARCHIVED = QT_TRANSLATE_NOOP("ConsistencyGrid", "%1 (archived)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsistencyGrid", text)


def account_text(row: SheetRow) -> str:
    """"Instagram · @handle", and whether the account is archived."""
    text = labels.platform_name(row.platform) + labels.separator() + ltr("@" + row.handle)
    return _tr(_ARCHIVED).replace("%1", text) if row.archived else text


def expected_text(row: SheetRow) -> str:
    """The display name and bio the guide sets for the account's platform, on one line."""
    name = isolate(row.expected_name)
    if not row.has_bio:
        return name + labels.separator() + _tr(_NO_BIO) if name else _tr(_NO_BIO)
    parts = [name, isolate(row.expected_bio.replace("\n", " "))]
    return labels.separator().join(p for p in parts if p)


def cell_text(item: CheckItem) -> str:
    """The verdict, and the note beside it."""
    name = guide_text.result_name(item.result) if item.result != CheckResult.UNCHECKED else "–"
    return name + labels.separator() + isolate(item.note) if item.note else name


class ConsistencyGridModel(QAbstractTableModel):
    """Editable verdicts; EditRole of an aspect cell is the CheckResult value."""

    def __init__(self, sheet: CheckSheet, initial: CheckInput, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._cells: dict[tuple[int, ConsistencyAspect], CheckItem] = {
            (r.account_id, a): initial.item(r.account_id, a) for r in sheet.rows for a in ASPECTS}

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sheet.rows)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_ASPECT + len(ASPECTS)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _tr(_ACCOUNT)
        if section == 1:
            return _tr(_EXPECTS)
        aspect = self.aspect_of(section)
        return guide_text.aspect_name(aspect) if aspect else None

    @staticmethod
    def aspect_of(column: int) -> ConsistencyAspect | None:
        i = column - FIRST_ASPECT
        return ASPECTS[i] if 0 <= i < len(ASPECTS) else None

    def item_at(self, index: AnyIndex) -> CheckItem | None:
        aspect = self.aspect_of(index.column())
        if not index.isValid() or aspect is None or index.row() >= self.rowCount():
            return None
        return self._cells[(self.sheet.rows[index.row()].account_id, aspect)]

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if self.item_at(index) else flags

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        item = self.item_at(index)
        if item is None:
            return self._row_data(self.sheet.rows[index.row()], index.column(), role)
        return self._cell_data(item, role)

    def _row_data(self, row: SheetRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return account_text(row) if column == 0 else expected_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return "\n".join(p for p in (row.expected_name, row.expected_bio,
                                         ltr(row.expected_link)) if p) or _tr(_NO_BIO)
        return None

    def _cell_data(self, item: CheckItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(item)
        if role == Qt.ItemDataRole.EditRole:
            return item.result.value
        if role == Qt.ItemDataRole.BackgroundRole:
            return _COLOURS.get(item.result)
        if role == Qt.ItemDataRole.ForegroundRole and item.result in _COLOURS:
            return _TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._hint(item)
        return None

    def _hint(self, item: CheckItem) -> str:
        """The note, and what the previous check found here (a hint, never an answer)."""
        lines = [item.note] if item.note else []
        previous = self.sheet.previous
        if previous is not None:
            last = previous.item(item.account_id, item.aspect)
            if last.result != CheckResult.UNCHECKED:
                lines.append(_tr(_LAST).replace("%1", cell_text(last)))
        return "\n".join(lines)

    @override
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.EditRole or value not in set(CheckResult):
            return False
        self._put(index, CheckItem(item.account_id, item.aspect, CheckResult(value), item.note))
        return True

    def set_note(self, index: AnyIndex, note: str) -> None:
        item = self.item_at(index)
        if item is not None and item.note != note:
            self._put(index, CheckItem(item.account_id, item.aspect, item.result, note))

    def cycle(self, index: AnyIndex) -> None:
        """The next verdict (not checked → pass → fix → n/a → not checked): the Space key."""
        item = self.item_at(index)
        if item is not None:
            following = RESULTS[(RESULTS.index(item.result) + 1) % len(RESULTS)]
            self.setData(index, following.value)

    def pass_unchecked(self) -> None:
        """Every cell not checked yet becomes a pass: the quick way once all looks right."""
        for r in range(self.rowCount()):
            for c in range(FIRST_ASPECT, self.columnCount()):
                item = self.item_at(self.index(r, c))
                if item is not None and item.result == CheckResult.UNCHECKED:
                    self.setData(self.index(r, c), CheckResult.PASS.value)

    def _put(self, index: AnyIndex, item: CheckItem) -> None:
        self._cells[(item.account_id, item.aspect)] = item
        changed = self.index(index.row(), index.column())
        self.dataChanged.emit(changed, changed)

    def items(self) -> tuple[CheckItem, ...]:
        """The cells in the grid's order (the dialog's value)."""
        return tuple(self._cells[(r.account_id, a)] for r in self.sheet.rows for a in ASPECTS)

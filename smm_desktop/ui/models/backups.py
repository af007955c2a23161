"""The Backups window's table: when, why, how big, and what each backup holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from smm_desktop.services.backups import BackupInfo
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_HEADERS = (
    QT_TRANSLATE_NOOP("BackupTable", "Made"),
    QT_TRANSLATE_NOOP("BackupTable", "Why"),
    QT_TRANSLATE_NOOP("BackupTable", "Size"),
    QT_TRANSLATE_NOOP("BackupTable", "Brands"),
    QT_TRANSLATE_NOOP("BackupTable", "Accounts"),
)
REASONS = {
    "auto": QT_TRANSLATE_NOOP("BackupTable", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("BackupTable", "Made by you"),
    "at-close": QT_TRANSLATE_NOOP("BackupTable", "When the app closed"),
    "before-migration": QT_TRANSLATE_NOOP("BackupTable", "Before an update of the workspace"),
    "before-restore": QT_TRANSLATE_NOOP("BackupTable", "Before a restore"),
    "before-import": QT_TRANSLATE_NOOP("BackupTable", "Before an import"),
    "moved": QT_TRANSLATE_NOOP("BackupTable", "When the workspace moved"),
}
_UNREADABLE = QT_TRANSLATE_NOOP("BackupTable", "unreadable")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupTable", text)


def reason_text(reason: str) -> str:
    return _tr(REASONS[reason]) if reason in REASONS else reason


def _count(value: int | None, fmt: Formatter) -> str:
    return _tr(_UNREADABLE) if value is None else fmt.number(value)


class BackupTableModel(RecordTableModel[BackupInfo]):
    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        columns: list[Column[BackupInfo]] = [
            Column(lambda: _tr(_HEADERS[0]), lambda b: fmt.moment(b.created), None,
                   lambda b: str(b.path)),
            Column(lambda: _tr(_HEADERS[1]), lambda b: reason_text(b.reason)),
            Column(lambda: _tr(_HEADERS[2]), lambda b: fmt.size(b.size)),
            Column(lambda: _tr(_HEADERS[3]), lambda b: _count(b.brands, fmt)),
            Column(lambda: _tr(_HEADERS[4]), lambda b: _count(b.accounts, fmt)),
        ]
        super().__init__(columns, parent)

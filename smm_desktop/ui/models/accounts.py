"""The social accounts of the current brand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from smm_desktop.services.accounts import AccountData
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.models.brands import status_text
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_HEADERS = (
    QT_TRANSLATE_NOOP("AccountTable", "Platform"),
    QT_TRANSLATE_NOOP("AccountTable", "Handle"),
    QT_TRANSLATE_NOOP("AccountTable", "Profile"),
    QT_TRANSLATE_NOOP("AccountTable", "Status"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountTable", text)


class AccountTableModel(RecordTableModel[AccountData]):
    """Accounts: platform, @handle, profile address, status."""

    def __init__(self, parent: Any = None) -> None:
        columns: list[Column[AccountData]] = [
            Column(lambda: _tr(_HEADERS[0]), lambda a: labels.platform_name(a.platform)),
            Column(lambda: _tr(_HEADERS[1]), lambda a: ltr("@" + a.handle), None, lambda a: a.notes),
            Column(lambda: _tr(_HEADERS[2]), lambda a: ltr(a.link)),
            Column(lambda: _tr(_HEADERS[3]), lambda a: status_text(a.archived)),
        ]
        super().__init__(columns, parent)

"""The brand's accounts as the audit section lists them: when each was last audited, and how
many points that audit left to fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from smm_desktop.services.accounts import AccountData
from smm_desktop.services.audits import AuditData
from smm_desktop.ui import goal_text, labels
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.i18n import Formatter, digits_in
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_HEADERS = (
    QT_TRANSLATE_NOOP("AuditAccountTable", "Platform"),
    QT_TRANSLATE_NOOP("AuditAccountTable", "Handle"),
    QT_TRANSLATE_NOOP("AuditAccountTable", "Last audit"),
    QT_TRANSLATE_NOOP("AuditAccountTable", "State"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditAccountTable", text)


@dataclass(frozen=True)
class AuditedAccount:
    """An account and its audits, the newest first; `id` is the account's."""

    account: AccountData
    audits: tuple[AuditData, ...] = ()

    @property
    def id(self) -> int:
        return self.account.id

    @property
    def archived(self) -> bool:
        return self.account.archived

    @property
    def last(self) -> AuditData | None:
        return self.audits[0] if self.audits else None


def audited_accounts(accounts: Sequence[AccountData],
                     audits: Sequence[AuditData]) -> list[AuditedAccount]:
    """Each account with its audits (given newest first, as the service lists them)."""
    return [AuditedAccount(a, tuple(x for x in audits if x.account_id == a.id)) for a in accounts]


def state_text(row: AuditedAccount) -> str:
    """"Never audited", "Points to fix: 3", or "Nothing to fix"."""
    if row.last is None:
        return QCoreApplication.translate("AuditAccountTable", "Never audited")
    to_fix = row.last.summary.to_fix
    if to_fix:
        return QCoreApplication.translate("AuditAccountTable", "Points to fix: %1").replace("%1", digits_in(str(to_fix)))
    return QCoreApplication.translate("AuditAccountTable", "Nothing to fix")


class AuditAccountTableModel(RecordTableModel[AuditedAccount]):
    """Platform, @handle, the last audit's day and what it left to fix."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        columns: list[Column[AuditedAccount]] = [
            Column(lambda: _tr(_HEADERS[0]), lambda r: labels.platform_name(r.account.platform)),
            Column(lambda: _tr(_HEADERS[1]), lambda r: ltr("@" + r.account.handle), None,
                   lambda r: ltr("@" + r.account.handle)),
            Column(lambda: _tr(_HEADERS[2]),
                   lambda r: goal_text.day(fmt, r.last.audited_on) if r.last else "—"),
            Column(lambda: _tr(_HEADERS[3]), state_text),
        ]
        super().__init__(columns, parent)

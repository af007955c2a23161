"""The brand's chosen platforms as a table: why, whether it has an account there, how much of
the audience is there, and the plain verdict."""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.platform_reach import (
    PlatformReach,
    Recommendation,
    Verdict,
    verdict,
)
from smm_desktop.services.platform_choice import ChosenPlatformData
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.goals import one_line
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_CONTEXT = "ChosenPlatformsModel"
VERDICTS = {
    Verdict.HERE: QT_TRANSLATE_NOOP("ChosenPlatformsModel", "Your audience is here"),
    Verdict.RECONSIDER: QT_TRANSLATE_NOOP(
        "ChosenPlatformsModel", "Few segments use it: reconsider"),
    Verdict.UNKNOWN: QT_TRANSLATE_NOOP("ChosenPlatformsModel", "Not known: set the shares"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class ChosenRow:
    """One chosen platform with what the audience and the accounts say of it."""

    choice: ChosenPlatformData
    has_account: bool
    reach: PlatformReach
    personas: int  # segments with shares set
    verdict: Verdict

    @property
    def id(self) -> int:
        return self.choice.id


def chosen_rows(choices: Sequence[ChosenPlatformData], rec: Recommendation,
                accounts: Set[Platform]) -> list[ChosenRow]:
    return [ChosenRow(c, c.platform in accounts, rec.reach(c.platform), rec.personas,
                      verdict(rec, c.platform)) for c in choices]


def audience_text(fmt: Formatter, reach: PlatformReach, personas: int) -> str:
    """"2 of 3 (up to 90%)", or a dash when nothing is known."""
    if not personas:
        return "\u2013"
    if not reach.present:
        return QCoreApplication.translate("ChosenPlatformsModel", "None of %1").replace(
            "%1", fmt.number(personas))
    return QCoreApplication.translate("ChosenPlatformsModel", "%1 of %2 (up to %3%)").replace(
        "%1", fmt.number(reach.present)).replace("%2", fmt.number(personas)).replace(
        "%3", fmt.number(reach.best))


def _headers() -> list[str]:
    return [QCoreApplication.translate("ChosenPlatformsModel", "Platform"),
            QCoreApplication.translate("ChosenPlatformsModel", "Account"),
            QCoreApplication.translate("ChosenPlatformsModel", "Segments there"),
            QCoreApplication.translate("ChosenPlatformsModel", "Verdict"),
            QCoreApplication.translate("ChosenPlatformsModel", "Why")]


def _account(row: ChosenRow) -> str:
    if row.has_account:
        return QCoreApplication.translate("ChosenPlatformsModel", "Live")
    return QCoreApplication.translate("ChosenPlatformsModel", "None yet")


class ChosenPlatformsModel(RecordTableModel[ChosenRow]):
    """In the brand's order; read-only (edits go through the panel's dialogs and undo)."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        columns: list[Column[ChosenRow]] = [
            Column(lambda: _headers()[0], lambda r: labels.platform_name(r.choice.platform)),
            Column(lambda: _headers()[1], _account),
            Column(lambda: _headers()[2], lambda r: audience_text(fmt, r.reach, r.personas)),
            Column(lambda: _headers()[3], lambda r: _tr(VERDICTS[r.verdict])),
            Column(lambda: _headers()[4], lambda r: one_line(r.choice.reason) or "\u2013",
                   tooltip=lambda r: r.choice.reason),
        ]
        super().__init__(columns, parent)

"""Tables of the brand guide: bios per platform, hashtag sets, past consistency checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from typing_extensions import override

from smm_desktop.domain.brand_guide import bio_length, bio_limit
from smm_desktop.domain.enums import Platform
from smm_desktop.services.guide_checks import CheckData
from smm_desktop.services.guides import BioData, HashtagSetData
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.guide_text import qdate
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import AnyIndex, Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

WARNING = QColor("#c0392b")
_PLATFORMS = list(Platform)
_BIO_HEADERS = (
    QT_TRANSLATE_NOOP("GuideTables", "Platform"),
    QT_TRANSLATE_NOOP("GuideTables", "Display name"),
    QT_TRANSLATE_NOOP("GuideTables", "Bio"),
    QT_TRANSLATE_NOOP("GuideTables", "Link"),
    QT_TRANSLATE_NOOP("GuideTables", "Characters"),
)
_SET_HEADERS = (
    QT_TRANSLATE_NOOP("GuideTables", "Set"),
    QT_TRANSLATE_NOOP("GuideTables", "Tags"),
    QT_TRANSLATE_NOOP("GuideTables", "Count"),
)
_CHECK_HEADERS = (
    QT_TRANSLATE_NOOP("GuideTables", "Checked on"),
    QT_TRANSLATE_NOOP("GuideTables", "To fix"),
    QT_TRANSLATE_NOOP("GuideTables", "Passed"),
    QT_TRANSLATE_NOOP("GuideTables", "Notes"),
)
_OF = QT_TRANSLATE_NOOP("GuideTables", "%1 of %2")
_NOT_SET = QT_TRANSLATE_NOOP("GuideTables", "Not set yet")
_NO_ACCOUNT = QT_TRANSLATE_NOOP("GuideTables", "No account on this platform")
_OVER = QT_TRANSLATE_NOOP("GuideTables", "Over the platform's limit: characters over: %1")
_OVER_SETS = QT_TRANSLATE_NOOP("GuideTables", "More tags than Instagram takes in one post (30)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuideTables", text)


@dataclass(frozen=True)
class BioRow:
    """One platform of the brand: its stored bio (None while not set), and whether the brand
    has a live account there."""

    platform: Platform
    bio: BioData | None
    has_account: bool = True

    @property
    def id(self) -> int:
        return _PLATFORMS.index(self.platform) + 1

    @property
    def over_by(self) -> int:
        return self.bio.over_by if self.bio else 0


def _characters(row: BioRow, fmt: Formatter) -> str:
    used = bio_length(row.bio.bio) if row.bio else 0
    limit = bio_limit(row.platform)
    if not limit:
        return fmt.number(used)
    return _tr(_OF).replace("%1", fmt.number(used)).replace("%2", fmt.number(limit))


def _platform_tip(row: BioRow) -> str:
    return "" if row.has_account else _tr(_NO_ACCOUNT)


class BioTableModel(RecordTableModel[BioRow]):
    """A row per platform; a bio over its platform's limit is drawn in red."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        def text(get: Any) -> Any:
            return lambda r: get(r.bio) if r.bio else ""
        columns: list[Column[BioRow]] = [
            Column(lambda: _tr(_BIO_HEADERS[0]), lambda r: labels.platform_name(r.platform),
                   tooltip=_platform_tip),
            Column(lambda: _tr(_BIO_HEADERS[1]),
                   lambda r: isolate(r.bio.display_name) if r.bio else _tr(_NOT_SET)),
            Column(lambda: _tr(_BIO_HEADERS[2]), text(lambda b: isolate(b.bio.replace("\n", " "))),
                   tooltip=text(lambda b: b.bio)),
            Column(lambda: _tr(_BIO_HEADERS[3]), text(lambda b: ltr(b.link))),
            Column(lambda: _tr(_BIO_HEADERS[4]), lambda r: _characters(r, fmt),
                   tooltip=lambda r: _tr(_OVER).replace("%1", fmt.number(r.over_by))
                   if r.over_by else ""),
        ]
        super().__init__(columns, parent)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.row() < self.rowCount()):
            row = self.record(index.row())
            if row.over_by and index.column() in (2, 4):
                return WARNING
        return super().data(index, role)


class HashtagSetTableModel(RecordTableModel[HashtagSetData]):
    """Name, the tags as they are pasted, and how many (red over Instagram's 30)."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        columns: list[Column[HashtagSetData]] = [
            Column(lambda: _tr(_SET_HEADERS[0]), lambda s: isolate(s.name)),
            Column(lambda: _tr(_SET_HEADERS[1]), lambda s: isolate(s.text),
                   tooltip=lambda s: s.text),
            Column(lambda: _tr(_SET_HEADERS[2]), lambda s: fmt.number(len(s.tags)),
                   tooltip=lambda s: _tr(_OVER_SETS) if s.over_instagram_limit else ""),
        ]
        super().__init__(columns, parent)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 2
                and index.row() < self.rowCount() and self.record(index.row()).over_instagram_limit):
            return WARNING
        return super().data(index, role)


class CheckTableModel(RecordTableModel[CheckData]):
    """Past consistency checks, newest first: date, cells to fix, cells passed, notes."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        columns: list[Column[CheckData]] = [
            Column(lambda: _tr(_CHECK_HEADERS[0]), lambda c: fmt.date(qdate(c.checked_on))),
            Column(lambda: _tr(_CHECK_HEADERS[1]), lambda c: fmt.number(c.fixes)),
            Column(lambda: _tr(_CHECK_HEADERS[2]), lambda c: fmt.number(c.passes)),
            Column(lambda: _tr(_CHECK_HEADERS[3]), lambda c: isolate(c.notes.replace("\n", " ")),
                   tooltip=lambda c: c.notes),
        ]
        super().__init__(columns, parent)

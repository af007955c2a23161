"""The Competitors tab's tables: competitors, snapshots, the monitoring log, strategy guesses,
the comparison with our accounts and the hashtags. A missing number shows "—", never 0."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from smm_desktop.services.competitor_data import (
    ComparisonRow,
    CompetitorData,
    GuessData,
    ObservationData,
    SnapshotData,
)
from smm_desktop.ui import competitor_text as texts
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import AnyIndex, Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

CONTEXT = "CompetitorTables"
H = {
    "name": QT_TRANSLATE_NOOP("CompetitorTables", "Competitor"),
    "accounts": QT_TRANSLATE_NOOP("CompetitorTables", "Accounts"),
    "last_check": QT_TRANSLATE_NOOP("CompetitorTables", "Last check"),
    "trend": QT_TRANSLATE_NOOP("CompetitorTables", "Followers trend"),
    "day": QT_TRANSLATE_NOOP("CompetitorTables", "Day"),
    "followers": QT_TRANSLATE_NOOP("CompetitorTables", "Followers"),
    "growth": QT_TRANSLATE_NOOP("CompetitorTables", "Growth"),
    "posts": QT_TRANSLATE_NOOP("CompetitorTables", "Posts"),
    "per_week": QT_TRANSLATE_NOOP("CompetitorTables", "Posts per week"),
    "rate": QT_TRANSLATE_NOOP("CompetitorTables", "Engagement rate"),
    "views": QT_TRANSLATE_NOOP("CompetitorTables", "Views"),
    "notable": QT_TRANSLATE_NOOP("CompetitorTables", "Notable content"),
    "observation": QT_TRANSLATE_NOOP("CompetitorTables", "Observation"),
    "quarter": QT_TRANSLATE_NOOP("CompetitorTables", "Quarter"),
    "focus": QT_TRANSLATE_NOOP("CompetitorTables", "Focus"),
    "frequency": QT_TRANSLATE_NOOP("CompetitorTables", "How often"),
    "formats": QT_TRANSLATE_NOOP("CompetitorTables", "Formats"),
    "evidence": QT_TRANSLATE_NOOP("CompetitorTables", "Evidence"),
    "account": QT_TRANSLATE_NOOP("CompetitorTables", "Account"),
    "mix": QT_TRANSLATE_NOOP("CompetitorTables", "Content mix"),
    "hashtag": QT_TRANSLATE_NOOP("CompetitorTables", "Hashtag"),
    "theirs": QT_TRANSLATE_NOOP("CompetitorTables", "Their uses"),
    "ours": QT_TRANSLATE_NOOP("CompetitorTables", "Our uses"),
    "who": QT_TRANSLATE_NOOP("CompetitorTables", "Used by"),
}
_US = QT_TRANSLATE_NOOP("CompetitorTables", "%1 (us)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _header(key: str) -> Callable[[], str]:
    return lambda: _tr(H[key])


def logo_icon(png: bytes | None) -> QIcon | None:
    pixmap = QPixmap()
    return QIcon(pixmap) if png and pixmap.loadFromData(png) else None


@dataclass(frozen=True)
class CompetitorRow:
    """A competitor with what the list shows beside it: the newest snapshot day and the
    follower change of its accounts at their last check."""

    competitor: CompetitorData
    last_check: date | None = None
    growth: int | None = None
    growth_rate: float | None = None

    @property
    def id(self) -> int:
        return self.competitor.id

    @property
    def archived(self) -> bool:
        return self.competitor.archived


def accounts_text(competitor: CompetitorData) -> str:
    """The platforms, once each ("Instagram, TikTok"); the handles are in the tooltip."""
    platforms = dict.fromkeys(a.platform for a in competitor.accounts)
    return texts.joined([labels.platform_name(p) for p in platforms]) or texts.DASH


def handles_text(competitor: CompetitorData) -> str:
    return "\n".join(f"{labels.platform_name(a.platform)}: {ltr(a.handle)}"
                      for a in competitor.accounts)


class CompetitorTableModel(RecordTableModel[CompetitorRow]):
    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__([
            Column(_header("name"), lambda r: isolate(r.competitor.name),
                   lambda r: logo_icon(r.competitor.logo_png), lambda r: r.competitor.positioning),
            Column(_header("accounts"), lambda r: accounts_text(r.competitor),
                   tooltip=lambda r: handles_text(r.competitor)),
            Column(_header("last_check"), lambda r: texts.day_text(fmt, r.last_check)),
            Column(_header("trend"), lambda r: texts.signed(fmt, r.growth, r.growth_rate)),
        ], parent)


class SnapshotTableModel(RecordTableModel[SnapshotData]):
    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__([
            Column(_header("day"), lambda s: texts.day_text(fmt, s.day)),
            Column(_header("followers"), lambda s: texts.count(fmt, s.followers)),
            Column(_header("growth"), lambda s: texts.signed(fmt, s.growth)),
            Column(_header("posts"), lambda s: texts.count(fmt, s.posts)),
            Column(_header("rate"), lambda s: texts.percent(fmt, s.engagement_rate)),
            Column(_header("views"), lambda s: texts.count(fmt, s.views)),
            Column(_header("notable"), lambda s: isolate(s.notable_note or s.notable_link),
                   tooltip=lambda s: s.notable_link),
        ], parent)


class ObservationTableModel(RecordTableModel[ObservationData]):
    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__([
            Column(_header("day"), lambda o: texts.day_text(fmt, o.day)),
            Column(_header("observation"), lambda o: isolate(o.text), tooltip=lambda o: o.link),
        ], parent)


class GuessTableModel(RecordTableModel[GuessData]):
    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__([
            Column(_header("quarter"), lambda g: ltr(g.quarter)),
            Column(_header("focus"), lambda g: isolate(g.focus), tooltip=lambda g: g.note),
            Column(_header("frequency"), lambda g: isolate(g.frequency)),
            Column(_header("formats"), lambda g: isolate(g.formats)),
            Column(_header("evidence"), lambda g: fmt.number(len(g.evidence))),
        ], parent)


def mix_text(fmt: Formatter, row: ComparisonRow) -> str:
    """The formats most used first: "Video 40%, Image 35%"."""
    if not row.content_mix:
        return texts.DASH
    scale = 100.0 if sum(row.content_mix.values()) <= 1.0001 else 1.0
    parts = sorted(row.content_mix.items(), key=lambda kv: -kv[1])
    names = texts.content_names()
    return texts.joined([f"{names[k]} {fmt.number(round(v * scale))}%" for k, v in parts if v])


class ComparisonTableModel(RecordTableModel[ComparisonRow]):
    """Our accounts (in bold) and the competitors' on one platform over the period."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__([
            Column(_header("account"), self._name, tooltip=lambda r: r.handle),
            Column(_header("followers"), lambda r: texts.count(fmt, r.followers)),
            Column(_header("growth"), lambda r: texts.signed(fmt, r.growth, r.growth_rate)),
            Column(_header("per_week"), lambda r: texts.decimal(fmt, r.frequency)),
            Column(_header("rate"), lambda r: texts.percent(fmt, r.engagement_rate)),
            Column(_header("mix"), lambda r: mix_text(fmt, r), tooltip=lambda r: mix_text(fmt, r)),
        ], parent)

    @staticmethod
    def _name(row: ComparisonRow) -> str:
        name = isolate(row.name)
        return _tr(_US).replace("%1", name) if row.is_ours else name

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.row() < self.rowCount() and self.record(index.row()).is_ours):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


@dataclass(frozen=True)
class HashtagRow:
    """One hashtag: how often a competitor (or all of them) used it, how often we did."""

    tag: str
    theirs: int | None
    ours: int | None
    who: str = ""

    @property
    def id(self) -> int:
        return 0


_ONLY_THEIRS = QColor("#b5651d")


class HashtagTableModel(RecordTableModel[HashtagRow]):
    """Hashtags with their counts; checkable, so several can go to a hashtag set at once."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__([
            Column(_header("hashtag"), lambda h: isolate(h.tag)),
            Column(_header("theirs"), lambda h: texts.count(fmt, h.theirs)),
            Column(_header("ours"), lambda h: texts.count(fmt, h.ours)),
            Column(_header("who"), lambda h: isolate(h.who)),
        ], parent)
        self._checked: set[str] = set()

    def set_records(self, records: Any) -> None:
        self._checked &= {r.tag for r in records}
        super().set_records(records)

    def checked(self) -> list[str]:
        return [r.tag for r in self.records() if r.tag in self._checked]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.record(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return (Qt.CheckState.Checked if row.tag in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ForegroundRole and row.ours is None:
            return _ONLY_THEIRS
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        tag = self.record(index.row()).tag
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
            value, bool) else value
        (self._checked.add if checked else self._checked.discard)(tag)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

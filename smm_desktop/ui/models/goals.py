"""The current brand's business goals, and its social goals with their progress and status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)
from typing_extensions import override

from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.goal_progress import GoalProgress
from smm_desktop.services.goals import BusinessGoalData
from smm_desktop.ui import goal_text, labels
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import AnyIndex, Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_BUSINESS_HEADERS = (
    QT_TRANSLATE_NOOP("GoalTable", "Kind"),
    QT_TRANSLATE_NOOP("GoalTable", "Description"),
)
_GOAL_HEADERS = (
    QT_TRANSLATE_NOOP("GoalTable", "Goal"),
    QT_TRANSLATE_NOOP("GoalTable", "Account"),
    QT_TRANSLATE_NOOP("GoalTable", "KPI"),
    QT_TRANSLATE_NOOP("GoalTable", "Baseline"),
    QT_TRANSLATE_NOOP("GoalTable", "Target"),
    QT_TRANSLATE_NOOP("GoalTable", "Current"),
    QT_TRANSLATE_NOOP("GoalTable", "Progress"),
    QT_TRANSLATE_NOOP("GoalTable", "Expected today"),
    QT_TRANSLATE_NOOP("GoalTable", "Status"),
)
STATUS_COLUMN = len(_GOAL_HEADERS) - 1
_NUMBER_COLUMNS = range(3, 8)
# Text colours per status: (on a light background, on a dark one), each readable on its own.
_STATUS_COLOURS = {
    GoalStatus.ACHIEVED: ("#1b7a2f", "#5fd47a"),
    GoalStatus.ON_TRACK: ("#2f7d5b", "#8fd3ad"),
    GoalStatus.AT_RISK: ("#9a5b00", "#ffb74d"),
    GoalStatus.OFF_TRACK: ("#c0392b", "#ff7b6e"),
    GoalStatus.MISSED: ("#7f1d1d", "#e39090"),
}
_GREY = ("#5f6368", "#a0a4a9")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalTable", text)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_colour(status: GoalStatus, dark: bool | None = None) -> QColor:
    """The colour a status is written in; `dark` defaults to the application's palette."""
    if dark is None:
        dark = is_dark(QApplication.palette())
    light_colour, dark_colour = _STATUS_COLOURS.get(status, _GREY)
    return QColor(dark_colour if dark else light_colour)


def status_icon(status: GoalStatus) -> QIcon:
    """A round dot in the status colour, so the status shows beyond its colour too."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(status_colour(status))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def one_line(text: str) -> str:
    return " ".join(text.split())


class BusinessGoalTableModel(RecordTableModel[BusinessGoalData]):
    """Business goals in the brand's order: kind and description."""

    def __init__(self, parent: Any = None) -> None:
        columns: list[Column[BusinessGoalData]] = [
            Column(lambda: _tr(_BUSINESS_HEADERS[0]),
                   lambda g: labels.business_goal_kind_short(g.kind), None,
                   lambda g: labels.business_goal_kind_name(g.kind)),
            Column(lambda: _tr(_BUSINESS_HEADERS[1]), lambda g: one_line(g.description),
                   None, lambda g: g.description),
        ]
        super().__init__(columns, parent)


@dataclass(frozen=True)
class GoalRow:
    """One social goal as the table shows it: its progress and where it is measured."""

    progress: GoalProgress
    scope: str

    @property
    def id(self) -> int:
        return self.progress.goal.id


def goal_rows(progress: Sequence[GoalProgress], accounts: Sequence[AccountData]) -> list[GoalRow]:
    return [GoalRow(p, goal_text.scope_text(p.goal, accounts)) for p in progress]


def _columns(fmt: Formatter) -> list[Column[GoalRow]]:
    def number(pick: Any) -> Any:
        return lambda r: goal_text.quantity(fmt, pick(r.progress), r.progress.goal.metric)

    return [
        Column(lambda: _tr(_GOAL_HEADERS[0]), lambda r: goal_text.goal_name(r.progress.goal),
               None, lambda r: _name_tip(r.progress)),
        Column(lambda: _tr(_GOAL_HEADERS[1]), lambda r: r.scope, None, lambda r: r.scope),
        Column(lambda: _tr(_GOAL_HEADERS[2]), lambda r: _metric(r.progress)),
        Column(lambda: _tr(_GOAL_HEADERS[3]), number(lambda p: p.goal.baseline_value)),
        Column(lambda: _tr(_GOAL_HEADERS[4]), number(lambda p: p.target)),
        Column(lambda: _tr(_GOAL_HEADERS[5]), number(lambda p: p.current), None,
               lambda r: _current_tip(fmt, r.progress)),
        Column(lambda: _tr(_GOAL_HEADERS[6]),
               lambda r: goal_text.percent(fmt, r.progress.percent), None,
               lambda r: _percent_tip(fmt, r.progress)),
        Column(lambda: _tr(_GOAL_HEADERS[7]), number(lambda p: p.expected)),
        Column(lambda: _tr(_GOAL_HEADERS[8]), lambda r: labels.goal_status_name(r.progress.status),
               lambda r: status_icon(r.progress.status)),
    ]


def _name_tip(progress: GoalProgress) -> str:
    """The whole name (the column may cut it), and why the goal is realistic."""
    name, why = goal_text.goal_name(progress.goal), progress.goal.why_realistic
    return QCoreApplication.translate("GoalTable", "%1\nWhy it is realistic: %2").replace("%1", name).replace("%2", why) if why else name


def _metric(progress: GoalProgress) -> str:
    metric = progress.goal.metric
    return labels.metric_name(metric) if metric else ""


def _current_tip(fmt: Formatter, progress: GoalProgress) -> str:
    if progress.current_day is None:
        return QCoreApplication.translate("GoalTable", "No value recorded yet.")
    return QCoreApplication.translate("GoalTable", "Recorded on %1.").replace("%1", goal_text.day(fmt, progress.current_day))


def _percent_tip(fmt: Formatter, progress: GoalProgress) -> str:
    """The column stops at 0% and 100%; the tip says how far it really got."""
    if progress.percent_raw is None:
        return ""
    return QCoreApplication.translate("GoalTable", "%1% of the way from the baseline to the target.").replace(
        "%1", goal_text.decimal(fmt, progress.percent_raw, 0))


class StatusDelegate(QStyledItemDelegate):
    """Writes a selected row's status in the selection's text colour, which a status colour
    could not be read on."""

    @override
    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        widget = option.widget
        if option.state & QStyle.StateFlag.State_Selected and widget is not None:
            selected = widget.palette().brush(QPalette.ColorRole.HighlightedText)
            option.palette.setBrush(QPalette.ColorRole.Text, selected)
            option.palette.setBrush(QPalette.ColorRole.HighlightedText, selected)


class GoalProgressTableModel(RecordTableModel[GoalRow]):
    """Social goals: KPI, baseline, target, current value, pace and a coloured status."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(_columns(fmt), parent)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN:
            return status_colour(self.record(index.row()).progress.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMBER_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)

"""The selected goal in words and in a small chart; the chart's code (matplotlib) loads only
when a chart is first shown, off the GUI thread."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from types import ModuleType
from typing import Any

from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.services.goal_progress import GoalProgress
from smm_desktop.ui import goal_text, labels, workers
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.models.goals import GoalRow, is_dark, status_colour
from smm_desktop.ui.tabs.strategy.goal_series import ChartColours, ChartSpec, ChartText, goal_points

CHART_MODULE = "smm_desktop.ui.tabs.strategy.goal_chart"


def _label(name: str, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class GoalDetail(QGroupBox):
    """Call `show_row`; the chart is drawn once this is visible and the chart code is loaded."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalDetail")
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self.status = _label("goalStatus")
        self.summary = _label("goalSummary", wrap=True)
        self.summary.setMinimumWidth(200)
        self.note = _label("chartNote", wrap=True)
        self.note.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.note)
        self.canvas: Any = None
        self._chart: ModuleType | None = None
        self._loading = False
        self._spec: ChartSpec | None = None
        words = QVBoxLayout()
        words.addWidget(self.status)
        words.addWidget(self.summary, 1)
        row = QHBoxLayout(self)
        row.addLayout(words, 2)
        row.addWidget(self.stack, 3)
        self.show_row(None)

    def show_row(self, row: GoalRow | None) -> None:
        self._spec = None if row is None else self._chart_spec(row)
        self.setTitle(goal_text.goal_name(row.progress.goal) if row else self.tr(
            "Selected social goal"))
        self.summary.setText(self._summary(row.progress) if row else self.tr(
            "Choose a goal to see how far it got, and its chart."))
        self._set_status(row.progress if row else None)
        if self._spec is None or self._spec.empty:
            self._show_note(self.tr("No numbers to chart yet.") if row else "")
        self._draw_when_ready()

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.stack.setCurrentWidget(self.note)

    def _set_status(self, progress: GoalProgress | None) -> None:
        """The status in its colour (and in words, so colour is never the only sign)."""
        if progress is None:
            self.status.clear()
            return
        colour = status_colour(progress.status).name()
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.status.setText(labels.goal_status_name(progress.status))

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_when_ready()

    def _draw_when_ready(self) -> None:
        spec = self._spec
        if spec is None or spec.empty or not self.isVisible():
            return
        if self._chart is None:
            self._load_chart()
            return
        if self.canvas is None:
            self.canvas = self._chart.make_canvas()
            self.stack.addWidget(self.canvas)
        self._chart.draw(self.canvas, spec)
        self.stack.setCurrentWidget(self.canvas)

    def _load_chart(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._show_note(self.tr("Loading the chart…"))
        workers.start(lambda: importlib.import_module(CHART_MODULE), self._chart_loaded,
                      self._chart_failed)

    def _chart_loaded(self, module: ModuleType) -> None:
        self._chart, self._loading = module, False
        self._draw_when_ready()

    def _chart_failed(self, _error: Exception) -> None:
        self._loading = False
        self._show_note(self.tr("The chart could not be drawn on this computer."))

    @property
    def chart_shown(self) -> bool:
        return self.canvas is not None and self.stack.currentWidget() is self.canvas

    def _summary(self, progress: GoalProgress) -> str:
        fmt, goal = self.ctx.fmt, progress.goal
        lines = []
        if progress.current is not None:
            lines.append(self.tr("Current value: %1 (on %2).").replace(
                "%1", goal_text.quantity(fmt, progress.current, goal.metric)).replace(
                "%2", goal_text.day(fmt, progress.current_day)))
        if progress.expected is not None:
            lines.append(self.tr("Expected today: %1.").replace(
                "%1", goal_text.quantity(fmt, progress.expected, goal.metric)))
        if progress.percent is not None:
            lines.append(self.tr("%1% of the way to the target.").replace(
                "%1", goal_text.decimal(fmt, progress.percent, 0)))
        if goal.deadline is not None:
            lines.append(self.tr("Deadline: %1.").replace("%1", goal_text.day(fmt, goal.deadline)))
        return "\n".join(lines)

    def _chart_spec(self, row: GoalRow) -> ChartSpec:
        goal, today = row.progress.goal, self.today()
        accounts = self.ctx.services.accounts.list_accounts(self.ctx.scope.brand_id)
        points = goal_points(self.ctx.services.snapshots, goal, accounts, today)
        return ChartSpec(tuple(points), goal.plan(), today, self._chart_text(row),
                         chart_colours(QApplication.palette()))

    def _chart_text(self, row: GoalRow) -> ChartText:
        fmt, metric = self.ctx.fmt, row.progress.goal.metric
        return ChartText(
            x_label=self.tr("Date"),
            y_label=labels.metric_name(metric) if metric else self.tr("Value"),
            actual=self.tr("Measured"), pace=self.tr("Straight pace"),
            today=self.tr("Today"),
            number=lambda value: goal_text.decimal(fmt, value, 1),
            day=lambda value: goal_text.day(fmt, value))


def chart_colours(palette: QPalette) -> ChartColours:
    """The chart in the window's colours, light or dark."""
    dark = is_dark(palette)
    return ChartColours(
        background=palette.color(QPalette.ColorRole.Base).name(),
        foreground=palette.color(QPalette.ColorRole.Text).name(),
        actual="#6ea8fe" if dark else "#1f5fbf",
        pace=status_colour(GoalStatus.AT_RISK, dark).name(),
        grid=palette.color(QPalette.ColorRole.PlaceholderText).name(),
    )

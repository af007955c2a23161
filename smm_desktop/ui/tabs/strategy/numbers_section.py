"""Accounts & numbers: one account of the current brand at a time, its snapshot history as a
table and a chart, a month of numbers typed like a spreadsheet, and how the rates are computed.
Reads nothing until first shown; the chart's code (matplotlib) loads on first use."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.metrics import Metric
from smm_desktop.ui import goal_text, labels, workers
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.formula_labels import formula_definition, formula_name, keys
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.snapshot_grid import HISTORY_METRICS, HistoryModel
from smm_desktop.ui.tabs.strategy.goal_detail import chart_colours
from smm_desktop.ui.tabs.strategy.numbers_grid import MonthEntry
from smm_desktop.ui.widgets.lazy_section import LazySection

CHART_MODULE = "smm_desktop.ui.tabs.strategy.numbers_chart"
_AREAS = (DataHub.ACCOUNTS, DataHub.BRANDS, DataHub.SNAPSHOTS, DataHub.METRICS)


def formulas_text() -> str:
    """Each formula's name and definition, as rich text for the explanation page."""
    rows = "".join(f"<p><b>{formula_name(k)}</b><br>{formula_definition(k)}</p>" for k in keys())
    return rows


class NumbersSection(LazySection):
    """Choose an account; History (table and chart) | Type a month | How these are computed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numbersSection")
        self.ctx = ctx
        self.account = QComboBox()
        self.account.setObjectName("numbersAccount")
        self.account.setMinimumContentsLength(24)
        self.account.currentIndexChanged.connect(lambda _i: self._show_account())
        self.history = HistoryModel(ctx.fmt, self)
        self.table = self._table()
        self.chart_metric = QComboBox()
        for metric in HISTORY_METRICS:
            self.chart_metric.addItem(labels.metric_name(metric), metric.value)
        self.chart_metric.currentIndexChanged.connect(lambda _i: self._draw())
        self.chart_note = QLabel()
        self.chart_note.setEnabled(False)
        self.chart_note.setWordWrap(True)
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.chart_note)
        self.canvas: Any = None
        self._chart: ModuleType | None = None
        self._loading = False
        self._points: dict[Metric, list[tuple[Any, float]]] = {}
        self.entry = MonthEntry(ctx)
        self.pages = self._pages()
        self.empty = QLabel(self.tr("The brand has no accounts yet: add one in Brands and "
                                    "accounts, then type or import its numbers here."))
        self.empty.setWordWrap(True)
        self._layout()
        ctx.hub.changed.connect(self._on_changed)
        ctx.scope.changed.connect(self._on_brand)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("numbersHistory")
        table.setModel(self.history)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _pages(self) -> QTabWidget:
        chart = QWidget()
        column = QVBoxLayout(chart)
        column.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Chart:")))
        pick.addWidget(self.chart_metric)
        pick.addStretch(1)
        column.addLayout(pick)
        column.addWidget(self.chart_stack, 1)
        self.chart_stack.setMinimumHeight(190)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        explain = QLabel(formulas_text())
        explain.setObjectName("formulasText")
        explain.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(explain)
        pages = QTabWidget()
        pages.setObjectName("numbersPages")
        pages.addTab(split, self.tr("History"))
        pages.addTab(self.entry, self.tr("Type a month"))
        pages.addTab(scroll, self.tr("How these are computed"))
        pages.currentChanged.connect(lambda _i: self._draw())
        return pages

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Account:")))
        top.addWidget(self.account)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.empty)
        column.addWidget(self.pages, 1)

    def _on_brand(self, _brand_id: int) -> None:
        self.mark_dirty()

    def _on_changed(self, area: str) -> None:
        if area in _AREAS:
            self.mark_dirty()

    def reload(self) -> None:
        """The brand's accounts (keeping the chosen one), then that account's numbers."""
        self._dirty = False
        chosen = self.account.currentData()
        accounts = self.ctx.services.accounts.list_accounts(self.ctx.scope.brand_id) if (
            self.ctx.scope.brand_id) else []
        self.account.blockSignals(True)
        self.account.clear()
        for account in accounts:
            if not account.archived:
                self.account.addItem(goal_text.account_name(account), account.id)
        found = self.account.findData(chosen)
        self.account.setCurrentIndex(max(found, 0))
        self.account.blockSignals(False)
        has = self.account.count() > 0
        self.empty.setVisible(not has)
        self.pages.setEnabled(has)
        self._show_account(keep_typed=True)

    def account_id(self) -> int:
        return int(self.account.currentData() or 0)

    def _show_account(self, keep_typed: bool = False) -> None:
        ident = self.account_id()
        history = self.ctx.services.metrics.history(ident, HISTORY_METRICS) if ident else {}
        self.history.set_history(history)
        self._points = {m: [(d, v[m]) for d, v in history.items() if m in v]
                        for m in HISTORY_METRICS}
        if keep_typed and ident == self.entry.account_id:
            self.entry.refresh()
        else:
            self.entry.show_account(ident)
        self._draw()

    # The chart ------------------------------------------------------------------------------

    def _draw(self) -> None:
        """Draw the chosen metric when the chart is on screen (the chart code loads first)."""
        metric = Metric(self.chart_metric.currentData())
        points = self._points.get(metric, [])
        if not points:
            self._note(self.tr("No numbers to chart yet."))
            return
        if not self.chart_stack.isVisible():
            return
        if self._chart is None:
            self._load_chart()
            return
        if self.canvas is None:
            self.canvas = self._chart.make_canvas()
            self.chart_stack.addWidget(self.canvas)
        self._chart.draw(self.canvas, self._spec(metric, points))
        self.chart_stack.setCurrentWidget(self.canvas)

    def _spec(self, metric: Metric, points: list[tuple[Any, float]]) -> Any:
        assert self._chart is not None
        fmt, colours = self.ctx.fmt, chart_colours(QApplication.palette())
        return self._chart.SeriesSpec(
            points, labels.metric_name(metric), lambda d: goal_text.day(fmt, d),
            lambda v: goal_text.decimal(fmt, v, 1), colours.actual, colours.foreground,
            colours.background, colours.grid)

    def _note(self, text: str) -> None:
        self.chart_note.setText(text)
        self.chart_stack.setCurrentWidget(self.chart_note)

    def _load_chart(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._note(self.tr("Loading the chart…"))
        workers.start(lambda: importlib.import_module(CHART_MODULE), self._chart_loaded,
                      self._chart_failed)

    def _chart_loaded(self, module: ModuleType) -> None:
        if not shiboken6.isValid(self.chart_metric):  # closed while the code loaded
            return
        self._chart, self._loading = module, False
        self._draw()

    def _chart_failed(self, _error: Exception) -> None:
        if not shiboken6.isValid(self.chart_note):
            return
        self._loading = False
        self._note(self.tr("The chart could not be drawn on this computer."))

    @property
    def chart_shown(self) -> bool:
        return self.canvas is not None and self.chart_stack.currentWidget() is self.canvas

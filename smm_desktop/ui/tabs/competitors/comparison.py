"""The "Comparison" section: our accounts against the competitors' on one platform over a
period, as a table and as the report's charts (drawn when first looked at)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.enums import Platform
from smm_desktop.services.competitor_data import Comparison
from smm_desktop.ui import competitor_text as texts
from smm_desktop.ui import labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.day_clock import follow_today
from smm_desktop.ui.models.competitors import ComparisonTableModel
from smm_desktop.ui.models.table import AnyIndex
from smm_desktop.ui.tabs.competitors.list_section import RELOAD_ON
from smm_desktop.ui.widgets.lazy_section import LazySection

if TYPE_CHECKING:
    from smm_desktop.reports.competitor_charts import ChartText

PERIODS = {"4w": 28, "3m": 91, "12m": 365}
CHARTS = ("followers", "engagement", "mix")


class MixExplainedModel(ComparisonTableModel):
    """The comparison table, its content mix told apart: ours counts posts, a competitor's
    counts the checks a format was seen in (no per-format post counts are recorded)."""

    def _is_mix(self, column: int) -> bool:
        return column == self.columnCount() - 1

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and self._is_mix(section)):
            return QCoreApplication.translate(
                "ComparisonSection", "Ours: share of posts by format. Competitors: share of "
                "their checks in which a format was seen.")
        return super().headerData(section, orientation, role)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role != Qt.ItemDataRole.ToolTipRole or not index.isValid() or not self._is_mix(
                index.column()) or not self.record(index.row()).content_mix:
            return value
        head = (QCoreApplication.translate("ComparisonSection", "Share of posts")
                if self.record(index.row()).is_ours else QCoreApplication.translate(
                    "ComparisonSection", "Share of checks a format was seen in"))
        return f"{head}: {value}"


class ComparisonSection(LazySection):
    """Choose the platform and the period; a missing number shows "—", never 0."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("comparisonSection")
        self.comparison: Comparison | None = None
        self._drawn: set[str] = set()
        self.model = MixExplainedModel(ctx.fmt)
        self._controls()
        self.view = QTableView()
        self.view.setObjectName("comparisonView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.charts = QTabWidget()
        self.charts.setObjectName("comparisonCharts")
        self._holders = {name: self._holder() for name in CHARTS}
        self.charts.addTab(self._holders["followers"], self.tr("Followers"))
        self.charts.addTab(self._holders["engagement"], self.tr("Engagement rate"))
        self.charts.addTab(self._holders["mix"], self.tr("Content mix"))
        self.charts.currentChanged.connect(lambda _i: self.draw_current_chart())
        self._layout()
        ctx.hub.changed.connect(lambda area: self.mark_dirty() if area in RELOAD_ON else None)
        ctx.scope.changed.connect(lambda _id: self.mark_dirty())

    def _controls(self) -> None:
        self.platform = QComboBox()
        self.platform.setObjectName("comparisonPlatform")
        for platform in Platform:
            self.platform.addItem(labels.platform_name(platform), platform.value)
        self.period = QComboBox()
        self.period.setObjectName("comparisonPeriod")
        for key, text in (("4w", self.tr("Last 4 weeks")), ("3m", self.tr("Last 3 months")),
                          ("12m", self.tr("Last 12 months")), ("custom", self.tr("Custom"))):
            self.period.addItem(text, key)
        today = texts.qdate(self.ctx.clock.today())
        self.start, self.end = QDateEdit(today.addDays(-27)), QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(today)
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.mark_dirty())
        follow_today(self.ctx.clock, self.start, self.end)  # overnight: today moves on
        self.ctx.clock.day_changed.connect(lambda _day: self.mark_dirty())
        self._user_platform = False
        self.platform.activated.connect(lambda _i: self._platform_chosen())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Platform:")))
        top.addWidget(self.platform)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.start)
        top.addWidget(self.end)
        top.addStretch()
        self.note = QLabel()
        self.note.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("comparisonSplitter")
        splitter.addWidget(self.view)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([180, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _holder() -> QWidget:
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        return holder

    def _platform_chosen(self) -> None:
        self._user_platform = True
        self.mark_dirty()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.mark_dirty()

    def dates(self) -> tuple[date, date]:
        key = self.period.currentData()
        if key == "custom":
            start, end = texts.pydate(self.start.date()), texts.pydate(self.end.date())
            return min(start, end), max(start, end)
        end = self.ctx.clock.today()
        return end - timedelta(days=PERIODS[key] - 1), end

    def chosen_platform(self) -> Platform:
        return Platform(self.platform.currentData())

    def _default_platform(self, brand_id: int) -> None:
        """Until the person picks one, the platform where the brand's competitors are most."""
        if self._user_platform:
            return
        counts: dict[str, int] = {}
        for competitor in self.ctx.services.competitors.list_competitors(brand_id):
            for account in competitor.accounts:
                counts[account.platform.value] = counts.get(account.platform.value, 0) + 1
        if counts:
            best = max(counts, key=lambda p: counts[p])
            self.platform.setCurrentIndex(max(0, self.platform.findData(best)))

    def reload(self) -> None:
        self._dirty = False
        brand_id = self.ctx.scope.brand_id
        if not brand_id:
            self.comparison = None
            self.model.set_records([])
        else:
            self._default_platform(brand_id)
            start, end = self.dates()
            self.comparison = self.ctx.services.competitors.comparison(
                brand_id, self.chosen_platform(), start, end)
            self.model.set_records(list(self.comparison.rows))
        self.note.setText(self._note())
        self._drawn.clear()
        self.draw_current_chart()

    def _note(self) -> str:
        if self.comparison is None or not self.comparison.rows:
            return self.tr("No accounts on this platform, ours or theirs.")
        if not self.comparison.theirs:
            return self.tr("No competitor account on this platform yet.")
        return ""

    def draw_current_chart(self) -> None:
        """Draw the chart on screen now; the others wait until they are looked at."""
        name = CHARTS[self.charts.currentIndex()]
        if name in self._drawn or self.comparison is None or not self.isVisible():
            return
        from smm_desktop.ui.tabs.competitors import chart_view

        chart_view.show_chart(self._holders[name], name, self.comparison, self.chart_text())
        self._drawn.add(name)

    def chart_text(self) -> ChartText:
        from smm_desktop.reports.competitor_charts import ChartText

        fmt = self.ctx.fmt
        colours = self.palette()
        return ChartText(
            followers=self.tr("Followers"), engagement=self.tr("Engagement rate per post (%)"),
            content_mix=self.tr("Content mix (%)"),
            mix_note=self.tr("Ours: share of posts. Theirs: share of checks a format was "
                             "seen in."),
            no_data=self.tr("Nothing recorded in this period"),
            ours=self.tr("%1 (us)").replace("%1", "{name}"),
            content_names=texts.content_names(),
            number=lambda v: fmt.number(round(v) if abs(v) >= 10 else round(v, 1)),
            day=lambda d: texts.day_text(fmt, d),
            foreground=colours.windowText().color().name(),
            background=colours.base().color().name(),
            grid=colours.mid().color().name())

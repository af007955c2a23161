"""The main window: tabs, the to-do dock, menus and toolbar, wired to one open workspace."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)
from typing_extensions import override

from smm_desktop.ui import labels, window_parts
from smm_desktop.ui.actions import Actions, build_actions
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs import pages
from smm_desktop.ui.tabs.strategy.strategy_tab import StrategyTab
from smm_desktop.ui.widgets.brand_switcher import BrandSwitcher

if TYPE_CHECKING:
    from smm_desktop.ui.panels.today_dock import TodayDock
    from smm_desktop.ui.panels.today_panel import TodayPanel
    from smm_desktop.ui.tabs.audience.audience_tab import AudienceTab
    from smm_desktop.ui.tabs.calendar.calendar_tab import CalendarTab
    from smm_desktop.ui.tabs.competitors.competitors_tab import CompetitorsTab
    from smm_desktop.ui.tabs.reports.reports_tab import ReportsTab

TabT = TypeVar("TabT", bound=QWidget)
TAB_NAMES = ("strategy", "audience", "competitors", "calendar", "reports")


class MainWindow(QMainWindow):
    """Only wires parts together; the controller opens workspaces and handles requests."""

    new_workspace_requested = Signal()
    open_workspace_requested = Signal(str)  # "" = ask for a file
    sample_requested = Signal()
    settings_requested = Signal()
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("SMM Desktop")
        self.resize(1200, 760)
        self.ctx: UiContext | None = None
        self.saved_layout: dict[str, str] = {}
        self.commands = build_actions(self)
        self.switcher = BrandSwitcher()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.strategy: StrategyTab | None = None
        self._audience: AudienceTab | None = None
        self._calendar: CalendarTab | None = None
        self._reports: ReportsTab | None = None
        self._competitors: CompetitorsTab | None = None
        self.today: TodayPanel | None = None  # the to-do page of the Today dock
        self.today_dock: TodayDock | None = None
        # Set by the controller: makes a verified backup before an import (None: no file).
        self.import_backup: Callable[[], Callable[[], object] | None] | None = None
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._build_tabs()
        self._build_dock()
        self._build_toolbar()
        self.recent_menu = window_parts.build_menus(self)
        self.workspace_label = QLabel()
        self.statusBar().addPermanentWidget(self.workspace_label)
        self._connect_actions()

    def _build_tabs(self) -> None:
        self.tabs.addTab(QWidget(), self.tr("Strategy"))
        self.tabs.addTab(QWidget(), self.tr("Audience"))
        self.tabs.addTab(pages.step_page("competitors"), self.tr("Competitors"))
        self.tabs.addTab(pages.step_page("calendar"), self.tr("Calendar"))
        self.tabs.addTab(pages.step_page("reports"), self.tr("Reports"))
        for number in range(len(TAB_NAMES)):
            self.tabs.setTabToolTip(number, self.tr("Ctrl+%1").replace("%1", str(number + 1)))

    def _build_dock(self) -> None:
        self.todo_dock = QDockWidget(self.tr("Today"), self)
        self.todo_dock.setObjectName("todoDock")
        self.todo_dock.setWidget(pages.step_page("todo"))
        self.todo_dock.widget().setMinimumWidth(220)
        # The panel read first every morning sits where reading starts: left, or right in Arabic.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        area = Qt.DockWidgetArea.RightDockWidgetArea if rtl else Qt.DockWidgetArea.LeftDockWidgetArea
        self.addDockWidget(area, self.todo_dock)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Brand:") + " "))
        bar.addWidget(self.switcher)
        bar.addSeparator()
        for action in (self.commands.new_brand, self.commands.new_account,
                       self.commands.undo, self.commands.redo):
            bar.addAction(action)
        self.addToolBar(bar)

    def _connect_actions(self) -> None:
        a: Actions = self.commands
        a.new_workspace.triggered.connect(self.new_workspace_requested)
        a.open_workspace.triggered.connect(lambda: self.open_workspace_requested.emit(""))
        a.open_sample.triggered.connect(self.sample_requested)
        a.settings.triggered.connect(self.settings_requested)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self._undo)
        a.redo.triggered.connect(self._redo)
        a.new_brand.triggered.connect(lambda: self._strategy_call("new_brand"))
        a.new_account.triggered.connect(lambda: self._strategy_call("new_account"))
        a.focus_switcher.triggered.connect(self._focus_switcher)
        a.toggle_todo.triggered.connect(self.todo_dock.toggleViewAction().trigger)

    def _show_refusal(self, error: Exception) -> None:
        """An edit or undo the workspace refused (changed elsewhere, gone, a name taken)."""
        QMessageBox.warning(self, self.tr("Not saved"), labels.error_message(error))

    def name_undo(self, what: str) -> None:
        """Edit > Undo says what it would undo (“Undo Delete brand Bloom”); the toolbar stays short."""
        self.commands.undo.setText(self.tr("&Undo %1").replace("%1", what) if what else self.tr("&Undo"))
        self.commands.undo.setIconText(self.tr("Undo"))

    def name_redo(self, what: str) -> None:
        self.commands.redo.setText(self.tr("&Redo %1").replace("%1", what) if what else self.tr("&Redo"))
        self.commands.redo.setIconText(self.tr("Redo"))

    def _undo(self) -> None:
        if self.ctx is not None:
            self.ctx.undo.undo()

    def _redo(self) -> None:
        if self.ctx is not None:
            self.ctx.undo.redo()

    def _strategy_call(self, name: str) -> None:
        if self.strategy is None:
            return
        self.tabs.setCurrentIndex(0)
        getattr(self.strategy, name)()

    def _focus_switcher(self) -> None:
        self.switcher.setFocus()
        self.switcher.showPopup()

    def bind(self, ctx: UiContext) -> None:
        """Show this workspace: rebuild what depends on its data, keep the window's layout."""
        if self.ctx is not None:
            self.ctx.dispose()
        self.ctx = ctx
        ctx.hub.failed.connect(self._show_refusal)
        ctx.scope.changed.connect(lambda brand_id: self.commands.new_account.setEnabled(bool(brand_id)))
        strategy = StrategyTab(ctx)
        strategy.sample_requested.connect(self.sample_requested)
        self.strategy = self._replace_tab(0, strategy, self.tr("Strategy"))
        self.tabs.setEnabled(True)
        self.commands.new_brand.setEnabled(True)
        # The Audience tab is built when first shown: start-up loads only the first screen.
        self._audience = None
        self._replace_tab(1, QWidget(), self.tr("Audience"))
        self._competitors = None
        self._replace_tab(2, QWidget(), self.tr("Competitors"))
        self._calendar = None
        self._replace_tab(3, QWidget(), self.tr("Calendar"))
        self._reports = None
        self._replace_tab(4, QWidget(), self.tr("Reports"))
        self._bind_today(ctx)
        self.switcher.bind(ctx)
        self.commands.new_account.setEnabled(bool(ctx.scope.brand_id))
        window_parts.bind_undo(self, ctx)
        self.workspace_label.setText(self.tr("Workspace: %1").replace(
            "%1", ctx.services.workspace.label))
        self.workspace_label.setToolTip(str(ctx.services.workspace.path or ""))
        window_parts.restore_splitter(self)
        self._on_tab_changed(self.tabs.currentIndex())

    def _bind_today(self, ctx: UiContext) -> None:
        """The Today dock's pages for this workspace; the to-do list reads when first shown."""
        from smm_desktop.ui.panels.today_dock import TodayDock

        old = self.todo_dock.widget()
        self.today_dock = dock = TodayDock(ctx)
        self.today = dock.todo
        dock.setMinimumWidth(220)
        dock.open_screen.connect(self.show_tab)
        self.todo_dock.setWidget(dock)
        if old is not None:
            old.deleteLater()

    def unbind(self) -> None:
        """No workspace is open: the tabs and the edit actions rest until one is."""
        self.tabs.setEnabled(False)
        self.switcher.setEnabled(False)
        for action in (self.commands.new_brand, self.commands.new_account,
                       self.commands.undo, self.commands.redo):
            action.setEnabled(False)

    @property
    def audience(self) -> AudienceTab | None:
        """The Audience tab of the bound workspace, built on first use."""
        if self._audience is None and self.ctx is not None:
            from smm_desktop.ui.tabs.audience.audience_tab import AudienceTab

            self._audience = self._replace_tab(1, AudienceTab(self.ctx), self.tr("Audience"))
        return self._audience

    @property
    def competitors(self) -> CompetitorsTab | None:
        """The Competitors tab of the bound workspace, built on first use."""
        if self._competitors is None and self.ctx is not None:
            from smm_desktop.ui.tabs.competitors.competitors_tab import CompetitorsTab

            self._competitors = self._replace_tab(2, CompetitorsTab(self.ctx),
                                                  self.tr("Competitors"))
            window_parts.restore_competitors(self)
        return self._competitors

    @property
    def built_competitors(self) -> CompetitorsTab | None:
        """The Competitors tab if it was built (never builds it)."""
        return self._competitors

    @property
    def calendar(self) -> CalendarTab | None:
        """The Calendar tab of the bound workspace, built on first use."""
        if self._calendar is None and self.ctx is not None:
            from smm_desktop.ui.tabs.calendar.calendar_tab import CalendarTab

            self._calendar = self._replace_tab(3, CalendarTab(self.ctx), self.tr("Calendar"))
        return self._calendar

    @property
    def reports(self) -> ReportsTab | None:
        """The Reports tab of the bound workspace, built on first use."""
        if self._reports is None and self.ctx is not None:
            from smm_desktop.ui.tabs.reports.reports_tab import ReportsTab

            self._reports = self._replace_tab(4, ReportsTab(self.ctx), self.tr("Reports"))
        return self._reports

    def _on_tab_changed(self, index: int) -> None:
        if index == TAB_NAMES.index("audience"):
            _ = self.audience
        elif index == TAB_NAMES.index("competitors"):
            _ = self.competitors
        elif index == TAB_NAMES.index("calendar"):
            _ = self.calendar
        elif index == TAB_NAMES.index("reports"):
            _ = self.reports

    def _replace_tab(self, number: int, tab: TabT, title: str) -> TabT:
        """Put a workspace's tab in place of the old one, keeping the current tab."""
        index, old = self.tabs.currentIndex(), self.tabs.widget(number)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(number)
        self.tabs.insertTab(number, tab, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()
        return tab

    def restore_layout(self, state: dict[str, str]) -> None:
        window_parts.restore(self, state)

    def save_layout(self) -> dict[str, str]:
        return window_parts.save(self)

    @override

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)

    def show_tab(self, name: str) -> None:
        """`name` is a tab, or a tab and its section or view: "strategy/guide", "calendar/week"."""
        tab, _, section = name.partition("/")
        if tab == "today" and self.today_dock is not None:
            self.todo_dock.show()
            self.today_dock.show_page(section or "todo")
        if tab in TAB_NAMES:
            self.tabs.setCurrentIndex(TAB_NAMES.index(tab))
        if tab == "strategy" and section and self.strategy is not None:
            self.strategy.show_section(section)
        if tab == "competitors" and section and (competitors := self.competitors) is not None:
            competitors.show_section(section)
        if tab == "calendar" and section and (calendar := self.calendar) is not None:
            calendar.show_view_named(section)
        if tab == "reports" and section and (reports := self.reports) is not None:
            reports.show_section(section)

"""The Today dock's pages: the to-do list, the engagement log and the news. The to-do list is
made with the dock; the other two when first shown, so start-up builds only what it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.panels.today_panel import TodayPanel

PAGES = ("todo", "engagement", "news")


def _engagement(ctx: UiContext) -> QWidget:
    from smm_desktop.ui.panels.engagement_panel import EngagementPanel

    return EngagementPanel(ctx)


def _news(ctx: UiContext) -> QWidget:
    from smm_desktop.ui.panels.news_panel import NewsPanel

    return NewsPanel(ctx)


class TodayDock(QWidget):
    """Three pages in tabs; `open_screen(name)` asks the window for a tab (from any page)."""

    open_screen = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayDock")
        self.ctx = ctx
        self.todo = TodayPanel(ctx)
        self.todo.open_screen.connect(self.open_screen)
        self._makers: dict[int, Callable[[UiContext], QWidget]] = {1: _engagement, 2: _news}
        self.pages = QTabWidget()
        self.pages.setObjectName("todayPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.todo, self.tr("To do"))
        self.pages.addTab(QWidget(), self.tr("Engagement"))
        self.pages.addTab(QWidget(), self.tr("News"))
        self.pages.currentChanged.connect(self._build_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def page(self, name: str) -> QWidget:
        """The page named ("todo", "engagement", "news"), built if it was not yet."""
        index = PAGES.index(name)
        self._build_page(index)
        page = self.pages.widget(index)
        assert page is not None
        return page

    def show_page(self, name: str) -> None:
        if name in PAGES:
            self.pages.setCurrentIndex(PAGES.index(name))

    @property
    def current_page(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def _build_page(self, index: int) -> None:
        maker = self._makers.pop(index, None)
        if maker is None:
            return
        page, old, title = maker(self.ctx), self.pages.widget(index), self.pages.tabText(index)
        open_screen = getattr(page, "open_screen", None)
        if open_screen is not None:
            open_screen.connect(self.open_screen)
        self.pages.blockSignals(True)
        current = self.pages.currentIndex()
        self.pages.removeTab(index)
        self.pages.insertTab(index, page, title)
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(False)
        if old is not None:
            old.deleteLater()

"""The Today dock's news page: field news and platform updates from the feeds the manager
follows, read in the background every hour; open, mark read, turn an item into an idea; and
the trend pages of the current brand's country."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.feeds import FeedKind, trend_links
from smm_desktop.services import feed_fetch
from smm_desktop.services.feed_fetch import FetchError, FetchResult
from smm_desktop.services.feeds import FeedData, ItemData
from smm_desktop.ui import workers
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.feeds_dialog import FeedsDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.panels.news_model import (
    ITEM_ROLE,
    NewsDelegate,
    NewsModel,
    error_text,
    trend_label,
)
from smm_desktop.ui.undo import CallCommand

HOUR_MS = 60 * 60 * 1000
FIRST_REFRESH_MS = 2000  # after the page shows: the window paints first
FILTERS = ("all", "news", "platform", "unread")
SHOWN_ERRORS = 3
Outcome = FetchResult | FetchError


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return button


def fetch_all(feeds: list[FeedData], fetch: Callable[..., FetchResult]) -> list[tuple[int, Outcome]]:
    """Each feed's result or error, four at a time (runs off the GUI thread)."""
    def one(feed: FeedData) -> tuple[int, Outcome]:
        try:
            return feed.id, fetch(feed.url, feed.etag, feed.modified)
        except FetchError as err:
            return feed.id, err
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, feeds))


class NewsPanel(QWidget):
    """Reads when first shown and on changes; refreshes the feeds in the background."""

    open_screen = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newsPanel")
        self.ctx = ctx
        self.fetch: Callable[..., FetchResult] = feed_fetch.fetch  # tests read local files
        self.dirty, self.refreshing, self._shown_once = True, False, False
        self.model = NewsModel(ctx.fmt, self)
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.hub.changed.connect(self._on_data_changed)

    # Layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter = QComboBox()
        for key, text in zip(FILTERS, (self.tr("All"), self.tr("Field news"),
                                       self.tr("Platform updates"), self.tr("Unread only")),
                             strict=True):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(lambda *_: self.reload())
        self.refresh_button = _button(self.tr("Refresh"), self.tr("Read the feeds again now"))
        self.refresh_button.clicked.connect(self.refresh)
        self.feeds_button = _button(self.tr("Feeds…"), self.tr("Choose the feeds to follow"))
        self.feeds_button.clicked.connect(self.edit_feeds)
        self.trends = _button(self.tr("Trends"), self.tr("Trending now in the brand's country"))
        self.trends.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.trends.setMenu(QMenu(self.trends))
        self.trends.menu().aboutToShow.connect(self.fill_trends)
        self.status = QLabel()
        self.status.setObjectName("newsStatus")
        self.status.setWordWrap(True)
        self.errors = QLabel()
        self.errors.setObjectName("newsErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: palette(placeholder-text);")
        self.list = self._list()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._row(self.filter, self.refresh_button, stretch=False))
        layout.addLayout(self._row(self.feeds_button, self.trends))
        layout.addWidget(self.status)
        layout.addWidget(self.errors)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._actions())

    @staticmethod
    def _row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget, 0 if stretch else int(isinstance(widget, QComboBox)))
        if stretch:
            row.addStretch(1)
        return row

    def _list(self) -> QListView:
        view = QListView()
        view.setObjectName("newsList")
        view.setModel(self.model)
        view.setItemDelegate(NewsDelegate(view))
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setWordWrap(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.doubleClicked.connect(lambda _index: self.open_current())
        view.installEventFilter(self)
        view.selectionModel().currentChanged.connect(lambda *_: self._enable_actions())
        return view

    def _actions(self) -> QHBoxLayout:
        self.open_button = _button(self.tr("Open"), self.tr("Open in the browser (Enter)"))
        self.read_button = _button(self.tr("Read/unread"), self.tr("Mark read or unread (Space)"))
        self.idea_button = _button(self.tr("Make an idea"),
                                   self.tr("Add it to the brand's idea bank with its link"))
        self.open_button.clicked.connect(self.open_current)
        self.read_button.clicked.connect(self.toggle_read)
        self.idea_button.clicked.connect(self.make_idea)
        row = self._row(self.open_button, self.read_button, self.idea_button)
        self._enable_actions()
        return row

    def _enable_actions(self) -> None:
        item = self.current_item()
        for button in (self.open_button, self.read_button, self.idea_button):
            button.setEnabled(item is not None)
        made = item is not None and item.idea_live
        if made:  # one idea per item: a second click must not make a second post
            self.idea_button.setEnabled(False)
        self.idea_button.setToolTip(
            self.tr("Already in the idea bank") if made
            else self.tr("Add it to the brand's idea bank with its link"))

    # Loading ----------------------------------------------------------------------------

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.ctx.services.feeds.ensure_defaults()  # a write: here, on the GUI thread
            QTimer.singleShot(FIRST_REFRESH_MS, self, self._refresh_if_due)
            self.timer.start()
        if self.dirty:
            self.reload()

    def _on_data_changed(self, area: str) -> None:
        if area in (DataHub.NEWS, DataHub.POSTS, DataHub.BRANDS):
            self.dirty = True
            if self.isVisible():
                self.reload()

    def _query(self) -> dict[str, Any]:
        key = self.filter.currentData()
        kinds = {"news": [FeedKind.NEWS], "platform": [FeedKind.PLATFORM]}.get(key)
        return {"kinds": kinds, "unread_only": key == "unread"}

    def reload(self) -> None:
        """The items of the filter, the counts and the feeds that failed last time."""
        self.dirty = False
        service, current = self.ctx.services.feeds, self.current_item()
        self.model.set_items(service.items(**self._query()))
        if current is not None and (row := self.model.row_of(current.id)) >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self._show_status(service.unread_count())
        self._show_errors(service.list_feeds(include_disabled=False))
        self._enable_actions()

    def _show_status(self, unread: int) -> None:
        if self.refreshing:
            self.status.setText(self.tr("Reading the feeds…"))
        elif not self.model.items:
            self.status.setText(self.tr("No news yet: refresh, or add feeds under Feeds…"))
        else:
            self.status.setText(self.tr("Unread: %1").replace("%1", digits_in(str(unread))))

    def _show_errors(self, feeds: list[FeedData]) -> None:
        failed = [f"{f.title}: {error_text(f.error)}" for f in feeds if f.error]
        lines = failed[:SHOWN_ERRORS]
        if len(failed) > SHOWN_ERRORS:
            lines.append(self.tr("and %1 more (see Feeds…)").replace(
                "%1", digits_in(str(len(failed) - SHOWN_ERRORS))))
        self.errors.setText("\n".join(lines))
        self.errors.setToolTip("\n".join(failed))
        self.errors.setVisible(bool(failed))

    # Refresh ----------------------------------------------------------------------------

    def _refresh_if_due(self) -> None:
        if self.ctx.services.feeds.refresh_due():
            self.refresh()

    def refresh(self) -> None:
        """Read every enabled feed off the GUI thread; the results are stored here after.
        A refresh in flight is not started twice."""
        if self.refreshing:
            return
        feeds, fetch = self.ctx.services.feeds.list_feeds(include_disabled=False), self.fetch
        self.refreshing = True
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Reading the feeds…"))
        workers.start(lambda: fetch_all(feeds, fetch), self._refreshed, self._refresh_failed)

    def _refreshed(self, results: list[tuple[int, Outcome]]) -> None:
        added = 0
        try:
            for feed_id, outcome in results:
                added += self._store(feed_id, outcome)
        finally:
            self._refresh_done()
        self.status.setText(self.tr("New items: %1").replace("%1", digits_in(str(added))))

    def _store(self, feed_id: int, outcome: Outcome) -> int:
        try:
            return self.ctx.services.feeds.store(feed_id, outcome)
        except Exception as err:  # a feed deleted meanwhile, a storage fault: tell, go on
            self.ctx.hub.failed.emit(err)
            return 0

    def _refresh_failed(self, error: Exception) -> None:
        self._refresh_done()
        self.status.setText(self.tr("The feeds could not be read: %1").replace("%1", str(error)))

    def _refresh_done(self) -> None:
        self.refreshing = False
        self.refresh_button.setEnabled(True)
        self.ctx.hub.changed.emit(DataHub.NEWS)

    # Actions ----------------------------------------------------------------------------

    def current_item(self) -> ItemData | None:
        index = self.list.currentIndex() if hasattr(self, "list") else QModelIndex()
        item = index.data(ITEM_ROLE) if index.isValid() else None
        return item if isinstance(item, ItemData) else None

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress):
            key = event.key()
            if key == Qt.Key.Key_Space:
                self.toggle_read()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        """The item's page in the browser; it counts as read."""
        item = self.current_item()
        if item is None or not item.link:
            return
        QDesktopServices.openUrl(QUrl(item.link))
        if not item.read:
            self.ctx.services.feeds.mark_read([item.id])
            self.ctx.hub.changed.emit(DataHub.NEWS)

    def toggle_read(self) -> None:
        item = self.current_item()
        if item is None:
            return
        service, read = self.ctx.services.feeds, not item.read
        text = self.tr("Mark read") if read else self.tr("Mark unread")
        self.ctx.undo.push(CallCommand(text, self.ctx.hub, DataHub.NEWS,
                                       lambda: service.mark_read([item.id], read),
                                       lambda: service.mark_read([item.id], not read)))

    def make_idea(self) -> None:
        """An idea-bank post of the current brand (asked when none is chosen); Ctrl+Z
        moves the post to the trash. Once per item: its button is off while the idea lives."""
        item = self.current_item()
        if item is None or item.idea_live:
            return
        brand_id = self.choose_brand()
        if brand_id is None:
            return
        feeds = self.ctx.services.feeds
        made: list[int] = []

        def undo() -> None:  # the post to the trash, the item unlinked, its read mark back
            if made:
                feeds.unmake_idea(item.id, made[-1], item.read_at)
        self.ctx.undo.push(CallCommand(self.tr("Make an idea"), self.ctx.hub, DataHub.POSTS,
                                       lambda: made.append(feeds.make_idea(item.id, brand_id)),
                                       undo))
        self.ctx.hub.changed.emit(DataHub.NEWS)
        if made:
            self.status.setText(self.tr("Added to the idea bank."))

    def choose_brand(self) -> int | None:
        brands = self.ctx.services.brands.list_brands(include_archived=False)
        if any(b.id == self.ctx.scope.brand_id for b in brands):
            return self.ctx.scope.brand_id
        if not brands:
            QMessageBox.information(self, self.tr("Make an idea"),
                                    self.tr("Add a brand first: ideas belong to a brand."))
            return None
        names = [b.name for b in brands]
        name, ok = QInputDialog.getItem(self, self.tr("Make an idea"),
                                        self.tr("Idea for which brand?"), names, 0, False)
        return brands[names.index(name)].id if ok and name in names else None

    def edit_feeds(self) -> None:
        FeedsDialog.run(self, self.ctx)

    def fill_trends(self) -> None:
        """The trend pages for the current brand's country (the visitor's own when unset)."""
        menu = self.trends.menu()
        menu.clear()
        brands = {b.id: b for b in self.ctx.services.brands.list_brands()}
        brand = brands.get(self.ctx.scope.brand_id)
        for link in trend_links(brand.country if brand else ""):
            action = menu.addAction(trend_label(link.key))
            action.setData(link.url)
            action.triggered.connect(lambda _=False, url=link.url: QDesktopServices.openUrl(
                QUrl(url)))

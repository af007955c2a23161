"""The Today dock: what to do today across the brands (or the current one), most urgent first;
check routines and tasks with a click or Space, one click for a post's status, caption or page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from typing_extensions import override

from smm_desktop.domain.enums import PostStatus
from smm_desktop.ui import workers
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.panels import today_model
from smm_desktop.ui.panels.today_actions import TodayActions
from smm_desktop.ui.panels.today_model import Entry
from smm_desktop.ui.panels.today_tree import TodayTree
from smm_desktop.ui.week_start import first_weekday

FIRST_READ_AFTER_MS = 150
RELOAD_AREAS = frozenset({DataHub.POSTS, DataHub.GOALS, DataHub.SNAPSHOTS, DataHub.REVIEWS,
                          DataHub.GUIDE, DataHub.AGENDA, DataHub.ACCOUNTS, DataHub.BRANDS})


def _button(text: str, tip: str = "") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip or text)
    button.setAutoRaise(True)
    return button


class TodayPanel(QWidget):
    """Reads when first shown and on changes; `open_screen(name)` asks the window for a tab;
    `settings_changed` when it changed ctx.settings (the "All brands" toggle) to be saved."""

    open_screen = Signal(str)
    settings_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.ctx = ctx
        self.today: Callable[[], date] = date.today  # tests fix the clock
        self.dirty = True
        self.snapshot: today_model.Snapshot | None = None
        self._generation = 0  # reads started; only the newest one's result is shown
        self._defaults_made = False
        self._just_done: set[tuple[int, int, str]] = set()
        self.edits = TodayActions(ctx, self)
        self.tree = TodayTree(self)
        self.tree.installEventFilter(self)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemActivated.connect(lambda item, _col: self.open_entry(self.tree.entry_of(item)))
        self.tree.currentItemChanged.connect(lambda *_: self._show_item_bar())
        self._build()
        ctx.clock.day_changed.connect(lambda _day: self.on_midnight())
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(self._on_brand_changed)

    # Layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.count = QLabel()
        self.count.setObjectName("todayCount")
        self.all_brands = _button(self.tr("All brands"),
                                  self.tr("Show every brand, or only the brand chosen above"))
        self.all_brands.setCheckable(True)
        self.all_brands.setChecked(self.ctx.settings.today_all_brands)
        self.all_brands.toggled.connect(self._on_scope_toggled)
        self.add_task = _button(self.tr("+ Task"), self.tr("Add a one-off task"))
        self.add_task.clicked.connect(self.new_task)
        self.routines = _button(self.tr("Routines…"), self.tr("Edit the routines and see their history"))
        self.routines.clicked.connect(self.edit_routines)
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for button in (self.all_brands, self.add_task, self.routines):
            top.addWidget(button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self._item_bar())

    def _item_bar(self) -> QWidget:
        """One click for the current line: a post's status, caption or page; a task's edit."""
        self.bar = QWidget()
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.mark_scheduled = _button(self.tr("Scheduled"), self.tr("Mark the post scheduled"))
        self.mark_published = _button(self.tr("Published"), self.tr("Mark the post published"))
        self.copy = _button(self.tr("Copy"), self.tr("Copy the caption and hashtags"))
        self.open_page = _button(self.tr("Page"), self.tr("Open the account's page in the browser"))
        self.edit = _button(self.tr("Edit"), self.tr("Edit the task"))
        self.delete = _button(self.tr("Delete"), self.tr("Delete the task"))
        self.mark_scheduled.clicked.connect(lambda: self.set_status(PostStatus.SCHEDULED))
        self.mark_published.clicked.connect(lambda: self.set_status(PostStatus.PUBLISHED))
        self.copy.clicked.connect(self.copy_caption)
        self.open_page.clicked.connect(self.open_pages)
        self.edit.clicked.connect(self.edit_task)
        self.delete.clicked.connect(self.delete_task)
        self._post_buttons = (self.mark_scheduled, self.mark_published, self.copy, self.open_page)
        self._task_buttons = (self.edit, self.delete)
        for button in self._post_buttons + self._task_buttons:
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        row.addStretch(1)
        self._show_item_bar()
        return self.bar

    def _show_item_bar(self) -> None:
        entry = self.tree.current_entry()
        kind = entry.kind if entry is not None else ""
        for button in self._post_buttons:
            button.setVisible(kind == "post")
        for button in self._task_buttons:
            button.setVisible(kind == "task")
        if kind == "post" and entry is not None:
            self.open_page.setEnabled(bool(entry.payload.account_urls))

    # Loading ----------------------------------------------------------------------------

    def brand_ids(self, names: dict[int, str]) -> list[int]:
        """The current brand only when the toggle is off, else every live brand."""
        if not self.all_brands.isChecked() and self.ctx.scope.brand_id in names:
            return [self.ctx.scope.brand_id]
        return sorted(names)

    def _brand_names(self) -> dict[int, str]:
        return {b.id: b.name for b in self.ctx.services.brands.list_brands(include_archived=False)}

    def week_start(self) -> int:
        """The setting, else the system's (not the UI language's: weekly keys stay put)."""
        return first_weekday(self.ctx.settings)

    def reload(self) -> None:
        """One read of each service for the brands shown, then the list."""
        self._show(self._reader()())

    def _reader(self) -> Callable[[], today_model.Snapshot]:
        """The read, bound to what the panel shows now, runnable on any thread (the services
        open their own sessions; it only reads, so it never holds the write lock an edit on the
        GUI thread needs); a newer read makes an older one's result void."""
        self.dirty = False
        self._generation += 1
        services, names, week = self.ctx.services, self._brand_names(), self.week_start()
        ids, today = self.brand_ids(names), self.today()
        days = self.ctx.settings.follow_up_days
        if not self._defaults_made:  # a write: on this thread, never beside the person's edits
            services.routines.ensure_defaults(week)
            self._defaults_made = True

        def read() -> today_model.Snapshot:
            return today_model.load(services, ids, names, today, week, days)
        return read

    def _load_in_background(self) -> None:
        """The first read (its imports and every query) off the GUI thread, started once the
        window has painted (a pool thread importing holds Python's lock the first paint needs):
        the window shows at once and the panel fills a moment later."""
        self.count.setText(self.tr("Loading today's list…"))
        QTimer.singleShot(FIRST_READ_AFTER_MS, self, self._start_first_read)

    def _start_first_read(self) -> None:
        if self._generation:  # a read started meanwhile (a change, a reload)
            return
        read, generation = self._reader(), self._generation
        workers.start(read, lambda snapshot: self._loaded(snapshot, generation),
                      self._load_failed)

    def _loaded(self, snapshot: today_model.Snapshot, generation: int) -> None:
        if not isValid(self):  # the panel went with its workspace while the read ran
            return
        if generation == self._generation:  # nothing newer was read meanwhile
            self._show(snapshot)

    def _load_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.dirty = True  # the next showing tries again
        self.count.setText(self.tr("Today's list could not be read: %1").replace(
            "%1", str(error)))

    def _show(self, snapshot: today_model.Snapshot) -> None:
        self.snapshot = snapshot
        sections = today_model.sections(self.snapshot, self.ctx.fmt, self._just_done)
        self.tree.fill(sections)
        self.left = sum(s.left for s in sections)
        self.count.setText(self.tr("Left today: %1").replace("%1", digits_in(str(self.left))))
        self._show_item_bar()

    def on_midnight(self) -> None:
        """A new day while the app stays open (the shared DayClock says so): yesterday's open
        items carry over."""
        self._just_done.clear()
        self._refresh()

    def _refresh(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.dirty = True

    def _on_data_changed(self, area: str) -> None:
        if area in RELOAD_AREAS:
            self._refresh()

    def _on_brand_changed(self, _brand_id: int) -> None:
        if not self.all_brands.isChecked():
            self._refresh()

    def _on_scope_toggled(self, every: bool) -> None:
        if self.ctx.settings.today_all_brands != every:
            self.ctx.settings.today_all_brands = every
            self.settings_changed.emit()
        self._refresh()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty and self.snapshot is None and self._generation == 0:
            self._load_in_background()
        elif self.dirty:
            self.reload()

    # Clicks and keys --------------------------------------------------------------------

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space:
                self.toggle_current()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_entry(self.tree.current_entry())
                return True
        return super().eventFilter(watched, event)

    def toggle_current(self) -> None:
        item = self.tree.currentItem()
        entry = self.tree.entry_of(item)
        if entry is not None and entry.checkable:
            self.set_done(entry, not entry.checked)
        elif item is not None and item.childCount():
            item.setExpanded(not item.isExpanded())

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        entry = self.tree.entry_of(item)
        if entry is None or not entry.checkable:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        if done != entry.checked:
            # After the click returns: the reload it causes replaces this very item.
            QTimer.singleShot(0, self, lambda: self.set_done(entry, done))

    def set_done(self, entry: Entry, done: bool) -> None:
        """Check or uncheck a routine's item or a task (undoable)."""
        if entry.kind == "routine":
            item = entry.payload
            if done:
                self._just_done.add((item.routine_id, item.brand_id, item.period_key))
            self.edits.set_routine_done(item, done)
        elif entry.kind == "task":
            self.edits.set_task_done(entry.payload, done)

    def open_entry(self, entry: Entry | None) -> None:
        """Enter or a double click: a task or a post opens its editor, the others their
        screen."""
        if entry is None:
            return
        if entry.kind == "task":
            self.edits.edit_task(entry.payload)
        elif entry.kind == "post":
            self.edits.edit_post(entry.payload.post)
        elif entry.screen:
            self.open_screen.emit(entry.screen)

    def _current_post(self) -> object | None:
        entry = self.tree.current_entry()
        return entry.payload if entry is not None and entry.kind == "post" else None

    def set_status(self, status: PostStatus) -> None:
        item = self._current_post()
        if item is not None:
            self.edits.set_post_status(item.post, status)  # type: ignore[attr-defined]

    def copy_caption(self) -> None:
        item = self._current_post()
        if item is not None:
            self.edits.copy_caption(item.post)  # type: ignore[attr-defined]

    def open_pages(self) -> None:
        item = self._current_post()
        if item is not None:
            self.edits.open_pages(item.account_urls)  # type: ignore[attr-defined]

    def _current_task(self) -> object | None:
        entry = self.tree.current_entry()
        return entry.payload if entry is not None and entry.kind == "task" else None

    def new_task(self) -> None:
        brand = self.ctx.scope.brand_id if not self.all_brands.isChecked() else None
        self.edits.new_task(brand or None)

    def edit_task(self) -> None:
        if (task := self._current_task()) is not None:
            self.edits.edit_task(task)

    def delete_task(self) -> None:
        if (task := self._current_task()) is not None:
            self.edits.delete_task(task)

    def edit_routines(self) -> None:
        from smm_desktop.ui.dialogs.routines_dialog import RoutinesDialog

        RoutinesDialog.run(self, self.ctx)

"""Calendar: the current brand's month (or its list of posts) beside the idea bank. Posts move
by drag and drop or by keyboard; every change is one undo step, saved at once."""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.month_grid import add_months
from smm_desktop.domain.post_filter import PostCriteria
from smm_desktop.services.post_data import PostData
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.calendar_month import CalendarMonthModel
from smm_desktop.ui.tabs.calendar import planning_hooks, week_hooks
from smm_desktop.ui.tabs.calendar.drag import Carried, carried
from smm_desktop.ui.tabs.calendar.filter_bar import FilterBar
from smm_desktop.ui.tabs.calendar.idea_bank import IdeaBank
from smm_desktop.ui.tabs.calendar.list_view import PostListPanel
from smm_desktop.ui.tabs.calendar.month_view import MonthView
from smm_desktop.ui.tabs.calendar.names import load_names
from smm_desktop.ui.tabs.calendar.plan_export import PlanExporter
from smm_desktop.ui.tabs.calendar.post_actions import PostActions
from smm_desktop.ui.tabs.calendar.week_control import WeekControl
from smm_desktop.ui.week_start import locale_week

_AREAS = (DataHub.POSTS, DataHub.ACCOUNTS, DataHub.BRANDS, DataHub.OCCASIONS, DataHub.METRICS)
MONTH, LIST, WEEK = 0, 1, week_hooks.WEEK
_CTRL = Qt.KeyboardModifier.ControlModifier


class CalendarTab(QWidget):
    """Cheap to build: reads nothing until first shown; then one query per month shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarTab")
        self.ctx = ctx
        today = date.today()
        self.year, self.month = today.year, today.month
        self.dirty = True
        self.clipboard: list[Carried] = []
        self.edits = PostActions(ctx, self)
        self.model = CalendarMonthModel(self)
        self.model.digits = ctx.fmt.digits
        self.month_view = MonthView(self.model, ctx.fmt)
        self.list_panel = PostListPanel(ctx.fmt, numbers=ctx.services.metrics.post_metrics_for)
        self.week = WeekControl(ctx, self.edits, lambda: locale_week(ctx.settings), self)
        self.filters = FilterBar()
        self.criteria = PostCriteria()
        self.range_posts: list[PostData] = []
        self.month_posts: list[PostData] = []  # the shown month's own days (the list view's)
        self.read_month: tuple[int, int] | None = None  # the month last read (planning panel)
        self.bank = IdeaBank()
        self.plan = planning_hooks.PlanningHooks(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._body())
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self.stack, 1)
        self._connect()

    # Building -----------------------------------------------------------------------------

    def _top_row(self) -> QHBoxLayout:
        self.previous_button = QPushButton(self.tr("Previous month"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton(self.tr("Next month"))
        self.month_label = QLabel()
        self.month_label.setObjectName("monthLabel")
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.month_label.setFont(font)
        self.new_button = QPushButton(self.tr("New post…"))
        row = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button, self.month_label):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("View:")))
        for button in self._switcher():
            row.addWidget(button)
        row.addWidget(self._setup_button())
        self.exporter = PlanExporter(self.ctx, self)
        row.addWidget(self.exporter.button)
        row.addWidget(self.new_button)
        return row

    def _setup_button(self) -> QToolButton:
        """One menu for what the plan is built on (pillars, posting slots, occasions), so the
        row fits a 1366-pixel screen in both languages."""
        menu = self.plan.occasions_button.menu()
        assert menu is not None
        first = menu.actions()[0]
        self.pillars_action = QAction(self.tr("Pillars…"), menu)
        self.pillars_action.setToolTip(self.tr("The brand's content categories and their share of the plan"))
        self.pillars_action.triggered.connect(self.edit_pillars)
        self.slots_action = QAction(self.tr("Posting slots…"), menu)
        self.slots_action.setToolTip(self.tr("The usual times to post on each account"))
        self.slots_action.triggered.connect(self.edit_slots)
        menu.insertAction(first, self.pillars_action)
        menu.insertAction(first, self.slots_action)
        menu.insertSeparator(first)
        menu.setToolTipsVisible(True)
        button = QToolButton()
        button.setObjectName("planSetupButton")
        button.setText(self.tr("Plan setup"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        return button

    def edit_pillars(self) -> None:
        from smm_desktop.ui.dialogs.pillars_dialog import PillarsDialog

        if self.ctx.scope.brand_id:
            PillarsDialog.run(self, self.ctx, self.ctx.scope.brand_id)

    def edit_slots(self) -> None:
        from smm_desktop.ui.dialogs.slots_dialog import SlotsDialog

        if self.ctx.scope.brand_id:
            SlotsDialog.run(self, self.ctx, self.ctx.scope.brand_id)

    def _switcher(self) -> list[QToolButton]:
        self.view_buttons = QButtonGroup(self)
        buttons = []
        for number, text in ((MONTH, self.tr("Month")), (WEEK, self.tr("Week")),
                             (LIST, self.tr("List"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(number == MONTH)
            self.view_buttons.addButton(button, number)
            buttons.append(button)
        return buttons

    def _empty_page(self) -> QWidget:
        self.empty_text = QLabel()
        self.empty_text.setObjectName("calendarEmptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.empty_text)
        column.addStretch(2)
        return page

    def _body(self) -> QWidget:
        self.views = QStackedWidget()
        self.views.addWidget(self.month_view)
        self.views.addWidget(self.list_panel)
        self.views.addWidget(self.week.view)
        self.month_hint = QLabel(self.tr(
            "No posts this month yet. Drag ideas from the idea bank onto a day, or choose a day "
            "and press Insert."))
        self.month_hint.setObjectName("monthHint")
        self.month_hint.setWordWrap(True)
        main = QWidget()
        column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.month_hint)
        column.addWidget(self.views, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("calendarSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(main)
        splitter.addWidget(self.plan.side_tabs())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 240])
        return week_hooks.with_filters(self, splitter)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.today_button.clicked.connect(self.go_today)
        self.view_buttons.idClicked.connect(self.show_view)
        self.new_button.clicked.connect(self.new_post)
        self.bank.new_button.clicked.connect(lambda: self.edits.new_post(self.ctx.scope.brand_id, None))
        self.month_view.dropped.connect(self.edits.drop_on_day)
        self.month_view.shift_requested.connect(
            lambda days: self.edits.shift(carried(self.month_view.selected_posts()), days))
        self.bank.view.dropped.connect(self.edits.to_bank)
        for signal in (self.month_view.open_requested, self.bank.view.open_requested,
                       self.list_panel.open_requested):
            signal.connect(self.edit_post)
        self.month_view.key_handler = lambda e: self._on_key(e, "month")
        self.bank.view.key_handler = lambda e: self._on_key(e, "bank")
        self.list_panel.view.key_handler = lambda e: self._on_key(e, "list")
        self.edits.landed.connect(self._on_landed)
        week_hooks.connect(self)
        self.ctx.hub.changed.connect(self._on_data_changed)
        self.ctx.scope.changed.connect(lambda _id: self._mark_dirty())

    # Loading ------------------------------------------------------------------------------

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            self.reload()

    def _on_data_changed(self, area: str) -> None:
        if area in _AREAS:
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Everything: the brand's state, the month, the idea bank."""
        self.dirty = False
        brand_id = self.ctx.scope.brand_id
        accounts = self.ctx.services.accounts.list_accounts(brand_id, False) if brand_id else []
        if not brand_id or not accounts:
            self._show_empty(bool(brand_id))
            return
        self.stack.setCurrentIndex(1)
        week_hooks.set_choices(self, accounts)
        self.bank.set_ideas(self.ctx.services.posts.idea_bank(brand_id))
        week_hooks.load_shown(self)

    def _show_empty(self, has_brand: bool) -> None:
        self.empty_text.setText(self.tr(
            "This brand has no accounts to post to yet: add an account first on Strategy > "
            "Brands and accounts.") if has_brand else self.tr(
            "The calendar belongs to a brand. Add a brand in the Strategy tab first, or choose "
            "one with the brand switcher."))
        self.stack.setCurrentIndex(0)
        for widget in (self.previous_button, self.next_button, self.today_button, self.new_button):
            widget.setEnabled(False)

    def load_month(self) -> None:
        """One query for the 42 days shown; the list view takes the month's own days."""
        first_weekday, weekend = locale_week(self.ctx.settings)
        self.model.set_month(self.year, self.month, first_weekday, weekend, self.edits.today())
        posts = self.ctx.services.posts.list_range(
            self.ctx.scope.brand_id, self.model.first_day(), self.model.last_day())
        self.model.set_posts(week_hooks.month_posts(self, posts))
        self.plan.load_month(posts)
        self.month_view.keep_valid()
        in_month = [p for p in posts if p.scheduled_at is not None
                    and (p.scheduled_at.year, p.scheduled_at.month) == (self.year, self.month)]
        self.month_hint.setVisible(not in_month and not week_hooks.is_week(self))
        self.month_posts, self.read_month = in_month, (self.year, self.month)
        if self.views.currentIndex() == LIST:
            self._fill_list()
        self._label_month()
        for widget in (self.previous_button, self.next_button, self.today_button, self.new_button):
            widget.setEnabled(True)

    def _fill_list(self) -> None:
        names = load_names(self.ctx, self.ctx.scope.brand_id)
        self.list_panel.set_posts(self.month_posts, names)

    def _label_month(self) -> None:
        text = QLocale().toString(QDate(self.year, self.month, 1), "MMMM yyyy")
        self.month_label.setText(with_digits(text, self.ctx.fmt.digits))

    # Navigation ---------------------------------------------------------------------------

    def step_month(self, delta: int) -> None:
        if week_hooks.step(self, delta):
            return
        self.year, self.month = add_months(self.year, self.month, delta)
        self.load_month()

    def go_today(self) -> None:
        if week_hooks.go_today(self):
            return
        today = self.edits.today()
        self.show_month(today.year, today.month)
        self.month_view.go_to(today)

    def show_month(self, year: int, month: int) -> None:
        if (year, month) != (self.year, self.month):
            self.year, self.month = year, month
            self.load_month()

    VIEWS: ClassVar[dict[str, int]] = {"month": MONTH, "week": WEEK, "list": LIST}

    def show_view_named(self, name: str) -> None:
        """"month", "week" or "list" (the command line's --tab calendar/week), or a month as
        "2026-12" (the Today panel's "next month is thin" opens that month)."""
        if name in self.VIEWS:
            self.show_view(self.VIEWS[name])
        elif (found := re.fullmatch(r"(\d{4})-(\d{2})", name)) and 1 <= int(found[2]) <= 12:
            self.show_view(MONTH)
            self.show_month(int(found[1]), int(found[2]))

    def show_view(self, number: int) -> None:
        """Month or List; the list reads its names (accounts, pillars…) only when shown."""
        previous = self.views.currentIndex()
        self.views.setCurrentIndex(number)
        self.view_buttons.button(number).setChecked(True)
        week_hooks.switched(self, previous, number)
        if number == LIST and not self.dirty:
            self._fill_list()

    def _on_landed(self, ids: list[int], day: date | None) -> None:
        """Follow moved or new posts: to their month and day, or into the idea bank."""
        if week_hooks.landed(self, ids, day):
            return
        if day is None:
            self.bank.view.select_ids(ids)
            return
        self.show_month(day.year, day.month)
        self.month_view.go_to(day, ids[0])
        for ident in ids[1:]:
            self.month_view.choose(ident, add=True)
        self.month_view.current_post = ids[0]

    # Commands -----------------------------------------------------------------------------

    def chosen(self, source: str) -> list[PostData]:
        if source == "bank":
            return self.bank.view.selected_posts()
        if source == "list":
            return self.list_panel.selected_posts()
        if source == "week":
            return self.week.grid.selected_posts()
        return self.month_view.selected_posts()

    def new_post(self) -> None:
        if week_hooks.new_post(self):
            return
        day = self.month_view.current_day() if self.views.currentIndex() == MONTH else None
        self.edits.new_post(self.ctx.scope.brand_id, day or self.edits.today())

    def edit_post(self, post_id: int) -> None:
        post = next((p for p in self.model.all_posts() + self.bank.model.records()
                     if p.id == post_id), None)
        self.edits.edit_post(post or self.ctx.services.posts.get(post_id))

    def move_to(self, source: str) -> None:
        from smm_desktop.ui.dialogs.move_dialog import MoveDialog

        posts = self.chosen(source)
        if not posts:
            return
        start = posts[0].scheduled_at or self.edits.targets(carried(posts[:1]), self.edits.today())[0]
        when, ok = MoveDialog.run(self.window(), start, len(posts))
        if ok and when is not None:
            self.edits.move_to(carried(posts), when)

    def paste(self, source: str) -> None:
        """Ctrl+V: the cut posts go to the chosen day (or into the idea bank); they stay cut
        when the paste was refused or asked off."""
        if source == "bank":
            done = self.edits.to_bank(self.clipboard, False)
        else:
            done = week_hooks.paste(self, self.clipboard)
        if done:
            self.clipboard = []

    def _on_key(self, event: QKeyEvent, source: str) -> bool:
        """The keys that act on posts, the same in the month, the idea bank and the list."""
        key, ctrl = event.key(), bool(event.modifiers() & _CTRL)
        posts = self.chosen(source)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and posts:
            self.edits.edit_post(posts[0])
        elif key == Qt.Key.Key_Delete and posts:
            self.edits.delete_posts(posts)
        elif key == Qt.Key.Key_Insert:
            day = self.month_view.current_day() if source == "month" else None
            self.edits.new_post(self.ctx.scope.brand_id, day)
        elif ctrl and key == Qt.Key.Key_X and posts:
            self.clipboard = carried(posts)
        elif ctrl and key == Qt.Key.Key_V and self.clipboard and source != "list":
            self.paste(source)
        elif ctrl and key == Qt.Key.Key_M and posts:
            self.move_to(source)
        else:
            return False
        return True

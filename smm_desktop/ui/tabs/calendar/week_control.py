"""The Calendar tab's week: which week is shown (one query per week), its label, and the grid's
drops and keys turned into the same undoable edits as the month's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.month_grid import DAYS
from smm_desktop.domain.post_filter import PostCriteria, counts
from smm_desktop.domain.week_grid import DAY_MINUTES, week_start
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.models.calendar_week import CalendarWeekModel
from smm_desktop.ui.tabs.calendar.drag import Carried, carried
from smm_desktop.ui.tabs.calendar.post_actions import PostActions
from smm_desktop.ui.tabs.calendar.week_view import WeekView

WeekRule = Callable[[], tuple[int, frozenset[int]]]  # the locale's first weekday and weekend


class WeekControl(QObject):
    """Owns the week model and view; `loaded()` after each load (the tab updates its label)."""

    loaded = Signal()

    def __init__(self, ctx: UiContext, edits: PostActions, locale_week: WeekRule,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.edits, self._locale_week = ctx, edits, locale_week
        self.model = CalendarWeekModel(self)
        self.view = WeekView(self.model, ctx.fmt)
        self.grid = self.view.grid
        self.grid.now = lambda: edits.now()
        self.start = week_start(date.today(), locale_week()[0])
        grid = self.grid
        grid.dropped.connect(lambda items, when, copy: edits.drop_at(items, when, copy))
        grid.nudge_requested.connect(self.nudge)
        grid.insert_requested.connect(
            lambda when: edits.new_post(ctx.scope.brand_id, when.date(), when.time()))
        grid.page_requested.connect(self._page)

    def load(self, criteria: PostCriteria) -> None:
        """Read the seven days shown (one query); scroll to the morning when the week changed."""
        first, weekend = self._locale_week()
        self.start = week_start(self.start, first)
        changed = self.model.first_day() != self.start
        self.model.set_week(self.start, weekend, self.edits.today())
        self.model.set_criteria(criteria)
        self.model.set_posts(self.ctx.services.posts.list_range(
            self.ctx.scope.brand_id, self.start, self.start + timedelta(days=DAYS - 1)))
        if self.grid.slot[0] not in self.model.days():
            self.grid.slot = (self.start, self.grid.slot[1])
        if changed:
            self.view.scroll_to_morning()
        self.loaded.emit()

    def counts(self) -> tuple[int, int]:
        return counts(self.model.loaded(), self.model.criteria)

    def show_day(self, day: date) -> bool:
        """Make the week holding `day` the shown one; True when it had to load."""
        start = week_start(day, self._locale_week()[0])
        if start == self.start and self.model.first_day() == start:
            return False
        self.start = start
        self.load(self.model.criteria)
        return True

    def step(self, weeks: int) -> None:
        self.show_day(self.start + timedelta(days=DAYS * weeks))
        self.grid.go_to(self.grid.slot[0] + timedelta(days=DAYS * weeks), 0, self.grid.slot[1])

    def go_today(self) -> None:
        today = self.edits.today()
        self.show_day(today)
        self.grid.go_to(today)

    def _page(self, direction: int) -> None:
        """The arrows went past the week's edge: to the next (or previous) week's edge day."""
        slot_day, minutes = self.grid.slot
        self.show_day(slot_day + timedelta(days=direction))
        self.grid.go_to(slot_day + timedelta(days=direction), 0, minutes)

    def follow(self, ids: list[int], day: date) -> None:
        """Show moved or new posts: their week, the first chosen, the others added."""
        self.show_day(day)
        self.grid.go_to(day, ids[0])
        for ident in ids[1:]:
            self.grid.choose(ident, add=True)
        self.grid.current_post = ids[0]

    def nudge(self, minutes: int) -> None:
        """Alt+arrows: by a day (keeping the time) or by a quarter hour."""
        items: list[Carried] = carried(self.grid.selected_posts())
        if minutes % DAY_MINUTES == 0:
            self.edits.shift(items, minutes // DAY_MINUTES)
        else:
            self.edits.nudge(items, timedelta(minutes=minutes))

    def label(self) -> str:
        """"7 – 13 March 2027", "28 February – 6 March 2027" (the locale's month names, digits)."""
        first, last = self.start, self.start + timedelta(days=DAYS - 1)
        locale = QLocale()
        start_format = ("d" if (first.year, first.month) == (last.year, last.month)
                        else "d MMMM" if first.year == last.year else "d MMMM yyyy")
        text = self.tr("%1 – %2").replace(
            "%1", locale.toString(QDate(first.year, first.month, first.day), start_format)).replace(
            "%2", locale.toString(QDate(last.year, last.month, last.day), "d MMMM yyyy"))
        return with_digits(text, self.ctx.fmt.digits)

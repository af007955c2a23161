"""The Calendar tab's week view and filter row, wired in here so the tab keeps to its own code:
switching to and from the week, its navigation, follow-ups of drops, and one filter state that
the month, week and list views all apply."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smm_desktop.domain.post_filter import PostCriteria, counts, filter_posts
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.post_data import PostData
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.calendar.drag import Carried
from smm_desktop.ui.tabs.calendar.names import load_names

if TYPE_CHECKING:
    from smm_desktop.ui.tabs.calendar.calendar_tab import CalendarTab

WEEK = 2  # the week's page in the tab's view stack (MONTH 0, LIST 1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarTab", text)


def is_week(tab: CalendarTab) -> bool:
    return tab.views.currentIndex() == WEEK


def connect(tab: CalendarTab) -> None:
    tab.filters.changed.connect(lambda criteria: apply_filter(tab, criteria))
    tab.week.grid.key_handler = lambda e: tab._on_key(e, "week")
    tab.week.grid.open_requested.connect(tab.edit_post)
    tab.week.loaded.connect(lambda: _after_week_load(tab))
    tab.week.grid.page_requested.connect(lambda _direction: follow_week(tab))
    tab.ctx.hub.changed.connect(lambda area: _names_changed(tab, area))


def _names_changed(tab: CalendarTab, area: str) -> None:
    """Goals and personas are chosen in the filter row: a change of them reloads the tab."""
    if area in (DataHub.GOALS, DataHub.PERSONAS):
        tab._mark_dirty()


def with_filters(tab: CalendarTab, body: QWidget) -> QWidget:
    """The filter row across the whole width, above the views and the side panel."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(tab.filters)
    column.addWidget(body, 1)
    return page


def set_choices(tab: CalendarTab, accounts: Sequence[AccountData]) -> None:
    """The filter row's choices for the brand (its accounts, pillars, personas, goals)."""
    tab.filters.set_choices(accounts, load_names(tab.ctx, tab.ctx.scope.brand_id))


def load_shown(tab: CalendarTab) -> None:
    """Reload what is on screen: the week in the week view, else the month."""
    if is_week(tab):
        tab.month_hint.hide()
        tab.read_month = None  # the posts may have changed: the planning panel reads again
        tab.week.load(tab.criteria)
        _enable(tab)
    else:
        tab.load_month()


def _enable(tab: CalendarTab) -> None:
    for widget in (tab.previous_button, tab.next_button, tab.today_button, tab.new_button):
        widget.setEnabled(True)


def month_posts(tab: CalendarTab, posts: Sequence[PostData]) -> list[PostData]:
    """The month grid's posts that pass the filter; the whole read is kept for re-filtering."""
    tab.range_posts = list(posts)
    _show_counts(tab)
    return filter_posts(posts, tab.criteria)


def _in_month(tab: CalendarTab) -> list[PostData]:
    return [p for p in tab.range_posts if p.scheduled_at is not None
            and (p.scheduled_at.year, p.scheduled_at.month) == (tab.year, tab.month)]


def _show_counts(tab: CalendarTab) -> None:
    shown, total = tab.week.counts() if is_week(tab) else counts(_in_month(tab), tab.criteria)
    tab.filters.show_counts(shown, total)


def apply_filter(tab: CalendarTab, criteria: PostCriteria) -> None:
    """One filter state for all three views; nothing is read again."""
    tab.criteria = criteria
    tab.list_panel.proxy.set_criteria(criteria)
    tab.week.model.set_criteria(criteria)
    tab.model.set_posts(filter_posts(tab.range_posts, criteria))
    tab.month_view.keep_valid()
    _show_counts(tab)


def switched(tab: CalendarTab, previous: int, number: int) -> None:
    """To the week: the week of the chosen day; back to the month: the week's month."""
    week = number == WEEK
    tab.previous_button.setText(QCoreApplication.translate("CalendarTab", "Previous week") if week else QCoreApplication.translate("CalendarTab", "Previous month"))
    tab.next_button.setText(QCoreApplication.translate("CalendarTab", "Next week") if week else QCoreApplication.translate("CalendarTab", "Next month"))
    if tab.dirty or previous == number:
        return
    if week:
        day = tab.month_view.current_day() or tab.edits.today()
        tab.week.start = day
        tab.week.load(tab.criteria)
        tab.week.grid.go_to(day)
        follow_week(tab)
        tab.month_hint.hide()
    elif previous == WEEK:
        day = tab.week.grid.slot[0]
        tab.year, tab.month = day.year, day.month
        tab.load_month()
        tab.month_view.go_to(day)


def _after_week_load(tab: CalendarTab) -> None:
    if is_week(tab):
        follow_week(tab)
        tab.month_label.setText(tab.week.label())
        _show_counts(tab)


def follow_week(tab: CalendarTab) -> None:
    """The tab's month (Export, "Series…", the planning panel) is the shown week's: the month
    of the chosen day, else of the week's first day; a new month is read as load_month does."""
    chosen = tab.week.grid.slot[0]
    day = chosen if chosen in tab.week.model.days() else tab.week.start
    tab.year, tab.month = day.year, day.month
    if tab.read_month != (tab.year, tab.month):
        tab.load_month()
        tab.month_label.setText(tab.week.label())


def step(tab: CalendarTab, delta: int) -> bool:
    """Previous/Next in the week view step a week; False in the other views."""
    if is_week(tab):
        tab.week.step(delta)
        follow_week(tab)
    return is_week(tab)


def go_today(tab: CalendarTab) -> bool:
    if is_week(tab):
        tab.week.go_today()
        follow_week(tab)
    return is_week(tab)


def landed(tab: CalendarTab, ids: list[int], day: date | None) -> bool:
    """Follow moved or new posts in the week view; False elsewhere (the month follows them)."""
    if day is None or not is_week(tab):
        return False
    tab.week.follow(ids, day)
    follow_week(tab)
    return True


def new_post(tab: CalendarTab) -> bool:
    """"New post…" in the week view: at the chosen slot."""
    if not is_week(tab):
        return False
    when = tab.week.grid.slot_time()
    tab.edits.new_post(tab.ctx.scope.brand_id, when.date(), when.time())
    return True


def paste(tab: CalendarTab, items: Sequence[Carried]) -> bool:
    """Ctrl+V in the month or week view: the cut posts to the chosen day or slot; True when
    they moved."""
    if is_week(tab):
        return tab.edits.drop_at(items, tab.week.grid.slot_time(), False)
    day = tab.month_view.current_day()
    return day is not None and tab.edits.drop_on_day(items, day, False)

"""The list view: the shown month's posts as a table, sorted and filtered; the tab's switcher;
the main window builds the Calendar tab when first shown."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import PostStatus
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.models.post_list import Names, PostFilter, PostListModel
from smm_desktop.ui.tabs.calendar.calendar_tab import LIST, MONTH, CalendarTab

from .calendar_helpers import add_post, make_brand, make_tab
from .helpers import bound_window


def shown_topics(tab: CalendarTab) -> list[str]:
    proxy = tab.list_panel.proxy
    return [proxy.index(r, 2).data() for r in range(proxy.rowCount())]


def test_the_models_pass_the_tester(ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    add_post(ctx, brand, "A", datetime(2027, 3, 5, 10, 0), [accounts[0].id])
    model = PostListModel(ctx.fmt, Names(accounts={accounts[0].id: "bloom"}))
    proxy = PostFilter()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_records(ctx.services.posts.list_range(brand.id, date(2027, 3, 1), date(2027, 3, 31)))
    assert model.index(0, 1).data() == "bloom" and model.index(0, 3).data() == "Draft"
    proxy.sort(0)


def test_the_list_shows_the_month_sorted_and_filtered(qtbot: QtBot, ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    add_post(ctx, brand, "Late tulips", datetime(2027, 3, 20, 10, 0), [accounts[0].id],
             PostStatus.READY)
    add_post(ctx, brand, "Early roses", datetime(2027, 3, 2, 10, 0), [accounts[1].id])
    add_post(ctx, brand, "April", datetime(2027, 4, 1, 10, 0))  # shown in the grid, not the list
    tab = make_tab(qtbot, ctx)
    tab.view_buttons.button(LIST).click()
    assert tab.views.currentIndex() == LIST
    assert shown_topics(tab) == ["Early roses", "Late tulips"]
    tab.list_panel.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert shown_topics(tab) == ["Late tulips", "Early roses"]
    panel = tab.filters  # the tab's one filter row drives the list too
    panel.status.setCurrentIndex(panel.status.findData(PostStatus.READY))
    assert shown_topics(tab) == ["Late tulips"]
    panel.status.setCurrentIndex(0)
    panel.account.setCurrentIndex(panel.account.findData(f"a:{accounts[1].id}"))
    assert shown_topics(tab) == ["Early roses"]
    panel.account.setCurrentIndex(panel.account.findData("p:instagram"))
    assert shown_topics(tab) == ["Late tulips"]
    panel.account.setCurrentIndex(0)
    panel.search.setText("ROSE")
    assert shown_topics(tab) == ["Early roses"]
    tab.view_buttons.button(MONTH).click()
    assert tab.views.currentIndex() == MONTH


def test_delete_in_the_list_is_undoable(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    add_post(ctx, brand, "Gone soon", datetime(2027, 3, 20, 10, 0))
    tab = make_tab(qtbot, ctx)
    tab.show_view(LIST)
    tab.list_panel.view.selectRow(0)
    QTest.keyClick(tab.list_panel.view, Qt.Key.Key_Delete)
    assert shown_topics(tab) == []
    ctx.undo.undo()
    assert shown_topics(tab) == ["Gone soon"]


def test_the_window_builds_the_calendar_tab_when_shown(qtbot: QtBot, ctx: UiContext) -> None:
    make_brand(ctx)
    window = bound_window(qtbot, ctx)
    assert window._calendar is None
    window.show_tab("calendar")
    assert isinstance(window.calendar, CalendarTab)
    assert window.tabs.widget(3) is window.calendar


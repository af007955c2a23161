"""The month view: the grid model, what the tiles show, navigation, loading, empty states."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.month_grid import add_months, first_shown, month_days
from smm_desktop.services.post_data import PostData, PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.calendar_month import (
    DATE_ROLE,
    IN_MONTH_ROLE,
    POSTS_ROLE,
    TODAY_ROLE,
    WEEKEND_ROLE,
    CalendarMonthModel,
)
from smm_desktop.ui.tabs.calendar import post_text
from smm_desktop.ui.tabs.calendar.calendar_tab import CalendarTab, locale_week
from smm_desktop.ui.tabs.calendar.day_delegate import tile_layout

from .calendar_helpers import TODAY, add_post, make_brand, make_tab


@pytest.fixture
def english_us() -> object:
    old = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield None
    QLocale.setDefault(old)


def test_the_grid_starts_on_the_locales_first_day() -> None:
    assert first_shown(2027, 3, 6) == date(2027, 2, 28)  # Sunday start
    assert first_shown(2027, 3, 0) == date(2027, 3, 1)  # March 2027 begins on a Monday
    assert first_shown(2027, 3, 5) == date(2027, 2, 27)  # Saturday start (Egypt, Kuwait)
    days = month_days(2027, 2, 6)
    assert len(days) == 42 and days[0] == date(2027, 1, 31) and days[-1] == date(2027, 3, 13)
    assert add_months(2027, 12, 1) == (2028, 1) and add_months(2027, 1, -1) == (2026, 12)


@pytest.mark.parametrize(("name", "first", "weekend"), [
    ("ar_SA", 6, {4, 5}), ("ar_EG", 5, {4, 5}), ("en_US", 6, {5, 6}), ("en_GB", 0, {5, 6})])
def test_the_week_and_weekend_follow_the_locale(name: str, first: int, weekend: set[int],
                                                qapp: QApplication) -> None:
    old = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        assert locale_week() == (first, frozenset(weekend))
    finally:
        QLocale.setDefault(old)


def test_the_model_passes_the_tester_and_marks_days(ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    morning = add_post(ctx, brand, "Spring bouquet", datetime(2027, 3, 12, 9, 30), [accounts[0].id])
    model = CalendarMonthModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_month(2027, 3, 6, frozenset({4, 5}), TODAY)
    model.set_posts(ctx.services.posts.list_range(brand.id, model.first_day(), model.last_day()))
    assert (model.rowCount(), model.columnCount()) == (6, 7)
    index = model.index_of(date(2027, 3, 12))
    assert index.data(DATE_ROLE) == date(2027, 3, 12)
    assert [p.id for p in index.data(POSTS_ROLE)] == [morning.id]
    assert index.data(WEEKEND_ROLE)  # a Friday in Saudi Arabia
    assert not model.index_of(date(2027, 3, 10)).data(WEEKEND_ROLE)
    assert model.index_of(TODAY).data(TODAY_ROLE)
    assert not model.index(0, 0).data(IN_MONTH_ROLE)  # 28 February
    assert model.index_of(date(2027, 3, 1)).data(IN_MONTH_ROLE)


def test_a_full_day_shows_plus_n_more(qapp: QApplication) -> None:
    metrics = QFontMetrics(QApplication.font())
    line = metrics.height() + 2
    room = metrics.height() + 3 + 3 * line + 3
    layout = tile_layout(room, metrics, 5, -1)
    assert (layout.first, layout.shown, layout.more) == (0, 2, 3)
    assert tile_layout(room, metrics, 3, -1).more == 0
    assert tile_layout(room, metrics, 5, 4).first == 3  # the chosen post stays in sight


def test_a_tile_line_shows_time_platforms_status_and_flags(
        qtbot: QtBot, ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    post = ctx.services.posts.create(brand.id, PostInput(
        topic="Launch", status=PostStatus.READY, scheduled_at=datetime(2027, 3, 3, 18, 5),
        account_ids=(accounts[0].id, accounts[1].id), caption="x" * 300))
    tab = make_tab(qtbot, ctx)
    text = tab.month_view.delegate.line_text(post)
    assert text.startswith("! 18:05 IG X Launch")  # brief missing and caption over X's limit
    assert tab.month_view.delegate.line_text(post, narrow=True) == "! 18:05 Launch"
    tip = post_text.tooltip(ctx.fmt, post)
    assert "Ready" in tip and "Brief incomplete" in tip and "X" in tip
    assert post_text.status_initial(PostStatus.READY) == "R"


def test_one_query_per_month_and_navigation(qtbot: QtBot, ctx: UiContext,
                                            english_us: object,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _ = make_brand(ctx)
    add_post(ctx, brand, "April post", datetime(2027, 4, 2, 10, 0))
    calls: list[tuple[date, date]] = []
    original = ctx.services.posts.list_range
    def list_range(brand_id: int, start: date, end: date) -> list[PostData]:
        calls.append((start, end))
        return original(brand_id, start, end)

    monkeypatch.setattr(ctx.services.posts, "list_range", list_range)
    tab = make_tab(qtbot, ctx)
    assert tab.month_label.text() == "March 2027"
    assert tab.month_hint.isVisible()
    calls.clear()
    tab.next_button.click()
    assert calls == [(date(2027, 3, 28), date(2027, 5, 8))]
    assert tab.month_label.text() == "April 2027"
    assert not tab.month_hint.isVisible()
    assert [p.topic for p in tab.model.posts_on(date(2027, 4, 2))] == ["April post"]
    tab.previous_button.click()
    tab.previous_button.click()
    assert tab.month_label.text() == "February 2027"
    tab.today_button.click()
    assert (tab.year, tab.month) == (2027, 3)
    assert tab.month_view.current_day() == TODAY


def test_nothing_is_read_until_shown_and_changes_reload(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    tab = CalendarTab(ctx)
    qtbot.addWidget(tab)
    assert tab.dirty and tab.model.all_posts() == []
    tab.edits.today = lambda: TODAY
    tab.year, tab.month = 2027, 3
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.dirty
    add_post(ctx, brand, "New", datetime(2027, 3, 5, 10, 0))
    ctx.hub.changed.emit(DataHub.POSTS)
    assert [p.topic for p in tab.model.posts_on(date(2027, 3, 5))] == ["New"]


def test_empty_states(qtbot: QtBot, ctx: UiContext) -> None:
    tab = make_tab(qtbot, ctx)
    assert tab.stack.currentIndex() == 0 and "belongs to a brand" in tab.empty_text.text()
    make_brand(ctx, with_account=False)
    assert "add an account first" in tab.empty_text.text()
    assert not tab.next_button.isEnabled()


def test_the_tab_follows_the_brand_switcher(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    add_post(ctx, brand, "Bloom post", datetime(2027, 3, 5, 10, 0))
    tab = make_tab(qtbot, ctx)
    assert len(tab.model.all_posts()) == 1
    other, _ = make_brand(ctx, with_account=False, name="Palm")  # switches the scope to an empty brand
    assert ctx.scope.brand_id == other.id
    assert tab.stack.currentIndex() == 0
    ctx.scope.set_brand(brand.id)
    assert tab.stack.currentIndex() == 1 and len(tab.model.all_posts()) == 1


def test_right_to_left_mirrors_the_grid(qtbot: QtBot, ctx: UiContext) -> None:
    make_brand(ctx)
    tab = make_tab(qtbot, ctx)
    tab.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view = tab.month_view
    first = view.visualRect(view.model().index(1, 0))
    second = view.visualRect(view.model().index(1, 1))
    assert first.left() > second.left()  # the week's first day on the right


def test_pillars_and_slots_open_from_the_tab_for_the_current_brand(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from smm_desktop.ui.dialogs.pillars_dialog import PillarsDialog
    from smm_desktop.ui.dialogs.slots_dialog import SlotsDialog

    brand, _ = make_brand(ctx)
    tab = make_tab(qtbot, ctx)
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(PillarsDialog, "run", classmethod(
        lambda cls, parent, c, brand_id: opened.append(("pillars", brand_id)) or ([], True)))
    monkeypatch.setattr(SlotsDialog, "run", classmethod(
        lambda cls, parent, c, brand_id, account_id=None: opened.append(("slots", brand_id))
        or (None, False)))
    tab.pillars_action.trigger()
    tab.slots_action.trigger()
    assert opened == [("pillars", brand.id), ("slots", brand.id)]


def test_the_idea_bank_shows_the_status_only_when_not_an_idea() -> None:
    from smm_desktop.domain.enums import Platform
    from smm_desktop.ui.tabs.calendar.idea_bank import idea_model

    idea = PostData(topic="Florist Q&A", status=PostStatus.IDEA, platforms=(Platform.INSTAGRAM,))
    draft = PostData(topic="Staff picks", status=PostStatus.DRAFT)
    model = idea_model()
    model.set_records([idea, draft])
    lines = [model.data(model.index(r, 0)) for r in range(2)]
    assert lines == ["\u2068Florist Q&A\u2069 (IG)", "[D] \u2068Staff picks\u2069"]

"""Review fixes of the Calendar tab: the week view's month follows the shown week (Export,
"Series…", planning), no empty-month hint in the week, ideas dropped on today, a refused paste
keeps the cut posts, and a drop reads the ideas' slots in one query."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from smm_desktop.services.post_data import Slot
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.calendar import planning_hooks
from smm_desktop.ui.tabs.calendar.calendar_tab import WEEK, CalendarTab
from smm_desktop.ui.tabs.calendar.drag import carried, to_mime

from .calendar_helpers import (
    TODAY,
    add_post,
    answer_question,
    cell_point,
    fetch,
    make_brand,
    make_tab,
    send_drop,
)

CTRL = Qt.KeyboardModifier.ControlModifier
NOON = datetime(2027, 3, 10, 12, 0)  # TODAY (a Wednesday) at noon


@pytest.fixture
def english_us() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield None
    QLocale.setDefault(old)


def test_paging_weeks_into_next_month_moves_export_series_and_planning(
        qtbot: QtBot, ctx: UiContext, english_us: None, monkeypatch: pytest.MonkeyPatch) -> None:
    brand, accounts = make_brand(ctx)
    add_post(ctx, brand, "April post", datetime(2027, 4, 8, 9, 0), [accounts[0].id])
    tab = make_tab(qtbot, ctx)
    tab.show_view(WEEK)
    for _ in range(4):  # four weeks on from March: a day in April
        tab.next_button.click()
    assert tab.week.grid.slot[0].month == 4
    request = tab.exporter._request(brand.id)
    assert (request.year, request.month) == (2027, 4)
    facts = tab.plan.planning.facts
    assert facts is not None and (facts.year, facts.month) == (2027, 4)
    assert [p.topic for p in facts.posts] == ["April post"]
    asked: list[tuple[date, date]] = []

    def series(_parent: Any, _ctx: Any, _brand: int, first: date, last: date) -> list[Any]:
        asked.append((first, last))
        return []

    monkeypatch.setattr(planning_hooks, "copy_series", series)
    tab.plan.new_series()
    assert asked == [(date(2027, 4, 1), date(2027, 4, 30))]
    for _ in range(2):  # back to a day in March: March again
        tab.previous_button.click()
    assert tab.week.grid.slot[0].month == 3 and (tab.year, tab.month) == (2027, 3)


def test_opening_straight_into_the_week_shows_no_empty_month_hint(
        qtbot: QtBot, ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    add_post(ctx, brand, "This week", datetime.combine(date.today(), time(9)), [accounts[0].id])
    tab = CalendarTab(ctx)  # the real today: the week first shown is this week
    tab.show_view_named("week")  # as --tab calendar/week does before the first show
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.week.model.all_posts()
    assert tab.month_hint.isHidden()
    tab.show_view(0)
    tab.go_today()
    assert tab.month_hint.isHidden()  # the month has a post too


def _idea_tab(qtbot: QtBot, ctx: UiContext, slots: list[time]) -> tuple[CalendarTab, Any]:
    brand, accounts = make_brand(ctx)
    ctx.services.pillars.set_slots(accounts[0].id, [Slot(accounts[0].id, 2, t) for t in slots])
    idea = add_post(ctx, brand, "Idea", None, [accounts[0].id])
    tab = make_tab(qtbot, ctx)
    tab.edits.now = lambda: NOON
    return tab, idea


def test_an_idea_dropped_on_today_takes_the_next_slot_still_to_come(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    tab, idea = _idea_tab(qtbot, ctx, [time(9), time(19)])
    asked = answer_question(monkeypatch, False)
    view = tab.month_view
    assert send_drop(view, to_mime(carried([idea])), cell_point(view, TODAY))
    assert fetch(ctx, idea).scheduled_at == datetime(2027, 3, 10, 19, 0)
    assert asked == []


def test_an_idea_whose_time_today_has_passed_asks_first(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    tab, idea = _idea_tab(qtbot, ctx, [time(9)])  # no slot left: the default 10:00, passed
    asked = answer_question(monkeypatch, False)
    view = tab.month_view
    send_drop(view, to_mime(carried([idea])), cell_point(view, TODAY))
    assert len(asked) == 1 and "time" in asked[0]
    assert fetch(ctx, idea).scheduled_at is None
    answer_question(monkeypatch, True)
    send_drop(view, to_mime(carried([idea])), cell_point(view, TODAY))
    assert fetch(ctx, idea).scheduled_at == datetime(2027, 3, 10, 10, 0)


def test_a_drop_reads_the_ideas_slots_once_and_no_post_again(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    tab, idea = _idea_tab(qtbot, ctx, [time(19)])
    other = add_post(ctx, ctx.services.brands.get(idea.brand_id), "Other", None)
    calls: list[object] = []
    real = ctx.services.pillars.slots_of
    monkeypatch.setattr(ctx.services.pillars, "slots_of", lambda ids: calls.append(ids) or real(ids))
    monkeypatch.setattr(ctx.services.posts, "get", lambda _id: pytest.fail("read again"))
    view = tab.month_view
    send_drop(view, to_mime(carried([idea, other])), cell_point(view, date(2027, 3, 17)))
    assert len(calls) == 1
    moved = ctx.services.posts.list_range(idea.brand_id, date(2027, 3, 17), date(2027, 3, 17))
    assert {p.scheduled_at for p in moved} == {datetime(2027, 3, 17, 19), datetime(2027, 3, 17, 10)}


def test_undoing_a_drop_from_the_idea_bank_restores_its_place(
        qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    a, b, c = (add_post(ctx, brand, t, None) for t in "ABC")
    tab = make_tab(qtbot, ctx)
    view = tab.month_view
    send_drop(view, to_mime(carried([a])), cell_point(view, date(2027, 3, 17)))
    assert [p.id for p in ctx.services.posts.idea_bank(brand.id)] == [b.id, c.id]
    ctx.undo.undo()
    assert [p.id for p in ctx.services.posts.idea_bank(brand.id)] == [a.id, b.id, c.id]


def test_a_refused_paste_keeps_the_cut_posts(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 9, 0))
    tab = make_tab(qtbot, ctx)
    view = tab.month_view
    view.go_to(date(2027, 3, 11))
    QTest.keyClick(view, Qt.Key.Key_X, CTRL)
    answer_question(monkeypatch, False)
    view.go_to(date(2027, 3, 2))  # a past day: asked, and refused
    QTest.keyClick(view, Qt.Key.Key_V, CTRL)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 9, 0)
    assert [c.post_id for c in tab.clipboard] == [post.id]
    view.go_to(date(2027, 3, 24))
    QTest.keyClick(view, Qt.Key.Key_V, CTRL)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 24, 9, 0)
    assert tab.clipboard == []


def test_the_planning_panel_reads_the_brands_slots_in_one_query(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    _brand, accounts = make_brand(ctx)
    ctx.services.pillars.set_slots(accounts[0].id, [Slot(accounts[0].id, 2, time(9))])
    monkeypatch.setattr(ctx.services.pillars, "slots", lambda _id: pytest.fail("one per account"))
    tab = make_tab(qtbot, ctx)
    tab.plan.side.setCurrentWidget(tab.plan.planning)
    facts = tab.plan.planning.facts
    assert facts is not None
    assert facts.slots_per_week == {accounts[0].id: 1, accounts[1].id: 0}

"""Drag and drop in the calendar, sent as events with our MIME data (FACTS: offscreen QDrag
cannot be driven): the time of day is kept, the idea bank round trip, several posts, Ctrl
duplicates, a past day asks, and every drop is one undo step."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from smm_desktop.services.post_data import Move, Slot
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.calendar.drag import MIME_TYPE, carried, from_mime, to_mime

from .calendar_helpers import add_post, answer_question, cell_point, fetch, make_brand, make_tab


def test_the_mime_data_round_trips_and_refuses_foreign_data(ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "A", datetime(2027, 3, 5, 19, 0))
    assert from_mime(to_mime(carried([post]))) == carried([post])
    other = QMimeData()
    other.setText("hello")
    assert from_mime(other) == []
    broken = QMimeData()
    broken.setData(MIME_TYPE, b"{not json")
    assert from_mime(broken) == []


def test_a_post_dragged_to_another_day_keeps_its_time(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Tip", datetime(2027, 3, 12, 19, 45))
    tab = make_tab(qtbot, ctx)
    view = tab.month_view
    assert send_drop_to(view, carried([post]), date(2027, 3, 18))
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 18, 19, 45)
    assert [p.id for p in tab.model.posts_on(date(2027, 3, 18))] == [post.id]
    assert view.current_day() == date(2027, 3, 18) and view.selected == [post.id]
    ctx.undo.undo()
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 19, 45)
    ctx.undo.redo()
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 18, 19, 45)
    ctx.undo.undo()  # the redo's new version is the one undo writes over
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 19, 45)


def send_drop_to(view: object, items: list, day: date, copy: bool = False) -> bool:
    from .calendar_helpers import send_drop

    return send_drop(view, to_mime(items), cell_point(view, day), copy)  # type: ignore[arg-type]


def test_the_idea_bank_round_trip(qtbot: QtBot, ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    ctx.services.pillars.set_slots(accounts[0].id, [Slot(accounts[0].id, 3, time(19, 0))])
    idea = add_post(ctx, brand, "Idea", None, [accounts[0].id])
    plain = add_post(ctx, brand, "No slot", None)
    tab = make_tab(qtbot, ctx)
    assert [p.id for p in tab.bank.model.records()] == [idea.id, plain.id]
    assert send_drop_to(tab.month_view, carried([idea]), date(2027, 3, 18))  # a Thursday
    assert fetch(ctx, idea).scheduled_at == datetime(2027, 3, 18, 19, 0)  # the account's slot
    assert send_drop_to(tab.month_view, carried([plain]), date(2027, 3, 18))
    assert fetch(ctx, plain).scheduled_at == datetime(2027, 3, 18, 10, 0)  # the default time
    assert [p.id for p in tab.bank.model.records()] == []
    from .calendar_helpers import send_drop

    bank = tab.bank.view
    assert send_drop(bank, to_mime(carried([fetch(ctx, idea)])), bank.viewport().rect().center())
    assert fetch(ctx, idea).scheduled_at is None
    assert [p.id for p in tab.bank.model.records()] == [idea.id]
    ctx.undo.undo()
    assert fetch(ctx, idea).scheduled_at == datetime(2027, 3, 18, 19, 0)


def test_several_selected_posts_move_together(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    first = add_post(ctx, brand, "First", datetime(2027, 3, 11, 9, 0))
    second = add_post(ctx, brand, "Second", datetime(2027, 3, 12, 18, 30))
    tab = make_tab(qtbot, ctx)
    view = tab.month_view
    view.go_to(date(2027, 3, 11), first.id)
    view.choose(second.id, add=True)
    view.current_post = first.id
    assert [p.id for p in view.selected_posts()] == [first.id, second.id]
    assert send_drop_to(view, carried(view.selected_posts()), date(2027, 3, 15))
    assert fetch(ctx, first).scheduled_at == datetime(2027, 3, 15, 9, 0)
    assert fetch(ctx, second).scheduled_at == datetime(2027, 3, 16, 18, 30)
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    assert fetch(ctx, second).scheduled_at == datetime(2027, 3, 12, 18, 30)


def test_ctrl_drag_duplicates(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Weekly tip", datetime(2027, 3, 11, 8, 15))
    tab = make_tab(qtbot, ctx)
    assert send_drop_to(tab.month_view, carried([post]), date(2027, 3, 25), copy=True)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 8, 15)
    copies = tab.model.posts_on(date(2027, 3, 25))
    assert [(p.topic, p.scheduled_at) for p in copies] == [
        ("Weekly tip", datetime(2027, 3, 25, 8, 15))]
    ctx.undo.undo()
    assert tab.model.posts_on(date(2027, 3, 25)) == []
    ctx.undo.redo()
    assert len(tab.model.posts_on(date(2027, 3, 25))) == 1


def test_a_drop_on_a_past_day_asks_first(qtbot: QtBot, ctx: UiContext,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Late", datetime(2027, 3, 12, 10, 0))
    tab = make_tab(qtbot, ctx)
    asked = answer_question(monkeypatch, yes=False)
    send_drop_to(tab.month_view, carried([post]), date(2027, 3, 2))
    assert len(asked) == 1 and fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 10, 0)
    assert ctx.undo.count() == 0
    asked = answer_question(monkeypatch, yes=True)
    send_drop_to(tab.month_view, carried([post]), date(2027, 3, 2))
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 2, 10, 0)


def test_a_stale_drop_is_refused_and_nothing_moves(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Mine", datetime(2027, 3, 12, 10, 0))
    tab = make_tab(qtbot, ctx)
    failures: list[object] = []
    ctx.hub.failed.connect(failures.append)
    stale = carried([post])
    ctx.services.posts.move([Move(post.id, post.version, datetime(2027, 3, 13, 10, 0))])
    send_drop_to(tab.month_view, stale, date(2027, 3, 20))
    assert failures and fetch(ctx, post).scheduled_at == datetime(2027, 3, 13, 10, 0)

"""The week view: its geometry (left to right and mirrored), the model, one query per week and
the navigation; drops as events (day and time set, quarter-hour rounding, the idea bank, a past
time asks, Ctrl duplicates, undo); posts side by side; the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from smm_desktop.domain.week_grid import BLOCK_MINUTES
from smm_desktop.services.post_data import PostData, PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.post_dialog import PostDialog
from smm_desktop.ui.models.calendar_week import CalendarWeekModel, Placed, WeekGeometry
from smm_desktop.ui.tabs.calendar.calendar_tab import LIST, MONTH, WEEK, CalendarTab
from smm_desktop.ui.tabs.calendar.drag import carried, to_mime
from smm_desktop.ui.tabs.calendar.week_view import WeekGrid

from .calendar_helpers import TODAY, add_post, answer_question, fetch, make_brand, make_tab

ALT = Qt.KeyboardModifier.AltModifier
NOW = datetime(2027, 3, 10, 12, 0)  # the tests' "now": Wednesday noon


@pytest.fixture
def english_us() -> Iterator[None]:
    """Weeks start on Sunday: 7-13 March 2027 holds TODAY."""
    old = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield None
    QLocale.setDefault(old)


def week_tab(qtbot: QtBot, ctx: UiContext) -> CalendarTab:
    tab = make_tab(qtbot, ctx)
    tab.edits.now = lambda: NOW
    tab.show_view(WEEK)
    return tab


def point(grid: WeekGrid, day: date, minutes: float) -> QPoint:
    """A point in the grid on `day` at `minutes` past midnight."""
    geo = grid.geometry_now()
    left, width = geo.column_span(grid.week.column_of(day))
    return QPoint(left + width // 2, round(minutes * geo.hour / 60))


def send_drop(widget: QWidget, mime: QMimeData, pos: QPoint, copy: bool = False) -> bool:
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    mods = Qt.KeyboardModifier.ControlModifier if copy else Qt.KeyboardModifier.NoModifier
    button = Qt.MouseButton.LeftButton
    QApplication.sendEvent(widget, QDragEnterEvent(pos, actions, mime, button, mods))
    QApplication.sendEvent(widget, QDragMoveEvent(pos, actions, mime, button, mods))
    drop = QDropEvent(QPointF(pos), actions, mime, button, mods)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def drop_posts(tab: CalendarTab, posts: list[PostData], day: date, minutes: float,
               copy: bool = False) -> bool:
    grid = tab.week.grid
    return send_drop(grid, to_mime(carried(posts)), point(grid, day, minutes), copy)


# Geometry and model ---------------------------------------------------------------------


def test_the_geometry_left_to_right_and_mirrored() -> None:
    ltr = WeekGeometry(width=770, gutter=70, hour=48)
    assert ltr.column_span(0) == (70, 100) and ltr.column_span(6) == (670, 100)
    assert ltr.column_at(75) == 0 and ltr.column_at(769) == 6 and ltr.column_at(10) == -1
    assert ltr.gutter_left() == 0 and ltr.height == 48 * 24
    rtl = WeekGeometry(width=770, gutter=70, hour=48, rtl=True)
    assert rtl.column_span(0) == (600, 100) and rtl.column_span(6) == (0, 100)
    assert rtl.column_at(650) == 0 and rtl.column_at(5) == 6 and rtl.column_at(760) == -1
    assert rtl.gutter_left() == 700
    assert ltr.y_of(90) == 72 and ltr.minutes_at(72) == 90 and ltr.minutes_at(83) == 90
    assert ltr.minutes_at(84) == 105  # the next quarter begins at 84 px


def test_blocks_side_by_side_take_the_leading_lane_first() -> None:
    post = PostData(id=1)
    ltr = WeekGeometry(width=770, gutter=70, hour=48)
    rtl = WeekGeometry(width=770, gutter=70, hour=48, rtl=True)
    first, second = Placed(post, 600, 0, 2), Placed(post, 600, 1, 2)
    x1, y1, w1, h1 = ltr.block(0, first)
    x2, y2, _w2, _h2 = ltr.block(0, second)
    assert x1 < x2 and y1 == y2 == 480 and x1 + w1 <= x2
    assert h1 == ltr.y_of(BLOCK_MINUTES) - 1
    assert rtl.block(0, first)[0] > rtl.block(0, second)[0]  # lane 0 on the right


def test_the_model_groups_sorts_filters_and_places(ctx: UiContext) -> None:
    from smm_desktop.domain.enums import PostStatus
    from smm_desktop.domain.post_filter import PostCriteria

    brand, _ = make_brand(ctx)
    late = add_post(ctx, brand, "Late", datetime(2027, 3, 9, 18, 0))
    early = add_post(ctx, brand, "Early", datetime(2027, 3, 9, 9, 0))
    twin = add_post(ctx, brand, "Twin", datetime(2027, 3, 9, 9, 10), status=PostStatus.READY)
    model = CalendarWeekModel()
    changes: list[None] = []
    model.changed.connect(lambda: changes.append(None))
    model.set_week(date(2027, 3, 7), frozenset({5, 6}), TODAY)
    model.set_posts(ctx.services.posts.list_range(brand.id, date(2027, 3, 7), date(2027, 3, 13)))
    assert [p.id for p in model.posts_on(date(2027, 3, 9))] == [early.id, twin.id, late.id]
    assert [(p.post.id, p.lane, p.lanes) for p in model.placed(date(2027, 3, 9))] == [
        (early.id, 0, 2), (twin.id, 1, 2), (late.id, 0, 1)]
    assert model.column_of(date(2027, 3, 9)) == 2 and model.column_of(date(2027, 3, 14)) == -1
    assert model.earliest() == 9 * 60
    model.set_criteria(PostCriteria(status=PostStatus.READY))
    assert [p.id for p in model.all_posts()] == [twin.id] and len(model.loaded()) == 3
    assert len(changes) == 3


# Loading and navigation -----------------------------------------------------------------


def test_the_week_reads_one_range_and_navigates(qtbot: QtBot, ctx: UiContext, english_us: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _ = make_brand(ctx)
    add_post(ctx, brand, "Next week", datetime(2027, 3, 16, 10, 0))
    calls: list[tuple[date, date]] = []
    original = ctx.services.posts.list_range

    def list_range(brand_id: int, start: date, end: date) -> list[PostData]:
        calls.append((start, end))
        return original(brand_id, start, end)

    monkeypatch.setattr(ctx.services.posts, "list_range", list_range)
    tab = make_tab(qtbot, ctx)
    texts = [tab.view_buttons.button(n).text() for n in (MONTH, WEEK, LIST)]
    assert texts == ["Month", "Week", "List"]
    tab.month_view.go_to(TODAY)
    calls.clear()
    tab.view_buttons.button(WEEK).click()
    assert calls == [(date(2027, 3, 7), date(2027, 3, 13))]
    assert tab.month_label.text() == "7 – 13 March 2027"
    assert tab.next_button.text() == "Next week" and not tab.month_hint.isVisible()
    calls.clear()
    tab.next_button.click()
    assert calls == [(date(2027, 3, 14), date(2027, 3, 20))]
    assert [p.topic for p in tab.week.model.posts_on(date(2027, 3, 16))] == ["Next week"]
    assert tab.month_label.text() == "14 – 20 March 2027"
    tab.previous_button.click()
    tab.previous_button.click()
    assert tab.week.start == date(2027, 2, 28)
    assert tab.month_label.text() == "28 February – 6 March 2027"
    tab.today_button.click()
    assert tab.week.start == date(2027, 3, 7) and tab.week.grid.slot[0] == TODAY
    tab.view_buttons.button(MONTH).click()
    assert (tab.year, tab.month) == (2027, 3) and tab.month_view.current_day() == TODAY
    assert tab.next_button.text() == "Next month"


def test_the_week_reloads_on_a_change(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    tab = week_tab(qtbot, ctx)
    post = add_post(ctx, brand, "Added elsewhere", datetime(2027, 3, 11, 8, 0))
    ctx.hub.changed.emit("posts")
    assert [p.id for p in tab.week.model.all_posts()] == [post.id]


# Drag and drop --------------------------------------------------------------------------


def test_a_drop_sets_day_and_time_rounded_to_the_quarter(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Tip", datetime(2027, 3, 11, 19, 45))
    tab = week_tab(qtbot, ctx)
    assert drop_posts(tab, [post], date(2027, 3, 12), 10 * 60 + 11)  # 10:11 -> 10:00
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 10, 0)
    grid = tab.week.grid
    assert grid.selected == [post.id] and grid.slot == (date(2027, 3, 12), 600)
    assert drop_posts(tab, [fetch(ctx, post)], date(2027, 3, 12), 14 * 60 + 44.5)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 14, 30)
    ctx.undo.undo()
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 10, 0)
    ctx.undo.undo()
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 19, 45)


def test_several_posts_keep_their_distance(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    first = add_post(ctx, brand, "First", datetime(2027, 3, 11, 9, 0))
    second = add_post(ctx, brand, "Second", datetime(2027, 3, 12, 18, 30))
    tab = week_tab(qtbot, ctx)
    assert drop_posts(tab, [first, second], date(2027, 3, 12), 11 * 60)
    assert fetch(ctx, first).scheduled_at == datetime(2027, 3, 12, 11, 0)
    assert fetch(ctx, second).scheduled_at == datetime(2027, 3, 13, 20, 30)
    assert set(tab.week.grid.selected) == {first.id, second.id}
    ctx.undo.undo()  # one step for both
    assert fetch(ctx, second).scheduled_at == datetime(2027, 3, 12, 18, 30)


def test_the_idea_bank_round_trip(qtbot: QtBot, ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    idea = add_post(ctx, brand, "Idea", None, [accounts[0].id])
    tab = week_tab(qtbot, ctx)
    assert drop_posts(tab, [idea], date(2027, 3, 13), 17 * 60 + 20)  # the drop's time, no slot
    assert fetch(ctx, idea).scheduled_at == datetime(2027, 3, 13, 17, 15)
    assert tab.bank.model.records() == []
    assert [p.id for p in tab.week.model.posts_on(date(2027, 3, 13))] == [idea.id]
    bank = tab.bank.view
    assert send_drop(bank.viewport(), to_mime(carried([fetch(ctx, idea)])),
                     bank.viewport().rect().center())
    assert fetch(ctx, idea).scheduled_at is None
    assert tab.week.model.all_posts() == []
    ctx.undo.undo()
    assert fetch(ctx, idea).scheduled_at == datetime(2027, 3, 13, 17, 15)


def test_a_drop_on_a_past_time_asks_first(qtbot: QtBot, ctx: UiContext,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 12, 10, 0))
    tab = week_tab(qtbot, ctx)
    asked = answer_question(monkeypatch, yes=False)
    assert drop_posts(tab, [post], TODAY, 9 * 60)  # today, but before noon
    assert len(asked) == 1 and "time that has passed" in asked[0]
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 10, 0)
    assert drop_posts(tab, [post], TODAY, 13 * 60)  # later today: no question
    assert len(asked) == 1
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 10, 13, 0)
    asked = answer_question(monkeypatch, yes=True)
    assert drop_posts(tab, [fetch(ctx, post)], date(2027, 3, 8), 8 * 60)
    assert len(asked) == 1 and fetch(ctx, post).scheduled_at == datetime(2027, 3, 8, 8, 0)


def test_ctrl_drop_duplicates_at_the_drop_time(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Original", datetime(2027, 3, 11, 9, 0))
    tab = week_tab(qtbot, ctx)
    assert drop_posts(tab, [post], date(2027, 3, 11), 15 * 60, copy=True)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 9, 0)
    day = tab.week.model.posts_on(date(2027, 3, 11))
    assert [(p.topic, p.scheduled_at) for p in day] == [
        ("Original", datetime(2027, 3, 11, 9, 0)), ("Original", datetime(2027, 3, 11, 15, 0))]
    ctx.undo.undo()
    assert len(tab.week.model.posts_on(date(2027, 3, 11))) == 1


def test_foreign_data_and_the_gutter_refuse_a_drop(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 9, 0))
    tab = week_tab(qtbot, ctx)
    grid = tab.week.grid
    text = QMimeData()
    text.setText("hello")
    assert not send_drop(grid, text, point(grid, date(2027, 3, 12), 600))
    gutter = QPoint(grid.geometry_now().gutter_left() + 2, 600)
    assert not send_drop(grid, to_mime(carried([post])), gutter)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 9, 0)


def test_posts_at_the_same_time_stand_side_by_side(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    one = add_post(ctx, brand, "One", datetime(2027, 3, 11, 9, 0))
    two = add_post(ctx, brand, "Two", datetime(2027, 3, 11, 9, 0))
    tab = week_tab(qtbot, ctx)
    blocks = {post.id: rect for rect, post in tab.week.grid.blocks()}
    assert blocks[one.id].top() == blocks[two.id].top()
    assert not blocks[one.id].intersects(blocks[two.id])
    assert tab.week.grid.post_at(blocks[two.id].center()) == two.id
    tab.week.grid.grab()  # paints without a warning
    tab.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    blocks = {post.id: rect for rect, post in tab.week.grid.blocks()}
    assert blocks[one.id].left() > blocks[two.id].left()
    tab.week.grid.grab()


# Keyboard -------------------------------------------------------------------------------


def patch_post_dialog(monkeypatch: pytest.MonkeyPatch, value: PostInput | None) -> list[Any]:
    seen: list[Any] = []

    def run(cls: type, parent: Any, ctx: Any, brand_id: int, initial: Any) -> tuple[Any, bool]:
        seen.append(initial)
        return value, value is not None

    monkeypatch.setattr(PostDialog, "run", classmethod(run))
    return seen


def test_arrows_choose_posts_and_slots(qtbot: QtBot, ctx: UiContext, english_us: None) -> None:
    brand, _ = make_brand(ctx)
    early = add_post(ctx, brand, "Early", datetime(2027, 3, 11, 9, 0))
    late = add_post(ctx, brand, "Late", datetime(2027, 3, 11, 17, 0))
    other = add_post(ctx, brand, "Other", datetime(2027, 3, 12, 17, 0))
    tab = week_tab(qtbot, ctx)
    grid = tab.week.grid
    grid.setFocus()
    grid.go_to(date(2027, 3, 11))
    assert grid.current_post == early.id
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current_post == late.id and grid.slot == (date(2027, 3, 11), 17 * 60)
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current_post == other.id and grid.slot[0] == date(2027, 3, 12)
    QTest.keyClick(grid, Qt.Key.Key_Down)  # past the last post: a quarter hour down
    assert grid.current_post == 0 and grid.slot == (date(2027, 3, 12), 17 * 60 + 15)
    QTest.keyClick(grid, Qt.Key.Key_Up)
    assert grid.current_post == other.id
    grid.go_to(date(2027, 3, 13))  # Saturday, the week's last day
    QTest.keyClick(grid, Qt.Key.Key_Right)  # on to the next week
    assert tab.week.start == date(2027, 3, 14) and grid.slot[0] == date(2027, 3, 14)
    assert tab.month_label.text() == "14 – 20 March 2027"


def test_alt_arrows_move_by_a_quarter_hour_and_a_day(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 17, 0))
    tab = week_tab(qtbot, ctx)
    grid = tab.week.grid
    grid.setFocus()
    grid.go_to(date(2027, 3, 11), post.id)
    QTest.keyClick(grid, Qt.Key.Key_Down, ALT)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 17, 15)
    assert grid.selected == [post.id]
    QTest.keyClick(grid, Qt.Key.Key_Up, ALT)
    QTest.keyClick(grid, Qt.Key.Key_Up, ALT)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 16, 45)
    QTest.keyClick(grid, Qt.Key.Key_Right, ALT)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 16, 45)
    tab.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QTest.keyClick(grid, Qt.Key.Key_Right, ALT)  # mirrored: the day before
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 16, 45)
    QTest.keyClick(grid, Qt.Key.Key_Left, ALT)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 16, 45)
    ctx.undo.undo()
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 11, 16, 45)


def test_enter_edits_delete_deletes_insert_adds_at_the_slot(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 17, 0))
    tab = week_tab(qtbot, ctx)
    grid = tab.week.grid
    grid.setFocus()
    grid.go_to(date(2027, 3, 11), post.id)
    seen = patch_post_dialog(monkeypatch, None)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert [p.id for p in seen] == [post.id]
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert tab.week.model.all_posts() == []
    ctx.undo.undo()
    assert [p.id for p in tab.week.model.all_posts()] == [post.id]
    grid.slot = (date(2027, 3, 12), 8 * 60 + 45)
    seen = patch_post_dialog(monkeypatch, PostInput(topic="New", scheduled_at=datetime(
        2027, 3, 12, 8, 45)))
    QTest.keyClick(grid, Qt.Key.Key_Insert)
    assert seen[0].scheduled_at == datetime(2027, 3, 12, 8, 45)
    assert [p.topic for p in tab.week.model.posts_on(date(2027, 3, 12))] == ["New"]
    assert grid.current_post == tab.week.model.posts_on(date(2027, 3, 12))[0].id


def test_cut_and_paste_to_the_chosen_slot(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 17, 0))
    tab = week_tab(qtbot, ctx)
    grid = tab.week.grid
    grid.setFocus()
    grid.go_to(date(2027, 3, 11), post.id)
    QTest.keyClick(grid, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    grid.slot = (date(2027, 3, 13), time(7, 30).hour * 60 + 30)
    QTest.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 13, 7, 30)

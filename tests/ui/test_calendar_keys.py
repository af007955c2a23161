"""The keyboard twin of drag and drop: choose a day and a post with the arrows, Alt+arrows move
by a day (mirrored in right to left) or a week, Move to…, cut and paste, Enter, Delete, Insert."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import PostStatus
from smm_desktop.services.post_data import PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.move_dialog import MoveDialog
from smm_desktop.ui.dialogs.post_dialog import PostDialog

from .calendar_helpers import add_post, fetch, make_brand, make_tab

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def patch_post_dialog(monkeypatch: pytest.MonkeyPatch, value: PostInput | None) -> list[Any]:
    """PostDialog.run answers `value` (None: cancelled); returns the `initial` values it got."""
    seen: list[Any] = []

    def run(cls: type, parent: Any, ctx: Any, brand_id: int, initial: Any) -> tuple[Any, bool]:
        seen.append(initial)
        return value, value is not None

    monkeypatch.setattr(PostDialog, "run", classmethod(run))
    return seen


def test_arrows_choose_a_post_then_alt_arrows_move_it(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    early = add_post(ctx, brand, "Early", datetime(2027, 3, 11, 9, 0))
    late = add_post(ctx, brand, "Late", datetime(2027, 3, 11, 17, 0))
    tab = make_tab(qtbot, ctx)
    view = tab.month_view
    view.setFocus()
    view.go_to(date(2027, 3, 11))
    assert view.current_post == early.id
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.current_post == late.id and view.current_day() == date(2027, 3, 11)
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    assert fetch(ctx, late).scheduled_at == datetime(2027, 3, 12, 17, 0)
    assert view.current_day() == date(2027, 3, 12) and view.selected == [late.id]
    QTest.keyClick(view, Qt.Key.Key_Down, ALT)
    assert fetch(ctx, late).scheduled_at == datetime(2027, 3, 19, 17, 0)
    QTest.keyClick(view, Qt.Key.Key_Up, ALT)
    QTest.keyClick(view, Qt.Key.Key_Left, ALT)
    assert fetch(ctx, late).scheduled_at == datetime(2027, 3, 11, 17, 0)
    ctx.undo.undo()
    assert fetch(ctx, late).scheduled_at == datetime(2027, 3, 12, 17, 0)


def test_in_right_to_left_alt_right_is_the_day_before(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 9, 0))
    tab = make_tab(qtbot, ctx)
    tab.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view = tab.month_view
    view.go_to(date(2027, 3, 11))
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)  # the visual right neighbour: the 10th
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 10, 9, 0)
    QTest.keyClick(view, Qt.Key.Key_Left, ALT)
    QTest.keyClick(view, Qt.Key.Key_Left, ALT)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 12, 9, 0)


def test_move_to_picks_a_date_and_time(qtbot: QtBot, ctx: UiContext,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 9, 0))
    tab = make_tab(qtbot, ctx)
    asked: list[datetime] = []

    def run(cls: type, parent: Any, when: datetime, count: int = 1) -> tuple[datetime, bool]:
        asked.append(when)
        return datetime(2027, 4, 2, 20, 30), True

    monkeypatch.setattr(MoveDialog, "run", classmethod(run))
    tab.month_view.go_to(date(2027, 3, 11))
    QTest.keyClick(tab.month_view, Qt.Key.Key_M, CTRL)
    assert asked == [datetime(2027, 3, 11, 9, 0)]
    assert fetch(ctx, post).scheduled_at == datetime(2027, 4, 2, 20, 30)
    assert (tab.year, tab.month) == (2027, 4)  # the view follows the post
    assert tab.month_view.current_day() == date(2027, 4, 2)


def test_the_move_dialog_returns_what_was_chosen(qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MoveDialog, "exec", lambda self: MoveDialog.DialogCode.Accepted)
    assert MoveDialog.run(None, datetime(2027, 3, 11, 9, 5)) == (datetime(2027, 3, 11, 9, 5), True)
    monkeypatch.setattr(MoveDialog, "exec", lambda self: MoveDialog.DialogCode.Rejected)
    assert MoveDialog.run(None, datetime(2027, 3, 11, 9, 5)) == (None, False)


def test_cut_and_paste_between_days_and_the_idea_bank(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 9, 0))
    tab = make_tab(qtbot, ctx)
    view = tab.month_view
    view.go_to(date(2027, 3, 11))
    QTest.keyClick(view, Qt.Key.Key_X, CTRL)
    view.go_to(date(2027, 3, 24))
    QTest.keyClick(view, Qt.Key.Key_V, CTRL)
    assert fetch(ctx, post).scheduled_at == datetime(2027, 3, 24, 9, 0)
    view.go_to(date(2027, 3, 24), post.id)
    QTest.keyClick(view, Qt.Key.Key_X, CTRL)
    QTest.keyClick(tab.bank.view, Qt.Key.Key_V, CTRL)
    assert fetch(ctx, post).scheduled_at is None
    assert [p.id for p in tab.bank.model.records()] == [post.id]


def test_enter_edits_delete_deletes_insert_adds(qtbot: QtBot, ctx: UiContext,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _ = make_brand(ctx)
    post = add_post(ctx, brand, "Post", datetime(2027, 3, 11, 9, 0))
    tab = make_tab(qtbot, ctx)
    view = tab.month_view
    view.go_to(date(2027, 3, 11))
    seen = patch_post_dialog(monkeypatch, PostInput(topic="Edited", status=PostStatus.DRAFT,
                                                    scheduled_at=datetime(2027, 3, 11, 9, 0)))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert seen[0].id == post.id and fetch(ctx, post).topic == "Edited"
    seen = patch_post_dialog(monkeypatch, None)
    view.go_to(date(2027, 3, 20))
    QTest.keyClick(view, Qt.Key.Key_Insert)
    assert seen[0].scheduled_at == datetime(2027, 3, 20, 10, 0)
    assert [p.topic for p in tab.model.posts_on(date(2027, 3, 11))] == ["Edited"]
    view.go_to(date(2027, 3, 11))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert tab.model.posts_on(date(2027, 3, 11)) == []
    ctx.undo.undo()
    assert [p.id for p in tab.model.posts_on(date(2027, 3, 11))] == [post.id]

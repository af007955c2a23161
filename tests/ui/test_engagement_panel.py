"""The Today dock's engagement log: + and − (buttons and keys) with their undo, typed counts,
reply times and notes, a refused save keeping the typing, the day line, the brand scope,
totals of the day and the week, reading only when shown, and Arabic right to left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.domain.engagement import Counter, Counts
from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.engagement import EngagementService
from smm_desktop.settings import Settings
from smm_desktop.ui import i18n
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.panels.engagement_panel import EngagementPanel

TODAY = date(2027, 3, 10)  # a Wednesday


@pytest.fixture
def world(ctx: UiContext) -> dict[str, Any]:
    """Bloom (Instagram, Facebook) and Nabd (X); Bloom is the current brand."""
    s = ctx.services
    s.__dict__["engagement"] = EngagementService(s._sf, today=lambda: TODAY)
    bloom = s.brands.create(BrandInput(name="Bloom"))
    nabd = s.brands.create(BrandInput(name="Nabd"))
    insta = s.accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "bloom"))
    fb = s.accounts.create(bloom.id, AccountInput(Platform.FACEBOOK, "bloomfb"))
    x = s.accounts.create(nabd.id, AccountInput(Platform.X, "nabd"))
    ctx.scope.set_brand(bloom.id)
    return {"bloom": bloom, "nabd": nabd, "insta": insta, "fb": fb, "x": x}


def _panel(qtbot: QtBot, ctx: UiContext) -> EngagementPanel:
    view = EngagementPanel(ctx)
    view.today = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(300, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def panel(qtbot: QtBot, ctx: UiContext, world: dict[str, Any]) -> EngagementPanel:
    return _panel(qtbot, ctx)


def _stored(ctx: UiContext, account_id: int, day: date = TODAY) -> Counts:
    return ctx.services.engagement.entry(account_id, day).counts


def test_it_shows_the_current_brands_accounts_for_today(panel: EngagementPanel,
                                                        world: dict[str, Any]) -> None:
    assert list(panel.cards) == [world["fb"].id, world["insta"].id]
    assert "bloomfb" in panel.cards[world["fb"].id].title.text()
    assert panel.cards[world["insta"].id].numbers[Counter.COMMENTS].text() == "0"
    assert not panel.forward.isEnabled() and not panel.today_button.isEnabled()
    panel.all_brands.setChecked(True)
    assert list(panel.cards) == [world["fb"].id, world["insta"].id, world["x"].id]


def test_plus_and_minus_count_and_undo_takes_back_a_click(
        qtbot: QtBot, panel: EngagementPanel, ctx: UiContext, world: dict[str, Any]) -> None:
    insta = world["insta"].id
    card = panel.cards[insta]
    qtbot.mouseClick(card.buttons[(Counter.COMMENTS, 1)], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.buttons[(Counter.COMMENTS, 1)], Qt.MouseButton.LeftButton)
    assert _stored(ctx, insta).comments == 2
    assert card.numbers[Counter.COMMENTS].text() == "2"
    assert panel.total_labels["comments"][0].text() == "2"
    ctx.undo.undo()
    assert _stored(ctx, insta).comments == 1 and card.numbers[Counter.COMMENTS].text() == "1"
    qtbot.mouseClick(card.buttons[(Counter.MENTIONS, -1)], Qt.MouseButton.LeftButton)
    assert _stored(ctx, insta).mentions == 0  # never below zero
    ctx.undo.undo()  # the −1 at zero moved nothing: its undo adds nothing
    assert _stored(ctx, insta).mentions == 0
    ctx.undo.redo()
    assert _stored(ctx, insta).comments == 1


def test_keys_step_a_focused_counter(qtbot: QtBot, panel: EngagementPanel, ctx: UiContext,
                                     world: dict[str, Any]) -> None:
    fb = world["fb"].id
    edit = panel.cards[fb].numbers[Counter.MESSAGES]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Plus)
    qtbot.keyClick(edit, Qt.Key.Key_Plus)
    qtbot.keyClick(edit, Qt.Key.Key_Minus)
    assert _stored(ctx, fb).messages == 1 and edit.text() == "1"


def test_typed_values_save_and_undo(qtbot: QtBot, panel: EngagementPanel, ctx: UiContext,
                                    world: dict[str, Any]) -> None:
    insta = world["insta"].id
    card = panel.cards[insta]
    edit = card.numbers[Counter.INTERACTIONS]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "25")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _stored(ctx, insta).interactions == 25
    card.minutes.setFocus()
    qtbot.keyClicks(card.minutes, "40")
    qtbot.keyClick(card.minutes, Qt.Key.Key_Return)
    card.note.setFocus()
    qtbot.keyClicks(card.note, "Two complaints")
    qtbot.keyClick(card.note, Qt.Key.Key_Return)
    entry = ctx.services.engagement.entry(insta, TODAY)
    assert (entry.response_minutes, entry.note) == (40, "Two complaints")
    assert panel.total_labels["reply"][0].text() == "40"
    ctx.undo.undo()
    ctx.undo.undo()
    entry = ctx.services.engagement.entry(insta, TODAY)
    assert (entry.interactions, entry.response_minutes, entry.note) == (25, None, "")
    assert card.minutes.text() == "" and card.note.text() == ""
    ctx.undo.undo()
    assert _stored(ctx, insta).interactions == 0 and edit.text() == "0"


def test_out_of_range_typing_is_explained_and_not_saved(
        qtbot: QtBot, panel: EngagementPanel, ctx: UiContext, world: dict[str, Any]) -> None:
    card = panel.cards[world["fb"].id]
    card.minutes.setFocus()
    qtbot.keyClicks(card.minutes, "20000")
    qtbot.keyClick(card.minutes, Qt.Key.Key_Return)
    assert not card.error.isHidden() and "10080" in card.error.text()
    assert ctx.services.engagement.entry(world["fb"].id, TODAY).version == 0
    assert card.minutes.text() == "20000"


def test_a_stale_save_is_refused_and_keeps_the_typing(
        qtbot: QtBot, panel: EngagementPanel, ctx: UiContext, world: dict[str, Any]) -> None:
    insta = world["insta"].id
    card = panel.cards[insta]
    ctx.services.engagement.add(insta, TODAY, Counter.MENTIONS, 3)  # elsewhere, unseen
    failures: list[object] = []
    ctx.hub.failed.connect(failures.append)
    card.note.setFocus()
    qtbot.keyClicks(card.note, "My note")
    qtbot.keyClick(card.note, Qt.Key.Key_Return)
    assert failures and card.note.text() == "My note"
    assert ctx.services.engagement.entry(insta, TODAY).note == ""
    assert card.numbers[Counter.MENTIONS].text() == "3"  # the panel read the newer day
    qtbot.keyClick(card.note, Qt.Key.Key_Return)  # saving again now writes over it
    assert ctx.services.engagement.entry(insta, TODAY).note == "My note"


def test_the_day_line_goes_back_and_never_past_today(
        qtbot: QtBot, panel: EngagementPanel, ctx: UiContext, world: dict[str, Any]) -> None:
    fb = world["fb"].id
    yesterday = TODAY - timedelta(days=1)
    ctx.services.engagement.save_day(fb, yesterday, Counts(1, 2, 3, 4), 30, "", 0)
    qtbot.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    assert panel.day == yesterday and panel.forward.isEnabled()
    assert panel.cards[fb].numbers[Counter.MESSAGES].text() == "3"
    qtbot.mouseClick(panel.cards[fb].buttons[(Counter.MESSAGES, 1)], Qt.MouseButton.LeftButton)
    assert _stored(ctx, fb, yesterday).messages == 4
    panel.move_day(5)
    assert panel.day == TODAY and not panel.forward.isEnabled()
    assert panel.total_labels["messages"][1].text() == "4"  # the week so far has yesterday
    panel.move_day(-3)
    qtbot.mouseClick(panel.today_button, Qt.MouseButton.LeftButton)
    assert panel.day == TODAY


def test_it_reads_only_when_shown_and_follows_the_brand(
        qtbot: QtBot, ctx: UiContext, world: dict[str, Any]) -> None:
    view = EngagementPanel(ctx)
    view.today = lambda: TODAY
    qtbot.addWidget(view)
    assert view.dirty and view.cards == {}
    ctx.hub.changed.emit(DataHub.ENGAGEMENT)
    assert view.cards == {}  # hidden: only marked dirty
    view.show()
    qtbot.waitExposed(view)
    assert list(view.cards) == [world["fb"].id, world["insta"].id]
    ctx.scope.set_brand(world["nabd"].id)
    assert list(view.cards) == [world["x"].id]
    view.hide()
    ctx.services.accounts.create(world["nabd"].id, AccountInput(Platform.TIKTOK, "nabd.tt"))
    ctx.hub.changed.emit(DataHub.ACCOUNTS)
    assert view.dirty and len(view.cards) == 1
    view.show()
    assert len(view.cards) == 2


def test_no_accounts_says_so(qtbot: QtBot, ctx: UiContext) -> None:
    view = _panel(qtbot, ctx)
    assert view.cards == {} and not view.empty.isHidden()


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[QApplication]:
    try:
        i18n.install(qapp, Settings(language="ar"))
        yield qapp
    finally:
        i18n.install(qapp, Settings(language="en"))


def test_arabic_right_to_left_with_arabic_digits(
        arabic: QApplication, qtbot: QtBot, ctx: UiContext, world: dict[str, Any]) -> None:
    view = _panel(qtbot, ctx)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.back.arrowType() == Qt.ArrowType.RightArrow
    card = view.cards[world["insta"].id]
    qtbot.mouseClick(card.buttons[(Counter.COMMENTS, 1)], Qt.MouseButton.LeftButton)
    assert card.numbers[Counter.COMMENTS].text() == "١"
    edit = card.numbers[Counter.MENTIONS]
    edit.setFocus()
    edit.selectAll()
    edit.insert("١٢")  # QTest types ASCII only
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _stored(ctx, world["insta"].id) == Counts(mentions=12, comments=1)
    QApplication.processEvents()
    less = card.buttons[(Counter.COMMENTS, -1)].geometry().x()
    more = card.buttons[(Counter.COMMENTS, 1)].geometry().x()
    assert less > more  # − comes first, from the right

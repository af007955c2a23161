"""The Today panel: sections, check-offs with a click or Space and their undo, one-click post
actions, derived items opening their screen, midnight rollover, all brands vs one, Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.domain.routines import ItemState
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.post_data import PostInput
from smm_desktop.services.routines import RoutineService
from smm_desktop.services.tasks import TaskInput
from smm_desktop.settings import Settings
from smm_desktop.ui import i18n
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.task_dialog import TaskDialog
from smm_desktop.ui.panels.today_panel import TodayPanel

TODAY = date(2027, 3, 10)  # a Wednesday


@pytest.fixture
def world(ctx: UiContext) -> dict[str, Any]:
    """Two brands with an account each, today's post, an overdue one, a task; routines dated."""
    s = ctx.services
    s.__dict__["routines"] = RoutineService(s._sf, today=lambda: TODAY)
    bloom = s.brands.create(BrandInput(name="Bloom"))
    nabd = s.brands.create(BrandInput(name="Nabd"))
    account = s.accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "bloom",
                                                       "https://instagram.com/bloom"))
    s.accounts.create(nabd.id, AccountInput(Platform.X, "nabd"))
    post = s.posts.create(bloom.id, PostInput(
        topic="Spring bouquet", status=PostStatus.READY,
        scheduled_at=datetime.combine(TODAY, time(10)), account_ids=(account.id,),
        caption="Fresh tulips today", hashtags=("#spring", "flowers")))
    late = s.posts.create(nabd.id, PostInput(
        topic="Late one", status=PostStatus.DRAFT,
        scheduled_at=datetime.combine(TODAY - timedelta(days=2), time(9))))
    task = s.tasks.create(TaskInput("Send the plan", bloom.id, TODAY))
    ctx.scope.set_brand(bloom.id)
    return {"bloom": bloom, "nabd": nabd, "post": post, "late": late, "task": task}


@pytest.fixture
def panel(qtbot: QtBot, ctx: UiContext, world: dict[str, Any]) -> TodayPanel:
    view = TodayPanel(ctx)
    view.today = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(280, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.snapshot is not None)  # the first read runs in the background
    return view


def _select(panel: TodayPanel, kind: str, text: str = "") -> Any:
    for item in panel.tree._all_items():
        entry = panel.tree.entry_of(item)
        if entry is not None and entry.kind == kind and text in entry.text:
            panel.tree.setCurrentItem(item)
            return entry
    raise AssertionError(f"no {kind} line with {text!r}")


def _texts(panel: TodayPanel, kind: str) -> list[str]:
    return [e.text for e in panel.tree.entries if e.kind == kind]


def test_the_model_passes_the_tester_and_sections_count_what_is_left(panel: TodayPanel) -> None:
    QAbstractItemModelTester(panel.tree.model(),
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    tops = [item.text(0) for n in range(panel.tree.topLevelItemCount())
            if (item := panel.tree.topLevelItem(n)) is not None]
    assert tops[0].startswith("Today's posts · 2")
    posts = _texts(panel, "post")
    assert "Late one" in posts[0] and "Spring bouquet" in posts[1]  # overdue first
    assert any("Send the plan" in t for t in _texts(panel, "task"))
    assert _texts(panel, "routine")  # the defaults were made on first load
    assert panel.count.text().startswith("Left today: ")
    assert panel.tree.model().index(0, 0, QModelIndex()).isValid()


def test_space_checks_a_routine_and_undo_unchecks_it(panel: TodayPanel, ctx: UiContext,
                                                     qtbot: QtBot) -> None:
    entry = next(e for e in panel.tree.entries
                 if e.kind == "routine" and e.payload.state is ItemState.DUE_TODAY)
    panel.tree.setCurrentItem(next(i for i in panel.tree._all_items()
                                   if panel.tree.entry_of(i) is entry))
    item = entry.payload
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    checks = ctx.services.routines.history(item.brand_id, item.routine_id)
    assert [c.period for c in checks] == [item.period_key]
    after = next(e for e in panel.tree.entries if e.kind == "routine" and e.payload.routine_id
                 == item.routine_id and e.payload.brand_id == item.brand_id
                 and e.payload.period_key == item.period_key)
    assert after.checked  # still shown, faded
    ctx.undo.undo()
    assert ctx.services.routines.history(item.brand_id, item.routine_id) == []


def test_clicking_the_check_box_checks_a_task_and_undo_reopens_it(panel: TodayPanel,
                                                                  ctx: UiContext,
                                                                  qtbot: QtBot) -> None:
    _select(panel, "task", "Send the plan")
    current = panel.tree.currentItem()
    assert current is not None
    current.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: ctx.services.tasks.list_tasks(None) == [])
    assert ctx.services.tasks.list_tasks(None) == []
    assert not any("Send the plan" in t for t in _texts(panel, "task"))
    ctx.undo.undo()
    assert [t.title for t in ctx.services.tasks.list_tasks(None)] == ["Send the plan"]


def test_delete_task_is_undoable_and_add_task_uses_the_dialog(
        panel: TodayPanel, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    _select(panel, "task", "Send the plan")
    panel.delete.click()
    assert ctx.services.tasks.list_tasks(None) == []
    ctx.undo.undo()
    assert len(ctx.services.tasks.list_tasks(None)) == 1
    monkeypatch.setattr(TaskDialog, "run", classmethod(
        lambda cls, *a, **k: (TaskInput("Call the printer", None, TODAY, "ask for prices"), True)))
    panel.add_task.click()
    assert any("Call the printer" in t for t in _texts(panel, "task"))


def test_one_click_marks_a_post_published_and_undo_puts_it_back(panel: TodayPanel,
                                                                ctx: UiContext,
                                                                world: dict[str, Any]) -> None:
    _select(panel, "post", "Spring bouquet")
    panel.mark_published.click()
    assert ctx.services.posts.get(world["post"].id).status is PostStatus.PUBLISHED
    ctx.undo.undo()
    assert ctx.services.posts.get(world["post"].id).status is PostStatus.READY
    _select(panel, "post", "Spring bouquet")
    panel.mark_scheduled.click()
    assert ctx.services.posts.get(world["post"].id).status is PostStatus.SCHEDULED


def test_copy_puts_caption_and_hashtags_on_the_clipboard(panel: TodayPanel) -> None:
    _select(panel, "post", "Spring bouquet")
    panel.copy.click()
    assert QGuiApplication.clipboard().text() == "Fresh tulips today\n\n#spring #flowers"


def test_page_opens_the_accounts_page_in_the_browser(panel: TodayPanel,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    _select(panel, "post", "Spring bouquet")
    assert panel.open_page.isEnabled()
    panel.open_page.click()
    assert [QUrl(u).host() for u in opened] == ["instagram.com"]


def test_enter_on_a_derived_item_emits_its_screen(panel: TodayPanel, qtbot: QtBot) -> None:
    panel.reload()
    derived = [e for e in panel.tree.entries if e.kind == "derived"]
    entry = _select(panel, "derived") if derived else _select(panel, "routine", "Review")
    with qtbot.waitSignal(panel.open_screen) as blocker:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert blocker.args == [entry.screen]


def test_midnight_rolls_over_to_the_next_day(panel: TodayPanel, ctx: UiContext) -> None:
    assert any("Spring bouquet" in t for t in _texts(panel, "post"))
    ctx.clock.today = lambda: TODAY
    ctx.clock.start()
    panel.today = ctx.clock.today = lambda: TODAY + timedelta(days=1)
    ctx.clock.now = lambda: datetime.combine(TODAY + timedelta(days=1), time(0, 0, 1))
    ctx.clock.tick()  # the shared clock's timer fired
    line = next(e for e in panel.tree.entries if e.kind == "post" and "Spring" in e.text)
    assert line.urgent and line.payload.overdue  # yesterday's, not yet published: overdue
    assert ctx.clock.timer.isActive()


def test_all_brands_or_only_the_current_one(panel: TodayPanel, ctx: UiContext,
                                            world: dict[str, Any]) -> None:
    assert len(_texts(panel, "post")) == 2
    panel.all_brands.setChecked(False)
    assert [t for t in _texts(panel, "post") if "Late one" in t] == []
    ctx.scope.set_brand(world["nabd"].id)
    posts = _texts(panel, "post")
    assert len(posts) == 1 and "Late one" in posts[0]


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[QApplication]:
    try:
        i18n.install(qapp, Settings(language="ar"))
        yield qapp
    finally:
        i18n.install(qapp, Settings(language="en"))


def test_the_panel_reads_right_to_left_in_arabic(arabic: QApplication, qtbot: QtBot,
                                                 ctx: UiContext, world: dict[str, Any]) -> None:
    view = TodayPanel(ctx)
    view.today = lambda: TODAY
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.snapshot is not None)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.tree.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.tree.topLevelItemCount() == 5


def test_the_first_read_runs_in_the_background_and_an_older_read_never_wins(
        qtbot: QtBot, ctx: UiContext, world: dict[str, Any]) -> None:
    view = TodayPanel(ctx)
    view.today = lambda: TODAY
    qtbot.addWidget(view)
    view.show()
    assert view.snapshot is None and view.count.text() == "Loading today's list…"
    qtbot.waitUntil(lambda: view.snapshot is not None)
    first = view.snapshot
    assert view.count.text().startswith("Left today:")
    view.reload()  # a newer read: the first one's late result must not replace it
    newer = view.snapshot
    view._loaded(first, generation=1)
    assert view.snapshot is newer


def test_the_background_read_never_writes(qtbot: QtBot, ctx: UiContext,
                                         world: dict[str, Any]) -> None:
    """A write on the pool thread would hold the lock an edit made meanwhile needs ("locked")."""
    import threading

    from sqlalchemy import event

    writes: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is not threading.main_thread() and \
                statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writes.append(statement)

    engine = ctx.services.workspace.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        view = TodayPanel(ctx)
        view.today = lambda: TODAY
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.snapshot is not None)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert writes == []
    assert ctx.services.routines.list_routines()  # the defaults were made, on this thread


# --- issue #6 remainder: Enter on a post, settings, week start ---------------------------------


def test_enter_or_a_double_click_on_a_post_opens_its_editor_and_saves_undoably(
        panel: TodayPanel, ctx: UiContext, world: dict[str, Any], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from smm_desktop.ui.dialogs.post_dialog import PostDialog

    opened: list[Any] = []

    def run(cls: type, _parent: Any, _ctx: Any, brand_id: int, initial: Any) -> tuple[Any, bool]:
        opened.append((brand_id, initial.topic))
        return replace(initial.to_input(), topic=initial.topic + " (edited)"), True

    monkeypatch.setattr(PostDialog, "run", classmethod(run))
    screens: list[str] = []
    panel.open_screen.connect(screens.append)
    _select(panel, "post", "Spring bouquet")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    post = world["post"]
    assert opened == [(world["bloom"].id, "Spring bouquet")] and screens == []
    assert ctx.services.posts.get(post.id).topic == "Spring bouquet (edited)"
    ctx.undo.undo()
    assert ctx.services.posts.get(post.id).topic == "Spring bouquet"
    item = next(i for i in panel.tree._all_items()
                if (e := panel.tree.entry_of(i)) is not None and "Late one" in e.text)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == (world["nabd"].id, "Late one") and screens == []
    assert ctx.services.posts.get(world["late"].id).topic == "Late one (edited)"


def test_follow_ups_look_as_far_ahead_as_the_setting(panel: TodayPanel, ctx: UiContext,
                                                     world: dict[str, Any]) -> None:
    ctx.services.posts.create(world["bloom"].id, PostInput(
        topic="Eid visuals", status=PostStatus.IN_DESIGN, asset_owner="Sara",
        scheduled_at=datetime.combine(TODAY + timedelta(days=6), time(9))))
    assert not any("Sara" in t for t in _texts(panel, "follow_up"))
    ctx.settings.follow_up_days = 7
    panel.reload()
    assert any("Sara" in t for t in _texts(panel, "follow_up"))


def test_the_all_brands_toggle_is_saved_and_restored(panel: TodayPanel, ctx: UiContext,
                                                     qtbot: QtBot) -> None:
    assert panel.all_brands.isChecked() and ctx.settings.today_all_brands
    with qtbot.waitSignal(panel.settings_changed):
        panel.all_brands.setChecked(False)
    assert ctx.settings.today_all_brands is False
    again = TodayPanel(ctx)
    qtbot.addWidget(again)
    assert not again.all_brands.isChecked()


def test_the_midnight_timer_is_armed_for_just_after_midnight(ctx: UiContext) -> None:
    ctx.clock.now = lambda: datetime.combine(TODAY, time(23, 59))
    ctx.clock.start()
    assert ctx.clock.timer.interval() == 61_000 and ctx.clock.timer.isActive()


def test_a_weekly_check_off_reads_done_in_english_and_in_the_arabic_ui(
        qapp: QApplication, qtbot: QtBot, ctx: UiContext, world: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The week starts as the system says (here Sunday), whatever the app's language."""
    from PySide6.QtCore import QLocale

    from smm_desktop.domain.routines import Cadence
    from smm_desktop.ui import week_start

    monkeypatch.setattr(week_start, "system_locale", lambda: QLocale("en_US"))

    def read() -> list[Any]:
        view = TodayPanel(ctx)
        view.today = lambda: TODAY
        qtbot.addWidget(view)
        view.reload()
        assert view.snapshot is not None
        return [i for i in view.snapshot.items if i.cadence is Cadence.WEEKLY]

    weekly = next(i for i in read() if i.state is not ItemState.OVERDUE)
    ctx.services.routines.check(weekly.routine_id, weekly.brand_id, weekly.period_key)
    try:
        i18n.install(qapp, Settings(language="ar"))
        assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Saturday  # the UI's week differs
        again = next(i for i in read() if (i.routine_id, i.brand_id) ==
                     (weekly.routine_id, weekly.brand_id) and i.state is not ItemState.OVERDUE)
    finally:
        i18n.install(qapp, Settings(language="en"))
    assert again.period_key == weekly.period_key
    assert again.state is ItemState.DONE

"""Reminders: a message the lead time before a post (once per post and time, again when moved),
the morning summary once a day, the status bar when there is no tray, and the controller making
and dropping them with the workspace. A fixed clock and an injected notifier: no real tray."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.post_data import PostInput
from smm_desktop.services.routines import RoutineService
from smm_desktop.settings import Settings
from smm_desktop.ui import reminders as reminders_ui
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.controller import Controller
from smm_desktop.ui.reminders import Reminders

from .helpers import close_controller, fast_first_backup, make_workspace, wait_for_backups

TODAY = date(2027, 3, 10)
ISOLATES = re.compile("[\u2066-\u2069]")  # ui.bidi.ltr() wraps each handle in these


def plain(said: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(title, ISOLATES.sub("", text)) for title, text in said]


def at(hour: int, minute: int = 0, day: date = TODAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


class Window(QMainWindow):
    """Notes the screens asked for, as MainWindow.show_tab would open them."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def show_tab(self, name: str) -> None:
        self.shown.append(name)


@pytest.fixture
def world(ctx: UiContext) -> dict[str, Any]:
    s = ctx.services
    s.__dict__["routines"] = RoutineService(s._sf, today=lambda: TODAY)
    bloom = s.brands.create(BrandInput(name="Bloom"))
    account = s.accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "bloom"))
    post = s.posts.create(bloom.id, PostInput(
        topic="Spring bouquet", status=PostStatus.READY, scheduled_at=at(10),
        account_ids=(account.id,)))
    return {"bloom": bloom, "post": post}


@pytest.fixture
def made(qtbot: QtBot, ctx: UiContext, world: dict[str, Any]) -> tuple[Reminders, list[tuple[str, str]], list[int]]:
    window = Window()
    qtbot.addWidget(window)
    said: list[tuple[str, str]] = []
    saves: list[int] = []
    reminders = Reminders(ctx, window, lambda: saves.append(1),
                          notify=lambda title, text: said.append((title, text)))
    ctx.settings.morning_summary = False  # the post tests see only post messages
    return reminders, said, saves


def test_a_post_is_announced_once_the_lead_time_before_it(
        made: tuple[Reminders, list[tuple[str, str]], list[int]]) -> None:
    reminders, said, _ = made
    reminders.now = lambda: at(9, 29)
    assert reminders.check_posts() == []
    reminders.now = lambda: at(9, 30)
    reminders.check()
    assert plain(said) == [("Posts coming up", "In 30 minutes: Spring bouquet (@bloom)")]
    reminders.now = lambda: at(9, 31)
    reminders.check()
    assert len(said) == 1  # not twice for the same time


def test_a_post_moved_later_is_announced_again(
        ctx: UiContext, world: dict[str, Any],
        made: tuple[Reminders, list[tuple[str, str]], list[int]]) -> None:
    reminders, said, _ = made
    reminders.now = lambda: at(9, 45)
    reminders.check_posts()
    post = world["post"]
    ctx.services.posts.update(post.id, post.version, replace(post.to_input(), scheduled_at=at(10, 30)))
    reminders.now = lambda: at(10, 0)
    reminders.check_posts()
    assert [text for _, text in plain(said)] == ["In 15 minutes: Spring bouquet (@bloom)",
                                          "In 30 minutes: Spring bouquet (@bloom)"]


def test_several_posts_make_one_message_and_zero_minutes_none(
        ctx: UiContext, world: dict[str, Any],
        made: tuple[Reminders, list[tuple[str, str]], list[int]]) -> None:
    reminders, said, _ = made
    ctx.services.posts.create(world["bloom"].id, PostInput(
        topic="", status=PostStatus.DRAFT, scheduled_at=at(9, 50)))
    ctx.services.posts.create(world["bloom"].id, PostInput(
        topic="Done", status=PostStatus.PUBLISHED, scheduled_at=at(9, 55)))
    ctx.settings.reminder_minutes = 0
    reminders.now = lambda: at(9, 40)
    reminders.check()
    assert said == []
    ctx.settings.reminder_minutes = 30
    reminders.check()
    assert plain(said) == [("Posts coming up", "In 10 minutes: (no topic)\n"
                                        "In 20 minutes: Spring bouquet (@bloom)")]


def test_the_morning_summary_shows_once_a_day_from_the_morning_time(
        ctx: UiContext, world: dict[str, Any],
        made: tuple[Reminders, list[tuple[str, str]], list[int]]) -> None:
    reminders, said, saves = made
    ctx.services.posts.create(world["bloom"].id, PostInput(
        topic="Late", status=PostStatus.DRAFT, scheduled_at=at(9, day=date(2027, 3, 8))))
    settings = ctx.settings
    settings.morning_summary, settings.morning_time, settings.reminder_minutes = True, "08:30", 0
    reminders.now = lambda: at(8, 29)
    assert not reminders.check_morning()
    reminders.now = lambda: at(8, 30)
    assert reminders.check_morning()
    assert settings.last_summary_day == "2027-03-10" and saves == [1]
    title, text = said[0]
    assert title == "Good morning"
    assert text.startswith("Posts today: 1 · Routines: ")
    assert text.endswith(" · Overdue: 1")
    reminders.now = lambda: at(17, 0)
    assert not reminders.check_morning()
    settings.morning_summary = False
    reminders.now = lambda: at(9, 0, date(2027, 3, 11))
    assert not reminders.check_morning()
    assert len(said) == 1


def test_without_a_tray_the_status_bar_says_it(
        qtbot: QtBot, ctx: UiContext, world: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reminders_ui.QSystemTrayIcon, "isSystemTrayAvailable",
                        staticmethod(lambda: False))
    window = Window()
    qtbot.addWidget(window)
    ctx.settings.morning_summary = False
    reminders = Reminders(ctx, window, lambda: None)
    reminders.now = lambda: at(9, 30)
    reminders.start()
    try:
        assert reminders.tray is None and reminders.timer.isActive()
        assert reminders.timer.interval() == 60_000
        assert ISOLATES.sub("", window.statusBar().currentMessage()) == (
            "Posts coming up: In 30 minutes: Spring bouquet (@bloom)")
    finally:
        reminders.stop()
    assert not reminders.timer.isActive()


def test_clicking_the_message_brings_the_to_do_list_forward(
        made: tuple[Reminders, list[tuple[str, str]], list[int]]) -> None:
    reminders, _, _ = made
    reminders.show_today()
    window = reminders.window
    assert isinstance(window, Window)
    assert window.shown == ["today/todo"] and window.isVisible()


@pytest.fixture
def controller(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Controller]:
    fast_first_backup(monkeypatch)
    monkeypatch.setattr(reminders_ui.QSystemTrayIcon, "isSystemTrayAvailable",
                        staticmethod(lambda: False))
    made = Controller(Settings(morning_summary=False), persist=False)
    yield made
    close_controller(made)


def test_the_controller_starts_reminders_after_opening_and_drops_them_on_switching(
        qtbot: QtBot, controller: Controller, tmp_path: Path) -> None:
    first = make_workspace(tmp_path / "first.smmws", "Palm Café")
    second = make_workspace(tmp_path / "second.smmws", "Nabd")
    assert controller.open_workspace(str(first))
    assert controller.reminders is None  # not on the opening's path
    qtbot.waitUntil(lambda: controller.reminders is not None, timeout=5000)
    old = controller.reminders
    assert old is not None and old.timer.isActive()
    wait_for_backups(qtbot, controller)
    assert controller.open_workspace(str(second))
    assert controller.reminders is None and not old.timer.isActive()
    qtbot.waitUntil(lambda: controller.reminders is not None, timeout=5000)
    assert controller.reminders is not None
    assert controller.reminders.ctx is controller.window.ctx
    wait_for_backups(qtbot, controller)

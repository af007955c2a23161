"""One day clock for the window: at midnight the engagement log, the weekly check, the
comparison's dates and the snapshot dialog move on to the new today (a fixed clock here);
the engagement page's week starts on the setting's day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from smm_desktop.domain.engagement import Counter
from smm_desktop.services.competitor_data import SnapshotInput
from smm_desktop.services.engagement import EngagementService
from smm_desktop.ui import competitor_text as texts
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.snapshot_dialog import SnapshotDialog
from smm_desktop.ui.tabs.competitors.comparison import ComparisonSection
from smm_desktop.ui.tabs.competitors.weekly_check import WeeklyCheckSection

from .test_engagement_panel import TODAY, _panel, world  # noqa: F401  (the fixture)

TOMORROW = TODAY + timedelta(days=1)


@pytest.fixture
def clock(ctx: UiContext) -> dict[str, date]:
    """ctx.clock fixed on TODAY; set ["day"] then call ctx.clock.tick() for midnight."""
    now = {"day": TODAY}
    ctx.clock.today = lambda: now["day"]
    ctx.clock.now = lambda: datetime.combine(now["day"], time(23, 59))
    ctx.clock.start()
    return now


def _midnight(ctx: UiContext, clock: dict[str, date]) -> None:
    clock["day"] = TOMORROW
    ctx.clock.tick()


def test_the_clock_fires_once_a_day_and_re_arms(ctx: UiContext, clock: dict[str, date]) -> None:
    seen: list[date] = []
    ctx.clock.day_changed.connect(seen.append)
    ctx.clock.tick()  # the same day: nothing
    _midnight(ctx, clock)
    ctx.clock.tick()
    assert seen == [TOMORROW] and ctx.clock.timer.isActive()
    assert ctx.clock.timer.interval() == 61_000


def test_the_engagement_log_moves_to_the_new_day_at_midnight(
        qtbot: QtBot, ctx: UiContext, world: dict[str, Any],  # noqa: F811
        clock: dict[str, date]) -> None:
    ctx.services.__dict__["engagement"] = EngagementService(ctx.services._sf,
                                                            today=ctx.clock.today)
    panel = _panel(qtbot, ctx)
    panel.today = ctx.clock.today
    insta = world["insta"].id
    panel.step(insta, Counter.MENTIONS, 1)
    before = panel.day_label.text()
    _midnight(ctx, clock)
    assert panel.day_label.text() != before
    assert panel.cards[insta].numbers[Counter.MENTIONS].text() == "0"
    panel.step(insta, Counter.MENTIONS, 1)
    engagement = ctx.services.engagement
    assert engagement.entry(insta, TOMORROW).counts.mentions == 1
    assert engagement.entry(insta, TODAY).counts.mentions == 1


def test_an_older_day_shown_stays_at_midnight(qtbot: QtBot, ctx: UiContext,
                                              world: dict[str, Any],  # noqa: F811
                                              clock: dict[str, date]) -> None:
    panel = _panel(qtbot, ctx)
    panel.today = ctx.clock.today
    panel.move_day(-1)
    _midnight(ctx, clock)
    assert panel.shown_day == TODAY - timedelta(days=1)
    assert panel.forward.isEnabled() and panel.today_button.isEnabled()


@pytest.mark.parametrize(("setting", "start"), [(0, date(2027, 3, 8)), (6, date(2027, 3, 7)),
                                                (5, date(2027, 3, 6))])
def test_the_week_so_far_starts_on_the_setting_day(qtbot: QtBot, ctx: UiContext,
                                                   world: dict[str, Any],  # noqa: F811
                                                   setting: int, start: date) -> None:
    ctx.settings.week_start = setting
    panel = _panel(qtbot, ctx)
    assert panel.week_start(TODAY) == start  # TODAY is Wednesday 10 March 2027


def test_the_weekly_check_moves_to_the_new_day(qtbot: QtBot, ctx: UiContext,
                                               clock: dict[str, date]) -> None:
    form = WeeklyCheckSection(ctx)
    qtbot.addWidget(form)
    assert form.chosen_day() == TODAY
    _midnight(ctx, clock)
    assert form.chosen_day() == TOMORROW
    assert texts.pydate(form.day.maximumDate()) == TOMORROW


def test_a_weekly_check_on_an_older_day_stays_but_may_go_to_the_new_day(
        qtbot: QtBot, ctx: UiContext, clock: dict[str, date]) -> None:
    form = WeeklyCheckSection(ctx)
    qtbot.addWidget(form)
    form.day.setDate(texts.qdate(TODAY - timedelta(days=3)))
    _midnight(ctx, clock)
    assert form.chosen_day() == TODAY - timedelta(days=3)
    form.day.setDate(texts.qdate(TOMORROW))
    assert form.chosen_day() == TOMORROW


def test_the_comparison_dates_follow_the_day(qtbot: QtBot, ctx: UiContext,
                                             clock: dict[str, date]) -> None:
    section = ComparisonSection(ctx)
    qtbot.addWidget(section)
    assert section.dates()[1] == TODAY
    start = texts.pydate(section.start.date())
    _midnight(ctx, clock)
    assert section.dates()[1] == TOMORROW
    assert texts.pydate(section.end.date()) == TOMORROW
    assert texts.pydate(section.start.date()) == start  # not on today: stays
    assert texts.pydate(section.end.maximumDate()) == TOMORROW


def test_the_snapshot_dialog_left_open_overnight_takes_the_new_day(
        qtbot: QtBot, ctx: UiContext, clock: dict[str, date]) -> None:
    dialog = SnapshotDialog(None, None, None, ctx.clock)
    qtbot.addWidget(dialog)
    assert dialog.value().day == TODAY
    _midnight(ctx, clock)
    assert dialog.value().day == TOMORROW
    assert texts.pydate(dialog.day.maximumDate()) == TOMORROW
    edited = SnapshotDialog(None, None, SnapshotInput(TODAY - timedelta(days=2)), ctx.clock)
    qtbot.addWidget(edited)
    clock["day"] = TOMORROW + timedelta(days=1)
    ctx.clock.tick()
    assert edited.value().day == TODAY - timedelta(days=2)  # a past day stays

"""The goals tables with real data pass Qt's model tester; statuses read in both themes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import BusinessGoalKind
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.goals import BusinessGoalInput
from smm_desktop.ui import goal_text
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.goals import (
    STATUS_COLUMN,
    BusinessGoalTableModel,
    GoalProgressTableModel,
    goal_rows,
    status_colour,
)
from smm_desktop.ui.tabs.strategy.goal_series import combine
from smm_desktop.ui.theme import dark_palette

from .goal_helpers import START, TODAY, Bloom, english_numbers, followers_goal, make_bloom

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


@pytest.fixture
def bloom(ctx: UiContext) -> Bloom:
    return make_bloom(ctx)


def _progress_model(ctx: UiContext, bloom: Bloom) -> GoalProgressTableModel:
    goals = ctx.services.goals
    goals.create_goal(bloom.brand.id, followers_goal(bloom))
    goals.create_goal(bloom.brand.id, followers_goal(
        bloom, account_id=None, platform=bloom.x.platform, title="", target_kind=TargetKind.PERCENT,
        target_value=30))
    goals.create_goal(bloom.brand.id, followers_goal(bloom, deadline=None, title="Draft"))
    model = GoalProgressTableModel(ctx.fmt)
    model.set_records(goal_rows(goals.progress(bloom.brand.id, TODAY),
                                ctx.services.accounts.list_accounts(bloom.brand.id)))
    return model


def test_the_progress_model_passes_the_model_tester(ctx: UiContext, bloom: Bloom) -> None:
    model = _progress_model(ctx, bloom)
    QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 3
    ctx.services.goals.create_business_goal(bloom.brand.id, BusinessGoalInput(
        BusinessGoalKind.AWARENESS))
    model.set_records(model.records()[:1])
    assert model.rowCount() == 1


def test_the_progress_model_shows_each_part_of_a_goal(ctx: UiContext, bloom: Bloom) -> None:
    model = _progress_model(ctx, bloom)
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    # Instagram: baseline 1000 and target 2000; current 1000 (the snapshot of START).
    assert cells == ["Double the followers", "\u2066@bloomandco\u2069 (Instagram)", "Followers",
                     "1,000", "2,000", "1,000", "0%", "1,500", "Off track"]
    x_goal = [model.index(r, 1).data() for r in range(3)]
    assert "All accounts on X" in x_goal
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Goal", "Account", "KPI", "Baseline", "Target", "Current", "Progress",
                       "Expected today", "Status"]
    recorded = ctx.fmt.date(QDate(2026, 9, 1))
    assert model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == f"Recorded on {recorded}."


def test_the_business_model_passes_the_model_tester(ctx: UiContext, bloom: Bloom) -> None:
    goals = ctx.services.goals
    goals.create_business_goal(bloom.brand.id, BusinessGoalInput(
        BusinessGoalKind.NEW_AUDIENCE, "Offices ordering\nweekly flowers"))
    model = BusinessGoalTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_records(goals.list_business_goals(bloom.brand.id))
    assert [model.index(r, 0).data() for r in range(2)] == ["Sales", "New audience"]
    assert model.index(1, 1).data() == "Offices ordering weekly flowers"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Reach a new audience segment"


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        parts = [v / 255 for v in (c.red(), c.green(), c.blue())]
        lin = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_status_colours_read_on_the_theme_background(dark: bool, qapp: object) -> None:
    base = dark_palette().color(dark_palette().ColorRole.Base) if dark else QColor("#ffffff")
    for status in GoalStatus:
        assert _contrast(status_colour(status, dark), base) >= 4.5, status


def test_status_colours_say_green_amber_red(qapp: object) -> None:
    def hue(status: GoalStatus) -> int:
        return status_colour(status, False).hslHue()
    assert 90 <= hue(GoalStatus.ACHIEVED) <= 160 and 90 <= hue(GoalStatus.ON_TRACK) <= 170
    assert 25 <= hue(GoalStatus.AT_RISK) <= 50
    assert hue(GoalStatus.OFF_TRACK) <= 15 and hue(GoalStatus.MISSED) <= 15
    assert status_colour(GoalStatus.MISSED, False).lightness() < status_colour(
        GoalStatus.OFF_TRACK, False).lightness()
    assert status_colour(GoalStatus.NO_DATA, False).hslSaturation() < 30


def test_the_status_cell_is_coloured_and_marked(ctx: UiContext, bloom: Bloom) -> None:
    model = _progress_model(ctx, bloom)
    index = model.index(0, STATUS_COLUMN)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == status_colour(GoalStatus.OFF_TRACK)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_numbers_follow_the_locale_and_the_digit_choice(qapp: object) -> None:
    assert goal_text.decimal(Formatter(), 1300.0) == "1,300"
    assert goal_text.decimal(Formatter(), 2 / 3) == "0.67"
    assert goal_text.parse_number("1,500") == 1500
    QLocale.setDefault(QLocale("ar_SA"))
    assert goal_text.decimal(Formatter(), 12.5) == "١٢٫٥"
    assert goal_text.decimal(Formatter("latin"), 1300.0) == "1\u066c300"  # Latin digits
    assert goal_text.quantity(Formatter("latin"), 4.25, Metric.ENGAGEMENT_RATE) == "4\u066b25%"
    assert goal_text.parse_number("١٬٥٠٠") == 1500
    assert goal_text.parse_number("١٢٫٥") == 12.5
    assert goal_text.parse_number(" ") is None
    with pytest.raises(ValueError):
        goal_text.parse_number("a lot")


def test_a_platform_wide_series_sums_each_accounts_latest_value() -> None:
    day = START
    a = [(day, 100.0), (day + timedelta(days=7), 110.0)]
    b = [(day + timedelta(days=3), 50.0), (day + timedelta(days=7), 60.0)]
    assert combine([a, b, []], Metric.FOLLOWERS) == [
        (day + timedelta(days=3), 150.0), (day + timedelta(days=7), 170.0)]
    assert combine([a, b], Metric.ENGAGEMENT_RATE)[0] == (date(2026, 9, 4), 75.0)
    assert combine([], Metric.FOLLOWERS) == []


def test_the_model_tester_sees_no_rows_for_no_brand(qtbot: QtBot, ctx: UiContext) -> None:
    model = GoalProgressTableModel(ctx.fmt)
    QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 0

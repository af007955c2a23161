"""Business and social goals in the Strategy tab: every change through the real panels, undoable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import BusinessGoalKind, Platform
from smm_desktop.domain.goal_templates import template
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.goals import BusinessGoalInput
from smm_desktop.services.snapshots import SnapshotData
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.business_goal_dialog import BusinessGoalDialog
from smm_desktop.ui.dialogs.goal_dialog import GoalDialog, GoalFormEnv
from smm_desktop.ui.dialogs.record_value_dialog import RecordValueDialog
from smm_desktop.ui.tabs.strategy.goals_section import GoalsSection

from .goal_helpers import (
    START,
    TODAY,
    Bloom,
    english_numbers,
    followers_goal,
    goals_section,
    make_bloom,
)
from .helpers import answer_dialog

AWARENESS = BusinessGoalInput(BusinessGoalKind.AWARENESS, "Known to students in Riyadh")


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


@pytest.fixture
def bloom(ctx: UiContext) -> Bloom:
    return make_bloom(ctx)


@pytest.fixture
def section(qtbot: QtBot, ctx: UiContext, bloom: Bloom) -> GoalsSection:
    return goals_section(qtbot, ctx)


def _kinds(section: GoalsSection) -> list[BusinessGoalKind]:
    return [g.kind for g in section.business.model.records()]


def _statuses(section: GoalsSection) -> list[GoalStatus]:
    return [row.progress.status for row in section.social.model.records()]


def _focus(qtbot: QtBot, section: GoalsSection, panel: str, ident: int) -> None:
    window = section.window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    view = getattr(section, panel).view
    getattr(section, panel).select_id(ident)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def test_add_a_business_goal_then_undo_and_redo(
        section: GoalsSection, ctx: UiContext, bloom: Bloom,
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = answer_dialog(monkeypatch, BusinessGoalDialog, AWARENESS)
    section.business.new_goal()
    validator, initial = calls[0]
    assert initial is None
    assert validator(BusinessGoalInput(BusinessGoalKind.OTHER))[0].code == "required"
    assert _kinds(section) == [BusinessGoalKind.SALES, BusinessGoalKind.AWARENESS]
    added = ctx.services.goals.list_business_goals(bloom.brand.id)[1]
    assert section.business.current_id() == added.id
    assert ctx.undo.undoText() == "Add business goal: Brand awareness"
    ctx.undo.undo()
    assert _kinds(section) == [BusinessGoalKind.SALES]
    ctx.undo.redo()
    assert [g.id for g in ctx.services.goals.list_business_goals(bloom.brand.id)][1] == added.id


def test_edit_a_business_goal_and_undo(section: GoalsSection, ctx: UiContext, bloom: Bloom,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    section.business.select_id(bloom.business.id)
    calls = answer_dialog(monkeypatch, BusinessGoalDialog, AWARENESS)
    section.business.edit_goal()
    assert calls[0][1] == bloom.business.to_input()
    assert ctx.services.goals.list_business_goals(bloom.brand.id)[0].to_input() == AWARENESS
    ctx.undo.undo()
    assert ctx.services.goals.list_business_goals(bloom.brand.id)[0].to_input() == (
        bloom.business.to_input())
    assert section.business.model.record(0).description == "More same-day orders"


def test_the_delete_key_deletes_a_business_goal_and_undo_brings_it_back(
        qtbot: QtBot, section: GoalsSection, ctx: UiContext, bloom: Bloom) -> None:
    goal = ctx.services.goals.create_goal(bloom.brand.id, followers_goal(bloom))
    _focus(qtbot, section, "business", bloom.business.id)
    qtbot.keyClick(section.business.view, Qt.Key.Key_Delete)
    assert ctx.services.goals.list_business_goals(bloom.brand.id) == []
    assert ctx.services.goals.get_goal(goal.id).business_goal_id is None
    ctx.undo.undo()
    assert _kinds(section) == [BusinessGoalKind.SALES]
    assert ctx.services.goals.get_goal(goal.id).business_goal_id == bloom.business.id


def test_alt_up_and_down_reorder_business_goals_undoably(
        qtbot: QtBot, section: GoalsSection, ctx: UiContext, bloom: Bloom) -> None:
    other = ctx.services.goals.create_business_goal(bloom.brand.id, AWARENESS)
    section.business.reload()
    _focus(qtbot, section, "business", other.id)
    assert section.business.earlier_button.isEnabled()
    assert not section.business.later_button.isEnabled()
    qtbot.keyClick(section.business.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _kinds(section) == [BusinessGoalKind.AWARENESS, BusinessGoalKind.SALES]
    assert section.business.current_id() == other.id
    qtbot.keyClick(section.business.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _kinds(section) == [BusinessGoalKind.SALES, BusinessGoalKind.AWARENESS]
    ctx.undo.undo()
    assert [g.id for g in ctx.services.goals.list_business_goals(bloom.brand.id)] == [
        other.id, bloom.business.id]


def test_add_a_social_goal_then_undo_and_redo(
        section: GoalsSection, ctx: UiContext, bloom: Bloom,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = followers_goal(bloom)
    calls = answer_dialog(monkeypatch, GoalDialog, data)
    section.social.new_goal()
    env, initial = calls[0]
    assert isinstance(env, GoalFormEnv) and initial is None
    assert [a.id for a in env.accounts] == [bloom.insta.id, bloom.x.id]
    assert [g.id for g in env.business_goals] == [bloom.business.id]
    assert env.validate(followers_goal(bloom, baseline_value=-5))[0].code == "negative"
    assert env.smart_check(data).ok
    (goal,) = ctx.services.goals.list_goals(bloom.brand.id)
    assert goal.to_input() == data
    assert section.social.current_id() == goal.id
    assert section.detail.title() == "Double the followers"
    assert ctx.undo.undoText() == "Add social goal: Double the followers"
    ctx.undo.undo()
    assert section.social.model.rowCount() == 0
    ctx.undo.redo()
    assert [g.id for g in ctx.services.goals.list_goals(bloom.brand.id)] == [goal.id]


def test_edit_a_social_goal_and_undo(section: GoalsSection, ctx: UiContext, bloom: Bloom,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    goal = ctx.services.goals.create_goal(bloom.brand.id, followers_goal(bloom))
    section.social.reload()
    section.social.select_id(goal.id)
    edited = followers_goal(bloom, target_value=1400, title="Grow steadily")
    calls = answer_dialog(monkeypatch, GoalDialog, edited)
    section.social.edit_goal()
    env, initial = calls[0]
    assert env.editing and initial == goal.to_input()
    assert ctx.services.goals.get_goal(goal.id).to_input() == edited
    assert section.social.model.record(0).progress.target == 1400
    ctx.undo.undo()
    assert ctx.services.goals.get_goal(goal.id).to_input() == goal.to_input()


def test_the_delete_key_deletes_a_social_goal_and_undo_brings_it_back(
        qtbot: QtBot, section: GoalsSection, ctx: UiContext, bloom: Bloom) -> None:
    goal = ctx.services.goals.create_goal(bloom.brand.id, followers_goal(bloom))
    section.social.reload()
    _focus(qtbot, section, "social", goal.id)
    qtbot.keyClick(section.social.view, Qt.Key.Key_Delete)
    assert ctx.services.goals.list_goals(bloom.brand.id) == []
    assert not section.social.edit_button.isEnabled()
    ctx.undo.undo()
    assert [r.id for r in section.social.model.records()] == [goal.id]


def test_a_template_from_the_menu_fills_the_form(
        section: GoalsSection, ctx: UiContext, bloom: Bloom,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.services.snapshots.record(bloom.x.id, Metric.FOLLOWERS, TODAY - timedelta(days=2), 4000)
    calls = answer_dialog(monkeypatch, GoalDialog, None, accepted=False)
    menu = section.social.template_button.menu()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == [
        "+30% followers on X in 4 months", "+10% website clicks from LinkedIn in 60 days",
        "Reach 100,000 people on X in 100 days"]
    menu.actions()[0].trigger()
    _env, initial = calls[0]
    assert initial.account_id == bloom.x.id  # the brand's only X account
    assert (initial.platform, initial.metric) == (Platform.X, Metric.FOLLOWERS)
    assert (initial.target_kind, initial.target_value) == (TargetKind.PERCENT, 30)
    assert (initial.start, initial.deadline) == (TODAY, TODAY + timedelta(days=120))
    assert (initial.baseline_value, initial.baseline_date) == (4000, TODAY - timedelta(days=2))
    assert initial.title == "+30% followers on X in 4 months"
    assert ctx.services.goals.list_goals(bloom.brand.id) == []
    linkedin = section.social.template_input(
        template("linkedin_website_clicks_10_percent_60_days"), _env)
    assert linkedin.account_id is None and linkedin.platform is Platform.LINKEDIN


def test_recording_todays_value_updates_the_status_and_undo_takes_it_back(
        section: GoalsSection, ctx: UiContext, bloom: Bloom,
        monkeypatch: pytest.MonkeyPatch) -> None:
    goal = ctx.services.goals.create_goal(bloom.brand.id, followers_goal(bloom))
    section.social.reload()
    section.social.select_id(goal.id)
    assert _statuses(section) == [GoalStatus.OFF_TRACK]  # still 1000 of 1500 expected
    value = SnapshotData(bloom.insta.id, Metric.FOLLOWERS, TODAY, 1500)
    calls = answer_dialog(monkeypatch, RecordValueDialog, value)
    section.social.record_value()
    env, initial = calls[0]
    assert env.today == TODAY and env.latest[(bloom.insta.id, Metric.FOLLOWERS)].value == 1000
    assert (initial.account_id, initial.metric, initial.day) == (bloom.insta.id, Metric.FOLLOWERS,
                                                                 TODAY)
    assert _statuses(section) == [GoalStatus.ON_TRACK]
    assert section.social.model.record(0).progress.current == 1500
    assert "Current value: 1,500" in section.detail.summary.text()
    assert ctx.undo.undoText() == "Record Followers: 1,500"
    ctx.undo.undo()
    assert _statuses(section) == [GoalStatus.OFF_TRACK]
    assert ctx.services.snapshots.history(bloom.insta.id, Metric.FOLLOWERS, TODAY) == []
    ctx.undo.redo()
    assert _statuses(section) == [GoalStatus.ON_TRACK]


def test_recording_over_a_days_value_and_undo_puts_the_old_one_back(
        section: GoalsSection, ctx: UiContext, bloom: Bloom,
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer_dialog(monkeypatch, RecordValueDialog,
                  SnapshotData(bloom.insta.id, Metric.FOLLOWERS, START, 990))
    section.social.record_value()
    assert ctx.services.snapshots.history(bloom.insta.id, Metric.FOLLOWERS, START, START)[
        0].value == 990
    ctx.undo.undo()
    assert ctx.services.snapshots.history(bloom.insta.id, Metric.FOLLOWERS, START, START)[
        0].value == 1000


def test_without_a_brand_nothing_can_be_added(qtbot: QtBot, ctx: UiContext,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    section = goals_section(qtbot, ctx)
    assert not section.social.new_button.isEnabled()
    assert not section.social.template_button.isEnabled()
    assert not section.business.new_button.isEnabled()
    calls = answer_dialog(monkeypatch, GoalDialog, None)
    section.social.new_goal()
    section.social.record_value()
    assert calls == [] and ctx.undo.count() == 0


def test_switching_brand_shows_that_brands_goals(
        section: GoalsSection, ctx: UiContext, bloom: Bloom) -> None:
    ctx.services.goals.create_goal(bloom.brand.id, followers_goal(bloom))
    section.social.reload()
    assert section.social.model.rowCount() == 1
    palm = ctx.services.brands.create(BrandInput(name="Palm"))
    ctx.scope.set_brand(palm.id)
    assert section.social.model.rowCount() == 0 and section.business.model.rowCount() == 0
    ctx.scope.set_brand(bloom.brand.id)
    assert section.social.model.rowCount() == 1

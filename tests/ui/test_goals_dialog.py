"""The goal editor and the record-a-value dialog, driven through their real widgets."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.qtbot import QtBot

from smm_desktop.domain.goal_templates import template
from smm_desktop.domain.kpi import TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.smart import Letter
from smm_desktop.services.goals import SocialGoalInput
from smm_desktop.services.snapshots import SnapshotData
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.goal_dialog import GoalDialog
from smm_desktop.ui.dialogs.record_value_dialog import RecordValueDialog
from smm_desktop.ui.tabs.strategy.goals_section import GoalsSection

from .goal_helpers import (
    ACCEPTED,
    CANCEL,
    DEADLINE,
    START,
    TODAY,
    Bloom,
    english_numbers,
    followers_goal,
    goals_section,
    make_bloom,
    press_ok,
)


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


def _dialog(qtbot: QtBot, section: GoalsSection, initial: SocialGoalInput | None) -> GoalDialog:
    dialog = GoalDialog(None, section.social.form_env(), initial)
    qtbot.addWidget(dialog)
    return dialog


def _qdate(day: object) -> QDate:
    return QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _iso(text: str) -> str:
    return f"\u2068{text}\u2069"


BAD_INPUTS: list[tuple[str, Callable[[GoalDialog], None], str, str]] = [
    ("deadline before start", lambda d: d.deadline.setDate(_qdate(START - timedelta(days=1))),
     "deadline", "The deadline is before the start date."),
    ("target equals baseline", lambda d: d.target.setText("1000"),
     "target_value", "The target equals the baseline: set a number to reach."),
    ("negative follower count", lambda d: d.baseline.setText("-250"),
     "baseline_value", "This number cannot be below zero."),
    ("percent over 1000", lambda d: (_choose(d.target_kind, TargetKind.PERCENT.value),
                                     d.target.setText("1500")),
     "target_value", f"A change of more than {_iso('1000')}% is not realistic: set a lower target."),
    ("not a number", lambda d: d.target.setText("lots"),
     "target_value", "Enter a number, such as 1500 or 12.5."),
]


@pytest.mark.parametrize(("change", "field", "message"), [b[1:] for b in BAD_INPUTS],
                         ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_shows_its_message_on_the_field_and_is_not_accepted(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom,
        change: Callable[[GoalDialog], None], field: str, message: str) -> None:
    dialog = _dialog(qtbot, section, followers_goal(bloom))
    change(dialog)
    press_ok(dialog)
    assert dialog.error_text(field) == message
    assert dialog.result() != ACCEPTED
    others = {"deadline", "target_value", "baseline_value"} - {field}
    assert all(dialog.error_text(other) == "" for other in others)


def test_a_refused_goal_saves_nothing(section: GoalsSection, ctx: UiContext, bloom: Bloom,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def exec_(dialog: GoalDialog) -> QDialog.DialogCode:
        dialog.baseline.setText("-3")
        press_ok(dialog)
        seen.append(dialog.error_text("baseline_value"))
        dialog.buttons.button(CANCEL).click()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(GoalDialog, "exec", exec_)
    section.social.new_goal()
    assert seen == ["This number cannot be below zero."]
    assert ctx.services.goals.list_goals(bloom.brand.id) == []
    assert ctx.undo.count() == 0


def test_a_goal_typed_in_the_form_is_saved(section: GoalsSection, ctx: UiContext, bloom: Bloom,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(dialog: GoalDialog) -> QDialog.DialogCode:
        _choose(dialog.platform, "instagram")
        _choose(dialog.account, bloom.insta.id)
        _choose(dialog.metric_box, Metric.FOLLOWERS.value)
        dialog.baseline.setText("1,000")
        _choose(dialog.target_kind, TargetKind.PERCENT.value)
        dialog.target.setText("30")
        dialog.start.setDate(_qdate(START))
        dialog.deadline.setDate(_qdate(DEADLINE))
        _choose(dialog.business_goal, bloom.business.id)
        dialog.why.setText("Weekly giveaways")
        press_ok(dialog)
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(GoalDialog, "exec", exec_)
    section.social.new_goal()
    (goal,) = ctx.services.goals.list_goals(bloom.brand.id)
    assert (goal.account_id, goal.baseline_value, goal.target) == (bloom.insta.id, 1000, 1300)
    assert (goal.start, goal.deadline, goal.business_goal_id) == (START, DEADLINE,
                                                                  bloom.business.id)


def test_the_computed_target_is_shown_as_the_fields_change(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom) -> None:
    dialog = _dialog(qtbot, section, followers_goal(bloom))
    assert dialog.target_note.text() == "The number to reach is 2,000 (+100% from the baseline)."
    _choose(dialog.target_kind, TargetKind.PERCENT.value)
    dialog.target.setText("30")
    assert dialog.target_note.text() == "The number to reach is 1,300 (+30% from the baseline)."
    dialog.baseline.setText("")
    assert dialog.target_note.text() == ""


def test_the_smart_panel_ticks_every_letter_of_a_good_goal(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom) -> None:
    dialog = _dialog(qtbot, section, followers_goal(bloom))
    assert all(dialog.smart.passes(letter) for letter in Letter)
    assert dialog.smart.text(Letter.MEASURABLE) == "Measurable: ✓"


def test_the_smart_panel_names_what_is_missing_as_the_form_changes(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom) -> None:
    dialog = _dialog(qtbot, section, followers_goal(bloom))
    dialog.clear_deadline.click()
    assert dialog.smart.text(Letter.TIME_BOUND) == "Time-bound: No deadline."
    _choose(dialog.business_goal, 0)
    assert dialog.smart.text(Letter.RELEVANT) == "Relevant: Not linked to a business goal."
    dialog.target.setText("")
    assert dialog.smart.text(Letter.MEASURABLE) == "Measurable: No target value."
    assert dialog.smart.passes(Letter.SPECIFIC)


def test_the_smart_panel_flags_a_target_far_above_past_growth(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom) -> None:
    """+300% in 2 weeks, from an account that grew 25% in the 60 days before."""
    dialog = _dialog(qtbot, section, followers_goal(bloom))
    _choose(dialog.target_kind, TargetKind.PERCENT.value)
    dialog.target.setText("300")
    dialog.deadline.setDate(_qdate(START + timedelta(days=14)))
    text = dialog.smart.text(Letter.ACHIEVABLE)
    assert text.startswith("Achievable: The goal needs ")
    assert "far above this account's past growth of " in text
    assert f"{_iso('21.43')}% a day" in text and f"{_iso('0.42')}% a day" in text
    assert dialog.smart.passes(Letter.TIME_BOUND)


def test_a_template_fills_the_form(qtbot: QtBot, section: GoalsSection, ctx: UiContext,
                                   bloom: Bloom) -> None:
    ctx.services.snapshots.record(bloom.x.id, Metric.FOLLOWERS, TODAY, 4000)
    env = section.social.form_env()
    initial = section.social.template_input(template("x_followers_30_percent_4_months"), env)
    dialog = GoalDialog(None, env, initial)
    qtbot.addWidget(dialog)
    assert dialog.platform.currentText() == "X"
    assert dialog.account.currentData() == bloom.x.id
    assert dialog.metric_box.currentText() == "Followers"
    assert dialog.target_kind.currentData() == TargetKind.PERCENT.value
    assert (dialog.baseline.text(), dialog.target.text()) == ("4,000", "30")
    assert dialog.deadline.date() == _qdate(TODAY + timedelta(days=120))
    assert dialog.target_note.text() == "The number to reach is 5,200 (+30% from the baseline)."
    assert dialog.smart.text(Letter.RELEVANT).startswith("Relevant: Not linked")
    assert dialog.value() == initial


def test_a_template_on_a_platform_the_brand_lacks_moves_to_its_best_fitting_account(
        qtbot: QtBot, section: GoalsSection, ctx: UiContext, bloom: Bloom) -> None:
    """Bloom has Instagram and X, no LinkedIn: website clicks go to X, said in the form."""
    ctx.services.snapshots.record(bloom.x.id, Metric.WEBSITE_CLICKS, TODAY, 250)
    env = section.social.form_env()
    initial = section.social.template_input(
        template("linkedin_website_clicks_10_percent_60_days"), env)
    dialog = GoalDialog(None, env, initial)
    qtbot.addWidget(dialog)
    assert dialog.platform.currentText() == "X"
    assert dialog.account.currentData() == bloom.x.id
    assert dialog.metric_box.currentText() == "Website clicks"
    assert dialog.title_edit.text() == "+10% website clicks from X in 60 days"
    assert (dialog.baseline.text(), dialog.target.text()) == ("250", "10")
    note = dialog.template_note
    assert note.isVisibleTo(dialog)
    assert note.text().startswith("This template is for LinkedIn, where the brand has no account")
    assert dialog.value().account_id == bloom.x.id


def test_a_template_with_no_fitting_account_says_so_in_the_form(
        qtbot: QtBot, section: GoalsSection, ctx: UiContext, bloom: Bloom) -> None:
    env = dataclasses.replace(section.social.form_env(), accounts=[])
    initial = section.social.template_input(template("x_reach_100k_100_days"), env)
    dialog = GoalDialog(None, env, initial)
    qtbot.addWidget(dialog)
    assert dialog.platform.currentText() == "X"
    assert dialog.template_note.isVisibleTo(dialog)
    assert "the brand has no account where Reach makes sense" in dialog.template_note.text()


def test_a_template_on_a_platform_the_brand_has_needs_no_note(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom) -> None:
    env = section.social.form_env()
    dialog = GoalDialog(None, env, section.social.template_input(
        template("x_reach_100k_100_days"), env))
    qtbot.addWidget(dialog)
    assert not dialog.template_note.isVisibleTo(dialog)
    assert dialog.account.currentData() == bloom.x.id


def test_the_latest_value_button_fills_the_baseline(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom) -> None:
    dialog = _dialog(qtbot, section, followers_goal(bloom, baseline_value=None))
    assert dialog.use_latest.isEnabled()
    dialog.use_latest.click()
    assert dialog.baseline.text() == "1,000"
    _choose(dialog.account, 0)  # all the brand's Instagram accounts: no single latest value
    assert not dialog.use_latest.isEnabled()


def _record_dialog(qtbot: QtBot, section: GoalsSection, bloom: Bloom) -> RecordValueDialog:
    env = section.social.record_env()
    dialog = RecordValueDialog(None, env, SnapshotData(bloom.insta.id, Metric.FOLLOWERS, TODAY,
                                                       float("nan")))
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(("metric", "typed", "message"), [
    (Metric.FOLLOWERS, "-12", "This number cannot be below zero."),
    (Metric.FOLLOWERS, "", "This field is required."),
    (Metric.FOLLOWERS, "many", "Enter a number, such as 1500 or 12.5."),
    (Metric.ENGAGEMENT_RATE, "120", "A rate cannot be over 100%."),
])
def test_a_bad_value_is_refused_on_its_field(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom, metric: Metric, typed: str,
        message: str) -> None:
    dialog = _record_dialog(qtbot, section, bloom)
    _choose(dialog.metric_box, metric.value)
    dialog.number.setText(typed)
    press_ok(dialog)
    assert dialog.error_text("value") == message
    assert dialog.result() != ACCEPTED


def test_the_record_dialog_defaults_to_today_and_shows_the_latest_value(
        qtbot: QtBot, section: GoalsSection, bloom: Bloom) -> None:
    dialog = _record_dialog(qtbot, section, bloom)
    assert dialog.day.date() == _qdate(TODAY)
    assert dialog.number.text() == ""
    assert dialog.latest_note.text().startswith("The latest value is 1,000, recorded on ")
    dialog.number.setText("1,234")
    press_ok(dialog)
    assert dialog.result() == ACCEPTED
    assert dialog.value() == SnapshotData(bloom.insta.id, Metric.FOLLOWERS, TODAY, 1234)

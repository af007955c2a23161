"""The quarterly review wizard: prefilled from the numbers, finished or saved for later as one
request, a bad row named and shown on its step, and typed answers never lost silently."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import GoalOutcome
from smm_desktop.domain.kpi import TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.goals import SocialGoalInput
from smm_desktop.services.review_data import GoalResultInput, ReviewAnswers, ReviewRequest
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.goal_dialog import to_qdate
from smm_desktop.ui.dialogs.review_wizard import SAVE_LATER, ReviewWizard

from .goal_helpers import english_numbers
from .review_helpers import Q3, TODAY, Shop, make_shop, shop_env


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


@pytest.fixture
def shop(ctx: UiContext) -> Shop:
    return make_shop(ctx)


@pytest.fixture
def wizard(qtbot: QtBot, ctx: UiContext, shop: Shop,
           monkeypatch: pytest.MonkeyPatch) -> ReviewWizard:
    """Shown; closing it at the end of a test discards without a modal question."""
    monkeypatch.setattr(ReviewWizard, "confirm_discard", lambda self: True)
    made = ReviewWizard(None, shop_env(ctx, shop), ctx.services.reviews.validate)
    qtbot.addWidget(made)
    made.show()
    return made


def test_results_are_prefilled_from_the_recorded_values(wizard: ReviewWizard,
                                                        shop: Shop) -> None:
    ended, running = wizard.results.rows
    assert (ended.final.text(), ended.outcome.currentData()) == ("1,350", "achieved")
    assert (running.final.text(), running.outcome.currentData()) == ("1,350", "missed")
    carried = [row.isChecked() for row in wizard.next_goals.rows]
    assert carried == [True, False]  # the goal that ended is carried on by default
    goal = wizard.next_goals.rows[0].value()
    assert (goal.baseline_value, goal.baseline_date, goal.target_kind, goal.target_value) == (
        1350.0, TODAY, TargetKind.PERCENT, 30.0)
    assert (goal.start, goal.deadline, goal.account_id) == (
        date(2026, 10, 1), date(2026, 12, 31), shop.account.id)


def test_finish_gives_one_request_with_every_step(wizard: ReviewWizard, shop: Shop) -> None:
    wizard.results.rows[1].notes.setText("Ads paused in August")
    wizard.lessons.boxes["what_worked"].setPlainText("Reels")
    idea = wizard.experiments.rows[0]
    idea.idea.setText("Quiz in Stories")
    idea.measure.setText("Replies")
    wizard.accept()
    request = wizard.request
    assert request is not None and request.finish and wizard.result() == 1
    assert [r.outcome for r in request.answers.results] == [GoalOutcome.ACHIEVED,
                                                             GoalOutcome.MISSED]
    assert request.answers.results[1].notes == "Ads paused in August"
    assert request.answers.what_worked == "Reels"
    assert [g.title for g in request.next_goals] == ["Summer followers"]
    assert [(e.idea, e.measure) for e in request.experiments] == [("Quiz in Stories", "Replies")]


def test_save_and_finish_later_keeps_a_draft_request(wizard: ReviewWizard) -> None:
    wizard.lessons.boxes["what_did_not"].setPlainText("Stories")
    wizard.button(SAVE_LATER).click()
    assert wizard.request is not None and not wizard.request.finish
    assert wizard.request.answers.what_did_not == "Stories"


def test_bad_next_goal_is_named_on_its_row_and_nothing_closes(wizard: ReviewWizard) -> None:
    for _ in range(3):
        wizard.next()
    row = wizard.next_goals.rows[0]
    row.deadline.setDate(to_qdate(date(2026, 9, 1)))
    wizard.accept()
    assert wizard.request is None and wizard.isVisible()
    assert wizard.currentPage() is wizard.next_goals
    assert row.error.isVisibleTo(wizard) and row.error.text().startswith("Deadline:")


def test_a_final_number_that_is_not_a_number_is_refused(wizard: ReviewWizard) -> None:
    wizard.results.rows[0].final.setText("lots")
    wizard.next()
    assert wizard.currentPage() is wizard.results
    assert "Final number" in wizard.results.rows[0].error.text()


def test_closing_asks_only_when_answers_were_typed(
        wizard: ReviewWizard, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(ReviewWizard, "confirm_discard",
                        lambda self: asked.append(True) or False)
    wizard.lessons.boxes["next_actions"].setPlainText("More reels")
    wizard.reject()
    assert asked and wizard.isVisible()
    wizard.lessons.boxes["next_actions"].setPlainText("")
    wizard.reject()
    assert len(asked) == 1 and not wizard.isVisible()
    monkeypatch.setattr(ReviewWizard, "confirm_discard", lambda self: True)


def test_a_draft_is_resumed_with_its_answers(qtbot: QtBot, ctx: UiContext, shop: Shop) -> None:
    env = shop_env(ctx, shop)
    ctx.services.reviews.save(ReviewRequest(shop.brand.id, Q3, ReviewAnswers(
        (wizard_result := ReviewWizard(None, env, None).results.results())[:1],
        "Reels worked")))
    resumed = ReviewWizard(None, shop_env(ctx, shop), None)
    qtbot.addWidget(resumed)
    assert resumed.lessons.boxes["what_worked"].toPlainText() == "Reels worked"
    assert resumed.env.draft is not None
    assert resumed.answers(True).review_id == resumed.env.draft.id
    assert wizard_result[0].goal_id == shop.ended.id


def test_run_returns_the_request_or_nothing(ctx: UiContext, shop: Shop,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ReviewWizard, "exec", lambda self: self.save_later() or 1)
    request, ok = ReviewWizard.run(None, shop_env(ctx, shop))
    assert ok and request is not None and not request.finish
    monkeypatch.setattr(ReviewWizard, "exec", lambda self: 0)
    assert ReviewWizard.run(None, shop_env(ctx, shop)) == (None, False)


def test_next_goals_typed_before_a_refused_save_come_back(
        qtbot: QtBot, ctx: UiContext, shop: Shop, wizard: ReviewWizard) -> None:
    ended, running = wizard.next_goals.rows
    ended.setChecked(False)
    running.setChecked(True)
    running.target.setText("2500")
    running.why.setText("Ads are back in October")
    refused = wizard.answers(True)
    again = ReviewWizard(None, dataclasses.replace(shop_env(ctx, shop), initial=refused), None)
    qtbot.addWidget(again)
    ended, running = again.next_goals.rows
    assert (ended.isChecked(), running.isChecked()) == (False, True)
    assert (running.target.text(), running.why.text()) == ("2,500", "Ads are back in October")
    assert again.answers(True).next_goals == refused.next_goals
    assert not again.next_goals.draft_note.isVisibleTo(again.next_goals)


def test_a_resumed_draft_says_next_goals_are_not_kept(
        qtbot: QtBot, ctx: UiContext, shop: Shop) -> None:
    fresh = ReviewWizard(None, shop_env(ctx, shop), None)
    qtbot.addWidget(fresh)
    assert fresh.next_goals.draft_note.isHidden()
    ctx.services.reviews.save(ReviewRequest(shop.brand.id, Q3, ReviewAnswers(what_worked="x")))
    resumed = ReviewWizard(None, shop_env(ctx, shop), None)
    qtbot.addWidget(resumed)
    assert not resumed.next_goals.draft_note.isHidden()
    assert "not kept in a draft" in resumed.next_goals.draft_note.text()


def test_results_of_goals_no_longer_in_the_quarter_are_shown_and_kept(
        qtbot: QtBot, ctx: UiContext, shop: Shop) -> None:
    gone = GoalResultInput(None, "Deleted goal", None, None, None, 42.0, GoalOutcome.MISSED,
                           "Dropped in August")
    moved = GoalResultInput(shop.running.id, "Autumn followers", Metric.FOLLOWERS, 1000.0,
                            2000.0, 1350.0, GoalOutcome.MISSED, "kept")
    ctx.services.reviews.save(ReviewRequest(shop.brand.id, Q3, ReviewAnswers((gone, moved))))
    env = dataclasses.replace(shop_env(ctx, shop), progress=[
        p for p in shop_env(ctx, shop).progress if p.goal.id == shop.ended.id])
    resumed = ReviewWizard(None, env, None)
    qtbot.addWidget(resumed)
    kept = resumed.results.kept
    assert [row.title() for row in kept] == ["Deleted goal", "Autumn followers"]
    assert "Dropped in August" in kept[0].text_shown()
    assert "✗ Missed" in kept[0].text_shown() and "42" in kept[0].text_shown()
    results = resumed.answers(False).answers.results
    assert [r.goal_id for r in results] == [shop.ended.id, None, shop.running.id]
    assert results[1:] == (gone, moved)


def test_a_running_goal_on_pace_is_prefilled_as_achieved_so_far(
        qtbot: QtBot, ctx: UiContext, shop: Shop) -> None:
    ctx.services.goals.create_goal(shop.brand.id, SocialGoalInput(
        account_id=shop.account.id, metric=Metric.FOLLOWERS, baseline_value=1000.0,
        baseline_date=date(2026, 8, 1), target_value=1500.0, start=date(2026, 8, 1),
        deadline=date(2026, 11, 30), title="Paced followers", why_realistic="Reels"))
    made = ReviewWizard(None, shop_env(ctx, shop), None)
    qtbot.addWidget(made)
    rows = {row.progress.goal.title: row for row in made.results.rows}
    paced, behind = rows["Paced followers"], rows["Autumn followers"]
    assert paced.outcome.currentData() == "achieved"
    assert behind.outcome.currentData() == "missed"
    assert "On pace" in paced.outcome.currentText()
    assert "Behind pace" in behind.outcome.currentText()
    assert rows["Summer followers"].outcome.currentText() == "✓ Achieved"

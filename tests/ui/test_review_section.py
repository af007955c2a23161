"""The quarterly review section: no query until shown, the review due in a banner, a finished
review read back as a report, finishing and undoing it, experiments edited with undo, and the
models passing the model tester."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import ExperimentStatus, GoalOutcome
from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.services.experiments import ExperimentInput, experiment_errors
from smm_desktop.services.review_data import GoalResultInput, ReviewAnswers, ReviewRequest
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.experiment_dialog import ExperimentDialog
from smm_desktop.ui.dialogs.goal_dialog import to_qdate
from smm_desktop.ui.dialogs.review_pages import WizardEnv
from smm_desktop.ui.dialogs.review_wizard import ReviewWizard
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.reviews import ExperimentTableModel, ReviewListModel, review_state
from smm_desktop.ui.tabs.strategy.review_report import report_html
from smm_desktop.ui.tabs.strategy.review_section import ReviewSection

from .goal_helpers import english_numbers
from .helpers import answer_dialog
from .review_helpers import Q3, TODAY, Shop, make_shop

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


@pytest.fixture
def shop(ctx: UiContext) -> Shop:
    return make_shop(ctx)


@pytest.fixture
def section(qtbot: QtBot, ctx: UiContext, shop: Shop) -> ReviewSection:
    made = ReviewSection(ctx)
    made.today = TODAY
    qtbot.addWidget(made)
    made.show()
    return made


def _finish_request(ctx: UiContext, env: WizardEnv) -> ReviewRequest:
    """What the wizard gives on Finish, as it prefilled it."""
    wizard = ReviewWizard(None, env, None)
    request = dataclasses.replace(wizard.answers(True), answers=dataclasses.replace(
        wizard.answers(True).answers, what_worked="Reels of the market"),
        experiments=(ExperimentInput("Quiz", "More replies", "Replies"),))
    wizard.deleteLater()
    return request


def _wizard_answers(monkeypatch: pytest.MonkeyPatch, ctx: UiContext,
                    answers: list[Any]) -> list[WizardEnv]:
    """Make the wizard answer in turn: "finish" (as prefilled), a request, or None (cancel)."""
    seen: list[WizardEnv] = []

    def run(cls: type, parent: Any, env: WizardEnv, validator: Any = None) -> Any:
        seen.append(env)
        answer = answers.pop(0)
        if answer == "finish":
            answer = _finish_request(ctx, env)
        return answer, answer is not None

    monkeypatch.setattr(ReviewWizard, "run", classmethod(run))
    return seen


def test_nothing_is_read_until_the_section_is_shown(
        qtbot: QtBot, ctx: UiContext, shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = ctx.services.reviews.list_reviews
    monkeypatch.setattr(ctx.services.reviews, "list_reviews",
                        lambda brand_id: calls.append(brand_id) or original(brand_id))
    made = ReviewSection(ctx)
    qtbot.addWidget(made)
    ctx.hub.changed.emit(DataHub.REVIEWS)
    assert calls == []
    made.show()
    assert calls == [shop.brand.id]


def test_banner_offers_the_quarter_due(section: ReviewSection) -> None:
    assert section.banner.isVisibleTo(section)
    assert section.review_button.text() == "Review Q3 2026…"


def test_finish_a_review_then_read_it_and_undo(
        section: ReviewSection, ctx: UiContext, shop: Shop,
        monkeypatch: pytest.MonkeyPatch) -> None:
    areas: list[str] = []
    ctx.hub.changed.connect(areas.append)
    seen = _wizard_answers(monkeypatch, ctx, ["finish"])
    section.review_button.click()
    assert seen[0].quarter == Q3 and seen[0].draft is None
    assert {DataHub.REVIEWS, DataHub.GOALS} <= set(areas)
    [review] = section.reviews.model.records()
    assert review.completed
    report = section.report.toPlainText()
    for text in ("Review of Q3 2026", "✓ Achieved", "✗ Behind pace so far", "Summer followers",
                 "Reels of the market", "Quiz", "1,000 → 1,300, final: 1,350"):
        assert text in report
    assert "Summer followers" in report.split("Goals set for the next quarter")[1]
    assert ctx.services.goals.get_goal(shop.ended.id).closed_as is GoalStatus.ACHIEVED
    assert section.review_button.text() == "Review Q4 2026…"
    assert section.banner_text.text() == (  # Q4 is still running on TODAY, 10 October
        "The Q4 2026 review is due when the quarter ends, on 12/31/26 (days left: 82). "
        "You can start it early.")
    ctx.undo.undo()
    assert section.reviews.model.records() == []
    assert ctx.services.goals.get_goal(shop.ended.id).closed_as is None
    assert section.review_button.text() == "Review Q3 2026…"
    assert section.banner_text.text().startswith("Q3 2026 has no completed review yet")
    ctx.undo.redo()
    assert [r.completed for r in section.reviews.model.records()] == [True]


def test_a_draft_is_resumed_not_duplicated(section: ReviewSection, ctx: UiContext,
                                           shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = ReviewRequest(shop.brand.id, Q3, ReviewAnswers(what_worked="half done"))
    seen = _wizard_answers(monkeypatch, ctx, [draft, "finish"])
    section.review_button.click()
    assert section.review_button.text() == "Continue the Q3 2026 review…"
    section.review_button.click()
    assert seen[1].draft is not None and seen[1].draft.answers.what_worked == "half done"
    assert [r.completed for r in section.reviews.model.records()] == [True]


def test_a_refused_save_reopens_the_wizard_with_what_was_typed(
        section: ReviewSection, ctx: UiContext, shop: Shop,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.services.reviews.save(ReviewRequest(shop.brand.id, Q3, ReviewAnswers()))
    stale = ReviewRequest(shop.brand.id, Q3, ReviewAnswers(what_worked="typed"))  # no draft id
    seen = _wizard_answers(monkeypatch, ctx, [stale, None])
    failures: list[object] = []
    ctx.hub.failed.connect(failures.append)
    section.start_review()
    assert len(failures) == 1 and seen[1].initial == stale


def test_delete_a_review_and_undo(section: ReviewSection, ctx: UiContext, shop: Shop) -> None:
    ctx.services.reviews.save(ReviewRequest(shop.brand.id, Q3, ReviewAnswers(), finish=True))
    ctx.hub.changed.emit(DataHub.REVIEWS)
    section.reviews.select_id(section.reviews.model.records()[0].id)
    section.delete_review()
    assert section.reviews.model.records() == []
    ctx.undo.undo()
    assert len(section.reviews.model.records()) == 1


def test_experiments_add_advance_edit_delete_with_undo(
        section: ReviewSection, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = section.experiments
    calls = answer_dialog(monkeypatch, ExperimentDialog, ExperimentInput("Live Q&A", "Bookings"))
    panel.new_experiment()
    assert calls[0][1] is None
    [made] = panel.model.records()
    panel.select_id(made.id)
    assert panel.start_button.text() == "Start"
    panel.advance()
    [running] = panel.model.records()
    assert running.status is ExperimentStatus.RUNNING and running.start_date is not None
    assert panel.start_button.text() == "Mark done"
    answer_dialog(monkeypatch, ExperimentDialog, dataclasses.replace(
        running.to_input(), result="Twice the bookings"))
    panel.edit_experiment()
    assert panel.model.records()[0].result == "Twice the bookings"
    panel.delete_experiment()
    assert panel.model.records() == []
    ctx.undo.undo()
    assert panel.model.records()[0].result == "Twice the bookings"
    ctx.undo.undo()
    ctx.undo.undo()
    assert panel.model.records()[0].status is ExperimentStatus.PLANNED
    ctx.undo.undo()
    assert panel.model.records() == []


def test_models_pass_the_model_tester(ctx: UiContext, shop: Shop) -> None:
    reviews, experiments = ReviewListModel(ctx.fmt), ExperimentTableModel(ctx.fmt)
    testers = [QAbstractItemModelTester(m, FATAL) for m in (reviews, experiments)]
    service = ctx.services.reviews
    saved = service.save(ReviewRequest(shop.brand.id, Q3, ReviewAnswers(), finish=True))
    reviews.set_records(service.list_reviews(shop.brand.id))
    service.experiments.create(shop.brand.id, ExperimentInput("Quiz"), saved.review.id)
    experiments.set_records(service.experiments.list_experiments(shop.brand.id))
    assert (reviews.rowCount(), reviews.columnCount()) == (1, 2)
    assert (experiments.rowCount(), experiments.columnCount()) == (1, 7)
    assert reviews.index(0, 0).data() == "Q3 2026"
    assert experiments.index(0, 3).data() == "Planned"
    assert len(testers) == 2


def test_experiment_dialog_names_a_bad_end_date(qtbot: QtBot) -> None:
    dialog = ExperimentDialog(None, experiment_errors, ExperimentInput(
        "Quiz", start_date=date(2026, 9, 10), end_date=date(2026, 9, 1)))
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.error_text("end_date") == "The end date is before the start date."
    dialog.idea.setText("")
    dialog.end.setDate(to_qdate(date(2026, 9, 30)))
    dialog.buttons.accepted.emit()
    assert dialog.error_text("idea") == "This field is required."
    dialog.idea.setText("Quiz")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1 and dialog.value().end_date == date(2026, 9, 30)


def test_completion_is_shown_on_the_local_day(monkeypatch: pytest.MonkeyPatch,
                                              ctx: UiContext, shop: Shop) -> None:
    monkeypatch.setenv("TZ", "Asia/Riyadh")  # UTC+3 all year
    time.tzset()
    try:
        saved = ctx.services.reviews.save(
            ReviewRequest(shop.brand.id, Q3, ReviewAnswers(), finish=True)).review
        late = dataclasses.replace(saved, completed_at=datetime(2026, 10, 3, 22, 30))  # UTC
        assert review_state(ctx.fmt, late) == "Completed on 10/4/26"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_today_is_read_at_each_reload(qtbot: QtBot, ctx: UiContext, shop: Shop,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    days = [TODAY]

    class Clock(date):
        @classmethod
        def today(cls) -> Clock:
            found = days[0]
            return cls(found.year, found.month, found.day)

    monkeypatch.setattr("smm_desktop.ui.tabs.strategy.review_section.date", Clock)
    made = ReviewSection(ctx)
    qtbot.addWidget(made)
    made.show()
    assert made.review_button.text() == "Review Q3 2026…"
    days[0] = date(2027, 1, 5)  # the app stayed open over the new year
    made.reload()
    assert made.review_button.text() == "Review Q4 2026…"


def test_a_result_without_a_metric_has_no_empty_brackets(ctx: UiContext, shop: Shop) -> None:
    result = GoalResultInput(None, "Open a second branch", None, None, None, None,
                             GoalOutcome.MISSED, "")
    review = ctx.services.reviews.save(ReviewRequest(
        shop.brand.id, Q3, ReviewAnswers((result,)), finish=True)).review
    html = report_html(review, [], [], [], ctx.fmt)
    assert "Open a second branch" in html and "()" not in html


def test_a_goal_still_running_reads_by_its_pace_in_the_report(
        section: ReviewSection, ctx: UiContext, shop: Shop) -> None:
    saved = ctx.services.reviews.save(ReviewRequest(shop.brand.id, Q3, ReviewAnswers((
        GoalResultInput(shop.running.id, "Autumn followers", None, 1000.0, 2000.0, 1350.0,
                        GoalOutcome.MISSED, "Behind pace; still running."),)), finish=True))
    ctx.hub.changed.emit(DataHub.REVIEWS)
    section.reviews.select_id(saved.review.id)
    report = section.report.toPlainText()
    assert "✗ Behind pace so far" in report and "✗ Missed" not in report

"""Quarterly reviews: the quarter's goals, drafts resumed not duplicated, finishing in one
unit of work (goals closed, next goals and experiments made), refusals that save nothing, and
undo/redo of a save; experiments edited and deleted with undo."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Experiment, Review, SocialGoal
from smm_desktop.domain.enums import ExperimentStatus, GoalOutcome, Platform, SnapshotSource
from smm_desktop.domain.errors import Conflict, ValidationFailed
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.quarters import Quarter
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.experiments import ExperimentInput
from smm_desktop.services.goals import GoalService, SocialGoalData, SocialGoalInput
from smm_desktop.services.review_data import GoalResultInput, ReviewAnswers, ReviewRequest
from smm_desktop.services.reviews import ReviewService, prefilled_outcome
from smm_desktop.services.snapshots import SnapshotData, SnapshotService
from smm_desktop.services.workspace import Workspace

Q3 = Quarter(2026, 3)
TODAY = date(2026, 10, 10)


@pytest.fixture
def reviews(workspace: Workspace) -> ReviewService:
    return ReviewService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))


@pytest.fixture
def insta(workspace: Workspace, brand: BrandData) -> AccountData:
    return AccountService(workspace.session_factory).create(
        brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))


def _goal(workspace: Workspace, brand: BrandData, account: AccountData, start: date,
          deadline: date, target: float = 1300.0, title: str = "Followers") -> SocialGoalData:
    return GoalService(workspace.session_factory).create_goal(brand.id, SocialGoalInput(
        account_id=account.id, metric=Metric.FOLLOWERS, baseline_value=1000.0,
        baseline_date=start, target_value=target, start=start, deadline=deadline, title=title))


@pytest.fixture
def ended(workspace: Workspace, brand: BrandData, insta: AccountData) -> SocialGoalData:
    """A goal of Q3 that reached its target: 1000 to 1300, now at 1350."""
    SnapshotService(workspace.session_factory).record_many([SnapshotData(
        insta.id, Metric.FOLLOWERS, date(2026, 9, 20), 1350.0, SnapshotSource.MANUAL)])
    return _goal(workspace, brand, insta, date(2026, 6, 1), date(2026, 9, 15))


@pytest.fixture
def running(workspace: Workspace, brand: BrandData, insta: AccountData) -> SocialGoalData:
    """A goal that runs on past Q3's end, far from its target."""
    return _goal(workspace, brand, insta, date(2026, 8, 1), date(2026, 11, 30), 2000.0, "Long")


def _result(goal: SocialGoalData, outcome: GoalOutcome, final: float = 1350.0) -> GoalResultInput:
    return GoalResultInput(goal.id, goal.title, goal.metric, goal.baseline_value,
                           goal.target, final, outcome, "notes on why")


def _next_goal(goal: SocialGoalData) -> SocialGoalInput:
    nxt = Q3.next()
    return dataclasses.replace(goal.to_input(), baseline_value=1350.0, baseline_date=TODAY,
                               target_kind=TargetKind.PERCENT, target_value=30.0,
                               start=nxt.first_day, deadline=nxt.last_day, closed_as=None)


def _count(workspace: Workspace, model: type) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(model).where(
            model.deleted_at.is_(None))) or 0


def test_quarter_goals_are_those_ending_in_it_or_running_at_its_end(
        reviews: ReviewService, brand: BrandData, insta: AccountData, workspace: Workspace,
        ended: SocialGoalData, running: SocialGoalData) -> None:
    _goal(workspace, brand, insta, date(2026, 10, 5), date(2026, 12, 20), title="Later")
    found = reviews.quarter_goals(brand.id, Q3, TODAY)
    assert [p.goal.id for p in found] == [ended.id, running.id]
    assert found[0].current == 1350.0


def test_finish_closes_ended_goals_makes_next_goals_and_experiments(
        reviews: ReviewService, brand: BrandData, workspace: Workspace,
        ended: SocialGoalData, running: SocialGoalData) -> None:
    answers = ReviewAnswers((_result(ended, GoalOutcome.ACHIEVED),
                             _result(running, GoalOutcome.MISSED, 1100.0)),
                            "Reels", "Ads", "More reels")
    saved = reviews.save(ReviewRequest(
        brand.id, Q3, answers, next_goals=(_next_goal(ended),),
        experiments=(ExperimentInput("Quiz", "Replies go up", "Replies a week"),), finish=True))
    review = reviews.get(saved.review.id)
    assert review.completed and review.quarter == Q3
    assert review.answers.what_worked == "Reels"
    assert [r.outcome for r in review.answers.results] == [GoalOutcome.ACHIEVED, GoalOutcome.MISSED]
    goals = GoalService(workspace.session_factory)
    assert goals.get_goal(ended.id).closed_as is GoalStatus.ACHIEVED
    assert goals.get_goal(running.id).closed_as is None  # still running: stays open
    [new] = reviews.goals_starting(brand.id, Q3.next())
    assert (new.start, new.deadline, new.target) == (date(2026, 10, 1), date(2026, 12, 31),
                                                       pytest.approx(1755.0))
    [experiment] = reviews.experiments.list_experiments(brand.id, saved.review.id)
    assert experiment.idea == "Quiz" and experiment.review_id == saved.review.id


def test_bad_next_goal_names_row_and_field_and_saves_nothing(
        reviews: ReviewService, brand: BrandData, workspace: Workspace,
        ended: SocialGoalData) -> None:
    bad = dataclasses.replace(_next_goal(ended), deadline=date(2026, 9, 1))
    request = ReviewRequest(brand.id, Q3, ReviewAnswers((_result(ended, GoalOutcome.ACHIEVED),)),
                            next_goals=(_next_goal(ended), bad),
                            experiments=(ExperimentInput("Idea"),), finish=True)
    assert [e.field for e in reviews.validate(request)] == ["next_goals.1.deadline"]
    with pytest.raises(ValidationFailed) as err:
        reviews.save(request)
    assert err.value.errors[0].field == "next_goals.1.deadline"
    assert (_count(workspace, Review), _count(workspace, Experiment),
            _count(workspace, SocialGoal)) == (0, 0, 1)
    assert GoalService(workspace.session_factory).get_goal(ended.id).closed_as is None


def test_empty_experiment_idea_is_refused_by_row(reviews: ReviewService, brand: BrandData) -> None:
    request = ReviewRequest(brand.id, Q3, ReviewAnswers(),
                            experiments=(ExperimentInput("Fine"), ExperimentInput("  ")))
    assert [(e.field, e.code) for e in reviews.validate(request)] == [
        ("experiments.1.idea", "required")]


def test_draft_is_resumed_not_duplicated(reviews: ReviewService, brand: BrandData,
                                         ended: SocialGoalData, workspace: Workspace) -> None:
    first = reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers(what_worked="half")))
    draft = reviews.find(brand.id, Q3)
    assert draft is not None and not draft.completed and draft.answers.what_worked == "half"
    with pytest.raises(Conflict):  # a second draft for the same quarter
        reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers(what_worked="again")))
    answers = ReviewAnswers((_result(ended, GoalOutcome.ACHIEVED),), "all of it")
    reviews.save(ReviewRequest(brand.id, Q3, answers, draft.id, draft.version, finish=True))
    assert [r.id for r in reviews.list_reviews(brand.id)] == [first.review.id]
    assert reviews.get(first.review.id).completed
    assert reviews.due(brand.id, TODAY) == Quarter(2026, 4)


def test_stale_draft_is_refused(reviews: ReviewService, brand: BrandData) -> None:
    saved = reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers(what_worked="one")))
    reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers(what_worked="two"),
                               saved.review.id, saved.review.version))
    with pytest.raises(Conflict):
        reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers(what_worked="three"),
                                   saved.review.id, saved.review.version))


def test_undo_finish_puts_back_draft_goals_and_experiments(
        reviews: ReviewService, brand: BrandData, workspace: Workspace,
        ended: SocialGoalData) -> None:
    draft = reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers(what_worked="draft"))).review
    answers = ReviewAnswers((_result(ended, GoalOutcome.MISSED),), "final")
    saved = reviews.save(ReviewRequest(
        brand.id, Q3, answers, draft.id, draft.version, next_goals=(_next_goal(ended),),
        experiments=(ExperimentInput("Quiz"),), finish=True))
    goals = GoalService(workspace.session_factory)
    reviews.undo_save(saved)
    back = reviews.get(draft.id)
    assert not back.completed and back.answers.what_worked == "draft"
    assert goals.get_goal(ended.id).closed_as is None
    assert (_count(workspace, SocialGoal), _count(workspace, Experiment)) == (1, 0)
    reviews.redo_save(saved)
    assert reviews.get(draft.id).completed
    assert goals.get_goal(ended.id).closed_as is GoalStatus.MISSED
    assert (_count(workspace, SocialGoal), _count(workspace, Experiment)) == (2, 1)


def test_undo_of_a_new_review_trashes_it(reviews: ReviewService, brand: BrandData) -> None:
    saved = reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers("", "x"), finish=True))
    reviews.undo_save(saved)
    assert reviews.list_reviews(brand.id) == []
    assert reviews.due(brand.id, TODAY) == Q3


def test_delete_and_undelete_review(reviews: ReviewService, brand: BrandData) -> None:
    saved = reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers(), finish=True)).review
    reviews.delete_review(saved.id, saved.version)
    assert reviews.list_reviews(brand.id) == []
    assert reviews.undelete_review(saved.id).id == saved.id
    assert reviews.purge_deleted() == 0


def test_experiments_edit_status_delete_undelete(reviews: ReviewService,
                                                 brand: BrandData) -> None:
    service = reviews.experiments
    made = service.create(brand.id, ExperimentInput("Live Q&A", "Bookings go up", "Bookings"))
    assert made.status is ExperimentStatus.PLANNED and made.review_id is None
    done = service.update(made.id, made.version, dataclasses.replace(
        made.to_input(), status=ExperimentStatus.DONE, result="Twice the bookings",
        start_date=date(2026, 9, 1), end_date=date(2026, 9, 30)))
    assert (done.status, done.result) == (ExperimentStatus.DONE, "Twice the bookings")
    with pytest.raises(Conflict):
        service.update(made.id, made.version, made.to_input())
    with pytest.raises(ValidationFailed) as err:
        service.update(done.id, done.version, dataclasses.replace(
            done.to_input(), end_date=date(2026, 8, 1)))
    assert err.value.errors[0].field == "end_date"
    service.delete(done.id, done.version)
    assert service.list_experiments(brand.id) == []
    service.undelete(done.id)
    assert [e.idea for e in service.list_experiments(brand.id)] == ["Live Q&A"]


def test_redo_keeps_the_first_completion_moment(
        reviews: ReviewService, brand: BrandData, monkeypatch: pytest.MonkeyPatch) -> None:
    moments = iter(datetime(2026, 10, 10, 9, minute) for minute in range(50))
    monkeypatch.setattr("smm_desktop.services.reviews.utcnow", lambda: next(moments))
    saved = reviews.save(ReviewRequest(brand.id, Q3, ReviewAnswers("", "x"), finish=True))
    first = reviews.get(saved.review.id).completed_at
    assert first is not None
    again = reviews.redo_save(reviews.undo_save(saved))
    assert reviews.get(saved.review.id).completed_at == first
    reviews.redo_save(reviews.undo_save(again))
    assert reviews.get(saved.review.id).completed_at == first


def test_a_running_goal_is_prefilled_by_its_pace_at_the_quarter_end(
        reviews: ReviewService, brand: BrandData, insta: AccountData, workspace: Workspace,
        ended: SocialGoalData, running: SocialGoalData) -> None:
    paced = _goal(workspace, brand, insta, date(2026, 8, 1), date(2026, 11, 30), 1500.0, "Paced")
    outcomes = {p.goal.id: prefilled_outcome(Q3, p)
                for p in reviews.quarter_goals(brand.id, Q3, Q3.last_day)}
    assert outcomes == {ended.id: GoalOutcome.ACHIEVED, running.id: GoalOutcome.MISSED,
                        paced.id: GoalOutcome.ACHIEVED}

"""Quarterly reviews: each goal's result, the lessons, the next quarter's goals and the
experiments, saved as a draft or finished in one unit of work that undo can take back."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, Experiment, Review, SocialAccount, SocialGoal
from smm_desktop.domain import kpi, quarters
from smm_desktop.domain.enums import GoalOutcome, ReviewKind
from smm_desktop.domain.errors import Conflict, FieldError
from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.domain.quarters import Quarter
from smm_desktop.services._base import (
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)
from smm_desktop.services.experiments import (
    ExperimentService,
    add_experiments,
    experiment_errors,
)
from smm_desktop.services.goal_data import (
    SocialGoalData,
    SocialGoalInput,
    apply_goal,
    goal_errors,
)
from smm_desktop.services.goal_progress import GoalProgress
from smm_desktop.services.goals import GoalService
from smm_desktop.services.review_data import (
    TEXT_MAX,
    ReviewAnswers,
    ReviewData,
    ReviewRequest,
    SavedReview,
    apply_answers,
    review_data,
)

_TEXTS = ("what_worked", "what_did_not", "next_actions")
_ON_PACE = (GoalStatus.ON_TRACK, GoalStatus.ACHIEVED)


def still_running(quarter: Quarter, progress: GoalProgress) -> bool:
    """The goal's deadline is after the quarter's end: the review does not close it."""
    return not quarters.ends_in(quarter, progress.goal.deadline)


def prefilled_outcome(quarter: Quarter, progress: GoalProgress) -> GoalOutcome:
    """A goal that ended: whether it reached its target. One still running: whether it was on
    pace on the quarter's last day ("achieved so far"), else behind ("missed" so far)."""
    goal, plan = progress.goal, progress.goal.plan()
    if not still_running(quarter, progress) or plan is None:
        return quarters.outcome_of(goal.baseline_value, progress.target, progress.current)
    pace = kpi.status(plan, quarter.last_day, progress.current)
    return GoalOutcome.ACHIEVED if pace in _ON_PACE else GoalOutcome.MISSED


class ReviewService:
    """The quarterly reviews of the brands in one workspace, and their experiments."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory
        self.experiments = ExperimentService(session_factory)
        self._goals = GoalService(session_factory)

    def list_reviews(self, brand_id: int) -> list[ReviewData]:
        """The brand's quarterly reviews, drafts too, the newest quarter first."""
        query = (select(Review)
                 .where(Review.brand_id == brand_id, Review.deleted_at.is_(None),
                        Review.kind == ReviewKind.QUARTERLY.value)
                 .order_by(Review.period_start.desc(), Review.id.desc()))
        with self._sf() as s:
            return [review_data(row) for row in s.scalars(query)]

    def get(self, review_id: int) -> ReviewData:
        with self._sf() as s:
            return review_data(load_live(s, Review, review_id))

    def find(self, brand_id: int, quarter: Quarter) -> ReviewData | None:
        """The quarter's review (a draft or a completed one), if there is one."""
        return next((r for r in self.list_reviews(brand_id) if r.quarter == quarter), None)

    def due(self, brand_id: int, today: date) -> Quarter:
        """The quarter to review next: the one just ended, else the current one."""
        done = {r.quarter for r in self.list_reviews(brand_id) if r.completed}
        return quarters.due_quarter(today, done)

    def quarter_goals(self, brand_id: int, quarter: Quarter, today: date) -> list[GoalProgress]:
        """The goals the quarter's review covers, each with its value on `today`."""
        return [p for p in self._goals.progress(brand_id, today)
                if quarters.covers_goal(quarter, p.goal.start, p.goal.deadline)]

    def goals_starting(self, brand_id: int, quarter: Quarter) -> list[SocialGoalData]:
        """The brand's goals that start in `quarter` (set by the review of the one before)."""
        return [g for g in self._goals.list_goals(brand_id)
                if quarters.starts_in(quarter, g.start)]

    def validate(self, request: ReviewRequest) -> list[FieldError]:
        """Every reason to refuse the save; a field of a row is named "next_goals.2.deadline"."""
        with self._sf() as s:
            return _errors(s, request)

    def save(self, request: ReviewRequest) -> SavedReview:
        """Save the draft, or finish the review: results, closed goals, new goals and the
        experiments in one transaction; nothing is saved when any part is refused."""
        try:
            with self._sf.begin() as s:
                load_live(s, Brand, request.brand_id)
                refuse_invalid(_errors(s, request))
                return _save(s, request)
        except StaleDataError as err:
            raise Conflict("Review", request.review_id) from err

    def undo_save(self, saved: SavedReview) -> SavedReview:
        """Put back what the save changed: the answers before, the goals' closing, and the
        new goals and experiments to the trash (a new review goes to the trash too). The record
        returned keeps the moment the save finished the review, for redo to put back."""
        with self._sf.begin() as s:
            row = load_deleted(s, Review, saved.review.id)
            if saved.created_review:
                mark_deleted(row)
            else:
                apply_answers(row, saved.before)
                row.completed_at = None
            _trash(s, saved, True)
            _close(s, [(g, before) for g, before, _after in saved.closed])
            s.flush()
            return dataclasses.replace(saved, review=dataclasses.replace(
                review_data(row), completed_at=saved.review.completed_at))

    def redo_save(self, saved: SavedReview) -> SavedReview:
        """Do the save again; a finished review keeps the moment it was first finished."""
        with self._sf.begin() as s:
            row = load_deleted(s, Review, saved.review.id)
            row.deleted_at = None
            apply_answers(row, saved.after)
            if saved.finished:
                row.completed_at = saved.review.completed_at or utcnow()
            _trash(s, saved, False)
            _close(s, [(g, after) for g, _before, after in saved.closed])
            s.flush()
            return dataclasses.replace(saved, review=review_data(row))

    def delete_review(self, review_id: int, version: int) -> None:
        """To the trash; the goals it closed stay closed."""
        with self._sf.begin() as s:
            mark_deleted(load_live(s, Review, review_id, version))

    def undelete_review(self, review_id: int) -> ReviewData:
        with self._sf.begin() as s:
            row = load_deleted(s, Review, review_id)
            row.deleted_at = None
            s.flush()
            return review_data(row)

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, Review) + self.experiments.purge_deleted()


def _errors(s: Session, request: ReviewRequest) -> list[FieldError]:
    answers = request.answers
    errors = [FieldError(name, "too_long", {"max": str(TEXT_MAX)}) for name in _TEXTS
              if len(getattr(answers, name)) > TEXT_MAX]
    errors += [FieldError(f"results.{n}.notes", "too_long", {"max": str(TEXT_MAX)})
               for n, result in enumerate(answers.results) if len(result.notes) > TEXT_MAX]
    for n, goal in enumerate(request.next_goals if request.finish else ()):
        errors += _prefixed(f"next_goals.{n}", goal_errors(s, request.brand_id, goal))
    for n, experiment in enumerate(request.experiments):
        errors += _prefixed(f"experiments.{n}", experiment_errors(experiment))
    return errors


def _prefixed(prefix: str, errors: Sequence[FieldError]) -> list[FieldError]:
    return [FieldError(f"{prefix}.{e.field}", e.code, e.params) for e in errors]


def _review_row(s: Session, request: ReviewRequest) -> tuple[Review, bool]:
    """The draft being saved (at the version seen), or a new one when the quarter has none."""
    if request.review_id:
        row = load_live(s, Review, request.review_id, request.version)
        if row.completed_at is not None:
            raise Conflict("Review", row.id)
        return row, False
    quarter = request.quarter
    existing = s.scalar(select(Review.id).where(
        Review.brand_id == request.brand_id, Review.deleted_at.is_(None),
        Review.kind == ReviewKind.QUARTERLY.value, Review.period_start == quarter.first_day))
    if existing is not None:
        raise Conflict("Review", existing)
    row = Review(brand_id=request.brand_id, kind=ReviewKind.QUARTERLY.value,
                 period_start=quarter.first_day, period_end=quarter.last_day)
    s.add(row)
    return row, True


def _save(s: Session, request: ReviewRequest) -> SavedReview:
    row, created = _review_row(s, request)
    before = ReviewAnswers() if created else review_data(row).answers
    apply_answers(row, request.answers)
    row.updated_at = utcnow()  # the results are its own rows: the review's version moves on
    s.flush()
    closed: tuple[tuple[int, str | None, str], ...] = ()
    goal_ids: tuple[int, ...] = ()
    if request.finish:
        row.completed_at = utcnow()
        closed = _close_reviewed(s, request)
        goal_ids = tuple(_new_goal(s, request.brand_id, goal) for goal in request.next_goals)
    experiments = add_experiments(s, request.brand_id, row.id, request.experiments)
    s.flush()
    return SavedReview(review_data(row), created, before, request.answers, request.finish,
                       goal_ids, tuple(e.id for e in experiments), closed)


def _close_reviewed(s: Session, request: ReviewRequest) -> tuple[tuple[int, str | None, str], ...]:
    """Close, as the review says, the reviewed goals whose time ended by the quarter's end
    (a goal still running goes on, its result noted as it stood)."""
    closed = []
    for result in request.answers.results:
        goal = s.get(SocialGoal, result.goal_id) if result.goal_id else None
        if goal is None or goal.deleted_at is not None or goal.brand_id != request.brand_id:
            continue
        if quarters.ends_in(request.quarter, goal.deadline):
            closed.append((goal.id, goal.closed_as, result.outcome.value))
            goal.closed_as = result.outcome.value
    return tuple(closed)


def _new_goal(s: Session, brand_id: int, data: SocialGoalInput) -> int:
    platform = None if data.account_id is None else s.scalar(
        select(SocialAccount.platform).where(SocialAccount.id == data.account_id))
    row = SocialGoal(brand_id=brand_id)
    apply_goal(row, data, platform)
    s.add(row)
    s.flush()
    return row.id


def _trash(s: Session, saved: SavedReview, trashed: bool) -> None:
    """Move the goals and experiments the save created to the trash, or back."""
    rows: list[SocialGoal | Experiment | None] = [s.get(SocialGoal, i) for i in saved.goal_ids]
    rows += [s.get(Experiment, i) for i in saved.experiment_ids]
    for row in rows:
        if row is not None:
            row.deleted_at = utcnow() if trashed else None


def _close(s: Session, values: Sequence[tuple[int, str | None]]) -> None:
    for goal_id, closed_as in values:
        goal = s.get(SocialGoal, goal_id)
        if goal is not None:
            goal.closed_as = closed_as

"""What a quarterly review looks like outside the database: its answers, each goal's result,
and the record of one save that undo puts back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from smm_desktop.db.models import Review, ReviewGoalResult
from smm_desktop.domain.enums import GoalOutcome, ReviewKind
from smm_desktop.domain.metrics import Metric, metric_or_none
from smm_desktop.domain.quarters import Quarter, quarter_of
from smm_desktop.services.experiments import ExperimentInput
from smm_desktop.services.goal_data import SocialGoalInput

TEXT_MAX = 10_000


@dataclass(frozen=True)
class GoalResultInput:
    """A goal's result as the review records it; title, metric and numbers are copies."""

    goal_id: int | None
    goal_title: str
    metric: Metric | None
    baseline_value: float | None
    target_value: float | None
    final_value: float | None
    outcome: GoalOutcome
    notes: str = ""


@dataclass(frozen=True)
class ReviewAnswers:
    """The answers of the first two steps: each goal's result, then the lessons."""

    results: tuple[GoalResultInput, ...] = ()
    what_worked: str = ""
    what_did_not: str = ""
    next_actions: str = ""


@dataclass(frozen=True)
class ReviewData:
    """A stored review; `completed_at` None while it is a draft."""

    id: int
    brand_id: int
    kind: ReviewKind
    period_start: date
    period_end: date
    answers: ReviewAnswers
    completed_at: datetime | None
    version: int

    @property
    def quarter(self) -> Quarter:
        return quarter_of(self.period_start)

    @property
    def completed(self) -> bool:
        return self.completed_at is not None


@dataclass(frozen=True)
class ReviewRequest:
    """One save of the wizard: a draft (`finish` False) or the finished review, with the next
    quarter's goals and the experiments. `review_id` 0 when no draft exists yet."""

    brand_id: int
    quarter: Quarter
    answers: ReviewAnswers
    review_id: int = 0
    version: int = 0
    next_goals: tuple[SocialGoalInput, ...] = ()
    experiments: tuple[ExperimentInput, ...] = ()
    finish: bool = False


@dataclass(frozen=True)
class SavedReview:
    """What one save changed, so undo can put it back and redo can do it again."""

    review: ReviewData
    created_review: bool
    before: ReviewAnswers
    after: ReviewAnswers
    finished: bool
    goal_ids: tuple[int, ...]
    experiment_ids: tuple[int, ...]
    closed: tuple[tuple[int, str | None, str], ...]  # (goal, closed_as before, after)


def result_data(row: ReviewGoalResult) -> GoalResultInput:
    outcome = row.outcome if row.outcome in set(GoalOutcome) else GoalOutcome.MISSED
    return GoalResultInput(
        goal_id=row.goal_id, goal_title=row.goal_title, metric=metric_or_none(row.metric),
        baseline_value=row.baseline_value, target_value=row.target_value,
        final_value=row.final_value, outcome=GoalOutcome(outcome), notes=row.notes)


def review_data(row: Review) -> ReviewData:
    kind = row.kind if row.kind in set(ReviewKind) else ReviewKind.QUARTERLY
    answers = ReviewAnswers(tuple(result_data(r) for r in row.results), row.what_worked,
                            row.what_did_not, row.next_actions)
    return ReviewData(row.id, row.brand_id, ReviewKind(kind), row.period_start, row.period_end,
                      answers, row.completed_at, row.version)


def apply_answers(row: Review, answers: ReviewAnswers) -> None:
    """Store the answers, the results replaced whole (they are the review's own rows)."""
    row.what_worked, row.what_did_not = answers.what_worked.strip(), answers.what_did_not.strip()
    row.next_actions = answers.next_actions.strip()
    row.results.clear()
    row.results.extend(_result_row(r) for r in answers.results)


def _result_row(data: GoalResultInput) -> ReviewGoalResult:
    return ReviewGoalResult(
        goal_id=data.goal_id, goal_title=data.goal_title.strip()[:200],
        metric=data.metric.value if data.metric else None, baseline_value=data.baseline_value,
        target_value=data.target_value, final_value=data.final_value,
        outcome=data.outcome.value, notes=data.notes.strip())

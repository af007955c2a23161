"""The sample's reviews: a goal still running after its quarter is judged by its pace then,
and only such a goal's note says it is still running."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from smm_desktop.domain.enums import GoalOutcome
from smm_desktop.services.brands import BrandService
from smm_desktop.services.demo import write_demo
from smm_desktop.services.goals import GoalService
from smm_desktop.services.review_data import GoalResultInput, ReviewData
from smm_desktop.services.reviews import ReviewService, prefilled_outcome
from smm_desktop.services.workspace import Workspace

STILL_RUNNING = ("still running", "مستمر")
BEHIND = ("Behind", "متأخر")


def test_sample_results_agree_with_whether_the_goal_still_runs(tmp_path: Path) -> None:
    target = tmp_path / "demo.smmws"
    write_demo(target, years=1, today=date(2026, 11, 20))
    workspace = Workspace.open(target, backup_dir=tmp_path / "backups")
    try:
        reviews = ReviewService(workspace.session_factory)
        found = [(review, result)
                 for brand in BrandService(workspace.session_factory).list_brands()
                 for review in reviews.list_reviews(brand.id)
                 for result in review.answers.results]
        assert found
        for review, result in found:
            _check(workspace, reviews, review, result)
    finally:
        workspace.close()


def _check(workspace: Workspace, reviews: ReviewService, review: ReviewData,
           result: GoalResultInput) -> None:
    goal = GoalService(workspace.session_factory).get_goal(result.goal_id or 0)
    progress = {p.goal.id: p for p in reviews.quarter_goals(
        review.brand_id, review.quarter, review.quarter.last_day)}
    running = goal.deadline is not None and goal.deadline > review.period_end
    assert any(s in result.notes for s in STILL_RUNNING) == running, (goal.title, result.notes)
    assert result.outcome is prefilled_outcome(review.quarter, progress[goal.id])
    if running and result.outcome is GoalOutcome.MISSED:
        assert any(s in result.notes for s in BEHIND), result.notes

"""The reviews and experiments 0003_review stored read back whole through ReviewService;
workspaces stored before it open with none."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from smm_desktop.domain.enums import ExperimentStatus, GoalOutcome
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.quarters import Quarter
from smm_desktop.services.brands import BrandService
from smm_desktop.services.reviews import ReviewService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
STORED_FILES = sorted(STORED.glob("*.smmws"))
HAS_REVIEWS = "0003_review"


@pytest.fixture(params=STORED_FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param, workspace
    workspace.close()


def _brands(workspace: Workspace) -> dict[str, int]:
    return {b.name: b.id for b in BrandService(workspace.session_factory).list_brands()}


def test_stored_reviews_read_back(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    reviews = ReviewService(workspace.session_factory)
    brands = _brands(workspace)
    found = {name: reviews.list_reviews(ident) for name, ident in brands.items()}
    if path.stem < HAS_REVIEWS:
        assert all(not listed for listed in found.values())
        return
    [bloom] = found["Bloom & Co."]
    assert (bloom.quarter, bloom.completed) == (Quarter(2026, 3), True)
    assert (bloom.answers.what_worked, bloom.answers.what_did_not,
            bloom.answers.next_actions) == ("Summer ads", "Stories", "More reels")
    first, deleted_goal = bloom.answers.results
    assert (first.goal_title, first.metric, first.baseline_value, first.target_value,
            first.final_value, first.outcome, first.notes) == (
        "Messages before Mother's Day", Metric.MESSAGES, 50.0, 80.0, 86.0,
        GoalOutcome.ACHIEVED, "Ads")
    assert (deleted_goal.goal_id, deleted_goal.outcome) == (None, GoalOutcome.MISSED)
    [draft] = found["مقهى النخيل"]
    assert (draft.quarter, draft.completed) == (Quarter(2026, 4), False)
    assert reviews.due(brands["مقهى النخيل"], date(2026, 11, 28)) == Quarter(2026, 3)


def test_stored_experiments_read_back(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    service = ReviewService(workspace.session_factory).experiments
    brands = _brands(workspace)
    found = {name: service.list_experiments(ident) for name, ident in brands.items()}
    if path.stem < HAS_REVIEWS:
        assert all(not listed for listed in found.values())
        return
    [live] = found["Bloom & Co."]
    assert (live.idea, live.status, live.result, live.start_date, live.end_date) == (
        "Live flower arranging", ExperimentStatus.DONE, "+12 messages", date(2026, 8, 1),
        date(2026, 8, 7))
    assert live.review_id is not None
    [idea] = found["مقهى النخيل"]
    assert (idea.idea, idea.status, idea.review_id) == (
        "مسابقة أفضل ركن مذاكرة", ExperimentStatus.PLANNED, None)

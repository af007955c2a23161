"""The routines, check-offs and tasks 0005_agenda stored read back through RoutineService and
TaskService; workspaces stored before it open with none, apart from the defaults
ensure_defaults adds."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from smm_desktop.domain.routines import DEFAULT_ROUTINES, Cadence, ItemState
from smm_desktop.services.routines import CheckData, RoutineService
from smm_desktop.services.tasks import TaskService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
STORED_FILES = sorted(STORED.glob("*.smmws"))
HAS_AGENDA = "0005_agenda"
TODAY = date(2026, 11, 28)
SUNDAY = 6


@pytest.fixture(params=STORED_FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param, workspace
    workspace.close()


def test_stored_routines_read_back(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    routines = RoutineService(workspace.session_factory, today=lambda: TODAY)
    listed = routines.list_routines()
    if path.stem < HAS_AGENDA:
        assert listed == [] and routines.history(None) == []
        routines.ensure_defaults()
        assert [r.key for r in routines.list_routines()] == [d.key for d in DEFAULT_ROUTINES]
        return
    assert [(r.id, r.key, r.title, r.cadence, r.weekday, r.month_day, r.screen, r.enabled,
             r.position, r.version) for r in listed] == [
        (1, "daily_check_plan", "Check the plan is current", Cadence.DAILY, None, None,
         "calendar", True, 0, 1),
        (2, "weekly_review_strategy", "Review the strategy", Cadence.WEEKLY, 6, None,
         "strategy/goals", False, 1, 1),
        (3, None, "Call the café owner", Cadence.WEEKLY, 3, None, "", True, 2, 1)]
    assert listed[2].why == "She wants a weekly word"
    assert listed[0].created_at == datetime(2026, 11, 1, 9)
    assert routines.history(None) == [
        CheckData(1, 2, "2026-11-27", datetime(2026, 11, 27, 8, 40), "Two posts moved"),
        CheckData(1, 1, "2026-11-27", datetime(2026, 11, 27, 8, 10), ""),
        CheckData(3, 1, "W2026-11-22", datetime(2026, 11, 25, 16), "تم الاتصال")]
    assert [c.period for c in routines.history(1, routine_id=1)] == ["2026-11-27"]


def test_stored_checks_count_today(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    if path.stem < HAS_AGENDA:
        pytest.skip("no routines stored before 0005_agenda")
    routines = RoutineService(workspace.session_factory, today=lambda: TODAY)
    items = {(i.routine_id, i.brand_id, i.period_key): i.state
             for i in routines.open_items([1, 2], SUNDAY)}
    assert items == {
        (1, 1, "2026-11-28"): ItemState.DUE_TODAY, (1, 2, "2026-11-28"): ItemState.DUE_TODAY,
        (3, 1, "W2026-11-22"): ItemState.DONE, (3, 2, "W2026-11-22"): ItemState.DUE_TODAY,
        (3, 1, "W2026-11-15"): ItemState.OVERDUE, (3, 2, "W2026-11-15"): ItemState.OVERDUE}
    routines.ensure_defaults()  # the stored keys predate the shipped set: all 22 are added
    assert len(routines.list_routines()) == 3 + len(DEFAULT_ROUTINES)


def test_stored_tasks_read_back(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    tasks = TaskService(workspace.session_factory)
    listed = tasks.list_tasks(include_done=True)
    if path.stem < HAS_AGENDA:
        assert listed == []
        return
    assert [(t.id, t.brand_id, t.title, t.due, t.note, t.done_at, t.version) for t in listed] == [
        (1, 1, "اطلب صور المنيو الجديد", date(2026, 12, 1), "من المصمم", None, 1),
        (2, None, "Renew the scheduling tool", date(2026, 12, 15), "", None, 1),
        (3, 2, "Send the November report", date(2026, 11, 30), "", datetime(2026, 11, 28, 9), 1)]
    assert [t.id for t in tasks.list_tasks(brand_id=2)] == []
    back = tasks.restore(4)
    assert back.title == "A trashed task"

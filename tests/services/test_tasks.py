"""One-off tasks: validated, listed open first by due day, done and undone, deleted with undo,
stale edits refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Task
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.tasks import TaskInput, TaskService
from smm_desktop.services.workspace import Workspace


@pytest.fixture
def tasks(workspace: Workspace) -> TaskService:
    return TaskService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


def _codes(err: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.value.errors}


def test_create_and_read_back(tasks: TaskService, brand: BrandData) -> None:
    made = tasks.create(TaskInput(" اطلب صور المنيو ", brand.id, date(2026, 12, 1), "من المصمم"))
    assert (made.title, made.brand_id, made.due, made.note, made.done_at, made.version) == (
        "اطلب صور المنيو", brand.id, date(2026, 12, 1), "من المصمم", None, 1)
    assert tasks.get(made.id) == made
    assert tasks.list_tasks() == [made]


def test_validation_codes(tasks: TaskService) -> None:
    with pytest.raises(ValidationFailed) as err:
        tasks.create(TaskInput("  ", due=date(1969, 12, 31)))
    assert _codes(err) == {("title", "required"), ("due", "date_out_of_range")}
    with pytest.raises(ValidationFailed) as err:
        tasks.create(TaskInput("x" * 201, due=date(2101, 1, 1)))
    assert _codes(err) == {("title", "too_long"), ("due", "date_out_of_range")}
    with pytest.raises(ValidationFailed) as err:
        tasks.create(TaskInput("Call", brand_id=999))
    assert err.value.errors == [FieldError("brand_id", "unknown_reference")]
    assert tasks.list_tasks(include_done=True) == []


def test_update_to_unknown_brand_is_refused(tasks: TaskService, brand: BrandData) -> None:
    made = tasks.create(TaskInput("Call", brand.id))
    with pytest.raises(ValidationFailed):
        tasks.update(made.id, made.version, TaskInput("Call", 999))
    assert tasks.get(made.id) == made


def test_order_open_by_due_then_done(tasks: TaskService, brand: BrandData) -> None:
    late = tasks.create(TaskInput("late", brand.id, date(2026, 12, 9)))
    undated = tasks.create(TaskInput("undated"))
    soon = tasks.create(TaskInput("soon", None, date(2026, 12, 2)))
    done = tasks.create(TaskInput("done", brand.id, date(2026, 11, 1)))
    tasks.set_done(done.id, done.version, True)
    assert [t.title for t in tasks.list_tasks()] == ["soon", "late", "undated"]
    assert [t.title for t in tasks.list_tasks(include_done=True)] == [
        "soon", "late", "undated", "done"]
    assert [t.id for t in tasks.list_tasks(brand.id, include_done=True)] == [late.id, done.id]
    assert undated.brand_id is None and soon.id not in {t.id for t in tasks.list_tasks(brand.id)}


def test_done_and_undone(tasks: TaskService) -> None:
    made = tasks.create(TaskInput("Renew the tool"))
    done = tasks.set_done(made.id, made.version, True)
    assert done.done_at is not None and done.version == made.version + 1
    again = tasks.set_done(done.id, done.version, True)
    assert again.done_at == done.done_at
    reopened = tasks.set_done(again.id, again.version, False)
    assert reopened.done_at is None


def test_stale_edit_is_refused(tasks: TaskService) -> None:
    made = tasks.create(TaskInput("Renew"))
    tasks.update(made.id, made.version, TaskInput("Renew the tool"))
    with pytest.raises(Conflict):
        tasks.update(made.id, made.version, TaskInput("Renew it"))
    with pytest.raises(Conflict):
        tasks.set_done(made.id, made.version, True)
    assert tasks.get(made.id).title == "Renew the tool"


def test_delete_restore_purge(tasks: TaskService, workspace: Workspace) -> None:
    made = tasks.create(TaskInput("Renew"))
    tasks.delete(made.id, made.version)
    assert tasks.list_tasks(include_done=True) == []
    with pytest.raises(NotFound):
        tasks.get(made.id)
    back = tasks.restore(made.id)
    assert back.title == "Renew" and tasks.list_tasks() == [back]
    tasks.delete(back.id, back.version)
    assert tasks.purge_deleted() == 1
    with workspace.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 0


def test_tasks_of_a_deleted_brand_are_hidden(tasks: TaskService, brand: BrandData,
                                             workspace: Workspace) -> None:
    tasks.create(TaskInput("Call", brand.id))
    kept = tasks.create(TaskInput("Mine"))
    BrandService(workspace.session_factory).delete(brand.id, brand.version)
    assert tasks.list_tasks() == [kept]

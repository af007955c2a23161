"""One-off tasks of the to-do panel: a title, a brand or none, a due date and a note; done or
open; deleted to the trash so undo brings them back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, Task
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.domain.posts import date_errors
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)

TITLE_MAX = 200
NOTE_MAX = 5000


@dataclass(frozen=True)
class TaskInput:
    """What a person types for a task; `brand_id` None = a task of no brand."""

    title: str
    brand_id: int | None = None
    due: date | None = None
    note: str = ""


@dataclass(frozen=True)
class TaskData:
    """A stored task; `done_at` (UTC) is None while it is open."""

    id: int
    brand_id: int | None
    title: str
    due: date | None
    note: str
    done_at: datetime | None
    version: int

    def to_input(self) -> TaskInput:
        return TaskInput(self.title, self.brand_id, self.due, self.note)


def task_errors(data: TaskInput) -> list[FieldError]:
    """The rules a task's fields follow (the brand is checked against the workspace)."""
    errors = []
    title = data.title.strip()
    if not title:
        errors.append(FieldError("title", "required"))
    elif len(title) > TITLE_MAX:
        errors.append(FieldError("title", "too_long", {"max": str(TITLE_MAX)}))
    if len(data.note) > NOTE_MAX:
        errors.append(FieldError("note", "too_long", {"max": str(NOTE_MAX)}))
    return errors + date_errors("due", data.due)


def _to_data(row: Task) -> TaskData:
    return TaskData(row.id, row.brand_id, row.title, row.due, row.note, row.done_at, row.version)


def _data(_s: Session, row: Task) -> TaskData:
    return _to_data(row)


def _check_brand(s: Session, brand_id: int | None) -> None:
    """Refuse a brand that is not (or no longer) in the workspace."""
    if brand_id is None:
        return
    brand = s.get(Brand, brand_id)
    if brand is None or brand.deleted_at is not None:
        raise ValidationFailed([FieldError("brand_id", "unknown_reference")])


def _apply(row: Task, data: TaskInput) -> None:
    row.title, row.brand_id = data.title.strip(), data.brand_id
    row.due, row.note = data.due, data.note.strip()


def _set_done(row: Task, done: bool) -> None:
    """Keep the first done time when it is marked done again."""
    if not done:
        row.done_at = None
    elif row.done_at is None:
        row.done_at = utcnow()


class TaskService:
    """The one-off tasks of one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_tasks(self, brand_id: int | None = None,
                   include_done: bool = False) -> list[TaskData]:
        """Open tasks by due day (no day last), then done ones, latest done first, when asked.
        `brand_id` None = every live brand's tasks and those of no brand."""
        query = (select(Task).outerjoin(Brand, Task.brand_id == Brand.id)
                 .where(Task.deleted_at.is_(None),
                        or_(Task.brand_id.is_(None), Brand.deleted_at.is_(None))))
        if brand_id is not None:
            query = query.where(Task.brand_id == brand_id)
        if not include_done:
            query = query.where(Task.done_at.is_(None))
        with self._sf() as s:
            rows = [_to_data(row) for row in s.scalars(query)]
        open_ = sorted((t for t in rows if t.done_at is None),
                       key=lambda t: (t.due is None, t.due or date.min, t.id))
        done = sorted((t for t in rows if t.done_at is not None),
                      key=lambda t: (t.done_at or datetime.min, t.id), reverse=True)
        return open_ + done

    def get(self, task_id: int) -> TaskData:
        with self._sf() as s:
            return _to_data(load_live(s, Task, task_id))

    def validate(self, data: TaskInput) -> list[FieldError]:
        return task_errors(data)

    def create(self, data: TaskInput) -> TaskData:
        refuse_invalid(task_errors(data))
        with self._sf.begin() as s:
            _check_brand(s, data.brand_id)
            row = Task()
            _apply(row, data)
            s.add(row)
            s.flush()
            return _to_data(row)

    def update(self, task_id: int, version: int, data: TaskInput) -> TaskData:
        refuse_invalid(task_errors(data))

        def mutate(row: Task) -> None:
            if data.brand_id != row.brand_id:
                _check_brand(Session.object_session(row), data.brand_id)  # type: ignore[arg-type]
            _apply(row, data)

        return change(self._sf, Task, task_id, version, mutate, _data)

    def set_done(self, task_id: int, version: int, done: bool) -> TaskData:
        return change(self._sf, Task, task_id, version, lambda row: _set_done(row, done), _data)

    def delete(self, task_id: int, version: int) -> None:
        """To the trash: undo brings it back; purged when the workspace closes."""
        change(self._sf, Task, task_id, version, mark_deleted, _data)

    def restore(self, task_id: int) -> TaskData:
        with self._sf.begin() as s:
            row = load_deleted(s, Task, task_id)
            row.deleted_at = None
            s.flush()
            return _to_data(row)

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, Task)

"""Out-of-the-box experiments of a brand: an idea, its hypothesis, how it is measured, and
later its result; edited, moved through their statuses, deleted with undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Brand, Experiment
from smm_desktop.domain.enums import ExperimentStatus
from smm_desktop.domain.errors import FieldError
from smm_desktop.services import _ordering
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)

IDEA_MAX = 500
TEXT_MAX = 4000


@dataclass(frozen=True)
class ExperimentInput:
    """The fields a person edits."""

    idea: str
    hypothesis: str = ""
    measure: str = ""
    status: ExperimentStatus = ExperimentStatus.PLANNED
    result: str = ""
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class ExperimentData(ExperimentInput):
    """A stored experiment; `review_id` is the review that planned it, if any."""

    id: int = 0
    brand_id: int = 0
    review_id: int | None = None
    version: int = 0
    position: int = 0

    def to_input(self) -> ExperimentInput:
        return ExperimentInput(**{f.name: getattr(self, f.name)
                                  for f in dataclasses.fields(ExperimentInput)})


def experiment_errors(data: ExperimentInput) -> list[FieldError]:
    """An idea in words; texts of a readable length; an end not before the start."""
    errors: list[FieldError] = []
    if not data.idea.strip():
        errors.append(FieldError("idea", "required"))
    elif len(data.idea.strip()) > IDEA_MAX:
        errors.append(FieldError("idea", "too_long", {"max": str(IDEA_MAX)}))
    for name in ("hypothesis", "measure", "result"):
        if len(getattr(data, name).strip()) > TEXT_MAX:
            errors.append(FieldError(name, "too_long", {"max": str(TEXT_MAX)}))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors.append(FieldError("end_date", "end_before_start"))
    return errors


def experiment_data(row: Experiment) -> ExperimentData:
    status = row.status if row.status in set(ExperimentStatus) else ExperimentStatus.PLANNED
    return ExperimentData(
        idea=row.idea, hypothesis=row.hypothesis, measure=row.measure,
        status=ExperimentStatus(status), result=row.result, start_date=row.start_date,
        end_date=row.end_date, id=row.id, brand_id=row.brand_id, review_id=row.review_id,
        version=row.version, position=row.position)


def apply_experiment(row: Experiment, data: ExperimentInput) -> None:
    row.idea, row.hypothesis = data.idea.strip(), data.hypothesis.strip()
    row.measure, row.result = data.measure.strip(), data.result.strip()
    row.status, row.start_date, row.end_date = data.status.value, data.start_date, data.end_date


def add_experiments(s: Session, brand_id: int, review_id: int | None,
                    items: Sequence[ExperimentInput]) -> list[Experiment]:
    """New rows after the brand's last experiment (inside the caller's transaction)."""
    first = _ordering.next_position(s, Experiment, brand_id)
    rows = []
    for n, data in enumerate(items):
        row = Experiment(brand_id=brand_id, review_id=review_id, position=first + n)
        apply_experiment(row, data)
        s.add(row)
        rows.append(row)
    s.flush()
    return rows


def _data(_s: Session, row: Experiment) -> ExperimentData:
    return experiment_data(row)


class ExperimentService:
    """The experiments of the brands in one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_experiments(self, brand_id: int, review_id: int | None = None) -> list[ExperimentData]:
        """The brand's live experiments in their order (only one review's, when given)."""
        query = (select(Experiment)
                 .where(Experiment.brand_id == brand_id, Experiment.deleted_at.is_(None))
                 .order_by(Experiment.position, Experiment.id))
        if review_id is not None:
            query = query.where(Experiment.review_id == review_id)
        with self._sf() as s:
            return [experiment_data(row) for row in s.scalars(query)]

    def validate(self, data: ExperimentInput) -> list[FieldError]:
        return experiment_errors(data)

    def create(self, brand_id: int, data: ExperimentInput,
               review_id: int | None = None) -> ExperimentData:
        refuse_invalid(experiment_errors(data))
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            return experiment_data(add_experiments(s, brand_id, review_id, [data])[0])

    def update(self, experiment_id: int, version: int, data: ExperimentInput) -> ExperimentData:
        refuse_invalid(experiment_errors(data))
        return change(self._sf, Experiment, experiment_id, version,
                      lambda row: apply_experiment(row, data), _data)

    def delete(self, experiment_id: int, version: int) -> None:
        change(self._sf, Experiment, experiment_id, version, mark_deleted, _data)

    def undelete(self, experiment_id: int) -> ExperimentData:
        with self._sf.begin() as s:
            row = load_deleted(s, Experiment, experiment_id)
            row.deleted_at = None
            s.flush()
            return experiment_data(row)

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, Experiment)

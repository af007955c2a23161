"""Shared helpers for services: load a live row, apply an expected version."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.base import Versioned, utcnow
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed

RowT = TypeVar("RowT", bound=Versioned)
DataT = TypeVar("DataT")


def load_live(s: Session, model: type[RowT], ident: int, version: int | None = None) -> RowT:
    """The row, not soft-deleted, at `version` when given: NotFound or Conflict otherwise."""
    row = s.get(model, ident)
    kind = model.__name__
    if row is None or row.deleted_at is not None:
        raise NotFound(kind, ident)
    if version is not None and row.version != version:
        raise Conflict(kind, ident)
    return row


def load_deleted(s: Session, model: type[RowT], ident: int) -> RowT:
    row = s.get(model, ident)
    if row is None:
        raise NotFound(model.__name__, ident)
    return row


def mark_deleted(row: Versioned) -> None:
    row.deleted_at = utcnow()


def join_list(values: tuple[str, ...]) -> str:
    return "\n".join(v.strip() for v in values if v.strip())


def split_stored(text: str) -> tuple[str, ...]:
    return tuple(v for v in text.split("\n") if v)


def refuse_invalid(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationFailed(errors)


def change(
    sf: sessionmaker[Session], model: type[RowT], ident: int, version: int,
    mutate: Callable[[RowT], object], to_data: Callable[[Session, RowT], DataT],
) -> DataT:
    """Load the row at `version`, change it, save it: one transaction, stale edits refused."""
    try:
        with sf.begin() as s:
            row = load_live(s, model, ident, version)
            mutate(row)
            s.flush()
            return to_data(s, row)
    except StaleDataError as err:
        raise Conflict(model.__name__, ident) from err


def purge_deleted(sf: sessionmaker[Session], model: type[RowT]) -> int:
    """Remove for good the rows in the trash (their children go by cascade)."""
    with sf.begin() as s:
        rows = s.scalars(select(model).where(model.deleted_at.is_not(None))).all()
        for row in rows:
            s.delete(row)
        return len(rows)

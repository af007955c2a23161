"""Shared helpers for services: load a live row, apply an expected version."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from smm_desktop.db.base import Versioned, utcnow
from smm_desktop.domain.errors import Conflict, NotFound

RowT = TypeVar("RowT", bound=Versioned)


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

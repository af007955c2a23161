"""Rows a person puts in order within a brand (personas, business goals, hashtag sets, chosen
platforms, experiments)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from smm_desktop.domain.errors import Conflict

if TYPE_CHECKING:
    from smm_desktop.db.models import BusinessGoal, ChosenPlatform, Experiment, HashtagSet, Persona

    Ordered = Persona | BusinessGoal | HashtagSet | ChosenPlatform | Experiment


def next_position(s: Session, model: type[Ordered], brand_id: int) -> int:
    """The position after the brand's last row (the trash included, so undo keeps its place)."""
    last = s.scalar(select(func.max(model.position)).where(model.brand_id == brand_id))
    return 0 if last is None else last + 1


def set_positions(s: Session, model: type[Ordered], ordered_ids: Sequence[int]) -> None:
    """Number the rows in the given order. A plain table update: an order is not an edit of
    the row, so it does not make someone's open edit of it stale."""
    if not ordered_ids:
        return
    table = cast(Table, model.__table__)
    statement = (update(table).where(table.c.id == bindparam("row_id"))
                 .values(position=bindparam("row_position")))
    s.execute(statement, [{"row_id": ident, "row_position": i}
                          for i, ident in enumerate(ordered_ids)])


def reorder(s: Session, model: type[Ordered], brand_id: int, ids: Sequence[int]) -> None:
    """Put the brand's live rows in the order of `ids`, which must name each of them once:
    Conflict when the list changed elsewhere since it was read."""
    live = set(s.scalars(select(model.id).where(
        model.brand_id == brand_id, model.deleted_at.is_(None))))
    if len(ids) != len(live) or set(ids) != live:
        raise Conflict(model.__name__, brand_id)
    set_positions(s, model, ids)


def make_room_after(s: Session, model: type[Ordered], brand_id: int, position: int) -> int:
    """Shift the rows after `position` down one; the freed position is returned."""
    table = cast(Table, model.__table__)
    s.execute(update(table)
              .where(table.c.brand_id == brand_id, table.c.position > position)
              .values(position=table.c.position + 1))
    return position + 1

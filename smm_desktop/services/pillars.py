"""A brand's content pillars (categories with a target share of the plan) and each account's
posting slots (the usual times to post)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Brand, Pillar, PostingSlot, SocialAccount
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.validation import check_colours
from smm_desktop.services import _ordering
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)
from smm_desktop.services.post_data import PillarData, PillarInput, Slot, pillar_data

NAME_MAX = 80
# _ordering is typed for the strategy's rows; a pillar has the same brand_id and position.
_ORDERED: Any = cast(Any, Pillar)


def pillar_errors(data: PillarInput) -> list[FieldError]:
    """A name that fits, a #RRGGBB colour when one is given, a share of 0-100 percent."""
    errors = []
    name = data.name.strip()
    if not name:
        errors.append(FieldError("name", "required"))
    elif len(name) > NAME_MAX:
        errors.append(FieldError("name", "too_long", {"max": str(NAME_MAX)}))
    if data.colour.strip():
        errors += check_colours([data.colour.strip()], "colour")
    if data.target_share is not None and not 0 <= data.target_share <= 100:
        errors.append(FieldError("target_share", "out_of_range", {"min": "0", "max": "100"}))
    return errors


def slot_errors(slots: Sequence[Slot], account_id: int) -> list[FieldError]:
    if any(not 0 <= slot.weekday <= 6 for slot in slots):
        return [FieldError("weekday", "out_of_range", {"min": "0", "max": "6"})]
    if any(slot.account_id != account_id for slot in slots):
        return [FieldError("account_id", "unknown_account")]
    return []


def _apply(row: Pillar, data: PillarInput) -> None:
    row.name, row.colour = data.name.strip(), data.colour.strip()
    row.target_share, row.description = data.target_share, data.description.strip()


def _data(_s: Session, row: Pillar) -> PillarData:
    return pillar_data(row)


class PillarService:
    """Pillars of the brands and posting slots of their accounts, in one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_pillars(self, brand_id: int) -> list[PillarData]:
        """The live pillars in the order the person chose."""
        query = (select(Pillar).where(Pillar.brand_id == brand_id, Pillar.deleted_at.is_(None))
                 .order_by(Pillar.position, Pillar.id))
        with self._sf() as s:
            return [pillar_data(row) for row in s.scalars(query)]

    def get(self, pillar_id: int) -> PillarData:
        with self._sf() as s:
            return pillar_data(load_live(s, Pillar, pillar_id))

    def validate(self, data: PillarInput) -> list[FieldError]:
        return pillar_errors(data)

    def create(self, brand_id: int, data: PillarInput) -> PillarData:
        refuse_invalid(pillar_errors(data))
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            row = Pillar(brand_id=brand_id,
                         position=_ordering.next_position(s, _ORDERED, brand_id))
            _apply(row, data)
            s.add(row)
            s.flush()
            return pillar_data(row)

    def update(self, pillar_id: int, version: int, data: PillarInput) -> PillarData:
        refuse_invalid(pillar_errors(data))
        return self._change(pillar_id, version, lambda row: _apply(row, data))

    def delete(self, pillar_id: int, version: int) -> None:
        """To the trash; its posts keep it until the purge (then they have no pillar)."""
        self._change(pillar_id, version, mark_deleted)

    def restore(self, pillar_id: int) -> PillarData:
        with self._sf.begin() as s:
            row = load_deleted(s, Pillar, pillar_id)
            row.deleted_at = None
            s.flush()
            return pillar_data(row)

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, Pillar)

    def reorder(self, brand_id: int, ids: Sequence[int]) -> list[PillarData]:
        """The brand's pillars in the order of `ids`; Conflict when that is not exactly them."""
        with self._sf.begin() as s:
            _ordering.reorder(s, _ORDERED, brand_id, ids)
        return self.list_pillars(brand_id)

    def slots(self, account_id: int) -> list[Slot]:
        """The account's posting slots by weekday (Monday first) then time."""
        query = (select(PostingSlot).where(PostingSlot.account_id == account_id)
                 .order_by(PostingSlot.weekday, PostingSlot.time_of_day))
        with self._sf() as s:
            return [Slot(r.account_id, r.weekday, r.time_of_day) for r in s.scalars(query)]

    def slots_of(self, account_ids: Sequence[int]) -> list[Slot]:
        """The posting slots of several accounts in one query (by account, weekday, time)."""
        if not account_ids:
            return []
        query = (select(PostingSlot).where(PostingSlot.account_id.in_(set(account_ids)))
                 .order_by(PostingSlot.account_id, PostingSlot.weekday, PostingSlot.time_of_day))
        with self._sf() as s:
            return [Slot(r.account_id, r.weekday, r.time_of_day) for r in s.scalars(query)]

    def brand_slots(self, brand_id: int) -> dict[int, list[Slot]]:
        """Each live account of the brand to its posting slots ([] for none): one query."""
        query = (select(SocialAccount.id, PostingSlot.weekday, PostingSlot.time_of_day)
                 .outerjoin(PostingSlot, PostingSlot.account_id == SocialAccount.id)
                 .where(SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None))
                 .order_by(SocialAccount.id, PostingSlot.weekday, PostingSlot.time_of_day))
        found: dict[int, list[Slot]] = {}
        with self._sf() as s:
            for account_id, weekday, at in s.execute(query):
                found.setdefault(account_id, [])
                if at is not None:
                    found[account_id].append(Slot(account_id, weekday, at))
        return found

    def set_slots(self, account_id: int, slots: Sequence[Slot]) -> list[Slot]:
        """Replace all the account's slots (a slot given twice is kept once)."""
        refuse_invalid(slot_errors(slots, account_id))
        unique = sorted({(s.weekday, s.time_of_day) for s in slots})
        with self._sf.begin() as s:
            load_live(s, SocialAccount, account_id)
            s.execute(delete(PostingSlot).where(PostingSlot.account_id == account_id))
            if unique:
                s.execute(insert(PostingSlot), [
                    {"account_id": account_id, "weekday": d, "time_of_day": t}
                    for d, t in unique])
        return self.slots(account_id)

    def _change(self, pillar_id: int, version: int,
                mutate: Callable[[Pillar], object]) -> PillarData:
        return change(self._sf, Pillar, pillar_id, version, mutate, _data)

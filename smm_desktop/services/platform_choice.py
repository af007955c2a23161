"""The platforms a brand chose to be on, each with the reason: go where the audience is.

Rows are deleted, not trashed: undo of a removal re-creates the row as it was (same id,
version and place), so the undo commands that name it keep working.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Brand, ChosenPlatform
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError, NotFound, ValidationFailed
from smm_desktop.services import _ordering
from smm_desktop.services._base import change, load_live, refuse_invalid

REASON_MAX = 2000


@dataclass(frozen=True)
class ChosenInput:
    """What a person types: the platform and why the brand is there."""

    platform: Platform
    reason: str = ""


@dataclass(frozen=True)
class ChosenPlatformData(ChosenInput):
    id: int = 0
    brand_id: int = 0
    version: int = 0
    position: int = 0


def _platform(value: str) -> Platform:
    return Platform(value) if value in set(Platform) else Platform.OTHER


def _to_data(row: ChosenPlatform) -> ChosenPlatformData:
    return ChosenPlatformData(platform=_platform(row.platform), reason=row.reason, id=row.id,
                              brand_id=row.brand_id, version=row.version, position=row.position)


def _data(_s: Session, row: ChosenPlatform) -> ChosenPlatformData:
    return _to_data(row)


def reason_errors(reason: str) -> list[FieldError]:
    if len(reason.strip()) > REASON_MAX:
        return [FieldError("reason", "too_long", {"max": str(REASON_MAX)})]
    return []


def _taken(s: Session, brand_id: int, platform: Platform) -> bool:
    return s.scalar(select(func.count()).select_from(ChosenPlatform).where(
        ChosenPlatform.brand_id == brand_id, ChosenPlatform.platform == platform.value)) != 0


def _set_version(s: Session, row: ChosenPlatform, version: int) -> None:
    """Put back the version the row had, so the undo commands that saw it still match. A
    plain table update: the ORM counts versions from 1 on insert."""
    table = cast(Table, ChosenPlatform.__table__)
    s.execute(update(table).where(table.c.id == row.id).values(version=version))
    s.refresh(row)


_DUPLICATE = FieldError("platform", "platform_already_chosen")


class PlatformChoiceService:
    """The chosen platforms of the brands in one workspace, in the order the person put them."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list(self, brand_id: int) -> builtins.list[ChosenPlatformData]:
        query = (select(ChosenPlatform).where(ChosenPlatform.brand_id == brand_id)
                 .order_by(ChosenPlatform.position, ChosenPlatform.id))
        with self._sf() as s:
            return [_to_data(row) for row in s.scalars(query)]

    def validate(self, brand_id: int, data: ChosenInput) -> builtins.list[FieldError]:
        """A new choice: a platform not chosen yet, a reason of sensible length."""
        with self._sf() as s:
            taken = _taken(s, brand_id, data.platform)
        return ([_DUPLICATE] if taken else []) + reason_errors(data.reason)

    def choose(self, brand_id: int, data: ChosenInput) -> ChosenPlatformData:
        """Add the platform at the end of the brand's list; a platform chosen twice is refused
        on the platform field."""
        refuse_invalid(reason_errors(data.reason))
        return self._insert(brand_id, data, None)

    def set_reason(self, chosen_id: int, version: int, reason: str) -> ChosenPlatformData:
        refuse_invalid(reason_errors(reason))
        return change(self._sf, ChosenPlatform, chosen_id, version,
                      lambda row: setattr(row, "reason", reason.strip()), _data)

    def remove(self, chosen_id: int, version: int | None = None) -> ChosenPlatformData:
        """Delete for good and give back what it was, for undo; a stale version is refused."""
        with self._sf.begin() as s:
            row = load_live(s, ChosenPlatform, chosen_id, version)
            gone = _to_data(row)
            s.delete(row)
            return gone

    def restore(self, data: ChosenPlatformData) -> ChosenPlatformData:
        """Re-create a removed choice as it was: same id, version, reason and place."""
        refuse_invalid(reason_errors(data.reason))
        return self._insert(data.brand_id, data, data)

    def reorder(self, brand_id: int, ids: Sequence[int]) -> builtins.list[ChosenPlatformData]:
        """The brand's choices in the order of `ids`: Conflict when that is not exactly them."""
        with self._sf.begin() as s:
            _ordering.reorder(s, ChosenPlatform, brand_id, ids)
        return self.list(brand_id)

    def _insert(self, brand_id: int, data: ChosenInput,
                was: ChosenPlatformData | None) -> ChosenPlatformData:
        try:
            with self._sf.begin() as s:
                load_live(s, Brand, brand_id)
                if _taken(s, brand_id, data.platform):
                    raise ValidationFailed([_DUPLICATE])
                row = self._new_row(s, brand_id, data, was)
                s.add(row)
                s.flush()
                if was is not None:
                    _set_version(s, row, was.version)
                return _to_data(row)
        except IntegrityError as err:  # chosen meanwhile by another window
            raise ValidationFailed([_DUPLICATE]) from err

    @staticmethod
    def _new_row(s: Session, brand_id: int, data: ChosenInput,
                 was: ChosenPlatformData | None) -> ChosenPlatform:
        row = ChosenPlatform(brand_id=brand_id, platform=data.platform.value,
                             reason=data.reason.strip())
        if was is None:
            row.position = _ordering.next_position(s, ChosenPlatform, brand_id)
            return row
        row.position = was.position
        if s.get(ChosenPlatform, was.id) is None:
            row.id = was.id
        return row

    def get(self, chosen_id: int) -> ChosenPlatformData:
        with self._sf() as s:
            row = s.get(ChosenPlatform, chosen_id)
            if row is None:
                raise NotFound("ChosenPlatform", chosen_id)
            return _to_data(row)

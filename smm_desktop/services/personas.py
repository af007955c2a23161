"""A brand's audience personas: edit, order, duplicate, archive, delete with undo, and the
platforms each one uses."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, Persona, PersonaPlatform
from smm_desktop.domain.enums import Gender, Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.services import _ordering
from smm_desktop.services._base import (
    change,
    join_list,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
    split_stored,
)
from smm_desktop.services.persona_rules import (
    LIST_FIELDS,
    TEXT_FIELDS,
    persona_errors,
    share_errors,
)


@dataclass(frozen=True)
class PersonaInput:
    """The fields a person edits; the tuples are lists (one item a line in the form)."""

    name: str
    gender: Gender = Gender.ANY
    age_min: int | None = None
    age_max: int | None = None
    locations: tuple[str, ...] = ()
    marital_status: str = ""
    education: str = ""
    occupation: str = ""
    income_band: str = ""
    interests: tuple[str, ...] = ()
    pains: tuple[str, ...] = ()
    dreams: tuple[str, ...] = ()
    buying_habits: tuple[str, ...] = ()
    objections: tuple[str, ...] = ()
    preferred_content: tuple[str, ...] = ()
    active_hours: str = ""
    notes: str = ""
    picture_png: bytes | None = None


@dataclass(frozen=True)
class PersonaData(PersonaInput):
    """A stored persona; `platforms` holds (platform, share 0-100) for the platforms set."""

    id: int = 0
    brand_id: int = 0
    version: int = 0
    position: int = 0
    archived: bool = False
    platforms: tuple[tuple[Platform, int], ...] = ()

    def share(self, platform: Platform) -> int:
        return dict(self.platforms).get(platform, 0)

    def to_input(self) -> PersonaInput:
        return PersonaInput(**{f.name: getattr(self, f.name)
                               for f in dataclasses.fields(PersonaInput)})


@dataclass(frozen=True)
class PlatformMatrix:
    """Personas (rows) by platforms (columns): the share of each persona on each platform."""

    personas: tuple[PersonaData, ...]
    platforms: tuple[Platform, ...]

    def share(self, persona_id: int, platform: Platform) -> int:
        return next((p.share(platform) for p in self.personas if p.id == persona_id), 0)


def _platform(value: str) -> Platform:
    return Platform(value) if value in set(Platform) else Platform.OTHER


def _to_data(row: Persona) -> PersonaData:
    texts: dict[str, Any] = {name: split_stored(getattr(row, name)) for name in LIST_FIELDS}
    texts.update({name: getattr(row, name) for name in TEXT_FIELDS})
    return PersonaData(
        name=row.name, gender=Gender(row.gender) if row.gender in set(Gender) else Gender.ANY,
        age_min=row.age_min, age_max=row.age_max, notes=row.notes,
        picture_png=row.picture_png, **texts,
        id=row.id, brand_id=row.brand_id, version=row.version, position=row.position,
        archived=row.archived,
        platforms=tuple(sorted((_platform(p.platform), p.share) for p in row.platforms)),
    )


def _apply(row: Persona, data: PersonaInput) -> None:
    row.name, row.gender = data.name.strip(), data.gender.value
    row.age_min, row.age_max = data.age_min, data.age_max
    for name in LIST_FIELDS:
        setattr(row, name, join_list(getattr(data, name)))
    for name in TEXT_FIELDS:
        setattr(row, name, getattr(data, name).strip())
    row.notes, row.picture_png = data.notes, data.picture_png


def _set_shares(row: Persona, shares: Mapping[Platform, int]) -> None:
    """Keep only the platforms with a share above 0, changing rows in place (a platform
    removed and added again in one flush would clash); the persona's version moves on."""
    wanted = {p.value: int(v) for p, v in shares.items() if v > 0}
    for link in list(row.platforms):
        if link.platform in wanted:
            link.share = wanted.pop(link.platform)
        else:
            row.platforms.remove(link)
    row.platforms.extend(PersonaPlatform(platform=p, share=v) for p, v in sorted(wanted.items()))
    row.updated_at = utcnow()


def _data(_s: Session, row: Persona) -> PersonaData:
    return _to_data(row)


class PersonaService:
    """The audience personas of the brands in one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_personas(self, brand_id: int, include_archived: bool = True) -> list[PersonaData]:
        """In the order the person chose; archived ones last."""
        query = (select(Persona).options(selectinload(Persona.platforms))
                 .where(Persona.brand_id == brand_id, Persona.deleted_at.is_(None))
                 .order_by(Persona.archived, Persona.position, Persona.id))
        if not include_archived:
            query = query.where(Persona.archived.is_(False))
        with self._sf() as s:
            return [_to_data(row) for row in s.scalars(query)]

    def get(self, persona_id: int) -> PersonaData:
        with self._sf() as s:
            return _to_data(load_live(s, Persona, persona_id))

    def validate(self, data: PersonaInput) -> list[FieldError]:
        return persona_errors(data)

    def create(self, brand_id: int, data: PersonaInput,
               shares: Mapping[Platform, int] | None = None) -> PersonaData:
        refuse_invalid(persona_errors(data) + share_errors(shares or {}))
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            row = Persona(brand_id=brand_id,
                          position=_ordering.next_position(s, Persona, brand_id))
            _apply(row, data)
            _set_shares(row, shares or {})
            s.add(row)
            s.flush()
            return _to_data(row)

    def update(self, persona_id: int, version: int, data: PersonaInput) -> PersonaData:
        refuse_invalid(persona_errors(data))
        return self._change(persona_id, version, lambda row: _apply(row, data))

    def set_platforms(self, persona_id: int, version: int,
                      shares: Mapping[Platform, int]) -> PersonaData:
        """Replace the persona's platform shares (a platform left out, or at 0, is dropped)."""
        refuse_invalid(share_errors(shares))
        return self._change(persona_id, version, lambda row: _set_shares(row, shares))

    def platform_matrix(self, brand_id: int) -> PlatformMatrix:
        """The live, unarchived personas by every platform, for the audience grid."""
        personas = self.list_personas(brand_id, include_archived=False)
        return PlatformMatrix(tuple(personas), tuple(Platform))

    def duplicate(self, persona_id: int, name: str) -> PersonaData:
        """A copy named `name` (the UI translates "… (copy)"), with the same platform shares,
        placed right after the original."""
        with self._sf.begin() as s:
            original = load_live(s, Persona, persona_id)
            data = dataclasses.replace(_to_data(original).to_input(), name=name)
            refuse_invalid(persona_errors(data))
            position = _ordering.make_room_after(s, Persona, original.brand_id, original.position)
            row = Persona(brand_id=original.brand_id, position=position)
            _apply(row, data)
            _set_shares(row, {_platform(p.platform): p.share for p in original.platforms})
            s.add(row)
            s.flush()
            return _to_data(row)

    def reorder(self, brand_id: int, ids: Sequence[int]) -> list[PersonaData]:
        """Put the brand's personas (archived too) in the order of `ids`; Conflict when that is
        not exactly the brand's personas (one was added or deleted elsewhere)."""
        with self._sf.begin() as s:
            _ordering.reorder(s, Persona, brand_id, ids)
        return self.list_personas(brand_id)

    def set_archived(self, persona_id: int, version: int, archived: bool) -> PersonaData:
        return self._change(persona_id, version, lambda row: setattr(row, "archived", archived))

    def delete(self, persona_id: int, version: int) -> None:
        """To the trash: undo brings it back whole; purged when the app closes."""
        self._change(persona_id, version, mark_deleted)

    def undelete(self, persona_id: int) -> PersonaData:
        with self._sf.begin() as s:
            row = load_deleted(s, Persona, persona_id)
            row.deleted_at = None
            s.flush()
            return _to_data(row)

    def only_one_segment(self, brand_id: int) -> bool:
        """True when the brand has exactly one active persona: worth a warning that one
        segment rarely is the whole audience."""
        query = select(func.count()).where(Persona.brand_id == brand_id,
                                           Persona.deleted_at.is_(None),
                                           Persona.archived.is_(False))
        with self._sf() as s:
            return s.scalar(query) == 1

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, Persona)

    def _change(self, persona_id: int, version: int,
                mutate: Callable[[Persona], object]) -> PersonaData:
        return change(self._sf, Persona, persona_id, version, mutate, _data)

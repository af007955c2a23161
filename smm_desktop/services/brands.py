"""Brands (clients): create, edit, archive, delete with undo."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain import validation as v
from smm_desktop.domain.errors import FieldError, ValidationFailed
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


@dataclass(frozen=True)
class BrandInput:
    """The fields a person edits."""

    name: str
    industry: str = ""
    country: str = ""
    languages: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    notes: str = ""
    report_recipients: tuple[str, ...] = ()
    logo_png: bytes | None = None


@dataclass(frozen=True)
class BrandData(BrandInput):
    """A stored brand, with what lists show about it."""

    id: int = 0
    version: int = 0
    archived: bool = False
    account_count: int = 0
    created_at: datetime | None = None  # when the brand was added (stable ids of its exports)

    def to_input(self) -> BrandInput:
        return BrandInput(
            self.name, self.industry, self.country, self.languages, self.colours,
            self.notes, self.report_recipients, self.logo_png,
        )


def _to_data(row: Brand, account_count: int) -> BrandData:
    return BrandData(
        name=row.name, industry=row.industry, country=row.country,
        languages=tuple(row.languages.split(",")) if row.languages else (),
        colours=split_stored(row.colours), notes=row.notes,
        report_recipients=split_stored(row.report_recipients), logo_png=row.logo_png,
        id=row.id, version=row.version, archived=row.archived, account_count=account_count,
        created_at=row.created_at,
    )


def _name_key(name: str) -> str:
    """Two brand names are the same brand when they differ only in case or Unicode form."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def _apply(row: Brand, data: BrandInput) -> None:
    row.name = data.name.strip()
    row.industry = data.industry.strip()
    row.country = data.country.strip().upper()
    row.languages = ",".join(data.languages)
    row.colours = join_list(data.colours)
    row.notes = data.notes
    row.report_recipients = join_list(data.report_recipients)
    row.logo_png = data.logo_png


class BrandService:
    """The brands of one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_brands(self, include_archived: bool = True) -> list[BrandData]:
        counts = (
            select(SocialAccount.brand_id, func.count().label("n"))
            .where(SocialAccount.deleted_at.is_(None), SocialAccount.archived.is_(False))
            .group_by(SocialAccount.brand_id)
            .subquery()
        )
        query = (
            select(Brand, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.brand_id == Brand.id)
            .where(Brand.deleted_at.is_(None))
            .order_by(Brand.archived, func.lower(Brand.name), Brand.id)
        )
        if not include_archived:
            query = query.where(Brand.archived.is_(False))
        with self._sf() as s:
            return [_to_data(row, n) for row, n in s.execute(query)]

    def get(self, brand_id: int) -> BrandData:
        with self._sf() as s:
            return self._data(s, load_live(s, Brand, brand_id))

    def validate(self, data: BrandInput, brand_id: int | None = None) -> list[FieldError]:
        """Every problem with `data`, including a name another brand already has."""
        errors = v.check_name(data.name) + v.check_emails(list(data.report_recipients))
        errors += v.check_colours(list(data.colours))
        if len(data.country.strip()) not in (0, 2):
            errors.append(FieldError("country", "bad_country"))
        if not errors and self._name_taken(data.name, brand_id):
            errors.append(FieldError("name", "duplicate_brand", {"value": data.name.strip()}))
        return errors

    def _name_taken(self, name: str, brand_id: int | None) -> bool:
        # Compared here, not with SQL lower(): SQLite's lowers ASCII only (so "École" did not even
        # match itself) and PostgreSQL's follows the server's locale. Brands are few.
        wanted = _name_key(name)
        query = select(Brand.id, Brand.name).where(Brand.deleted_at.is_(None))
        with self._sf() as s:
            return any(_name_key(other) == wanted for ident, other in s.execute(query)
                       if ident != brand_id)

    def create(self, data: BrandInput) -> BrandData:
        refuse_invalid(self.validate(data, None))
        with self._sf.begin() as s:
            row = Brand()
            _apply(row, data)
            s.add(row)
            s.flush()
            return _to_data(row, 0)

    def update(self, brand_id: int, version: int, data: BrandInput) -> BrandData:
        refuse_invalid(self.validate(data, brand_id))
        return self._change(brand_id, version, lambda row: _apply(row, data))

    def set_archived(self, brand_id: int, version: int, archived: bool) -> BrandData:
        return self._change(brand_id, version, lambda row: setattr(row, "archived", archived))

    def delete(self, brand_id: int, version: int) -> None:
        """Move to the trash: undo brings it back whole; purged when the app closes."""
        self._change(brand_id, version, mark_deleted)

    def undelete(self, brand_id: int) -> BrandData:
        """Bring a deleted brand back, unless another brand took its name meanwhile."""
        with self._sf.begin() as s:
            row = load_deleted(s, Brand, brand_id)
            if self._name_taken(row.name, row.id):
                raise ValidationFailed([FieldError("name", "duplicate_brand", {"value": row.name})])
            row.deleted_at = None
            s.flush()
            return self._data(s, row)

    def purge_deleted(self) -> int:
        """Remove for good what was deleted (with its accounts, by cascade)."""
        return purge_deleted(self._sf, Brand)

    def _change(self, brand_id: int, version: int, mutate: Callable[[Brand], object]) -> BrandData:
        return change(self._sf, Brand, brand_id, version, mutate, self._data)

    @staticmethod
    def _data(s: Session, row: Brand) -> BrandData:
        count = s.scalar(
            select(func.count()).where(
                SocialAccount.brand_id == row.id,
                SocialAccount.deleted_at.is_(None),
                SocialAccount.archived.is_(False),
            )
        )
        return _to_data(row, count or 0)

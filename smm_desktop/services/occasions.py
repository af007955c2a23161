"""A brand's occasions: its own (anniversary, launch…) kept in the workspace, and the calendar's
view of a period: the computed occasions of the brand's country plus its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Brand, BrandOccasion
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.occasions import Occasion, OccasionKind, occasions_between, sort_key
from smm_desktop.domain.posts import date_errors
from smm_desktop.domain.validation import check_name
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)

NOTES_MAX = 2000


@dataclass(frozen=True)
class BrandOccasionInput:
    """What a person enters: a yearly occasion comes back on the same month and day."""

    name: str
    day: date
    yearly: bool = False
    notes: str = ""


@dataclass(frozen=True)
class BrandOccasionData(BrandOccasionInput):
    id: int = 0
    brand_id: int = 0
    version: int = 0

    def to_input(self) -> BrandOccasionInput:
        return BrandOccasionInput(self.name, self.day, self.yearly, self.notes)


def occasion_errors(data: BrandOccasionInput) -> list[FieldError]:
    """A name (up to 120 characters), a date from 1970 to 2100, notes of a sensible length."""
    errors = check_name(data.name) + date_errors("day", data.day)
    if len(data.notes.strip()) > NOTES_MAX:
        errors.append(FieldError("notes", "too_long", {"max": str(NOTES_MAX)}))
    return errors


def _data(_s: Session, row: BrandOccasion) -> BrandOccasionData:
    return BrandOccasionData(row.name, row.day, row.yearly, row.notes, row.id, row.brand_id,
                             row.version)


def _apply(row: BrandOccasion, data: BrandOccasionInput) -> None:
    row.name, row.day = data.name.strip(), data.day
    row.yearly, row.notes = data.yearly, data.notes.strip()


def _on_day(occasion: BrandOccasionData, year: int) -> date:
    """The occasion's day in `year`; 29 February falls on the 28th in other years."""
    day = occasion.day
    if (day.month, day.day) == (2, 29) and not _leap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def own_occasions(occasions: list[BrandOccasionData], start: date, end: date) -> list[Occasion]:
    """The brand's own occasions from `start` to `end`: a yearly one on each year from its
    first (an anniversary does not come before the day it marks)."""
    found = []
    for item in occasions:
        years = range(max(start.year, item.day.year), end.year + 1) if item.yearly else (
            [item.day.year])
        days = [_on_day(item, year) for year in years]
        found += [Occasion(day, f"brand_{item.id}", item.name, OccasionKind.BRAND)
                  for day in days if start <= day <= end]
    return found


def _live(s: Session, brand_id: int, *also: ColumnElement[bool]) -> list[BrandOccasionData]:
    """The brand's live occasions (meeting `also`) by date."""
    query = (select(BrandOccasion)
             .where(BrandOccasion.brand_id == brand_id, BrandOccasion.deleted_at.is_(None), *also)
             .order_by(BrandOccasion.day, BrandOccasion.id))
    return [_data(s, row) for row in s.scalars(query)]


class OccasionService:
    """The brands' own occasions in one workspace, and the occasions of a calendar period."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_occasions(self, brand_id: int) -> list[BrandOccasionData]:
        """The brand's own occasions by date."""
        with self._sf() as s:
            return _live(s, brand_id)

    def get(self, occasion_id: int) -> BrandOccasionData:
        with self._sf() as s:
            return _data(s, load_live(s, BrandOccasion, occasion_id))

    def validate(self, data: BrandOccasionInput) -> list[FieldError]:
        return occasion_errors(data)

    def create(self, brand_id: int, data: BrandOccasionInput) -> BrandOccasionData:
        refuse_invalid(occasion_errors(data))
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            row = BrandOccasion(brand_id=brand_id)
            _apply(row, data)
            s.add(row)
            s.flush()
            return _data(s, row)

    def update(self, occasion_id: int, version: int,
               data: BrandOccasionInput) -> BrandOccasionData:
        refuse_invalid(occasion_errors(data))
        return change(self._sf, BrandOccasion, occasion_id, version,
                      lambda row: _apply(row, data), _data)

    def delete(self, occasion_id: int, version: int) -> None:
        """To the trash: undo brings it back; purged when the app closes."""
        change(self._sf, BrandOccasion, occasion_id, version, mark_deleted, _data)

    def undelete(self, occasion_id: int) -> BrandOccasionData:
        with self._sf.begin() as s:
            row = load_deleted(s, BrandOccasion, occasion_id)
            row.deleted_at = None
            s.flush()
            return _data(s, row)

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, BrandOccasion)

    def between(self, brand_id: int, start: date, end: date,
                today: date | None = None) -> list[Occasion]:
        """The occasions from `start` to `end` (both included) for the brand: those of its
        country (Islamic, public, national, marketing) and its own, by day then kind."""
        in_range = or_(BrandOccasion.yearly.is_(True), BrandOccasion.day.between(start, end))
        with self._sf() as s:
            country = load_live(s, Brand, brand_id).country
            rows = _live(s, brand_id, in_range)
        own = own_occasions(rows, start, end)
        return sorted(occasions_between(start, end, country, today) + own, key=sort_key)

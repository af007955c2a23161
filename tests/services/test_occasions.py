"""A brand's own occasions (validated, versioned, deleted with undo, purged) and the occasions of
a calendar period: the brand country's computed ones plus its own, yearly ones every year."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import BrandOccasion
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.domain.occasions import OccasionKind, occasions_between
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.occasions import BrandOccasionInput, OccasionService
from smm_desktop.services.workspace import Workspace

OPENING = BrandOccasionInput(" ذكرى افتتاح المقهى ", date(2019, 3, 14), yearly=True,
                             notes=" خصم ٢٠٪ ")
LAUNCH = BrandOccasionInput("Second shop opens", date(2027, 2, 1))
TODAY = date(2026, 1, 1)


@pytest.fixture
def occasions(workspace: Workspace) -> OccasionService:
    return OccasionService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل", country="SA"))


def _rows(workspace: Workspace) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(BrandOccasion)) or 0


def test_create_tidies_and_reads_back(occasions: OccasionService, brand: BrandData) -> None:
    made = occasions.create(brand.id, OPENING)
    assert (made.name, made.day, made.yearly, made.notes) == (
        "ذكرى افتتاح المقهى", date(2019, 3, 14), True, "خصم ٢٠٪")
    assert (made.brand_id, made.version) == (brand.id, 1)
    assert occasions.get(made.id) == made
    assert occasions.list_occasions(brand.id) == [made]


def test_listed_by_date(occasions: OccasionService, brand: BrandData) -> None:
    later = occasions.create(brand.id, LAUNCH)
    earlier = occasions.create(brand.id, OPENING)
    assert [o.id for o in occasions.list_occasions(brand.id)] == [earlier.id, later.id]


@pytest.mark.parametrize(("data", "errors"), [
    (BrandOccasionInput("  ", date(2027, 1, 1)), [FieldError("name", "required")]),
    (BrandOccasionInput("x" * 121, date(2027, 1, 1)),
     [FieldError("name", "too_long", {"max": "120"})]),
    (BrandOccasionInput("Launch", date(1969, 12, 31)),
     [FieldError("day", "date_out_of_range", {"min": "1970-01-01", "max": "2100-12-31"})]),
    (BrandOccasionInput("Launch", date(2101, 1, 1)),
     [FieldError("day", "date_out_of_range", {"min": "1970-01-01", "max": "2100-12-31"})]),
    (BrandOccasionInput("Launch", date(2027, 1, 1), notes="n" * 2001),
     [FieldError("notes", "too_long", {"max": "2000"})]),
])
def test_bad_input_is_refused_and_nothing_saved(
        occasions: OccasionService, brand: BrandData, workspace: Workspace,
        data: BrandOccasionInput, errors: list[FieldError]) -> None:
    assert occasions.validate(data) == errors
    with pytest.raises(ValidationFailed) as failed:
        occasions.create(brand.id, data)
    assert failed.value.errors == errors
    assert _rows(workspace) == 0


def test_the_edges_of_the_date_range_are_accepted(occasions: OccasionService,
                                                   brand: BrandData) -> None:
    for day in (date(1970, 1, 1), date(2100, 12, 31)):
        assert occasions.create(brand.id, BrandOccasionInput("Edge", day)).day == day


def test_create_for_a_missing_brand_is_refused(occasions: OccasionService) -> None:
    with pytest.raises(NotFound):
        occasions.create(999, LAUNCH)


def test_update_with_the_version_seen(occasions: OccasionService, brand: BrandData) -> None:
    made = occasions.create(brand.id, LAUNCH)
    changed = occasions.update(made.id, made.version,
                               dataclasses.replace(made.to_input(), day=date(2027, 3, 1)))
    assert (changed.day, changed.version) == (date(2027, 3, 1), 2)
    with pytest.raises(Conflict):
        occasions.update(made.id, made.version, made.to_input())
    assert occasions.get(made.id).day == date(2027, 3, 1)


def test_a_refused_update_changes_nothing(occasions: OccasionService, brand: BrandData) -> None:
    made = occasions.create(brand.id, LAUNCH)
    with pytest.raises(ValidationFailed):
        occasions.update(made.id, made.version, dataclasses.replace(LAUNCH, name=""))
    assert occasions.get(made.id) == made


def test_delete_undo_and_purge(occasions: OccasionService, brand: BrandData,
                               workspace: Workspace) -> None:
    kept, gone = occasions.create(brand.id, OPENING), occasions.create(brand.id, LAUNCH)
    with pytest.raises(Conflict):
        occasions.delete(gone.id, gone.version + 1)
    occasions.delete(gone.id, gone.version)
    assert occasions.list_occasions(brand.id) == [kept]
    with pytest.raises(NotFound):
        occasions.get(gone.id)
    assert occasions.undelete(gone.id).name == "Second shop opens"
    assert len(occasions.list_occasions(brand.id)) == 2
    occasions.delete(gone.id, occasions.get(gone.id).version)
    assert occasions.purge_deleted() == 1
    assert _rows(workspace) == 1
    with pytest.raises(NotFound):
        occasions.undelete(gone.id)


def test_between_gives_the_country_s_occasions(occasions: OccasionService,
                                               brand: BrandData) -> None:
    start, end = date(2027, 2, 1), date(2027, 2, 28)
    found = occasions.between(brand.id, start, end, TODAY)
    assert found == occasions_between(start, end, "SA", TODAY)
    assert ("saudi_founding_day", date(2027, 2, 22)) in {(o.key, o.day) for o in found}


def test_a_brand_without_a_country_gets_the_marketing_and_islamic_days(
        occasions: OccasionService, workspace: Workspace) -> None:
    brand = BrandService(workspace.session_factory).create(BrandInput("No country"))
    kinds = {o.kind for o in occasions.between(brand.id, date(2027, 1, 1), date(2027, 12, 31))}
    assert kinds == {OccasionKind.ISLAMIC, OccasionKind.MARKETING}


def test_yearly_own_occasions_come_back_each_year_from_their_first(
        occasions: OccasionService, brand: BrandData) -> None:
    made = occasions.create(brand.id, OPENING)
    found = [o for o in occasions.between(brand.id, date(2017, 1, 1), date(2027, 12, 31), TODAY)
             if o.kind is OccasionKind.BRAND]
    assert [o.day for o in found] == [date(y, 3, 14) for y in range(2019, 2028)]
    assert {(o.key, o.name, o.expected) for o in found} == {
        (f"brand_{made.id}", "ذكرى افتتاح المقهى", False)}


def test_a_one_off_own_occasion_only_in_its_range(occasions: OccasionService,
                                                  brand: BrandData) -> None:
    occasions.create(brand.id, LAUNCH)
    own = [o.day for o in occasions.between(brand.id, date(2027, 2, 1), date(2027, 2, 1))
           if o.kind is OccasionKind.BRAND]
    assert own == [date(2027, 2, 1)]
    assert not [o for o in occasions.between(brand.id, date(2028, 2, 1), date(2028, 2, 28))
                if o.kind is OccasionKind.BRAND]


def test_a_29_february_occasion_falls_on_the_28th_in_other_years(
        occasions: OccasionService, brand: BrandData) -> None:
    occasions.create(brand.id, BrandOccasionInput("Leap launch", date(2024, 2, 29), yearly=True))
    own = [o.day for o in occasions.between(brand.id, date(2024, 1, 1), date(2028, 12, 31))
           if o.kind is OccasionKind.BRAND]
    assert own == [date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28),
                   date(2028, 2, 29)]


def test_between_leaves_out_trashed_and_other_brands_occasions(
        occasions: OccasionService, brand: BrandData, workspace: Workspace) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("Bloom", country="GB"))
    occasions.create(other.id, LAUNCH)
    trashed = occasions.create(brand.id, LAUNCH)
    occasions.delete(trashed.id, trashed.version)
    assert not [o for o in occasions.between(brand.id, date(2027, 1, 1), date(2027, 12, 31))
                if o.kind is OccasionKind.BRAND]


def test_own_occasions_sort_with_the_computed_ones(occasions: OccasionService,
                                                   brand: BrandData) -> None:
    occasions.create(brand.id, BrandOccasionInput("Anniversary sale", date(2027, 9, 23)))
    day = [o.kind for o in occasions.between(brand.id, date(2027, 9, 23), date(2027, 9, 23))]
    assert day == [OccasionKind.NATIONAL, OccasionKind.BRAND]


def test_between_for_a_missing_brand(occasions: OccasionService) -> None:
    with pytest.raises(NotFound):
        occasions.between(999, date(2027, 1, 1), date(2027, 1, 31))

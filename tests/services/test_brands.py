"""Brands: validation, nothing saved on refusal, stale edits refused, archive, trash and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.workspace import Workspace

NAKHEEL = BrandInput(
    name="  مقهى النخيل ", industry=" مقاهي ", country="sa", languages=("ar", "en"),
    colours=("#5B3A29", "#D9A441"), notes="جمهوره طلاب وموظفون.",
    report_recipients=("marketing@nakheel-cafe.sa", "ceo@nakheel-cafe.sa"), logo_png=b"\x89PNG",
)


@pytest.fixture
def brands(workspace: Workspace) -> BrandService:
    return BrandService(workspace.session_factory)


@pytest.fixture
def accounts(workspace: Workspace) -> AccountService:
    return AccountService(workspace.session_factory)


def _errors(caught: pytest.ExceptionInfo[ValidationFailed]) -> list[FieldError]:
    return caught.value.errors


def _rows(workspace: Workspace, model: type) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_create_stores_tidied_fields(brands: BrandService) -> None:
    created = brands.create(NAKHEEL)
    assert created.id > 0 and created.version == 1 and not created.archived
    assert created.name == "مقهى النخيل"
    assert created.industry == "مقاهي"
    assert created.country == "SA"
    stored = brands.get(created.id)
    assert stored == created
    assert stored.languages == ("ar", "en")
    assert stored.colours == ("#5B3A29", "#D9A441")
    assert stored.report_recipients == ("marketing@nakheel-cafe.sa", "ceo@nakheel-cafe.sa")
    assert stored.logo_png == b"\x89PNG"
    assert stored.notes == "جمهوره طلاب وموظفون."


def test_to_input_round_trips(brands: BrandService) -> None:
    created = brands.create(NAKHEEL)
    again = brands.update(created.id, created.version, created.to_input())
    assert again.to_input() == created.to_input()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (BrandInput(""), FieldError("name", "required")),
        (BrandInput("   "), FieldError("name", "required")),
        (BrandInput("x" * 121), FieldError("name", "too_long", {"max": "120"})),
        (BrandInput("Bloom", report_recipients=("ok@bloom.co.uk", "owner at bloom")),
         FieldError("report_recipients", "bad_email", {"value": "owner at bloom"})),
        (BrandInput("Bloom", colours=("#2F5D50", "green")),
         FieldError("colours", "bad_colour", {"value": "green"})),
        (BrandInput("Bloom", country="GBR"), FieldError("country", "bad_country")),
    ],
)
def test_invalid_brand_refused_and_nothing_saved(
    brands: BrandService, workspace: Workspace, data: BrandInput, expected: FieldError
) -> None:
    assert brands.validate(data) == [expected]
    with pytest.raises(ValidationFailed) as caught:
        brands.create(data)
    assert _errors(caught) == [expected]
    assert brands.list_brands() == []
    assert _rows(workspace, Brand) == 0


def test_every_problem_is_reported_at_once(brands: BrandService) -> None:
    data = BrandInput("", colours=("blue",), report_recipients=("nobody",), country="X")
    assert {e.field for e in brands.validate(data)} == {
        "name", "colours", "report_recipients", "country"
    }


def test_duplicate_name_refused_whatever_the_case(brands: BrandService) -> None:
    brands.create(BrandInput("Bloom & Co."))
    with pytest.raises(ValidationFailed) as caught:
        brands.create(BrandInput("  BLOOM & co. "))
    assert _errors(caught) == [FieldError("name", "duplicate_brand", {"value": "BLOOM & co."})]
    assert [b.name for b in brands.list_brands()] == ["Bloom & Co."]


def test_duplicate_arabic_name_refused(brands: BrandService) -> None:
    brands.create(BrandInput("مقهى النخيل"))
    assert [e.code for e in brands.validate(BrandInput(" مقهى النخيل"))] == ["duplicate_brand"]


def test_duplicate_name_with_accented_capitals_refused(brands: BrandService) -> None:
    """The same on SQLite (whose lower() knows ASCII only) as on PostgreSQL."""
    brands.create(BrandInput("École Café"))
    for same in ("École Café", "école café", "ÉCOLE CAFÉ", "E\u0301cole Cafe\u0301"):
        assert [e.code for e in brands.validate(BrandInput(same))] == ["duplicate_brand"], same
    assert brands.validate(BrandInput("Ecole Cafe")) == []


def test_brand_may_keep_its_own_name_in_another_case(brands: BrandService) -> None:
    created = brands.create(BrandInput("Bloom & Co."))
    renamed = brands.update(created.id, created.version, BrandInput("BLOOM & CO."))
    assert renamed.name == "BLOOM & CO."


def test_rename_onto_another_brand_refused(brands: BrandService) -> None:
    brands.create(BrandInput("Bloom & Co."))
    other = brands.create(BrandInput("Nabd Fitness"))
    with pytest.raises(ValidationFailed):
        brands.update(other.id, other.version, BrandInput("bloom & co."))
    assert brands.get(other.id).name == "Nabd Fitness"


def test_update_bumps_the_version(brands: BrandService) -> None:
    created = brands.create(BrandInput("Bloom"))
    updated = brands.update(created.id, created.version, BrandInput("Bloom & Co.", country="gb"))
    assert updated.version == created.version + 1
    assert brands.get(created.id) == updated
    assert updated.country == "GB"


def test_stale_update_refused_and_row_unchanged(brands: BrandService) -> None:
    created = brands.create(BrandInput("Bloom"))
    fresh = brands.update(created.id, created.version, BrandInput("Bloom & Co."))
    with pytest.raises(Conflict) as caught:
        brands.update(created.id, created.version, BrandInput("Stale edit"))
    assert (caught.value.kind, caught.value.ident) == ("Brand", created.id)
    assert brands.get(created.id) == fresh


def test_invalid_update_leaves_the_row_alone(brands: BrandService) -> None:
    created = brands.create(NAKHEEL)
    with pytest.raises(ValidationFailed):
        brands.update(created.id, created.version, BrandInput("مقهى النخيل", colours=("#12",)))
    assert brands.get(created.id) == created


def test_stale_archive_and_delete_refused(brands: BrandService) -> None:
    created = brands.create(BrandInput("Bloom"))
    brands.update(created.id, created.version, BrandInput("Bloom & Co."))
    with pytest.raises(Conflict):
        brands.set_archived(created.id, created.version, True)
    with pytest.raises(Conflict):
        brands.delete(created.id, created.version)
    assert not brands.get(created.id).archived


def test_archive_and_unarchive(brands: BrandService) -> None:
    created = brands.create(BrandInput("Bloom"))
    archived = brands.set_archived(created.id, created.version, True)
    assert archived.archived and archived.version == created.version + 1
    assert brands.list_brands(include_archived=False) == []
    assert [b.id for b in brands.list_brands()] == [created.id]
    back = brands.set_archived(archived.id, archived.version, False)
    assert not back.archived
    assert [b.id for b in brands.list_brands(include_archived=False)] == [created.id]


def test_list_puts_archived_last_then_sorts_by_name_ignoring_case(brands: BrandService) -> None:
    for name in ("zeta", "Alpha", "beta", "Archived one"):
        brands.create(BrandInput(name))
    archived = next(b for b in brands.list_brands() if b.name == "Archived one")
    brands.set_archived(archived.id, archived.version, True)
    assert [b.name for b in brands.list_brands()] == ["Alpha", "beta", "zeta", "Archived one"]


def test_delete_hides_and_undelete_brings_it_back_with_its_accounts(
    brands: BrandService, accounts: AccountService
) -> None:
    brand = brands.create(BrandInput("Bloom"))
    accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))
    accounts.create(brand.id, AccountInput(Platform.FACEBOOK, "BloomAndCo"))
    brand = brands.get(brand.id)

    brands.delete(brand.id, brand.version)
    assert brands.list_brands() == []
    with pytest.raises(NotFound):
        brands.get(brand.id)
    with pytest.raises(NotFound):
        brands.update(brand.id, brand.version + 1, BrandInput("Bloom"))

    back = brands.undelete(brand.id)
    assert [b.id for b in brands.list_brands()] == [brand.id]
    assert back.account_count == 2
    assert {a.handle for a in accounts.list_accounts(brand.id)} == {"bloomandco", "BloomAndCo"}


def test_deleted_brand_name_is_free_and_undelete_then_refused(brands: BrandService) -> None:
    old = brands.create(BrandInput("Bloom"))
    brands.delete(old.id, old.version)
    new = brands.create(BrandInput("bloom"))
    with pytest.raises(ValidationFailed) as caught:
        brands.undelete(old.id)
    assert [e.code for e in _errors(caught)] == ["duplicate_brand"]
    assert [b.id for b in brands.list_brands()] == [new.id]


def test_purge_removes_deleted_brands_and_their_accounts_for_good(
    brands: BrandService, accounts: AccountService, workspace: Workspace
) -> None:
    doomed = brands.create(BrandInput("Doomed"))
    kept = brands.create(BrandInput("Kept"))
    accounts.create(doomed.id, AccountInput(Platform.INSTAGRAM, "doomed"))
    accounts.create(kept.id, AccountInput(Platform.INSTAGRAM, "kept"))
    brands.delete(doomed.id, brands.get(doomed.id).version)

    assert brands.purge_deleted() == 1

    assert _rows(workspace, Brand) == 1
    with workspace.session_factory() as s:
        assert s.scalars(select(SocialAccount.handle)).all() == ["kept"]
    with pytest.raises(NotFound):
        brands.undelete(doomed.id)
    assert brands.purge_deleted() == 0


def test_account_count_counts_live_unarchived_accounts(
    brands: BrandService, accounts: AccountService
) -> None:
    brand = brands.create(BrandInput("Bloom"))
    other = brands.create(BrandInput("Other"))
    for handle in ("one", "two", "three", "four"):
        accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, handle))
    accounts.create(other.id, AccountInput(Platform.X, "elsewhere"))
    live = {a.handle: a for a in accounts.list_accounts(brand.id)}
    accounts.set_archived(live["two"].id, live["two"].version, True)
    accounts.delete(live["three"].id, live["three"].version)

    assert brands.get(brand.id).account_count == 2
    listed = {b.name: b.account_count for b in brands.list_brands()}
    assert listed == {"Bloom": 2, "Other": 1}
    assert isinstance(brands.list_brands()[0], BrandData)


def test_unknown_brand_is_not_found(brands: BrandService) -> None:
    with pytest.raises(NotFound):
        brands.get(999)
    with pytest.raises(NotFound):
        brands.undelete(999)

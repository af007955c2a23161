"""The brand guide: voice and words, bios per platform, hashtag sets with undo, and the
quarterly consistency check."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import ConsistencyItem, HashtagSet, PlatformBio
from smm_desktop.domain.enums import CheckResult, ConsistencyAspect, Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.guide_checks import CheckInput, CheckItem
from smm_desktop.services.guides import BioInput, GuideInput, GuideService, HashtagSetInput
from smm_desktop.services.workspace import Workspace

A = ConsistencyAspect
R = CheckResult


@pytest.fixture
def guides(workspace: Workspace) -> GuideService:
    return GuideService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))


@pytest.fixture
def accounts(workspace: Workspace, brand: BrandData) -> list[AccountData]:
    service = AccountService(workspace.session_factory)
    return [service.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco")),
            service.create(brand.id, AccountInput(Platform.FACEBOOK, "BloomAndCo"))]


def _count(workspace: Workspace, model: type) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# The guide


def test_a_brand_without_a_guide_reads_an_empty_one(guides: GuideService,
                                                    brand: BrandData) -> None:
    guide = guides.get_guide(brand.id)
    assert (guide.id, guide.version, guide.voice, guide.words_to_use) == (0, 0, "", ())


def test_save_guide_creates_then_edits_with_versions(guides: GuideService,
                                                     brand: BrandData) -> None:
    first = guides.save_guide(brand.id, 0, GuideInput(" Friendly ", "Warm", ("fresh", " "),
                                                      ("cheap",)))
    assert (first.voice, first.words_to_use, first.version) == ("Friendly", ("fresh",), 1)
    second = guides.save_guide(brand.id, 1, GuideInput("Calm"))
    assert (second.id, second.version, second.voice) == (first.id, 2, "Calm")
    assert guides.get_guide(brand.id) == second


def test_a_stale_guide_edit_is_refused(guides: GuideService, brand: BrandData) -> None:
    guides.save_guide(brand.id, 0, GuideInput("One"))
    with pytest.raises(Conflict):
        guides.save_guide(brand.id, 0, GuideInput("Two"))  # someone wrote it meanwhile
    assert guides.get_guide(brand.id).voice == "One"


def test_a_word_to_use_and_to_avoid_at_once_is_refused(guides: GuideService,
                                                       brand: BrandData) -> None:
    with pytest.raises(ValidationFailed) as err:
        guides.save_guide(brand.id, 0, GuideInput(words_to_use=("Fresh",),
                                                  words_to_avoid=("fresh",)))
    assert err.value.errors == [FieldError("words_to_avoid", "in_both_lists", {"value": "fresh"})]


# Bios


def test_bios_are_set_changed_and_removed_per_platform(guides: GuideService, workspace: Workspace,
                                                       brand: BrandData) -> None:
    made = guides.save_bio(brand.id, Platform.INSTAGRAM, 0,
                           BioInput(Platform.INSTAGRAM, "Bloom", "Same-day flowers",
                                    "bloomandco.co.uk"))
    assert made is not None and made.link == "https://bloomandco.co.uk"
    changed = guides.save_bio(brand.id, Platform.INSTAGRAM, made.version,
                              BioInput(Platform.INSTAGRAM, "Bloom & Co.", "x" * 160))
    assert changed is not None and changed.over_by == 10 and changed.version == 2
    assert guides.list_bios(brand.id) == [changed]
    assert guides.save_bio(brand.id, Platform.INSTAGRAM, 2, None) is None
    assert _count(workspace, PlatformBio) == 0  # deleted, not trashed


def test_a_blank_bio_removes_the_row_and_a_stale_one_is_refused(guides: GuideService,
                                                                brand: BrandData) -> None:
    guides.save_bio(brand.id, Platform.X, 0, BioInput(Platform.X, "Bloom"))
    with pytest.raises(Conflict):
        guides.save_bio(brand.id, Platform.X, 0, BioInput(Platform.X, "Other"))
    assert guides.save_bio(brand.id, Platform.X, 1, BioInput(Platform.X)) is None
    assert guides.list_bios(brand.id) == []


def test_a_bio_link_must_be_a_web_address(guides: GuideService, brand: BrandData) -> None:
    with pytest.raises(ValidationFailed) as err:
        guides.save_bio(brand.id, Platform.X, 0, BioInput(Platform.X, "B", "", "not a link"))
    assert err.value.errors == [FieldError("link", "bad_url")]
    assert guides.validate_bio(BioInput(Platform.X, "n" * 121)) == [
        FieldError("display_name", "too_long", {"max": "120"})]


# Hashtag sets


def test_sets_are_normalised_ordered_and_reordered(guides: GuideService,
                                                   brand: BrandData) -> None:
    a = guides.create_set(brand.id, HashtagSetInput(" Weddings ", ("weddingflowers, #Bride",
                                                                   "#bride")))
    b = guides.create_set(brand.id, HashtagSetInput("Local", ("#manchester",)))
    assert (a.name, a.tags, a.text) == ("Weddings", ("#weddingflowers", "#Bride"),
                                        "#weddingflowers #Bride")
    assert [s.id for s in guides.reorder_sets(brand.id, [b.id, a.id])] == [b.id, a.id]
    with pytest.raises(Conflict):
        guides.reorder_sets(brand.id, [a.id])


def test_set_names_are_unique_in_the_brand_whatever_the_case(guides: GuideService,
                                                             brand: BrandData) -> None:
    made = guides.create_set(brand.id, HashtagSetInput("Weddings", ("#a",)))
    with pytest.raises(ValidationFailed) as err:
        guides.create_set(brand.id, HashtagSetInput("WEDDINGS", ("#b",)))
    assert err.value.errors[0] == FieldError("name", "duplicate_set", {"value": "WEDDINGS"})
    assert guides.validate_set(brand.id, HashtagSetInput("Weddings", ("#a",)), made.id) == []


@pytest.mark.parametrize(("data", "error"), [
    (HashtagSetInput(" ", ("#a",)), FieldError("name", "required")),
    (HashtagSetInput("S", ("#rock&roll",)), FieldError("tags", "bad_tag", {"value": "#rock&roll"})),
    (HashtagSetInput("S", ()), FieldError("tags", "required")),
])
def test_bad_sets_are_refused(guides: GuideService, brand: BrandData, data: HashtagSetInput,
                              error: FieldError) -> None:
    with pytest.raises(ValidationFailed) as err:
        guides.create_set(brand.id, data)
    assert error in err.value.errors


def test_delete_and_undelete_a_set_keep_its_place(guides: GuideService, workspace: Workspace,
                                                  brand: BrandData) -> None:
    a = guides.create_set(brand.id, HashtagSetInput("A", ("#a",)))
    b = guides.create_set(brand.id, HashtagSetInput("B", ("#b",)))
    guides.delete_set(a.id, a.version)
    assert [s.name for s in guides.list_sets(brand.id)] == ["B"]
    guides.undelete_set(a.id)
    assert [s.id for s in guides.list_sets(brand.id)] == [a.id, b.id]
    guides.delete_set(b.id, b.version)
    assert guides.purge_deleted() == 1
    assert _count(workspace, HashtagSet) == 1


def test_a_stale_set_edit_is_refused(guides: GuideService, brand: BrandData) -> None:
    made = guides.create_set(brand.id, HashtagSetInput("A", ("#a",)))
    guides.update_set(made.id, made.version, HashtagSetInput("A", ("#b",)))
    with pytest.raises(Conflict):
        guides.update_set(made.id, made.version, HashtagSetInput("A", ("#c",)))


# Consistency checks


def _check(accounts: list[AccountData], day: date = date(2026, 9, 1)) -> CheckInput:
    ig, fb = accounts
    return CheckInput(day, "Facebook has the old logo", (
        CheckItem(ig.id, A.NAME, R.PASS), CheckItem(fb.id, A.PICTURE, R.FIX, " old logo "),
        CheckItem(fb.id, A.TONE)))


def test_a_check_stores_its_verdicts_and_counts_them(guides: GuideService, workspace: Workspace,
                                                     brand: BrandData,
                                                     accounts: list[AccountData]) -> None:
    made = guides.create_check(brand.id, _check(accounts))
    assert (made.fixes, made.passes, made.checked_on) == (1, 1, date(2026, 9, 1))
    assert made.item(accounts[1].id, A.PICTURE).note == "old logo"
    assert _count(workspace, ConsistencyItem) == 2  # the unchecked cell is not stored
    assert guides.list_checks(brand.id) == [made]
    assert guides.latest_check_date(brand.id) == date(2026, 9, 1)


def test_updating_a_check_replaces_its_items_and_moves_its_version(
        guides: GuideService, brand: BrandData, accounts: list[AccountData]) -> None:
    made = guides.create_check(brand.id, _check(accounts))
    fixed = CheckInput(made.checked_on, "", (CheckItem(accounts[1].id, A.PICTURE, R.PASS),))
    updated = guides.update_check(made.id, made.version, fixed)
    assert (updated.version, updated.fixes, updated.passes) == (made.version + 1, 0, 1)
    with pytest.raises(Conflict):
        guides.update_check(made.id, made.version, fixed)


def test_a_check_on_another_brands_account_is_refused(guides: GuideService, workspace: Workspace,
                                                      brand: BrandData) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("Other"))
    account = AccountService(workspace.session_factory).create(
        other.id, AccountInput(Platform.X, "other"))
    with pytest.raises(ValidationFailed):
        guides.create_check(brand.id, CheckInput(date(2026, 9, 1), "", (
            CheckItem(account.id, A.BIO, R.FIX),)))


def test_consistency_is_due_until_a_check_in_the_last_ninety_days(
        guides: GuideService, brand: BrandData, accounts: list[AccountData]) -> None:
    today = date(2026, 11, 28)
    assert guides.consistency_due(brand.id, today)
    old = guides.create_check(brand.id, _check(accounts, date(2026, 8, 1)))
    assert guides.consistency_due(brand.id, today)
    recent = guides.create_check(brand.id, _check(accounts, date(2026, 11, 1)))
    assert not guides.consistency_due(brand.id, today)
    guides.delete_check(recent.id, recent.version)
    assert guides.latest_check_date(brand.id) == old.checked_on
    guides.undelete_check(recent.id)
    assert [c.id for c in guides.list_checks(brand.id)] == [recent.id, old.id]


def test_the_sheet_shows_each_live_account_with_the_guides_bio(
        guides: GuideService, workspace: Workspace, brand: BrandData,
        accounts: list[AccountData]) -> None:
    guides.save_bio(brand.id, Platform.INSTAGRAM, 0,
                    BioInput(Platform.INSTAGRAM, "Bloom & Co.", "Same-day flowers"))
    guides.save_guide(brand.id, 0, GuideInput("Friendly florist", "Warm"))
    guides.create_set(brand.id, HashtagSetInput("Weddings", ("#a",)))
    first = guides.create_check(brand.id, _check(accounts))
    sheet = guides.check_sheet(brand.id)
    fb, ig = sheet.rows  # in the platforms' order
    assert (ig.handle, ig.expected_name, ig.expected_bio, ig.has_bio) == (
        "bloomandco", "Bloom & Co.", "Same-day flowers", True)
    assert (fb.expected_bio, fb.has_bio) == ("", False)
    assert (sheet.voice, sheet.tone, sheet.hashtag_sets) == ("Friendly florist", "Warm",
                                                             ("Weddings",))
    assert sheet.previous == first
    assert guides.check_sheet(brand.id, first.id).previous is None


def test_the_sheet_leaves_out_archived_accounts_unless_the_check_has_them(
        guides: GuideService, workspace: Workspace, brand: BrandData,
        accounts: list[AccountData]) -> None:
    made = guides.create_check(brand.id, _check(accounts))
    fb = accounts[1]
    AccountService(workspace.session_factory).set_archived(fb.id, fb.version, True)
    assert [r.account_id for r in guides.check_sheet(brand.id).rows] == [accounts[0].id]
    assert len(guides.check_sheet(brand.id, made.id).rows) == 2


def test_items_of_an_account_in_the_trash_survive_an_edit(
        guides: GuideService, workspace: Workspace, brand: BrandData,
        accounts: list[AccountData]) -> None:
    made = guides.create_check(brand.id, _check(accounts))
    fb = accounts[1]
    AccountService(workspace.session_factory).delete(fb.id, fb.version)
    updated = guides.update_check(made.id, made.version, CheckInput(made.checked_on, "", (
        CheckItem(accounts[0].id, A.NAME, R.FIX),)))
    assert updated.item(fb.id, A.PICTURE).result == R.FIX


def test_a_missing_check_is_not_found(guides: GuideService) -> None:
    with pytest.raises(NotFound):
        guides.get_check(999)


def test_a_name_taken_between_the_check_and_the_save_is_refused(
        guides: GuideService, brand: BrandData, monkeypatch: pytest.MonkeyPatch) -> None:
    """The name is checked again inside the saving transaction, not only beforehand."""
    guides.create_set(brand.id, HashtagSetInput("Weddings", ("#bride",)))
    other = guides.create_set(brand.id, HashtagSetInput("Events", ("#party",)))
    monkeypatch.setattr(guides, "_set_name_taken", lambda *args: False)  # the race
    with pytest.raises(ValidationFailed) as made:
        guides.create_set(brand.id, HashtagSetInput("weddings", ("#x",)))
    assert made.value.errors == [FieldError("name", "duplicate_set", {"value": "weddings"})]
    with pytest.raises(ValidationFailed) as renamed:
        guides.update_set(other.id, other.version, HashtagSetInput("WEDDINGS", ("#x",)))
    assert renamed.value.errors[0].code == "duplicate_set"
    assert sorted(s.name for s in guides.list_sets(brand.id)) == ["Events", "Weddings"]


def test_undelete_of_a_set_whose_name_was_taken_meanwhile_is_refused(
        guides: GuideService, brand: BrandData) -> None:
    first = guides.create_set(brand.id, HashtagSetInput("Weddings", ("#bride",)))
    guides.delete_set(first.id, first.version)
    guides.create_set(brand.id, HashtagSetInput("weddings", ("#new",)))
    with pytest.raises(ValidationFailed) as refused:
        guides.undelete_set(first.id)
    assert refused.value.errors == [FieldError("name", "name_taken", {"value": "Weddings"})]
    assert [s.name for s in guides.list_sets(brand.id)] == ["weddings"]

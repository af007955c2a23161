"""Social accounts: handles unique per platform, stale edits refused, archive, trash and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import SocialAccount
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.workspace import Workspace


@pytest.fixture
def accounts(workspace: Workspace) -> AccountService:
    return AccountService(workspace.session_factory)


@pytest.fixture
def nakheel(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


@pytest.fixture
def bloom(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))


def _stored(workspace: Workspace) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(SocialAccount)) or 0


def test_create_tidies_the_handle(accounts: AccountService, nakheel: BrandData) -> None:
    created = accounts.create(
        nakheel.id,
        AccountInput(Platform.INSTAGRAM, "  @Nakheel.Cafe ",
                     " https://www.instagram.com/nakheel.cafe/ ", "main account"),
    )
    assert created.handle == "Nakheel.Cafe"
    assert created.profile_url == "https://www.instagram.com/nakheel.cafe/"
    assert (created.brand_id, created.version, created.archived) == (nakheel.id, 1, False)
    assert created.notes == "main account"
    assert accounts.list_accounts(nakheel.id) == [created]


def test_link_is_the_typed_url_or_the_platform_pattern(
    accounts: AccountService, nakheel: BrandData
) -> None:
    typed = accounts.create(
        nakheel.id, AccountInput(Platform.X, "NakheelCafe", "https://twitter.com/NakheelCafe")
    )
    made = accounts.create(nakheel.id, AccountInput(Platform.TIKTOK, "nakheel.cafe"))
    other = accounts.create(nakheel.id, AccountInput(Platform.OTHER, "nakheel"))
    assert typed.link == "https://twitter.com/NakheelCafe"
    assert made.link == "https://www.tiktok.com/@nakheel.cafe"
    assert other.link == ""


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (AccountInput(Platform.INSTAGRAM, "  @ "), FieldError("handle", "required")),
        (AccountInput(Platform.INSTAGRAM, "two words"), FieldError("handle", "bad_handle")),
        (AccountInput(Platform.INSTAGRAM, "x" * 101), FieldError("handle", "too_long", {"max": "100"})),
        (AccountInput(Platform.INSTAGRAM, "nakheel", "https://facebook.com/nakheel"),
         FieldError("profile_url", "wrong_site", {"platform": "instagram"})),
        (AccountInput(Platform.INSTAGRAM, "nakheel", "ftp://instagram.com/nakheel"),
         FieldError("profile_url", "bad_url")),
    ],
)
def test_invalid_account_refused_and_nothing_saved(
    accounts: AccountService, nakheel: BrandData, workspace: Workspace,
    data: AccountInput, expected: FieldError,
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        accounts.create(nakheel.id, data)
    assert caught.value.errors == [expected]
    assert accounts.list_accounts(nakheel.id) == []
    assert _stored(workspace) == 0


def test_account_for_a_missing_or_deleted_brand_refused(
    accounts: AccountService, bloom: BrandData, workspace: Workspace
) -> None:
    with pytest.raises(NotFound):
        accounts.create(999, AccountInput(Platform.X, "ghost"))
    BrandService(workspace.session_factory).delete(bloom.id, bloom.version)
    with pytest.raises(NotFound):
        accounts.create(bloom.id, AccountInput(Platform.X, "ghost"))
    assert _stored(workspace) == 0


def test_handle_taken_on_the_same_platform_by_another_brand_refused(
    accounts: AccountService, nakheel: BrandData, bloom: BrandData, workspace: Workspace
) -> None:
    accounts.create(nakheel.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe"))
    with pytest.raises(ValidationFailed) as caught:
        accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "@NAKHEEL.cafe"))
    assert caught.value.errors == [
        FieldError("handle", "duplicate_handle", {"brand": "مقهى النخيل"})
    ]
    assert accounts.list_accounts(bloom.id) == []
    assert _stored(workspace) == 1


def test_handle_taken_within_the_same_brand_refused(
    accounts: AccountService, bloom: BrandData
) -> None:
    accounts.create(bloom.id, AccountInput(Platform.X, "BloomAndCo"))
    errors = accounts.validate(AccountInput(Platform.X, "bloomandco"))
    assert errors == [FieldError("handle", "duplicate_handle", {"brand": "Bloom & Co."})]


def test_same_handle_on_another_platform_allowed(
    accounts: AccountService, nakheel: BrandData, bloom: BrandData
) -> None:
    accounts.create(nakheel.id, AccountInput(Platform.INSTAGRAM, "shared"))
    other = accounts.create(bloom.id, AccountInput(Platform.TIKTOK, "shared"))
    assert other.platform is Platform.TIKTOK and other.handle == "shared"


def test_account_may_keep_its_own_handle(accounts: AccountService, bloom: BrandData) -> None:
    created = accounts.create(bloom.id, AccountInput(Platform.X, "bloomandco"))
    edited = accounts.update(
        created.id, created.version, AccountInput(Platform.X, "@BloomAndCo", notes="recased")
    )
    assert (edited.handle, edited.notes, edited.version) == ("BloomAndCo", "recased", 2)


def test_deleted_accounts_handle_can_be_reused(
    accounts: AccountService, nakheel: BrandData, bloom: BrandData
) -> None:
    old = accounts.create(nakheel.id, AccountInput(Platform.INSTAGRAM, "flowers"))
    accounts.delete(old.id, old.version)
    assert accounts.list_accounts(nakheel.id) == []
    new = accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "Flowers"))
    assert [a.id for a in accounts.list_accounts(bloom.id)] == [new.id]


def test_undelete_refused_when_the_handle_was_reused(
    accounts: AccountService, nakheel: BrandData, bloom: BrandData
) -> None:
    old = accounts.create(nakheel.id, AccountInput(Platform.INSTAGRAM, "flowers"))
    accounts.delete(old.id, old.version)
    accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "flowers"))
    with pytest.raises(ValidationFailed) as caught:
        accounts.undelete(old.id)
    assert [e.code for e in caught.value.errors] == ["duplicate_handle"]
    assert accounts.list_accounts(nakheel.id) == []


def test_undelete_brings_the_account_back(accounts: AccountService, bloom: BrandData) -> None:
    created = accounts.create(bloom.id, AccountInput(Platform.PINTEREST, "bloomandco"))
    accounts.delete(created.id, created.version)
    back = accounts.undelete(created.id)
    assert back.handle == "bloomandco"
    assert [a.id for a in accounts.list_accounts(bloom.id)] == [created.id]


def test_stale_update_refused_and_row_unchanged(
    accounts: AccountService, bloom: BrandData
) -> None:
    created = accounts.create(bloom.id, AccountInput(Platform.X, "bloom"))
    fresh = accounts.update(created.id, created.version, AccountInput(Platform.X, "bloom_uk"))
    with pytest.raises(Conflict) as caught:
        accounts.update(created.id, created.version, AccountInput(Platform.X, "stale"))
    assert (caught.value.kind, caught.value.ident) == ("SocialAccount", created.id)
    with pytest.raises(Conflict):
        accounts.set_archived(created.id, created.version, True)
    with pytest.raises(Conflict):
        accounts.delete(created.id, created.version)
    assert accounts.list_accounts(bloom.id) == [fresh]


def test_invalid_update_leaves_the_row_alone(accounts: AccountService, bloom: BrandData) -> None:
    created = accounts.create(bloom.id, AccountInput(Platform.X, "bloom"))
    with pytest.raises(ValidationFailed):
        accounts.update(created.id, created.version, AccountInput(Platform.X, "bad handle"))
    assert accounts.list_accounts(bloom.id) == [created]


def test_archive_and_unarchive(accounts: AccountService, bloom: BrandData) -> None:
    created = accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))
    archived = accounts.set_archived(created.id, created.version, True)
    assert archived.archived and archived.version == 2
    assert accounts.list_accounts(bloom.id, include_archived=False) == []
    assert accounts.list_accounts(bloom.id) == [archived]
    back = accounts.set_archived(archived.id, archived.version, False)
    assert accounts.list_accounts(bloom.id, include_archived=False) == [back]


def test_archived_account_still_holds_its_handle(
    accounts: AccountService, nakheel: BrandData, bloom: BrandData
) -> None:
    created = accounts.create(nakheel.id, AccountInput(Platform.X, "held"))
    accounts.set_archived(created.id, created.version, True)
    assert [e.code for e in accounts.validate(AccountInput(Platform.X, "held"))] == [
        "duplicate_handle"
    ]


def test_list_sorts_archived_last_then_platform_then_handle(
    accounts: AccountService, bloom: BrandData
) -> None:
    for platform, handle in [(Platform.X, "b"), (Platform.X, "A"), (Platform.FACEBOOK, "z")]:
        accounts.create(bloom.id, AccountInput(platform, handle))
    first = accounts.list_accounts(bloom.id)[0]
    accounts.set_archived(first.id, first.version, True)
    assert [(a.platform.value, a.handle) for a in accounts.list_accounts(bloom.id)] == [
        ("x", "A"), ("x", "b"), ("facebook", "z")
    ]


def test_purge_removes_deleted_accounts_for_good(
    accounts: AccountService, bloom: BrandData, workspace: Workspace
) -> None:
    gone = accounts.create(bloom.id, AccountInput(Platform.X, "gone"))
    kept = accounts.create(bloom.id, AccountInput(Platform.X, "kept"))
    accounts.delete(gone.id, gone.version)
    assert accounts.purge_deleted() == 1
    assert _stored(workspace) == 1
    with pytest.raises(NotFound):
        accounts.undelete(gone.id)
    assert accounts.list_accounts(bloom.id) == [kept]
    assert accounts.purge_deleted() == 0


def test_to_input_round_trips(accounts: AccountService, bloom: BrandData) -> None:
    created = accounts.create(
        bloom.id, AccountInput(Platform.FACEBOOK, "BloomAndCo", "https://fb.com/BloomAndCo", "n")
    )
    assert isinstance(created, AccountData)
    assert created.to_input() == AccountInput(
        Platform.FACEBOOK, "BloomAndCo", "https://fb.com/BloomAndCo", "n"
    )

"""Moving accounts between brands: all or nothing, stale edits refused, a note on each."""

from __future__ import annotations

import pytest
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from smm_desktop.db.models import SocialAccount
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, NotFound
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.bulk import BulkService
from smm_desktop.services.workspace import Workspace


@pytest.fixture
def brands(workspace: Workspace) -> BrandService:
    return BrandService(workspace.session_factory)


@pytest.fixture
def accounts(workspace: Workspace) -> AccountService:
    return AccountService(workspace.session_factory)


@pytest.fixture
def bulk(workspace: Workspace) -> BulkService:
    return BulkService(workspace.session_factory)


@pytest.fixture
def nakheel(brands: BrandService) -> BrandData:
    return brands.create(BrandInput("مقهى النخيل"))


@pytest.fixture
def bloom(brands: BrandService) -> BrandData:
    return brands.create(BrandInput("Bloom & Co."))


@pytest.fixture
def three(accounts: AccountService, nakheel: BrandData) -> list[AccountData]:
    return [
        accounts.create(nakheel.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe")),
        accounts.create(nakheel.id, AccountInput(Platform.X, "NakheelCafe", notes="main")),
        accounts.create(nakheel.id, AccountInput(Platform.TIKTOK, "nakheel")),
    ]


def _versions(chosen: list[AccountData]) -> dict[int, int]:
    return {a.id: a.version for a in chosen}


def _unchanged(accounts: AccountService, brand: BrandData, before: list[AccountData]) -> None:
    assert sorted(accounts.list_accounts(brand.id), key=lambda a: a.id) == before


def test_moves_every_account_in_one_go(
    bulk: BulkService, accounts: AccountService, nakheel: BrandData, bloom: BrandData,
    three: list[AccountData],
) -> None:
    moved = bulk.move_accounts(_versions(three), bloom.id, "  handed over  ")
    assert [a.id for a in moved] == [a.id for a in three]
    assert {(a.brand_id, a.version) for a in moved} == {(bloom.id, 2)}
    assert [a.notes for a in moved] == ["handed over", "main\nhanded over", "handed over"]
    assert accounts.list_accounts(nakheel.id) == []
    assert sorted(accounts.list_accounts(bloom.id), key=lambda a: a.id) == moved


def test_without_a_note_the_notes_stay(
    bulk: BulkService, bloom: BrandData, three: list[AccountData]
) -> None:
    moved = bulk.move_accounts(_versions(three), bloom.id)
    assert [a.notes for a in moved] == ["", "main", ""]


def test_a_stale_account_moves_nothing(
    bulk: BulkService, accounts: AccountService, nakheel: BrandData, bloom: BrandData,
    three: list[AccountData],
) -> None:
    edited = accounts.set_archived(three[2].id, three[2].version, True)
    before = sorted(accounts.list_accounts(nakheel.id), key=lambda a: a.id)
    with pytest.raises(Conflict) as caught:
        bulk.move_accounts(_versions(three), bloom.id, "handed over")
    assert (caught.value.kind, caught.value.ident) == ("SocialAccount", edited.id)
    _unchanged(accounts, nakheel, before)
    assert accounts.list_accounts(bloom.id) == []


@pytest.mark.parametrize("where", [0, 1, 3])
def test_an_unknown_account_moves_nothing(
    bulk: BulkService, accounts: AccountService, nakheel: BrandData, bloom: BrandData,
    three: list[AccountData], where: int,
) -> None:
    chosen = list(_versions(three).items())
    chosen.insert(where, (9999, 1))
    with pytest.raises(NotFound) as caught:
        bulk.move_accounts(dict(chosen), bloom.id, "handed over")
    assert (caught.value.kind, caught.value.ident) == ("SocialAccount", 9999)
    _unchanged(accounts, nakheel, three)
    assert accounts.list_accounts(bloom.id) == []


def test_an_account_in_the_trash_moves_nothing(
    bulk: BulkService, accounts: AccountService, nakheel: BrandData, bloom: BrandData,
    three: list[AccountData],
) -> None:
    accounts.delete(three[1].id, three[1].version)
    with pytest.raises(NotFound):
        bulk.move_accounts(_versions(three), bloom.id)
    _unchanged(accounts, nakheel, [three[0], three[2]])


def test_accounts_of_a_brand_in_the_trash_stay_there(
    bulk: BulkService, brands: BrandService, accounts: AccountService, nakheel: BrandData,
    bloom: BrandData, three: list[AccountData],
) -> None:
    brands.delete(nakheel.id, nakheel.version)
    with pytest.raises(NotFound):
        bulk.move_accounts(_versions(three), bloom.id)
    brands.undelete(nakheel.id)
    _unchanged(accounts, nakheel, three)


@pytest.mark.parametrize("gone", ["unknown", "deleted"])
def test_a_target_brand_that_is_gone_moves_nothing(
    bulk: BulkService, brands: BrandService, accounts: AccountService, nakheel: BrandData,
    bloom: BrandData, three: list[AccountData], gone: str,
) -> None:
    target = 9999
    if gone == "deleted":
        brands.delete(bloom.id, bloom.version)
        target = bloom.id
    with pytest.raises(NotFound) as caught:
        bulk.move_accounts(_versions(three), target)
    assert (caught.value.kind, caught.value.ident) == ("Brand", target)
    _unchanged(accounts, nakheel, three)


def test_an_account_already_there_is_left_alone(
    bulk: BulkService, accounts: AccountService, bloom: BrandData, three: list[AccountData]
) -> None:
    there = accounts.create(bloom.id, AccountInput(Platform.YOUTUBE, "bloomco"))
    moved = bulk.move_accounts(_versions([*three, there]), bloom.id, "handed over")
    assert moved[-1] == there
    assert [a.version for a in moved] == [2, 2, 2, 1]


def test_nothing_chosen_is_nothing_done(bulk: BulkService, bloom: BrandData) -> None:
    assert bulk.move_accounts({}, bloom.id) == []
    assert bulk.move_accounts({}, 9999) == []


def test_a_failure_halfway_undoes_the_accounts_already_moved(
    bulk: BulkService, workspace: Workspace, accounts: AccountService, nakheel: BrandData,
    bloom: BrandData, three: list[AccountData],
) -> None:
    flushes = []

    def fail_on_second(_session: Session, _context: object) -> None:
        flushes.append(1)
        if len(flushes) == 2:
            raise OSError("disk full")

    event.listen(workspace.session_factory, "after_flush", fail_on_second)
    try:
        with pytest.raises(OSError, match="disk full"):
            bulk.move_accounts(_versions(three), bloom.id, "handed over")
    finally:
        event.remove(workspace.session_factory, "after_flush", fail_on_second)
    assert len(flushes) == 2
    _unchanged(accounts, nakheel, three)


def test_an_edit_racing_the_move_is_a_conflict_and_moves_nothing(
    bulk: BulkService, workspace: Workspace, accounts: AccountService, nakheel: BrandData,
    bloom: BrandData, three: list[AccountData],
) -> None:
    last, done = three[-1], []

    def edit_last_meanwhile(session: Session, _context: object) -> None:
        if not done:  # after the first account's UPDATE, before the last one's
            done.append(1)
            session.connection().execute(
                update(SocialAccount).where(SocialAccount.id == last.id)
                .values(version=SocialAccount.version + 1)
            )

    event.listen(workspace.session_factory, "after_flush", edit_last_meanwhile)
    try:
        with pytest.raises(Conflict) as caught:
            bulk.move_accounts(_versions(three), bloom.id, "handed over")
    finally:
        event.remove(workspace.session_factory, "after_flush", edit_last_meanwhile)
    assert (caught.value.kind, caught.value.ident) == ("SocialAccount", last.id)
    _unchanged(accounts, nakheel, three)

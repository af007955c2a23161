"""Pillars: validated, ordered, stale edits refused, trash with undo; posting slots replaced
whole."""

from __future__ import annotations

import dataclasses
from datetime import time

import pytest

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.pillars import PillarService
from smm_desktop.services.post_data import PillarInput, PostInput, Slot
from smm_desktop.services.posts import PostService
from smm_desktop.services.workspace import Workspace


@pytest.fixture
def pillars(workspace: Workspace) -> PillarService:
    return PillarService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


@pytest.fixture
def account(workspace: Workspace, brand: BrandData) -> AccountData:
    return AccountService(workspace.session_factory).create(
        brand.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe"))


def test_create_in_order_and_read_back(pillars: PillarService, brand: BrandData) -> None:
    study = pillars.create(brand.id, PillarInput(" أجواء المذاكرة ", "#5B3A29", 40, "هدوء"))
    coffee = pillars.create(brand.id, PillarInput("القهوة المختصة", "", None))
    assert (study.name, study.colour, study.target_share, study.position) == (
        "أجواء المذاكرة", "#5B3A29", 40, 0)
    assert coffee.position == 1
    assert pillars.list_pillars(brand.id) == [study, coffee]
    assert pillars.get(study.id).to_input() == PillarInput("أجواء المذاكرة", "#5B3A29", 40,
                                                           "هدوء")


@pytest.mark.parametrize(("data", "error"), [
    (PillarInput(" "), FieldError("name", "required")),
    (PillarInput("n" * 81), FieldError("name", "too_long", {"max": "80"})),
    (PillarInput("ok", colour="brown"), FieldError("colour", "bad_colour", {"value": "brown"})),
    (PillarInput("ok", target_share=101),
     FieldError("target_share", "out_of_range", {"min": "0", "max": "100"})),
    (PillarInput("ok", target_share=-1),
     FieldError("target_share", "out_of_range", {"min": "0", "max": "100"})),
])
def test_bad_input_is_refused(pillars: PillarService, brand: BrandData, data: PillarInput,
                              error: FieldError) -> None:
    assert pillars.validate(data) == [error]
    with pytest.raises(ValidationFailed):
        pillars.create(brand.id, data)
    assert pillars.list_pillars(brand.id) == []


def test_update_refuses_stale(pillars: PillarService, brand: BrandData) -> None:
    made = pillars.create(brand.id, PillarInput("a"))
    saved = pillars.update(made.id, made.version, dataclasses.replace(made.to_input(), name="b"))
    assert (saved.name, saved.version) == ("b", made.version + 1)
    with pytest.raises(Conflict):
        pillars.update(made.id, made.version, made.to_input())


def test_reorder(pillars: PillarService, brand: BrandData) -> None:
    a, b, c = (pillars.create(brand.id, PillarInput(n)) for n in "abc")
    assert [p.id for p in pillars.reorder(brand.id, [c.id, a.id, b.id])] == [c.id, a.id, b.id]
    with pytest.raises(Conflict):
        pillars.reorder(brand.id, [a.id])


def test_trash_hides_restore_brings_back_purge_unlinks_posts(
        workspace: Workspace, pillars: PillarService, brand: BrandData) -> None:
    made = pillars.create(brand.id, PillarInput("a"))
    posts = PostService(workspace.session_factory)
    post = posts.create(brand.id, PostInput(topic="t", pillar_id=made.id))
    pillars.delete(made.id, made.version)
    assert pillars.list_pillars(brand.id) == []
    assert pillars.restore(made.id).name == "a"
    pillars.delete(made.id, pillars.get(made.id).version)
    assert pillars.purge_deleted() == 1
    with pytest.raises(NotFound):
        pillars.restore(made.id)
    assert posts.get(post.id).pillar_id is None


def test_slots_are_replaced_whole(pillars: PillarService, account: AccountData) -> None:
    seven = time(19)
    assert pillars.slots(account.id) == []
    given = [Slot(account.id, 6, seven), Slot(account.id, 1, seven),
             Slot(account.id, 3, seven), Slot(account.id, 1, seven)]
    assert pillars.set_slots(account.id, given) == [
        Slot(account.id, 1, seven), Slot(account.id, 3, seven), Slot(account.id, 6, seven)]
    again = [Slot(account.id, 1, seven), Slot(account.id, 2, time(8, 30))]
    pillars.set_slots(account.id, again)
    assert pillars.slots(account.id) == again
    pillars.set_slots(account.id, [])
    assert pillars.slots(account.id) == []


def test_bad_slots_save_nothing(pillars: PillarService, account: AccountData) -> None:
    kept = [Slot(account.id, 0, time(9))]
    pillars.set_slots(account.id, kept)
    with pytest.raises(ValidationFailed):
        pillars.set_slots(account.id, [Slot(account.id, 7, time(9))])
    with pytest.raises(ValidationFailed):
        pillars.set_slots(account.id, [Slot(account.id + 1, 1, time(9))])
    with pytest.raises(NotFound):
        pillars.set_slots(999, [])
    assert pillars.slots(account.id) == kept

"""Chosen platforms: added with a reason, duplicates refused, reason edited with a version
check, removed and re-created whole for undo, reordered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.domain.platform_reach import Verdict, recommend, suggestions, verdict
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.demo import write_demo
from smm_desktop.services.platform_choice import ChosenInput, PlatformChoiceService
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace

DUPLICATE = FieldError("platform", "platform_already_chosen")


@pytest.fixture
def platforms(workspace: Workspace) -> PlatformChoiceService:
    return PlatformChoiceService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


def test_choose_in_order_with_reasons(platforms: PlatformChoiceService, brand: BrandData) -> None:
    snap = platforms.choose(brand.id, ChosenInput(Platform.SNAPCHAT, " كل الشرائح هناك "))
    insta = platforms.choose(brand.id, ChosenInput(Platform.INSTAGRAM))
    assert (snap.reason, snap.position, snap.version) == ("كل الشرائح هناك", 0, 1)
    assert insta.position == 1
    assert platforms.list(brand.id) == [snap, insta]


def test_a_platform_chosen_twice_is_refused_on_the_platform_field(
        platforms: PlatformChoiceService, brand: BrandData) -> None:
    platforms.choose(brand.id, ChosenInput(Platform.X))
    assert platforms.validate(brand.id, ChosenInput(Platform.X)) == [DUPLICATE]
    assert platforms.validate(brand.id, ChosenInput(Platform.TIKTOK)) == []
    with pytest.raises(ValidationFailed) as refused:
        platforms.choose(brand.id, ChosenInput(Platform.X, "again"))
    assert refused.value.errors == [DUPLICATE]
    assert len(platforms.list(brand.id)) == 1


def test_other_brands_choose_the_same_platform(platforms: PlatformChoiceService,
                                               workspace: Workspace, brand: BrandData) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    platforms.choose(brand.id, ChosenInput(Platform.X))
    assert platforms.choose(other.id, ChosenInput(Platform.X)).brand_id == other.id


def test_a_too_long_reason_is_refused(platforms: PlatformChoiceService, brand: BrandData) -> None:
    with pytest.raises(ValidationFailed) as refused:
        platforms.choose(brand.id, ChosenInput(Platform.X, "x" * 2001))
    assert refused.value.errors[0].field == "reason"
    assert platforms.list(brand.id) == []


def test_edit_reason_checks_the_version(platforms: PlatformChoiceService,
                                        brand: BrandData) -> None:
    made = platforms.choose(brand.id, ChosenInput(Platform.X, "old"))
    edited = platforms.set_reason(made.id, made.version, " new ")
    assert (edited.reason, edited.version) == ("new", 2)
    with pytest.raises(Conflict):
        platforms.set_reason(made.id, made.version, "stale")
    assert platforms.list(brand.id)[0].reason == "new"


def test_remove_then_restore_gives_back_the_same_row(platforms: PlatformChoiceService,
                                                     brand: BrandData) -> None:
    first = platforms.choose(brand.id, ChosenInput(Platform.X, "a"))
    second = platforms.choose(brand.id, ChosenInput(Platform.TIKTOK, "b"))
    second = platforms.set_reason(second.id, second.version, "bb")
    gone = platforms.remove(second.id, second.version)
    assert gone == second
    assert platforms.list(brand.id) == [first]
    back = platforms.restore(gone)
    assert back == second  # same id, version, place and reason
    assert platforms.set_reason(back.id, back.version, "c").version == 3
    with pytest.raises(NotFound):
        platforms.remove(999)


def test_a_stale_remove_is_refused(platforms: PlatformChoiceService, brand: BrandData) -> None:
    made = platforms.choose(brand.id, ChosenInput(Platform.X))
    platforms.set_reason(made.id, made.version, "edited elsewhere")
    with pytest.raises(Conflict):
        platforms.remove(made.id, made.version)
    assert len(platforms.list(brand.id)) == 1


def test_restore_is_refused_when_the_platform_was_chosen_again(
        platforms: PlatformChoiceService, brand: BrandData) -> None:
    gone = platforms.remove(platforms.choose(brand.id, ChosenInput(Platform.X, "a")).id)
    platforms.choose(brand.id, ChosenInput(Platform.X, "meanwhile"))
    with pytest.raises(ValidationFailed):
        platforms.restore(gone)
    assert [c.reason for c in platforms.list(brand.id)] == ["meanwhile"]


def test_reorder_keeps_versions_and_refuses_a_stale_list(
        platforms: PlatformChoiceService, brand: BrandData) -> None:
    a = platforms.choose(brand.id, ChosenInput(Platform.X))
    b = platforms.choose(brand.id, ChosenInput(Platform.SNAPCHAT))
    ordered = platforms.reorder(brand.id, [b.id, a.id])
    assert [c.platform for c in ordered] == [Platform.SNAPCHAT, Platform.X]
    assert [c.version for c in ordered] == [1, 1]
    with pytest.raises(Conflict):
        platforms.reorder(brand.id, [a.id])


def test_choosing_for_a_missing_brand_is_refused(platforms: PlatformChoiceService) -> None:
    with pytest.raises(NotFound):
        platforms.choose(12345, ChosenInput(Platform.X))


@pytest.mark.sqlite_only
def test_the_sample_chooses_where_its_personas_are(tmp_path: Path) -> None:
    """Reasons in each brand's language; مقهى النخيل is on TikTok for its competitors, which
    the verdict questions, and leaves Instagram to be suggested."""
    write_demo(tmp_path / "demo.smmws", years=1, seed=3, today=date(2026, 11, 28))
    workspace = Workspace.open(tmp_path / "demo.smmws")
    try:
        services = Services.of(workspace)
        brands = {b.name.split()[0]: b.id for b in services.brands.list_brands()}
        choices = {name: services.platforms.list(ident) for name, ident in brands.items()}
        assert [c.platform for c in choices["مقهى"]] == [Platform.SNAPCHAT, Platform.TIKTOK]
        assert [c.platform for c in choices["Bloom"]] == [
            Platform.INSTAGRAM, Platform.LINKEDIN, Platform.PINTEREST]
        assert all(c.reason for cs in choices.values() for c in cs)
        assert all(c.reason.isascii() for c in choices["Bloom"])
        assert not any(c.reason.isascii() for c in choices["مقهى"] + choices["نبض"])
        matrix = services.personas.platform_matrix(brands["مقهى"])
        rec = recommend([dict(p.platforms) for p in matrix.personas])
        assert verdict(rec, Platform.TIKTOK) is Verdict.RECONSIDER
        assert [r.platform for r in suggestions(rec, {Platform.SNAPCHAT, Platform.TIKTOK})] == [
            Platform.INSTAGRAM]
    finally:
        workspace.close()

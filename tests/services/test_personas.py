"""Personas: ordered, validated, duplicated, archived, deleted with undo, and the platform
matrix."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Persona, PersonaPlatform
from smm_desktop.domain.enums import Gender, Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.personas import PersonaInput, PersonaService
from smm_desktop.services.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
NOURA = PersonaInput(
    name=" نورة الطالبة ", gender=Gender.FEMALE, age_min=19, age_max=24,
    locations=("الرياض", " ", "حي الملقا"), marital_status="عزباء", occupation="طالبة",
    interests=("القهوة المختصة",), pains=("لا تجد مكانًا هادئًا",), dreams=("التخرج",),
    buying_habits=("بعد المحاضرات",), objections=("السعر",), preferred_content=("ريلز",),
    active_hours="٤-٩ مساءً", picture_png=PNG,
)


@pytest.fixture
def personas(workspace: Workspace) -> PersonaService:
    return PersonaService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


def _count(workspace: Workspace, model: type) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_create_tidies_and_reads_back(personas: PersonaService, brand: BrandData) -> None:
    made = personas.create(brand.id, NOURA, {Platform.INSTAGRAM: 80, Platform.X: 0})
    assert made.name == "نورة الطالبة"
    assert made.locations == ("الرياض", "حي الملقا")
    assert (made.gender, made.age_min, made.age_max, made.picture_png) == (
        Gender.FEMALE, 19, 24, PNG)
    assert made.platforms == ((Platform.INSTAGRAM, 80),)  # a 0 share is no share
    assert (made.brand_id, made.version, made.position, made.archived) == (brand.id, 1, 0, False)
    assert personas.list_personas(brand.id) == [made] and personas.get(made.id) == made


@pytest.mark.parametrize(("changes", "error"), [
    ({"name": "  "}, FieldError("name", "required")),
    ({"age_min": -1}, FieldError("age_min", "age_out_of_range", {"min": "0", "max": "120"})),
    ({"age_min": 30, "age_max": 20}, FieldError("age_max", "below_age_min")),
    ({"picture_png": b"GIF89a"}, FieldError("picture_png", "not_png")),
    ({"occupation": "x" * 121}, FieldError("occupation", "too_long", {"max": "120"})),
])
def test_invalid_persona_refused_and_nothing_saved(
    personas: PersonaService, brand: BrandData, workspace: Workspace,
    changes: dict[str, object], error: FieldError,
) -> None:
    data = dataclasses.replace(NOURA, **changes)
    assert personas.validate(data) == [error]
    with pytest.raises(ValidationFailed) as caught:
        personas.create(brand.id, data)
    assert caught.value.errors == [error]
    assert _count(workspace, Persona) == 0


@pytest.mark.parametrize("share", [-1, 101, 12.5])
def test_a_share_outside_whole_percents_is_refused(
    personas: PersonaService, brand: BrandData, workspace: Workspace, share: float
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        personas.create(brand.id, NOURA, {Platform.TIKTOK: share})
    assert caught.value.errors == [FieldError("shares", "share_out_of_range",
                                              {"platform": "tiktok"})]
    assert _count(workspace, Persona) == 0


def test_update_and_stale_edit(personas: PersonaService, brand: BrandData) -> None:
    made = personas.create(brand.id, NOURA)
    edited = personas.update(made.id, made.version,
                             dataclasses.replace(made.to_input(), occupation="موظفة"))
    assert (edited.occupation, edited.version) == ("موظفة", 2)
    with pytest.raises(Conflict):
        personas.update(made.id, made.version, made.to_input())
    with pytest.raises(Conflict):
        personas.set_platforms(made.id, made.version, {Platform.X: 5})


def test_platform_shares_are_replaced_and_bump_the_version(
    personas: PersonaService, brand: BrandData, workspace: Workspace
) -> None:
    made = personas.create(brand.id, NOURA, {Platform.INSTAGRAM: 80, Platform.TIKTOK: 60})
    changed = personas.set_platforms(made.id, made.version, {
        Platform.INSTAGRAM: 70, Platform.TIKTOK: 0, Platform.SNAPCHAT: 90})
    assert changed.platforms == ((Platform.INSTAGRAM, 70), (Platform.SNAPCHAT, 90))
    assert changed.version == made.version + 1
    again = personas.set_platforms(changed.id, changed.version, {Platform.TIKTOK: 10})
    assert again.platforms == ((Platform.TIKTOK, 10),) and again.share(Platform.X) == 0
    assert _count(workspace, PersonaPlatform) == 1


def test_the_platform_matrix(personas: PersonaService, brand: BrandData) -> None:
    noura = personas.create(brand.id, NOURA, {Platform.INSTAGRAM: 80})
    khalid = personas.create(brand.id, PersonaInput("Khalid"), {Platform.X: 40})
    shelved = personas.create(brand.id, PersonaInput("Old"), {Platform.X: 40})
    personas.set_archived(shelved.id, shelved.version, True)
    matrix = personas.platform_matrix(brand.id)
    assert [p.id for p in matrix.personas] == [noura.id, khalid.id]
    assert set(matrix.platforms) == set(Platform)
    assert matrix.share(noura.id, Platform.INSTAGRAM) == 80
    assert matrix.share(khalid.id, Platform.INSTAGRAM) == 0
    assert matrix.share(khalid.id, Platform.X) == 40


def test_duplicate_lands_right_after_the_original(
    personas: PersonaService, brand: BrandData
) -> None:
    first = personas.create(brand.id, NOURA, {Platform.INSTAGRAM: 80, Platform.TIKTOK: 60})
    last = personas.create(brand.id, PersonaInput("Khalid"))
    copy = personas.duplicate(first.id, "نورة (نسخة)")
    assert copy.id not in (first.id, last.id) and copy.name == "نورة (نسخة)"
    assert copy.platforms == first.platforms and copy.interests == first.interests
    assert copy.version == 1
    assert [p.id for p in personas.list_personas(brand.id)] == [first.id, copy.id, last.id]
    # moving the others is not an edit of them: their open edits stay valid
    assert personas.update(last.id, last.version, PersonaInput("Khalid A.")).version == 2
    assert personas.get(first.id) == first


def test_duplicate_refuses_an_empty_name(personas: PersonaService, brand: BrandData,
                                         workspace: Workspace) -> None:
    first = personas.create(brand.id, NOURA)
    with pytest.raises(ValidationFailed):
        personas.duplicate(first.id, " ")
    assert _count(workspace, Persona) == 1


def test_reorder(personas: PersonaService, brand: BrandData) -> None:
    a, b, c = (personas.create(brand.id, PersonaInput(name)) for name in "ABC")
    assert [p.name for p in personas.reorder(brand.id, [c.id, a.id, b.id])] == ["C", "A", "B"]
    assert personas.update(a.id, a.version, PersonaInput("A2")).version == 2
    with pytest.raises(Conflict):  # the list changed elsewhere: one is missing
        personas.reorder(brand.id, [c.id, a.id])
    with pytest.raises(Conflict):
        personas.reorder(brand.id, [c.id, a.id, a.id])
    assert [p.name for p in personas.list_personas(brand.id)] == ["C", "A2", "B"]


def test_archived_go_last_and_only_one_segment(personas: PersonaService,
                                               brand: BrandData) -> None:
    assert not personas.only_one_segment(brand.id)
    a = personas.create(brand.id, PersonaInput("A"))
    assert personas.only_one_segment(brand.id)
    b = personas.create(brand.id, PersonaInput("B"))
    assert not personas.only_one_segment(brand.id)
    personas.set_archived(a.id, a.version, True)
    assert personas.only_one_segment(brand.id)
    assert [p.id for p in personas.list_personas(brand.id)] == [b.id, a.id]
    assert [p.id for p in personas.list_personas(brand.id, include_archived=False)] == [b.id]


def test_delete_undo_and_purge(personas: PersonaService, brand: BrandData,
                               workspace: Workspace) -> None:
    made = personas.create(brand.id, NOURA, {Platform.INSTAGRAM: 80})
    personas.delete(made.id, made.version)
    assert personas.list_personas(brand.id) == []
    with pytest.raises(NotFound):
        personas.get(made.id)
    back = personas.undelete(made.id)
    assert back.platforms == made.platforms
    personas.delete(back.id, back.version)
    assert personas.purge_deleted() == 1
    assert _count(workspace, Persona) == _count(workspace, PersonaPlatform) == 0


def test_purging_a_brand_takes_its_personas(personas: PersonaService, brand: BrandData,
                                            workspace: Workspace) -> None:
    personas.create(brand.id, NOURA, {Platform.INSTAGRAM: 80})
    brands = BrandService(workspace.session_factory)
    brands.delete(brand.id, brand.version)
    assert brands.purge_deleted() == 1
    assert _count(workspace, Persona) == _count(workspace, PersonaPlatform) == 0

"""Format 3: a brand's content plan (pillars, posting slots, its own occasions, posts with their
whole brief) travels with it; merges add only what is missing; every refusal names its place;
version-1 and version-2 files still import."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from smm_desktop.db import models
from smm_desktop.db.base import utcnow
from smm_desktop.domain.enums import Approval, ContentType, Platform, PostPurpose, PostStatus
from smm_desktop.services.posts import PostService
from smm_desktop.services.transfer import (
    CONTENT_COUNTS,
    AccountRecord,
    BrandRecord,
    ContentRecords,
    Document,
    EngagementRecord,
    OccasionRecord,
    PillarRecord,
    PostRecord,
    SlotRecord,
    TransferError,
    export_workspace,
    import_document,
    preview_import,
    read_document,
)
from smm_desktop.services.transfer import records as r
from smm_desktop.services.workspace import Workspace

DATA = Path(__file__).parents[1] / "data" / "transfer"
INSTA = r.AccountRef(Platform.INSTAGRAM, "nakheel.cafe")
X = r.AccountRef(Platform.X, "NakheelCafe")
STRATEGY = r.StrategyRecords(
    social_goals=(r.SocialGoalRecord(1, "Reach on X", None, Platform.X),),
    personas=(r.PersonaRecord("نورة"), r.PersonaRecord("Ahmed")),
)
FULL_POST = PostRecord(
    topic="قهوة اليوم", status=PostStatus.SCHEDULED, scheduled_at=datetime(2026, 3, 1, 9, 30),
    accounts=(X, INSTA), social_goal=1, content_type=ContentType.CAROUSEL,
    purpose=PostPurpose.ENGAGEMENT, persona=2, pillar=2, call_to_action="احجز طاولتك",
    caption="صباح الخير ☕\nسطر ثانٍ", hashtags=("#قهوة", "#الرياض"),
    notes_for_design="ألوان دافئة", asset_owner="سارة", asset_due=date(2026, 2, 25),
    occasion="يوم التأسيس", experiment=True, approval=Approval.CHANGES_REQUESTED,
    approval_note="غيّر الصورة", published_url="https://www.instagram.com/p/abc",
    lessons="نجح", attachments=("/home/m/media/a.png", "C:\\media\\ب.jpg"),
)
CONTENT = ContentRecords(
    pillars=(PillarRecord(1, "تعليم", "#5B3A29", 40, "نصائح"), PillarRecord(2, "Behind the bar")),
    occasions=(OccasionRecord("ذكرى الافتتاح", date(2019, 10, 3), True, "عرض خاص"),
               OccasionRecord("Launch", date(2026, 5, 1))),
    posts=(FULL_POST,
           PostRecord("فكرة", accounts=(INSTA,)),
           PostRecord(""), PostRecord("")),  # two blank ideas: both kept
)
SLOTS = (SlotRecord(0, time(9, 0)), SlotRecord(4, time(19, 30)))
LOG = (EngagementRecord(date(2026, 2, 27), 4, 12, 3, 20, 35, ""),
       EngagementRecord(date(2026, 2, 28), comments=5, note="ردود المسابقة"))
BRAND = BrandRecord("مقهى النخيل", accounts=(
    AccountRecord(Platform.INSTAGRAM, "nakheel.cafe", posting_slots=SLOTS, engagement=LOG),
    AccountRecord(Platform.X, "NakheelCafe")), strategy=STRATEGY, content=CONTENT)
DOCUMENT = Document((BRAND,))
ADDED = {"pillars": 2, "posting_slots": 2, "occasions": 2, "posts": 4, "engagement_days": 2}


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "target.smmws")
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def exported(workspace: Workspace, tmp_path: Path) -> Path:
    import_document(workspace.session_factory, DOCUMENT)
    path = tmp_path / "content.json"
    export_workspace(workspace.session_factory, path)
    return path


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def edit(path: Path, change: Callable[[dict[str, Any]], Any]) -> Path:
    data = load(path)
    change(data["brands"][0])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def row_counts(workspace: Workspace) -> dict[str, int]:
    with workspace.session_factory() as s:
        return {name: s.scalar(select(func.count()).select_from(getattr(models, name))) or 0
                for name in models.__all__}


def content_of(document: Document) -> list[Any]:
    return [(b.content, [(a.posting_slots, a.engagement) for a in b.accounts])
            for b in document.brands]


def added(summary: Any) -> dict[str, int]:
    return {kind: getattr(summary, f"{kind}_added") for kind in CONTENT_COUNTS}


# -- the document ----------------------------------------------------------------------------


def test_every_content_record_comes_back_as_it_went(exported: Path) -> None:
    document = read_document(exported)
    assert document.format_version == 3
    assert content_of(document) == content_of(DOCUMENT)


def test_the_json_form_of_posts_and_slots(exported: Path) -> None:
    brand = load(exported)["brands"][0]
    post = brand["posts"][0]
    assert list(post) == [f.name for f in dataclasses.fields(PostRecord)]
    assert post["scheduled_at"] == "2026-03-01T09:30:00"  # wall time: no zone
    assert (post["accounts"][0], post["persona"], post["pillar"]) == (
        {"platform": "x", "handle": "NakheelCafe"}, 2, 2)
    assert (post["status"], post["approval"], post["asset_due"]) == (
        "scheduled", "changes", "2026-02-25")
    assert brand["accounts"][0]["posting_slots"] == [
        {"weekday": 0, "time_of_day": "09:00:00"}, {"weekday": 4, "time_of_day": "19:30:00"}]
    assert brand["accounts"][0]["engagement"][0] == {
        "day": "2026-02-27", "mentions": 4, "comments": 12, "messages": 3, "interactions": 20,
        "response_minutes": 35, "note": ""}
    assert brand["accounts"][1]["engagement"] == []
    assert brand["pillars"][0] == {"ref": 1, "name": "تعليم", "colour": "#5B3A29",
                                   "target_share": 40, "description": "نصائح"}
    assert [p["scheduled_at"] for p in brand["posts"]] == ["2026-03-01T09:30:00", None, None, None]


def test_the_trash_stays_behind_and_references_to_it_become_null(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_document(workspace.session_factory, DOCUMENT)
    with workspace.session_factory.begin() as s:
        kinds: tuple[Any, ...] = (models.Pillar, models.BrandOccasion, models.Persona)
        for model in kinds:
            first = s.scalars(select(model).order_by(model.id)).first()
            assert first is not None
            first.deleted_at = utcnow()
        s.scalars(select(models.Post).where(models.Post.topic == "فكرة")).one().deleted_at = (
            utcnow())
        s.scalars(select(models.SocialAccount).where(
            models.SocialAccount.platform == "x")).one().deleted_at = utcnow()
    path = tmp_path / "after.json"
    export_workspace(workspace.session_factory, path)
    brand = read_document(path).brands[0]
    assert [p.name for p in brand.content.pillars] == ["Behind the bar"]
    assert [o.name for o in brand.content.occasions] == ["Launch"]
    assert [p.topic for p in brand.content.posts] == ["قهوة اليوم", "", ""]
    post = brand.content.posts[0]
    # pillar 2 is now ref 1, persona 2 ("Ahmed") the first; X is gone, its platform's goal stays
    assert (post.accounts, post.pillar, post.persona, post.social_goal) == ((INSTA,), 1, 1, 1)


# -- importing -------------------------------------------------------------------------------


def test_the_preview_counts_every_kind_and_writes_nothing(target: Workspace) -> None:
    before = row_counts(target)
    preview = preview_import(target.session_factory, DOCUMENT)
    assert added(preview) == ADDED
    assert (preview.content_added, preview.content_present) == (sum(ADDED.values()), 0)
    assert row_counts(target) == before
    assert import_document(target.session_factory, DOCUMENT) == preview


def test_a_content_plan_alone_is_something_to_import(target: Workspace) -> None:
    import_document(target.session_factory, Document((dataclasses.replace(
        BRAND, content=ContentRecords()),)))
    summary = preview_import(target.session_factory, DOCUMENT)
    assert summary.adds_anything and summary.strategy_added == 0
    # the slots and the log came with the accounts
    assert added(summary) == ADDED | {"posting_slots": 0, "engagement_days": 0}


def test_references_become_the_new_rows(target: Workspace) -> None:
    import_document(target.session_factory, DOCUMENT)
    with target.session_factory() as s:
        brand_id = s.scalars(select(models.Brand.id)).one()
    post = PostService(target.session_factory).list_range(
        brand_id, date(2026, 3, 1), date(2026, 3, 1))[0]
    with target.session_factory() as s:
        assert s.get(models.SocialGoal, post.social_goal_id).title == "Reach on X"  # type: ignore[union-attr]
        assert s.get(models.Persona, post.persona_id).name == "Ahmed"  # type: ignore[union-attr]
        assert s.get(models.Pillar, post.pillar_id).name == "Behind the bar"  # type: ignore[union-attr]
    assert post.platforms == (Platform.X, Platform.INSTAGRAM)
    assert (post.caption, post.hashtags, post.attachments) == (
        FULL_POST.caption, FULL_POST.hashtags, FULL_POST.attachments)
    ideas = PostService(target.session_factory).idea_bank(brand_id)
    assert [p.topic for p in ideas] == ["فكرة", "", ""]


def test_importing_the_same_file_twice_adds_nothing(exported: Path, target: Workspace) -> None:
    document = read_document(exported)
    import_document(target.session_factory, document)
    before = row_counts(target)
    summary = import_document(target.session_factory, document)
    assert not summary.adds_anything
    assert summary.content_present == sum(ADDED.values())
    assert row_counts(target) == before


def test_a_merge_adds_what_is_missing_and_points_at_what_is_there(target: Workspace) -> None:
    partial = dataclasses.replace(BRAND, strategy=dataclasses.replace(
        STRATEGY, personas=STRATEGY.personas[1:]), content=ContentRecords(
        pillars=(PillarRecord(7, "behind THE bar"),), posts=(PostRecord(""),)))
    import_document(target.session_factory, Document((partial,)))
    summary = import_document(target.session_factory, DOCUMENT)
    assert added(summary) == {"pillars": 1, "posting_slots": 0, "occasions": 2, "posts": 3,
                              "engagement_days": 0}
    assert summary.content_present == 6  # the two slots and days, the pillar and one blank idea
    with target.session_factory() as s:
        post = s.scalars(select(models.Post).where(models.Post.topic == "قهوة اليوم")).one()
        pillar, persona = s.get(models.Pillar, post.pillar_id), s.get(models.Persona,
                                                                     post.persona_id)
        assert pillar is not None and persona is not None
        assert (pillar.name, persona.name) == ("behind THE bar", "Ahmed")
        assert s.scalar(select(func.count()).select_from(models.Pillar)) == 2


def test_add_mode_refuses_an_existing_brand_before_its_content(target: Workspace) -> None:
    import_document(target.session_factory, DOCUMENT)
    with pytest.raises(TransferError) as caught:
        import_document(target.session_factory, DOCUMENT, "add")
    assert caught.value.code == "brand_exists"


# -- refusals --------------------------------------------------------------------------------


def _post(change: dict[str, Any]) -> Callable[[dict[str, Any]], Any]:
    return lambda brand: brand["posts"][0].update(change)


REFUSALS: dict[str, tuple[Callable[[dict[str, Any]], Any], str, str]] = {
    "unknown account": (_post({"accounts": [{"platform": "tiktok", "handle": "nakheel.cafe"}]}),
                        "/brands/0/posts/0/accounts/0/handle", "unknown_reference"),
    "unknown goal": (_post({"social_goal": 5}), "/brands/0/posts/0/social_goal",
                     "unknown_reference"),
    "unknown pillar": (_post({"pillar": 9}), "/brands/0/posts/0/pillar", "unknown_reference"),
    "unknown persona": (_post({"persona": 3}), "/brands/0/posts/0/persona", "unknown_reference"),
    "post before 1970": (_post({"scheduled_at": "1969-12-31T23:00:00"}),
                         "/brands/0/posts/0/scheduled_at", "invalid_value"),
    "post after 2100": (_post({"scheduled_at": "2101-01-01T09:00:00"}),
                        "/brands/0/posts/0/scheduled_at", "invalid_value"),
    "asset due after 2100": (_post({"asset_due": "2101-01-01"}),
                             "/brands/0/posts/0/asset_due", "invalid_value"),
    "occasion before 1970": (lambda b: b["occasions"][1].update(day="1900-05-01"),
                             "/brands/0/occasions/1/day", "invalid_value"),
    "not a real time": (_post({"scheduled_at": "2026-02-30T09:00:00"}),
                        "/brands/0/posts/0/scheduled_at", "invalid_value"),
    "a zone on wall time": (_post({"scheduled_at": "2026-03-01T09:00:00Z"}),
                            "/brands/0/posts/0/scheduled_at", "schema"),
    "same account twice": (_post({"accounts": [{"platform": "x", "handle": "NakheelCafe"},
                                               {"platform": "x", "handle": "@nakheelcafe"}]}),
                           "/brands/0/posts/0/accounts/1/handle", "duplicate"),
    "same slot twice": (lambda b: b["accounts"][0]["posting_slots"].append(
        {"weekday": 4, "time_of_day": "19:30"}),
        "/brands/0/accounts/0/posting_slots/2/time_of_day", "duplicate"),
    "same day of the log twice": (lambda b: b["accounts"][0]["engagement"].append(
        dict(b["accounts"][0]["engagement"][0])),
        "/brands/0/accounts/0/engagement/2/day", "duplicate"),
    "a negative count": (lambda b: b["accounts"][0]["engagement"][0].update(comments=-1),
                         "/brands/0/accounts/0/engagement/0/comments", "schema"),
    "slot at 25 o'clock": (lambda b: b["accounts"][0]["posting_slots"][0].update(
        time_of_day="25:00"), "/brands/0/accounts/0/posting_slots/0/time_of_day",
        "invalid_value"),
    "same pillar ref twice": (lambda b: b["pillars"][1].update(ref=1),
                              "/brands/0/pillars/1/ref", "duplicate"),
    "bad pillar colour": (lambda b: b["pillars"][0].update(colour="#12345G"),
                          "/brands/0/pillars/0/colour", "schema"),
    "published url": (_post({"published_url": "not a link"}),
                      "/brands/0/posts/0/published_url", "invalid_value"),
    "status": (_post({"status": "posted"}), "/brands/0/posts/0/status", "schema"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refusal_names_its_place_and_imports_nothing(
    case: str, exported: Path, target: Workspace
) -> None:
    change, where, code = REFUSALS[case]
    before = row_counts(target)
    with pytest.raises(TransferError) as caught:
        read_document(edit(exported, change))
    assert (caught.value.code, caught.value.pointer) == (code, where)
    assert row_counts(target) == before


def test_a_document_built_in_code_obeys_the_same_rules(target: Workspace) -> None:
    bad = dataclasses.replace(BRAND, content=dataclasses.replace(CONTENT, posts=(
        PostRecord("x", scheduled_at=datetime(2200, 1, 1)),)))
    with pytest.raises(TransferError) as caught:
        import_document(target.session_factory, Document((bad,)))
    assert caught.value.pointer == "/brands/0/posts/0/scheduled_at"
    assert "1970-01-01" in caught.value.problem


# -- older versions --------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "version", "brands"), [("workspace_v1.json", 1, 2),
                                                         ("workspace_v2.json", 2, 1)])
def test_older_files_import_with_an_empty_content_plan(
    name: str, version: int, brands: int, target: Workspace
) -> None:
    document = read_document(DATA / name)
    assert document.format_version == version
    assert all(b.content == ContentRecords() for b in document.brands)
    assert all(not a.posting_slots for b in document.brands for a in b.accounts)
    summary = import_document(target.session_factory, document)
    assert (summary.brands_added, summary.content_added) == (brands, 0)


def test_the_version_2_file_keeps_its_strategy(target: Workspace) -> None:
    summary = import_document(target.session_factory, read_document(DATA / "workspace_v2.json"))
    assert (summary.personas_added, summary.social_goals_added, summary.snapshots_added) == (
        2, 2, 3)


def test_a_version_2_file_is_checked_against_the_version_2_schema(tmp_path: Path) -> None:
    copy = Path(shutil.copy(DATA / "workspace_v2.json", tmp_path / "v2.json"))
    with pytest.raises(TransferError) as caught:
        read_document(edit(copy, lambda b: b.update(posts=[])))
    assert (caught.value.code, caught.value.pointer) == ("schema", "/brands/0")

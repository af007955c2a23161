"""Format 2: a brand's whole strategy travels with it; merges add only what is missing; every
refusal names its place; version-1 files still import."""

from __future__ import annotations

import base64
import dataclasses
import json
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from smm_desktop.db import models
from smm_desktop.db.base import utcnow
from smm_desktop.domain.enums import (
    AuditItem,
    BusinessGoalKind,
    CheckResult,
    ConsistencyAspect,
    ExperimentStatus,
    Gender,
    GoalOutcome,
    Platform,
    ReviewKind,
    SnapshotSource,
)
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.transfer import (
    STRATEGY_COUNTS,
    AccountRecord,
    BrandRecord,
    Document,
    StrategyRecords,
    TransferError,
    export_workspace,
    import_document,
    preview_import,
    read_document,
    schema_path,
    strategy_write,
)
from smm_desktop.services.transfer import records as r
from smm_desktop.services.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00persona picture"
V1_FILE = Path(__file__).parents[1] / "data" / "transfer" / "workspace_v1.json"
INSTA = r.AccountRef(Platform.INSTAGRAM, "nakheel.cafe")
X = r.AccountRef(Platform.X, "NakheelCafe")

STRATEGY = StrategyRecords(
    business_goals=(r.BusinessGoalRecord(1, BusinessGoalKind.AWARENESS, "يعرفنا طلاب الحي"),
                    r.BusinessGoalRecord(2, BusinessGoalKind.SALES, "طلبات أكثر")),
    social_goals=(
        r.SocialGoalRecord(1, "متابعو إنستغرام", INSTA, Platform.INSTAGRAM, Metric.FOLLOWERS,
                           1000.0, date(2025, 1, 1), TargetKind.PERCENT, 20.0, date(2025, 1, 1),
                           date(2025, 6, 30), 1, "نمونا ١٪ أسبوعيًا", None, "ملاحظة"),
        r.SocialGoalRecord(2, "Reach on X", None, Platform.X, Metric.REACH, 500.0, None,
                           TargetKind.ABSOLUTE, 900.0, date(2025, 2, 1), date(2025, 5, 1), 2,
                           closed_as=GoalStatus.MISSED),
    ),
    personas=(r.PersonaRecord("نورة", PNG, Gender.FEMALE, 19, 24, ("الرياض",), "عزباء",
                              interests=("القهوة", "المذاكرة"),
                              platforms=((Platform.INSTAGRAM, 80), (Platform.TIKTOK, 60))),
              r.PersonaRecord("Ahmed", archived=True)),
    chosen_platforms=(r.ChosenPlatformRecord(Platform.INSTAGRAM, "الطلاب هنا"),),
    audits=(r.AuditRecord(INSTA, date(2024, 12, 23), 13, "ركن المذاكرة", "إعلانات", "أول تدقيق",
                          (r.AuditCheckRecord(AuditItem.BIO_LINK, CheckResult.PASS, "واضحة"),
                           r.AuditCheckRecord(AuditItem.PINNED, CheckResult.FIX))),),
    guide=r.GuideRecord("صديق الطالب", "ودود", ("حياك",), ("رخيص",)),
    platform_bios=(r.BioRecord(Platform.INSTAGRAM, "مقهى النخيل", "قهوة ومذاكرة",
                               "https://nakheel.example"),),
    hashtag_sets=(r.HashtagSetRecord("الموسم الدراسي", ("#مذاكرة", "#قهوة")),),
    consistency_checks=(r.ConsistencyCheckRecord(date(2025, 3, 31), "ربع أول", (
        r.ConsistencyItemRecord(INSTA, ConsistencyAspect.BIO, CheckResult.PASS),
        r.ConsistencyItemRecord(X, ConsistencyAspect.PICTURE, CheckResult.FIX, "شعار قديم"))),),
    reviews=(r.ReviewRecord(1, ReviewKind.QUARTERLY, date(2025, 1, 1), date(2025, 3, 31),
                            "الريلز", "إكس", "تصوير أسبوعي", datetime(2025, 4, 2, 9, 30), (
        r.GoalResultRecord(GoalOutcome.ACHIEVED, 1, "متابعو إنستغرام", Metric.FOLLOWERS, 1000.0,
                           1200.0, 1250.0, "فوق الهدف"),
        r.GoalResultRecord(GoalOutcome.MISSED, None, "هدف حذف", None))),),
    experiments=(r.ExperimentRecord("قهوة اليوم بالتصويت", 1, "التصويت يرفع التفاعل", "التفاعل",
                                    ExperimentStatus.DONE, "+٣٨٪", date(2025, 4, 1),
                                    date(2025, 4, 30)),
                 r.ExperimentRecord("بث مباشر", None)),
)
SNAPS = (r.SnapshotRecord(Metric.ENGAGEMENT_RATE, date(2025, 2, 1), 3.5, SnapshotSource.IMPORT),
         r.SnapshotRecord(Metric.FOLLOWERS, date(2025, 1, 1), 1000.0, SnapshotSource.AUDIT),
         r.SnapshotRecord(Metric.FOLLOWERS, date(2025, 2, 1), 1100.0))
BRAND = BrandRecord("مقهى النخيل", accounts=(
    AccountRecord(Platform.INSTAGRAM, "nakheel.cafe", snapshots=SNAPS),
    AccountRecord(Platform.X, "NakheelCafe")), strategy=STRATEGY)
DOCUMENT = Document((BRAND,))


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "target.smmws")
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def exported(workspace: Workspace, tmp_path: Path) -> Path:
    """The strategy above imported into the test workspace, then exported."""
    import_document(workspace.session_factory, DOCUMENT)
    path = tmp_path / "strategy.json"
    export_workspace(workspace.session_factory, path)
    return path


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def edit(path: Path, change: Any) -> Path:
    data = load(path)
    change(data["brands"][0])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def row_counts(workspace: Workspace) -> dict[str, int]:
    with workspace.session_factory() as s:
        return {name: s.scalar(select(func.count()).select_from(getattr(models, name))) or 0
                for name in models.__all__}


def without_times(document: Document) -> Document:
    brands = tuple(dataclasses.replace(b, created_at=None, accounts=tuple(
        dataclasses.replace(a, created_at=None) for a in b.accounts)) for b in document.brands)
    return Document(brands)


# -- the document ----------------------------------------------------------------------------


def test_every_strategy_record_comes_back_as_it_went(exported: Path) -> None:
    assert without_times(read_document(exported)) == without_times(DOCUMENT)


def test_the_brand_keys_come_in_a_documented_order(exported: Path) -> None:
    brand = load(exported)["brands"][0]
    assert list(brand)[11:] == ["business_goals", "social_goals", "personas", "chosen_platforms",
                                "audits", "guide", "platform_bios", "hashtag_sets",
                                "consistency_checks", "reviews", "experiments", "pillars",
                                "occasions", "posts"]
    assert brand["personas"][0]["picture_png"] == base64.b64encode(PNG).decode()
    assert brand["personas"][0]["platforms"][0] == {"platform": "instagram", "share": 80}
    assert brand["social_goals"][0]["account"] == {"platform": "instagram",
                                                   "handle": "nakheel.cafe"}
    assert brand["accounts"][0]["snapshots"][0] == {
        "metric": "engagement_rate", "day": "2025-02-01", "value": 3.5, "source": "import"}


def test_the_trash_stays_behind_and_references_to_it_become_null(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_document(workspace.session_factory, DOCUMENT)
    with workspace.session_factory.begin() as s:
        for model in (models.BusinessGoal, models.SocialGoal, models.Review, models.Persona):
            first = s.scalars(select(model).order_by(model.id)).first()
            assert first is not None
            first.deleted_at = utcnow()
    path = tmp_path / "after.json"
    export_workspace(workspace.session_factory, path)
    brand = load(path)["brands"][0]
    assert [g["title"] for g in brand["social_goals"]] == ["Reach on X"]
    assert (brand["social_goals"][0]["ref"], brand["social_goals"][0]["business_goal"]) == (1, 1)
    assert [p["name"] for p in brand["personas"]] == ["Ahmed"]
    assert (brand["reviews"], brand["experiments"][0]["review"]) == ([], None)


def test_rows_of_an_account_in_the_trash_stay_behind(workspace: Workspace, tmp_path: Path) -> None:
    import_document(workspace.session_factory, DOCUMENT)
    with workspace.session_factory.begin() as s:
        insta = s.scalars(select(models.SocialAccount).where(
            models.SocialAccount.platform == "instagram")).one()
        insta.deleted_at = utcnow()
    path = tmp_path / "after.json"
    export_workspace(workspace.session_factory, path)
    read_document(path)  # no dangling account reference
    brand = load(path)["brands"][0]
    assert [g["title"] for g in brand["social_goals"]] == ["Reach on X"]
    assert brand["audits"] == []
    assert [i["account"]["platform"] for i in brand["consistency_checks"][0]["items"]] == ["x"]
    assert brand["reviews"][0]["goal_results"][0]["goal"] is None


# -- importing -------------------------------------------------------------------------------

ADDED = {"snapshots": 3, "business_goals": 2, "social_goals": 2, "personas": 2,
         "chosen_platforms": 1, "audits": 1, "guides": 1, "platform_bios": 1, "hashtag_sets": 1,
         "consistency_checks": 1, "reviews": 1, "experiments": 2}


def added(summary: Any) -> dict[str, int]:
    return {kind: getattr(summary, f"{kind}_added") for kind in STRATEGY_COUNTS}


def test_the_preview_counts_every_kind_and_writes_nothing(target: Workspace) -> None:
    before = row_counts(target)
    preview = preview_import(target.session_factory, DOCUMENT)
    assert added(preview) == ADDED
    assert (preview.brands_added, preview.accounts_added, preview.strategy_present) == (1, 2, 0)
    assert preview.strategy_added == sum(ADDED.values()) and preview.adds_anything
    assert row_counts(target) == before
    assert import_document(target.session_factory, DOCUMENT) == preview


def test_references_become_the_new_rows(target: Workspace) -> None:
    import_document(target.session_factory, DOCUMENT)
    with target.session_factory() as s:
        goal = s.scalars(select(models.SocialGoal).order_by(models.SocialGoal.id)).first()
        business = s.get(models.BusinessGoal, goal.business_goal_id if goal else 0)
        result = s.scalars(select(models.ReviewGoalResult)).first()
        experiment = s.scalars(select(models.Experiment).where(
            models.Experiment.review_id.is_not(None))).one()
        assert goal is not None and business is not None and result is not None
        assert (business.description, result.goal_id) == ("يعرفنا طلاب الحي", goal.id)
        account = s.get(models.SocialAccount, goal.account_id)
        assert account is not None and account.handle == "nakheel.cafe"
        assert experiment.review_id == s.scalars(select(models.Review.id)).one()


def test_a_second_merge_adds_nothing_and_changes_nothing(target: Workspace) -> None:
    import_document(target.session_factory, DOCUMENT)
    before = row_counts(target)
    summary = import_document(target.session_factory, DOCUMENT)
    assert not summary.adds_anything
    assert summary.strategy_present == sum(ADDED.values())
    assert row_counts(target) == before


def test_a_merge_adds_what_is_missing_and_points_at_what_is_there(target: Workspace) -> None:
    partial = dataclasses.replace(BRAND, strategy=dataclasses.replace(
        STRATEGY, social_goals=(), reviews=(), experiments=(), personas=STRATEGY.personas[:1]))
    import_document(target.session_factory, Document((partial,)))
    summary = import_document(target.session_factory, DOCUMENT)
    assert (summary.brands_merged, summary.social_goals_added, summary.personas_added,
            summary.business_goals_added, summary.snapshots_added) == (1, 2, 1, 0, 0)
    with target.session_factory() as s:
        goals = s.scalars(select(models.SocialGoal).order_by(models.SocialGoal.id)).all()
        ids = set(s.scalars(select(models.BusinessGoal.id)))
        assert {g.business_goal_id for g in goals} == ids and len(ids) == 2
        positions = s.scalars(select(models.Persona.position).order_by(models.Persona.id)).all()
        assert positions == [0, 1]


def test_add_mode_still_refuses_an_existing_brand(target: Workspace) -> None:
    import_document(target.session_factory, DOCUMENT)
    with pytest.raises(TransferError) as caught:
        import_document(target.session_factory, DOCUMENT, "add")
    assert (caught.value.code, caught.value.pointer) == ("brand_exists", "/brands/0/name")


def test_a_failure_in_the_strategy_leaves_nothing(
    target: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = row_counts(target)

    def broken(*_args: Any) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(strategy_write, "_add_reviews", broken)
    with pytest.raises(RuntimeError):
        import_document(target.session_factory, DOCUMENT)
    assert row_counts(target) == before


# -- refusals, each with its place -----------------------------------------------------------


def _goal(change: dict[str, Any]) -> Any:
    return lambda b: b["social_goals"][0].update(change)


REFUSALS = {
    "goal on an account of no brand account": (
        _goal({"account": {"platform": "tiktok", "handle": "nakheel.cafe"}}),
        "unknown_reference", "/brands/0/social_goals/0/account/handle", "no account"),
    "goal on an unknown business goal": (
        _goal({"business_goal": 9}), "unknown_reference",
        "/brands/0/social_goals/0/business_goal", "no business goal with ref 9"),
    "goal platform not its account's": (
        _goal({"platform": "x"}), "invalid_value", "/brands/0/social_goals/0/platform",
        "instagram"),
    "deadline before start": (
        _goal({"deadline": "2024-12-01"}), "invalid_value", "/brands/0/social_goals/0/deadline",
        "before the start"),
    "target above the percent limit": (
        _goal({"target_value": 5000.0}), "invalid_value",
        "/brands/0/social_goals/0/target_value", "above"),
    "goal ref twice": (
        lambda b: b["social_goals"][1].update(ref=1), "duplicate",
        "/brands/0/social_goals/1/ref", "already at /brands/0/social_goals/0"),
    "duplicate snapshot": (
        lambda b: b["accounts"][0]["snapshots"][2].update(day="2025-01-01"), "duplicate",
        "/brands/0/accounts/0/snapshots/2/day", "already at /brands/0/accounts/0/snapshots/1"),
    "negative snapshot": (
        lambda b: b["accounts"][0]["snapshots"][1].update(value=-3), "invalid_value",
        "/brands/0/accounts/0/snapshots/1/value", "negative"),
    "rate above 100": (
        lambda b: b["accounts"][0]["snapshots"][0].update(value=130), "invalid_value",
        "/brands/0/accounts/0/snapshots/0/value", "100 percent"),
    "impossible day": (
        lambda b: b["accounts"][0]["snapshots"][0].update(day="2025-02-30"), "invalid_value",
        "/brands/0/accounts/0/snapshots/0/day", "2025-02-30"),
    "share over 100": (
        lambda b: b["personas"][0]["platforms"][0].update(share=120), "schema",
        "/brands/0/personas/0/platforms/0/share", "120"),
    "picture not a PNG": (
        lambda b: b["personas"][0].update(picture_png=base64.b64encode(b"GIF89a").decode()),
        "invalid_value", "/brands/0/personas/0/picture_png", "PNG"),
    "ages the wrong way round": (
        lambda b: b["personas"][0].update(age_min=40), "invalid_value",
        "/brands/0/personas/0/age_max", "below"),
    "share twice for a platform": (
        lambda b: b["personas"][0]["platforms"][1].update(platform="instagram"), "duplicate",
        "/brands/0/personas/0/platforms/1/platform", "already at"),
    "audit of an unknown account": (
        lambda b: b["audits"][0]["account"].update(handle="someone.else"), "unknown_reference",
        "/brands/0/audits/0/account/handle", "'someone.else'"),
    "checklist point twice": (
        lambda b: b["audits"][0]["checks"][1].update(item="bio_link"), "duplicate",
        "/brands/0/audits/0/checks/1/item", "already at"),
    "consistency item twice": (
        lambda b: b["consistency_checks"][0]["items"].append(
            b["consistency_checks"][0]["items"][0]), "duplicate",
        "/brands/0/consistency_checks/0/items/2/aspect", "already at"),
    "chosen platform twice": (
        lambda b: b["chosen_platforms"].append(b["chosen_platforms"][0]), "duplicate",
        "/brands/0/chosen_platforms/1/platform", "already at"),
    "review ending before it starts": (
        lambda b: b["reviews"][0].update(period_end="2024-12-31"), "invalid_value",
        "/brands/0/reviews/0/period_end", "before"),
    "result of an unknown goal": (
        lambda b: b["reviews"][0]["goal_results"][0].update(goal=7), "unknown_reference",
        "/brands/0/reviews/0/goal_results/0/goal", "no social goal with ref 7"),
    "experiment of an unknown review": (
        lambda b: b["experiments"][1].update(review=4), "unknown_reference",
        "/brands/0/experiments/1/review", "no review with ref 4"),
    "closed as a computed status": (
        _goal({"closed_as": "on_track"}), "schema", "/brands/0/social_goals/0/closed_as",
        "on_track"),
    "unknown metric": (
        _goal({"metric": "likes"}), "schema", "/brands/0/social_goals/0/metric", "likes"),
    "extra field": (
        lambda b: b["guide"].update(font="Cairo"), "schema", "/brands/0/guide", "'font'"),
    "hashtag set without a name": (
        lambda b: b["hashtag_sets"][0].update(name="  "), "invalid_value",
        "/brands/0/hashtag_sets/0/name", "empty"),
    "a list item with a line break": (
        lambda b: b["guide"]["words_to_use"].append("a\nb"), "schema",
        "/brands/0/guide/words_to_use/1", "does not match"),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_a_refusal_names_its_place_and_imports_nothing(
    case: str, exported: Path, target: Workspace
) -> None:
    change, code, where, words = REFUSALS[case]
    before = row_counts(target)
    with pytest.raises(TransferError) as caught:
        import_document(target.session_factory, read_document(edit(exported, change)))
    assert (caught.value.code, caught.value.pointer) == (code, where)
    assert words in caught.value.problem
    assert f"at {where}" in str(caught.value)
    assert row_counts(target) == before


def test_an_account_reference_matches_as_handles_do(target: Workspace) -> None:
    goal = dataclasses.replace(STRATEGY.social_goals[0],
                               account=r.AccountRef(Platform.INSTAGRAM, " @NAKHEEL.cafe"))
    brand = dataclasses.replace(BRAND, strategy=dataclasses.replace(
        STRATEGY, social_goals=(goal,), reviews=(), experiments=()))
    assert import_document(target.session_factory, Document((brand,))).social_goals_added == 1
    with target.session_factory() as s:
        assert s.scalars(select(models.SocialGoal.account_id)).one() is not None


def test_a_document_built_in_code_obeys_the_same_rules(target: Workspace) -> None:
    persona = dataclasses.replace(STRATEGY.personas[0], platforms=((Platform.X, 101),))
    bad = dataclasses.replace(BRAND, strategy=dataclasses.replace(STRATEGY, personas=(persona,)))
    with pytest.raises(TransferError) as caught:
        preview_import(target.session_factory, Document((bad,)))
    assert caught.value.pointer == "/brands/0/personas/0/platforms/0/share"


# -- version 1 -------------------------------------------------------------------------------


def test_a_version_1_file_imports_with_an_empty_strategy(tmp_path: Path, target: Workspace) -> None:
    document = read_document(V1_FILE)
    assert document.format_version == 1
    assert all(b.strategy == StrategyRecords() for b in document.brands)
    summary = import_document(target.session_factory, document)
    assert (summary.brands_added, summary.accounts_added, summary.strategy_added) == (2, 3, 0)
    out = tmp_path / "again.json"
    export_workspace(target.session_factory, out)
    assert load(out)["format_version"] == 3
    assert read_document(out).account_count == 3


def test_a_version_1_file_is_checked_against_the_version_1_schema(tmp_path: Path) -> None:
    copy = shutil.copy(V1_FILE, tmp_path / "v1.json")
    with pytest.raises(TransferError) as caught:
        read_document(edit(Path(copy), lambda b: b.update(personas=[])))
    assert (caught.value.code, caught.value.pointer) == ("schema", "/brands/0")


# -- the schema ------------------------------------------------------------------------------


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


@pytest.mark.parametrize("version", [1, 2, 3])
def test_every_object_of_the_schema_is_strict(version: int) -> None:
    schema = json.loads(schema_path(version).read_text(encoding="utf-8"))
    objects = list(_objects(schema))
    assert len(objects) >= (3 if version == 1 else 20)
    for part in objects:
        assert part["additionalProperties"] is False
        # an account's engagement log came to format 3 after its first files: optional there
        assert set(part["required"]) == set(part["properties"]) - {"engagement"}


@pytest.mark.parametrize(("name", "kind"), [
    ("metric", Metric), ("platform", Platform)])
def test_the_schema_enums_are_the_apps(name: str, kind: Any) -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    assert schema["$defs"][name]["enum"] == [m.value for m in kind]


def test_the_export_is_valid_against_the_current_schema(exported: Path) -> None:
    import jsonschema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(load(exported))

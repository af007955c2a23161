"""Every workspace an older release stored opens in today's app with its data whole.

Each tests/data/workspaces/<revision>.smmws is written once by make_<n>.py at that revision, with
the same sample, and kept: a new migration must bring every one of them to HEAD.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from smm_desktop.db import backup, migrate
from smm_desktop.domain.enums import BusinessGoalKind, Gender, Platform, SnapshotSource
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandService
from smm_desktop.services.goals import GoalService
from smm_desktop.services.personas import PersonaService
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
STORED_FILES = sorted(STORED.glob("*.smmws"))

# What the sample holds, as the services show it: brand -> (country, recipients, archived, accounts)
EXPECTED = {
    "Bloom & Co.": ("GB", ("owner@bloomandco.co.uk", "ops@bloomandco.co.uk"), False,
                    {("facebook", "BloomAndCoFlorists", False), ("instagram", "bloomandco", False)}),
    "مقهى النخيل": ("SA", ("marketing@nakheel-cafe.sa",), False,
                    {("instagram", "nakheel.cafe", False), ("x", "NakheelCafe", True)}),
    "Old Client": ("", (), True, {("linkedin", "old-client", False)}),
}


def _stored_revision(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_there_is_a_stored_workspace_for_the_first_revision() -> None:
    assert [p.stem for p in STORED_FILES][:1] == [migrate.KNOWN_REVISIONS[0]]


def test_there_is_a_stored_workspace_for_every_revision() -> None:
    """A new migration comes with its make_<n>.py and the file it wrote, once."""
    assert [p.stem for p in STORED_FILES] == list(migrate.KNOWN_REVISIONS)


@pytest.mark.parametrize("stored", STORED_FILES, ids=lambda p: p.stem)
def test_stored_file_is_at_the_revision_it_is_named_after(stored: Path) -> None:
    assert _stored_revision(stored) == stored.stem
    assert stored.stem in migrate.KNOWN_REVISIONS


@pytest.fixture(params=STORED_FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path):
    copy = tmp_path / "old workspace ?#.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param, workspace
    workspace.close()


def test_stored_workspace_is_upgraded_to_head(opened: tuple[Path, Workspace]) -> None:
    stored, workspace = opened
    assert migrate.current_revision(workspace.engine) == migrate.HEAD
    assert workspace.path is not None
    assert backup.integrity_errors(workspace.path) == []
    if stored.stem == migrate.HEAD:
        assert workspace.migration is None
    else:  # an older file: migrated, with a sound backup of the file as it was
        assert workspace.migration is not None
        assert workspace.migration.from_revision == stored.stem
        saved = workspace.migration.backup
        assert saved is not None and backup.integrity_errors(saved) == []
        assert _stored_revision(saved) == stored.stem


def test_stored_brands_survive(opened: tuple[Path, Workspace]) -> None:
    _, workspace = opened
    brands = BrandService(workspace.session_factory).list_brands()
    got = {b.name: (b.country, b.report_recipients, b.archived) for b in brands}
    assert got == {name: value[:3] for name, value in EXPECTED.items()}
    nakheel = next(b for b in brands if b.name == "مقهى النخيل")
    assert nakheel.colours == ("#5B3A29", "#D9A441")
    assert nakheel.account_count == 1  # the X account is archived


def test_stored_accounts_survive(opened: tuple[Path, Workspace]) -> None:
    _, workspace = opened
    accounts = AccountService(workspace.session_factory)
    for brand in BrandService(workspace.session_factory).list_brands():
        got = {(a.platform.value, a.handle, a.archived) for a in accounts.list_accounts(brand.id)}
        assert got == EXPECTED[brand.name][3], brand.name


def test_stored_deleted_account_stays_deleted_and_its_handle_free(
    opened: tuple[Path, Workspace],
) -> None:
    _, workspace = opened
    accounts = AccountService(workspace.session_factory)
    bloom = next(b for b in BrandService(workspace.session_factory).list_brands()
                 if b.name == "Bloom & Co.")
    assert "bloom.gone" not in {a.handle for a in accounts.list_accounts(bloom.id)}
    created = accounts.create(bloom.id, AccountInput(Platform.TIKTOK, "@Bloom.Gone"))
    assert created.handle == "Bloom.Gone"


def test_stored_rows_keep_their_version_counters(opened: tuple[Path, Workspace]) -> None:
    _, workspace = opened
    brands = BrandService(workspace.session_factory)
    old = next(b for b in brands.list_brands() if b.name == "Old Client")
    assert old.version == 1
    assert brands.set_archived(old.id, old.version, False).version == 2


# What 0002_strategy added, as stored from that revision on (make_0002.py): brand -> ...
STRATEGY_FROM = "0002_strategy"
NEW_TABLES = {"business_goal", "social_goal", "snapshot", "persona", "persona_platform"}
ON = date(2026, 11, 28)
EXPECTED_BUSINESS_GOALS = {
    "مقهى النخيل": [(BusinessGoalKind.AWARENESS,
                     "أن يعرف طلاب الجامعة أن المقهى مكان هادئ للمذاكرة")],
    "Bloom & Co.": [(BusinessGoalKind.SALES, "More same-day delivery orders from Instagram")],
    "Old Client": [],
}
# title -> (current, target, status) on ON
EXPECTED_PROGRESS = {
    "مقهى النخيل": {"متابعو إنستغرام +٣٠٪": (1150.0, 1300.0, GoalStatus.ON_TRACK),
                    "هدف تيك توك": (None, None, GoalStatus.INCOMPLETE)},
    "Bloom & Co.": {"Reach 100k on Instagram": (15000.0, 100000.0, GoalStatus.OFF_TRACK),
                    "Messages before Mother's Day": (None, 80.0, GoalStatus.ACHIEVED)},
    "Old Client": {},
}
# name -> (archived, platforms)
EXPECTED_PERSONAS = {
    "مقهى النخيل": {
        "نورة الطالبة": (False, ((Platform.INSTAGRAM, 80), (Platform.SNAPCHAT, 90),
                                 (Platform.TIKTOK, 60))),
        "Khalid the commuter": (True, ()),
    },
    "Bloom & Co.": {"Emma, wedding planner": (False, ((Platform.INSTAGRAM, 50),
                                                      (Platform.PINTEREST, 70)))},
    "Old Client": {},
}


def _has_strategy(stored: Path) -> bool:
    return migrate.KNOWN_REVISIONS.index(stored.stem) >= migrate.KNOWN_REVISIONS.index(
        STRATEGY_FROM)


def _brand_ids(workspace: Workspace) -> dict[str, int]:
    return {b.name: b.id for b in BrandService(workspace.session_factory).list_brands()}


def test_strategy_tables_exist_and_older_files_have_none_of_it(
    opened: tuple[Path, Workspace],
) -> None:
    stored, workspace = opened
    assert set(inspect(workspace.engine).get_table_names()) >= NEW_TABLES
    if _has_strategy(stored):
        return
    with workspace.engine.connect() as conn:
        for table in sorted(NEW_TABLES):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0, table


def test_stored_goals_survive(opened: tuple[Path, Workspace]) -> None:
    stored, workspace = opened
    goals = GoalService(workspace.session_factory)
    for name, brand_id in _brand_ids(workspace).items():
        business = [(g.kind, g.description) for g in goals.list_business_goals(brand_id)]
        progress = {p.goal.title: (p.current, p.target, p.status)
                    for p in goals.progress(brand_id, ON)}
        if _has_strategy(stored):
            assert business == EXPECTED_BUSINESS_GOALS[name]
            assert progress == EXPECTED_PROGRESS[name]
        else:
            assert business == [] and progress == {}


def test_stored_goal_links_and_drafts_survive(opened: tuple[Path, Workspace]) -> None:
    stored, workspace = opened
    if not _has_strategy(stored):
        return
    goals = GoalService(workspace.session_factory)
    by_title = {g.title: g for brand_id in _brand_ids(workspace).values()
                for g in goals.list_goals(brand_id)}
    followers = by_title["متابعو إنستغرام +٣٠٪"]
    assert (followers.target_kind, followers.target_value, followers.target) == (
        TargetKind.PERCENT, 30.0, pytest.approx(1300.0))
    assert followers.business_goal_id is not None and followers.metric is Metric.FOLLOWERS
    assert by_title["Messages before Mother's Day"].business_goal_id is None  # in the trash
    reach = by_title["Reach 100k on Instagram"]
    assert (reach.account_id, reach.platform) == (None, Platform.INSTAGRAM)
    edited = dataclasses.replace(reach.to_input(), notes="Instagram only")
    assert goals.update_goal(reach.id, reach.version, edited).version == 2


def test_stored_snapshots_survive(opened: tuple[Path, Workspace]) -> None:
    stored, workspace = opened
    nakheel = _brand_ids(workspace)["مقهى النخيل"]
    account = AccountService(workspace.session_factory).list_accounts(nakheel)[0]
    history = SnapshotService(workspace.session_factory).history(account.id, Metric.FOLLOWERS)
    got = [(s.day, s.value, s.source) for s in history]
    assert got == ([
        (date(2026, 10, 1), 1000.0, SnapshotSource.MANUAL),
        (date(2026, 10, 15), 1080.0, SnapshotSource.IMPORT),
        (date(2026, 11, 1), 1150.0, SnapshotSource.IMPORT),
    ] if _has_strategy(stored) else [])


def test_stored_personas_survive(opened: tuple[Path, Workspace]) -> None:
    stored, workspace = opened
    personas = PersonaService(workspace.session_factory)
    for name, brand_id in _brand_ids(workspace).items():
        got = {p.name: (p.archived, p.platforms) for p in personas.list_personas(brand_id)}
        assert got == (EXPECTED_PERSONAS[name] if _has_strategy(stored) else {})
    if _has_strategy(stored):
        noura = personas.list_personas(_brand_ids(workspace)["مقهى النخيل"])[0]
        assert noura.locations == ("الرياض", "حي الملقا") and noura.gender is Gender.FEMALE
        assert noura.picture_png is not None and noura.picture_png.startswith(b"\x89PNG")
        assert personas.only_one_segment(_brand_ids(workspace)["Bloom & Co."])

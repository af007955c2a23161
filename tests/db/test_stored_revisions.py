"""Every workspace an older release stored opens in today's app with its data whole.

Each tests/data/workspaces/<revision>.smmws is written once by make_<n>.py at that revision, with
the same sample, and kept: a new migration must bring every one of them to HEAD.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from smm_desktop.db import backup, migrate
from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandService
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

"""Opening, locking and checking a workspace."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from smm_desktop.db import migrate
from smm_desktop.db.lock import WorkspaceBusy
from smm_desktop.domain.enums import Platform
from smm_desktop.services import workspace as ws
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.workspace import Workspace


def _fill(workspace: Workspace, brands: int, accounts_each: int = 1, notes: str = "") -> None:
    brand_service = BrandService(workspace.session_factory)
    account_service = AccountService(workspace.session_factory)
    for i in range(brands):
        brand = brand_service.create(BrandInput(f"Brand {i}", notes=notes))
        for j in range(accounts_each):
            account_service.create(brand.id, AccountInput(Platform.INSTAGRAM, f"b{i}_a{j}"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_is_created_with_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "mine.smmws"
    workspace = Workspace.open(path)
    try:
        assert path.is_file()
        assert workspace.path == path
        assert workspace.label == "mine.smmws"
        assert workspace.migration == migrate.MigrationResult(None, migrate.HEAD, None)
    finally:
        workspace.close()
    reopened = Workspace.open(path)
    try:
        assert reopened.migration is None
    finally:
        reopened.close()


@pytest.mark.sqlite_only
def test_second_open_of_the_same_file_is_busy(workspace: Workspace, workspace_path: Path) -> None:
    with pytest.raises(WorkspaceBusy) as caught:
        Workspace.open(workspace_path)
    assert caught.value.path == workspace_path


@pytest.mark.sqlite_only
def test_busy_also_through_a_database_url(workspace: Workspace, workspace_path: Path) -> None:
    with pytest.raises(WorkspaceBusy):
        Workspace.open(f"sqlite:///{workspace_path}")


def test_closed_workspace_can_be_opened_again(workspace_path: Path) -> None:
    first = Workspace.open(workspace_path)
    _fill(first, 1)
    first.close()
    first.close()  # closing twice is harmless
    second = Workspace.open(workspace_path)
    try:
        assert [b.name for b in BrandService(second.session_factory).list_brands()] == ["Brand 0"]
    finally:
        second.close()


def test_check_on_a_sound_workspace(workspace: Workspace) -> None:
    _fill(workspace, 2, accounts_each=3)
    report = ws.check(workspace.url)  # check takes no lock: fine while the workspace is open
    assert report.sound
    assert report.problems == []
    assert (report.revision, report.head) == (migrate.HEAD, migrate.HEAD)
    assert (report.brands, report.accounts) == (2, 6)
    if workspace.path:  # a file is named by its path, a server by its URL without password
        assert report.location == str(workspace.path)
    else:
        assert report.location == workspace.url.render_as_string(hide_password=True)


def test_check_on_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.smmws"
    report = ws.check(path)
    assert not report.sound
    assert report.problems == ["no workspace file here"]
    assert report.revision is None
    assert not path.exists()


def test_check_does_not_change_the_file(workspace_path: Path) -> None:
    workspace = Workspace.open(workspace_path)
    _fill(workspace, 3)
    workspace.close()
    before = _digest(workspace_path)
    assert ws.check(workspace_path).sound
    assert _digest(workspace_path) == before


def test_check_on_a_corrupted_file(workspace_path: Path) -> None:
    workspace = Workspace.open(workspace_path)
    _fill(workspace, 60, accounts_each=4, notes="ملاحظات " * 100)
    workspace.close()
    data = bytearray(workspace_path.read_bytes())
    assert len(data) > 64 * 1024
    middle = len(data) // 2
    data[middle - 4096 : middle + 4096] = b"\x5a" * 8192
    workspace_path.write_bytes(bytes(data))

    report = ws.check(workspace_path)

    assert not report.sound
    assert report.problems


def test_check_on_a_newer_workspace_names_its_revision(workspace_path: Path) -> None:
    Workspace.open(workspace_path).close()
    with closing(sqlite3.connect(workspace_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    report = ws.check(workspace_path)
    assert report.revision == "9999_future"
    assert not report.sound
    assert any("9999_future" in p and "newer" in p for p in report.problems)


def test_check_on_a_database_that_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE t (x)")
    before = _digest(path)
    report = ws.check(path)
    assert not report.sound
    assert report.revision is None
    assert _digest(path) == before


def test_check_on_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.smmws"
    path.write_text("hello\n" * 500, encoding="utf-8")
    report = ws.check(path)
    assert not report.sound
    assert report.revision is None

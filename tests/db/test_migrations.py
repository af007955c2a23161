"""Migrations: pytest-alembic's standard checks, and the start-up rules of DESIGN §4."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from pytest_alembic.tests import (  # noqa: F401 - collected as tests here
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import inspect

from smm_desktop.db import migrate
from smm_desktop.db.base import Base
from smm_desktop.db.engine import create_workspace_engine, sqlite_url
from smm_desktop.services.workspace import Workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _set_revision(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def _new_workspace(path: Path) -> None:
    Workspace.open(path).close()


def test_known_revisions_match_the_scripts_in_order() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    oldest_first = tuple(rev.revision for rev in reversed(list(script.walk_revisions())))
    assert oldest_first == migrate.KNOWN_REVISIONS
    assert script.get_current_head() == migrate.HEAD
    assert migrate.KNOWN_REVISIONS[-1] == migrate.HEAD


def test_models_cover_every_table_the_migrations_create(tmp_path: Path) -> None:
    engine = create_workspace_engine(sqlite_url(tmp_path / "schema.smmws"))
    try:
        migrate.upgrade(engine)
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert tables == {*Base.metadata.tables, "alembic_version"}


def test_new_empty_database_gets_the_schema_without_a_backup(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    engine = create_workspace_engine(sqlite_url(tmp_path / "new.smmws"))
    try:
        assert migrate.current_revision(engine) is None
        result = migrate.prepare(engine, backups)
        assert result == migrate.MigrationResult(None, migrate.HEAD, None)
        assert migrate.current_revision(engine) == migrate.HEAD
        assert migrate.prepare(engine, backups) is None  # already current: nothing to do
    finally:
        engine.dispose()
    assert not backups.exists()


def test_workspace_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.smmws"
    _new_workspace(path)
    _set_revision(path, "9999_from_the_future")
    before = _digest(path)

    with pytest.raises(migrate.WorkspaceTooNew) as caught:
        Workspace.open(path)

    assert caught.value.revision == "9999_from_the_future"
    assert "9999_from_the_future" in str(caught.value)
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_refused_workspace_releases_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "newer.smmws"
    _new_workspace(path)
    _set_revision(path, "9999_from_the_future")
    with pytest.raises(migrate.WorkspaceTooNew):
        Workspace.open(path)
    _set_revision(path, migrate.HEAD)
    Workspace.open(path).close()  # would raise WorkspaceBusy if the lock had leaked


def test_other_sqlite_database_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE contact (name TEXT)")
        conn.execute("INSERT INTO contact VALUES ('Sara')")
    before = _digest(path)

    with pytest.raises(migrate.NotAWorkspace):
        Workspace.open(path)

    assert _digest(path) == before
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["contact"]


def test_upgrade_to_a_named_revision(tmp_path: Path) -> None:
    engine = create_workspace_engine(sqlite_url(tmp_path / "step.smmws"))
    try:
        migrate.upgrade(engine, migrate.KNOWN_REVISIONS[0])
        assert migrate.current_revision(engine) == migrate.KNOWN_REVISIONS[0]
    finally:
        engine.dispose()


def test_newer_workspace_in_delete_journal_mode_is_left_untouched(tmp_path: Path) -> None:
    """Where WAL did not take, even switching the journal mode would change the file."""
    path = tmp_path / "newer-delete.smmws"
    _new_workspace(path)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    _set_revision(path, "9999_from_the_future")
    before = _digest(path)

    with pytest.raises(migrate.WorkspaceTooNew):
        Workspace.open(path)

    assert _digest(path) == before


def test_file_that_is_not_a_database_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "notes.smmws"
    path.write_text("Brand ideas\n" * 200, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(migrate.NotAWorkspace):
        Workspace.open(path)
    assert _digest(path) == before

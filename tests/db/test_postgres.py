"""A team database on PostgreSQL: the driver, the schema the migrations make, the start-up rules.

The tests that need a server take `postgres_url` (tests/conftest.py): skipped, saying why, when
SMM_TEST_POSTGRES_URL is not set; CI sets it.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, create_engine, inspect, make_url, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from smm_desktop.db import migrate
from smm_desktop.db.base import Base
from smm_desktop.db.engine import (
    POSTGRES_DRIVER,
    DriverMissing,
    create_workspace_engine,
    is_postgres,
    to_url,
)
from smm_desktop.services.workspace import Workspace


@pytest.fixture
def pg_engine(postgres_url: URL):
    engine = create_workspace_engine(postgres_url)
    yield engine
    engine.dispose()


def _plain_engine(url: URL) -> Engine:
    """An engine that is not the app's: what another program (or psql) would do."""
    return create_engine(url, poolclass=NullPool)


# The URL forms people type; no server needed.

@pytest.mark.parametrize(
    "typed",
    ["postgresql://anna:s3cret@db.office.lan/smm", "postgres://anna:s3cret@db.office.lan/smm"],
)
def test_postgresql_url_uses_psycopg_3(typed: str) -> None:
    url = to_url(typed)
    assert url.drivername == POSTGRES_DRIVER == "postgresql+psycopg"
    assert is_postgres(url)
    assert (url.username, url.password, url.host, url.database) == (
        "anna", "s3cret", "db.office.lan", "smm")


def test_url_object_and_engine_get_psycopg_3_too() -> None:
    assert to_url(make_url("postgresql://h/db")).drivername == POSTGRES_DRIVER
    engine = create_workspace_engine(make_url("postgresql://anna@h/db"))  # connects lazily
    try:
        assert engine.dialect.driver == "psycopg"
    finally:
        engine.dispose()


def test_a_url_naming_its_driver_is_kept() -> None:
    assert to_url("postgresql+psycopg://h/db").drivername == "postgresql+psycopg"
    assert to_url("postgresql+pg8000://h/db").drivername == "postgresql+pg8000"
    assert to_url("sqlite:///tmp/x.smmws").drivername == "sqlite"


def test_a_missing_driver_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name: str, *args: object, **kwargs: object) -> object:
        if name == "psycopg" or name.startswith("psycopg."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(DriverMissing) as caught:
        create_workspace_engine(to_url("postgresql://anna:s3cret@h/db"))
    assert isinstance(caught.value, SQLAlchemyError)  # the GUI shows these as a message
    assert "smm-desktop[postgres]" in str(caught.value)
    assert "s3cret" not in str(caught.value)


# On a server.

def test_new_database_gets_the_schema_without_a_file_backup(
    pg_engine: Engine, tmp_path: Path
) -> None:
    assert migrate.current_revision(pg_engine) is None
    result = migrate.prepare(pg_engine, tmp_path / "backups")
    assert result == migrate.MigrationResult(None, migrate.HEAD, None)
    assert migrate.prepare(pg_engine, tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()
    assert set(inspect(pg_engine).get_table_names()) == {*Base.metadata.tables, "alembic_version"}


def test_a_server_gets_no_file_backup_before_migrating_and_the_log_says_so(
    postgres_url: URL, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = postgres_url.set(password="s3cret-in-the-url")  # never reaches the server
    engine = create_workspace_engine(url)
    try:
        with caplog.at_level(logging.INFO, logger="smm_desktop.db.migrate"):
            assert migrate._backup_before(engine, tmp_path / "backups") is None
    finally:
        engine.dispose()
    assert "pg_dump" in caplog.text
    assert "s3cret-in-the-url" not in caplog.text
    assert not (tmp_path / "backups").exists()


def test_column_types_on_postgresql(pg_engine: Engine) -> None:
    migrate.upgrade(pg_engine)
    columns = {c["name"]: c for c in inspect(pg_engine).get_columns("brand")}
    assert columns["logo_png"]["type"].__visit_name__.lower() == "bytea"
    assert columns["archived"]["type"].__visit_name__.lower() == "boolean"
    assert columns["version"]["type"].__visit_name__.lower() == "integer"
    assert not columns["version"]["nullable"]


def test_the_live_handle_index_is_partial_and_unique(pg_engine: Engine) -> None:
    migrate.upgrade(pg_engine)
    with pg_engine.connect() as conn:
        indexdef = conn.execute(text(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_social_account_live_handle'"
        )).scalar_one()
    assert indexdef.startswith("CREATE UNIQUE INDEX")
    assert "(platform, handle_key)" in indexdef
    assert "WHERE (deleted_at IS NULL)" in indexdef


def test_the_partial_index_refuses_a_second_live_handle_only(pg_engine: Engine) -> None:
    migrate.upgrade(pg_engine)
    now = "TIMESTAMP '2026-11-28 08:00:00'"
    account = ("INSERT INTO social_account (brand_id, platform, handle, handle_key, profile_url, "
               "archived, notes, version, created_at, updated_at, deleted_at) VALUES "
               f"(1, 'instagram', 'Bloom', 'bloom', '', false, '', 1, {now}, {now}, {{}})")
    with pg_engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO brand (id, name, industry, country, languages, colours, notes, "
            "report_recipients, archived, version, created_at, updated_at) VALUES "
            f"(1, 'Bloom', '', '', '', '', '', '', false, 1, {now}, {now})"))
        conn.execute(text(account.format(now)))  # one in the trash
        conn.execute(text(account.format("NULL")))  # and one live: allowed
    with pytest.raises(IntegrityError), pg_engine.begin() as conn:
        conn.execute(text(account.format("NULL")))  # a second live one: refused


def test_a_database_from_a_newer_app_is_refused_untouched(postgres_url: URL) -> None:
    Workspace.open(postgres_url).close()
    other = _plain_engine(postgres_url)
    try:
        with other.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
        with pytest.raises(migrate.WorkspaceTooNew) as caught:
            Workspace.open(postgres_url)
        assert caught.value.revision == "9999_from_the_future"
        with other.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == (
                "9999_from_the_future")
    finally:
        other.dispose()


def test_a_database_of_another_program_is_not_a_workspace(postgres_url: URL) -> None:
    other = _plain_engine(postgres_url)
    try:
        with other.begin() as conn:
            conn.execute(text("CREATE TABLE contact (name TEXT)"))
            conn.execute(text("INSERT INTO contact VALUES ('Sara')"))
        with pytest.raises(migrate.NotAWorkspace):
            Workspace.open(postgres_url)
        assert inspect(other).get_table_names() == ["contact"]
    finally:
        other.dispose()


# Run by each of two processes below: import, say "ready", wait for the go file, then open.
OPEN_WHEN_TOLD = """
import sys, time
from pathlib import Path
from smm_desktop.services.workspace import Workspace
print("ready", flush=True)
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
workspace = Workspace.open(sys.argv[1])
print("migrated" if workspace.migration else "current", flush=True)
workspace.close()
"""


def test_two_first_opens_at_once_both_succeed(postgres_url: URL, tmp_path: Path) -> None:
    """Two people open a new team database at the same moment: one migrates, the other waits."""
    go = tmp_path / "go"
    url = postgres_url.render_as_string(hide_password=False)
    people = [
        subprocess.Popen([sys.executable, "-c", OPEN_WHEN_TOLD, url, str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    try:
        for person in people:
            assert person.stdout is not None
            assert person.stdout.readline().strip() == "ready"
        go.touch()
        outcomes = [person.communicate(timeout=120) for person in people]
    finally:
        for person in people:
            person.kill()
    assert [p.returncode for p in people] == [0, 0], [err for _, err in outcomes]
    assert sorted(out.strip() for out, _ in outcomes) in (
        ["current", "migrated"],  # the second waited for the first
        ["migrated", "migrated"],  # both saw an empty database; the second's upgrade was a no-op
    )
    engine = create_workspace_engine(postgres_url)
    try:
        assert migrate.current_revision(engine) == migrate.HEAD
    finally:
        engine.dispose()


def test_a_failed_migration_leaves_nothing_behind(pg_engine: Engine) -> None:
    """PostgreSQL's DDL is transactional: a migration failing halfway rolls back whole."""
    with pytest.raises(SQLAlchemyError), pg_engine.begin() as conn:
        conn.execute(text("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"))
        conn.execute(text("INSERT INTO no_such_table VALUES (1)"))
    assert inspect(pg_engine).get_table_names() == []

"""The workspace engine: safe pragmas, file names that survive, DDL that rolls back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from smm_desktop.db import engine as db_engine
from smm_desktop.db.engine import create_workspace_engine, sqlite_url, to_url

AWKWARD_NAMES = [
    "with spaces.smmws",
    "مساحة العمل.smmws",
    "emoji 🙂🌴.smmws",
    "what?.smmws",
    "hash#tag.smmws",
    "percent%20literal %s.smmws",
    "all of them ? # % مقهى 🙂.smmws",
]


def _pragma(engine: Engine, name: str) -> object:
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.fixture
def file_engine(tmp_path: Path):
    engine = create_workspace_engine(sqlite_url(tmp_path / "pragmas.smmws"))
    yield engine
    engine.dispose()


def test_journal_mode_is_wal(file_engine: Engine) -> None:
    assert str(_pragma(file_engine, "journal_mode")).lower() == "wal"


def test_synchronous_is_full(file_engine: Engine) -> None:
    assert _pragma(file_engine, "synchronous") == 2


def test_foreign_keys_are_on(file_engine: Engine) -> None:
    assert _pragma(file_engine, "foreign_keys") == 1


def test_busy_timeout_is_set(file_engine: Engine) -> None:
    assert _pragma(file_engine, "busy_timeout") == db_engine.BUSY_TIMEOUT_MS
    assert db_engine.BUSY_TIMEOUT_MS >= 1000


def test_foreign_keys_are_enforced(file_engine: Engine) -> None:
    with file_engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("CREATE TABLE child (id INTEGER PRIMARY KEY, "
                             "parent_id INTEGER NOT NULL REFERENCES parent(id))")
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), file_engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO child (id, parent_id) VALUES (1, 99)")


def test_failed_transaction_rolls_back_ddl_too(file_engine: Engine) -> None:
    """Driver autocommit off plus our own BEGIN: a half-done migration leaves nothing behind."""
    with pytest.raises(OperationalError), file_engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO no_such_table VALUES (1)")
    with file_engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").all()
    assert tables == []


def test_memory_database_still_gets_the_pragmas() -> None:
    engine = create_workspace_engine(to_url(":memory:"))
    try:
        assert _pragma(engine, "foreign_keys") == 1
        assert _pragma(engine, "synchronous") == 2
    finally:
        engine.dispose()


def _write_and_read(path: Path, value: str) -> None:
    engine = create_workspace_engine(to_url(path))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE note (body TEXT NOT NULL)")
            conn.execute(text("INSERT INTO note (body) VALUES (:v)"), {"v": value})
    finally:
        engine.dispose()


@pytest.mark.parametrize("name", AWKWARD_NAMES)
@pytest.mark.parametrize("as_string", [False, True], ids=["Path", "str"])
def test_awkward_file_name_reopens_the_same_file(tmp_path: Path, name: str, as_string: bool) -> None:
    folder = tmp_path / "folder ? # % مجلد 🙂"
    folder.mkdir()
    path = folder / name
    target = str(path) if as_string else path
    _write_and_read(path, "مرحبا 🙂")

    assert path.is_file()
    assert sorted(os.listdir(folder)) == [name]  # no stray database under another name
    engine = create_workspace_engine(to_url(target))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT body FROM note").scalars().all() == ["مرحبا 🙂"]
    finally:
        engine.dispose()
    assert sorted(os.listdir(folder)) == [name]


def test_sqlite_url_keeps_the_path_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "a?b#c%d.smmws"
    url = sqlite_url(path)
    assert url.database == str(path)
    assert url.get_backend_name() == "sqlite"
    assert not url.query


def test_to_url_passes_database_urls_through() -> None:
    url = to_url("postgresql+psycopg://user:secret@db.example/smm")
    assert url.get_backend_name() == "postgresql"
    assert url.database == "smm"
    assert url.password == "secret"


def test_to_url_expands_the_home_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert to_url("~/work.smmws").database == str(tmp_path / "work.smmws")

"""Verified backups with SQLite's backup API, and the integrity check."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from smm_desktop.db import backup
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.workspace import Workspace

pytestmark = pytest.mark.sqlite_only  # SQLite's backup API on the workspace file


def _brand_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM brand ORDER BY id")]


def _corrupt_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle - 2048 : middle + 2048] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """A plain SQLite file with enough pages that its middle is table and index data."""
    path = tmp_path / "big.sqlite"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("CREATE INDEX ix_t_body ON t (body)")
        conn.executemany("INSERT INTO t (body) VALUES (?)",
                         [(f"row {i} " + "x" * 200,) for i in range(2000)])
    return path


def test_backup_of_a_live_workspace_holds_its_data(workspace: Workspace, tmp_path: Path) -> None:
    """Rows still in the WAL (workspace open) are in the copy too."""
    brands = BrandService(workspace.session_factory)
    brands.create(BrandInput("مقهى النخيل"))
    brands.create(BrandInput("Bloom & Co."))
    assert workspace.path is not None

    saved = backup.make_backup(workspace.path, tmp_path / "backups", "manual")

    assert saved.parent == tmp_path / "backups"
    assert saved.suffix == ".smmws" and "manual" in saved.name
    assert backup.integrity_errors(saved) == []
    assert _brand_names(saved) == ["مقهى النخيل", "Bloom & Co."]
    assert list(saved.parent.glob("*.partial")) == []


def test_two_backups_do_not_overwrite_each_other(workspace: Workspace, tmp_path: Path) -> None:
    assert workspace.path is not None
    first = backup.make_backup(workspace.path, tmp_path / "b", "manual")
    second = backup.make_backup(workspace.path, tmp_path / "b", "manual")
    assert first != second
    assert first.is_file() and second.is_file()


def test_sound_file_has_no_integrity_errors(big_file: Path) -> None:
    assert backup.integrity_errors(big_file) == []
    assert backup.integrity_errors(big_file, quick=True) == []


def test_corrupted_file_has_integrity_errors(big_file: Path) -> None:
    _corrupt_middle(big_file)
    assert backup.integrity_errors(big_file) != []


def test_file_that_is_not_a_database_has_integrity_errors(tmp_path: Path) -> None:
    path = tmp_path / "notes.smmws"
    path.write_text("not a database\n" * 100, encoding="utf-8")
    problems = backup.integrity_errors(path)
    assert problems and "not a database" in problems[0]


def test_integrity_check_does_not_change_the_file(big_file: Path) -> None:
    before = big_file.read_bytes()
    backup.integrity_errors(big_file)
    assert big_file.read_bytes() == before


def test_backup_of_a_broken_file_fails_and_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "broken.smmws"
    source.write_text("not a database\n" * 100, encoding="utf-8")
    dest = tmp_path / "backups"
    with pytest.raises(backup.BackupFailed):
        backup.make_backup(source, dest, "manual")
    assert list(dest.iterdir()) == []


def test_backup_of_a_corrupted_file_is_refused(big_file: Path, tmp_path: Path) -> None:
    _corrupt_middle(big_file)
    dest = tmp_path / "backups"
    with pytest.raises(backup.BackupFailed):
        backup.make_backup(big_file, dest, "manual")
    assert list(dest.iterdir()) == []

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from smm_desktop.db.backup import BackupFailed, integrity_errors
from smm_desktop.db.lock import WorkspaceBusy, WorkspaceLock
from smm_desktop.domain.retention import RetentionPolicy
from smm_desktop.services import backups
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.workspace import Workspace, WorkspaceDamaged


def make_workspace(path: Path, names: list[str]) -> None:
    ws = Workspace.open(path)
    try:
        for name in names:
            BrandService(ws.session_factory).create(BrandInput(name=name))
    finally:
        ws.close()


def brand_names(path: Path) -> list[str]:
    ws = Workspace.open(path)
    try:
        return [b.name for b in BrandService(ws.session_factory).list_brands()]
    finally:
        ws.close()


def test_a_backup_is_one_verified_file_listed_with_its_counts(tmp_path: Path) -> None:
    ws = tmp_path / "w.smmws"
    make_workspace(ws, ["Palm", "مقهى"])
    made = backups.backup_now(ws, tmp_path / "b", "manual")
    assert integrity_errors(made) == []
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [made.name]  # no -wal/-shm
    [info] = backups.list_backups(ws, tmp_path / "b")
    assert (info.path, info.reason, info.brands, info.accounts) == (made, "manual", 2, 0)


def test_backups_of_another_workspace_in_the_same_folder_are_left_alone(tmp_path: Path) -> None:
    make_workspace(tmp_path / "a.smmws", ["A"])
    make_workspace(tmp_path / "b.smmws", ["B"])
    folder = tmp_path / "backups"
    backups.backup_now(tmp_path / "a.smmws", folder)
    other = backups.backup_now(tmp_path / "b.smmws", folder)
    backups.rotate(tmp_path / "a.smmws", folder, RetentionPolicy(0, 0, 0),
                   now=datetime.now() + timedelta(days=400))
    assert [p.name for p in folder.iterdir()] == [other.name]


def test_rotation_deletes_what_the_policy_drops(tmp_path: Path) -> None:
    ws = tmp_path / "w.smmws"
    make_workspace(ws, ["A"])
    folder = tmp_path / "b"
    made = [backups.backup_now(ws, folder) for _ in range(3)]
    removed = backups.rotate(ws, folder, RetentionPolicy(0, 0, 0),
                             now=datetime.now() + timedelta(days=3))
    assert sorted(removed) == sorted(made)
    assert backups.list_backups(ws, folder) == []


def test_restore_moves_the_current_file_aside_and_puts_the_backup_in_place(tmp_path: Path) -> None:
    ws, folder = tmp_path / "w.smmws", tmp_path / "b"
    make_workspace(ws, ["Before"])
    saved = backups.backup_now(ws, folder)
    make_workspace(ws, ["After"])
    result = backups.restore(ws, saved, folder)
    assert brand_names(ws) == ["Before"]
    assert result.moved_aside is not None and result.moved_aside.exists()
    assert sorted(brand_names(result.moved_aside)) == ["After", "Before"]
    assert result.safety_backup is not None and integrity_errors(result.safety_backup) == []


def test_a_damaged_backup_is_refused_and_nothing_moves(tmp_path: Path) -> None:
    ws, folder = tmp_path / "w.smmws", tmp_path / "b"
    make_workspace(ws, ["Keep"])
    bad = folder / "w-20260101-000000-000000-auto.smmws"
    folder.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    with pytest.raises(BackupFailed):
        backups.restore(ws, bad, folder)
    assert brand_names(ws) == ["Keep"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["w.smmws", "w.smmws.lock"]


def test_restore_refuses_a_workspace_open_elsewhere(tmp_path: Path) -> None:
    ws, folder = tmp_path / "w.smmws", tmp_path / "b"
    make_workspace(ws, ["Keep"])
    saved = backups.backup_now(ws, folder)
    lock = WorkspaceLock(ws)
    lock.acquire()
    try:
        with pytest.raises(WorkspaceBusy):
            backups.restore(ws, saved, folder)
    finally:
        lock.release()


def test_a_backup_of_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupFailed):
        backups.backup_now(tmp_path / "nothing.smmws", tmp_path / "b")
    assert not (tmp_path / "nothing.smmws").exists()


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 4)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def test_after_an_unclean_exit_a_damaged_file_is_refused_and_a_good_backup_offered(
        tmp_path: Path) -> None:
    ws, folder = tmp_path / "w.smmws", tmp_path / "b"
    make_workspace(ws, ["A", "B", "C"])
    backups.backup_now(ws, folder)
    opened = Workspace.open(ws)
    opened.engine.dispose()  # a crash: the session marker stays
    opened._lock.release()
    corrupt(ws)
    with pytest.raises(WorkspaceDamaged):
        Workspace.open(ws)
    good = backups.newest_good(ws, folder)
    assert good is not None and good.brands == 3


def test_after_an_unclean_exit_a_sound_file_opens_and_says_so(tmp_path: Path) -> None:
    ws = tmp_path / "w.smmws"
    make_workspace(ws, ["A"])
    crashed = Workspace.open(ws)
    crashed.engine.dispose()
    crashed._lock.release()
    reopened = Workspace.open(ws)
    try:
        assert reopened.recovered
    finally:
        reopened.close()
    again = Workspace.open(ws)
    assert not again.recovered
    again.close()


def test_move_aside_takes_the_wal_files_along(tmp_path: Path) -> None:
    ws = tmp_path / "w.smmws"
    make_workspace(ws, ["A"])
    with sqlite3.connect(ws) as conn:  # leaves a -wal beside it while open
        conn.execute("PRAGMA journal_mode=WAL")
        aside = backups.move_aside(ws, "damaged")
    assert not ws.exists() and aside.exists()
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith("w.smmws")]
    assert left == ["w.smmws.lock"]  # the lock belongs to the path, not to the file
    assert Path(str(aside) + "-wal").exists()

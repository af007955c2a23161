from pathlib import Path

import pytest

from smm_desktop import cli
from smm_desktop.db.lock import WorkspaceLock
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.workspace import Workspace


def add_brand(path: Path, name: str) -> None:
    ws = Workspace.open(path)
    try:
        BrandService(ws.session_factory).create(BrandInput(name=name))
    finally:
        ws.close()


def test_backup_list_and_restore_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "w.smmws"
    add_brand(ws, "First")
    assert cli.main(["backup", "--workspace", str(ws)]) == cli.EXIT_OK
    made = Path(capsys.readouterr().out.strip().split(": ", 1)[1])
    add_brand(ws, "Second")
    assert cli.main(["backups", "--workspace", str(ws)]) == cli.EXIT_OK
    listing = capsys.readouterr().out
    assert "1 brands, 0 accounts" in listing and str(made) in listing
    assert cli.main(["restore", str(made), "--workspace", str(ws)]) == cli.EXIT_OK
    assert "moved aside, not deleted" in capsys.readouterr().out
    opened = Workspace.open(ws)
    try:
        assert [b.name for b in BrandService(opened.session_factory).list_brands()] == ["First"]
    finally:
        opened.close()


def test_restore_into_an_open_workspace_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "w.smmws"
    add_brand(ws, "First")
    cli.main(["backup", "--workspace", str(ws)])
    made = capsys.readouterr().out.strip().split(": ", 1)[1]
    lock = WorkspaceLock(ws)
    lock.acquire()
    try:
        assert cli.main(["restore", made, "--workspace", str(ws)]) == cli.EXIT_BUSY
    finally:
        lock.release()
    assert "already open" in capsys.readouterr().err


def test_backup_of_a_database_server_points_to_its_own_tools(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["backup", "--workspace", "postgresql://u@localhost/db"])
    assert code == cli.EXIT_USAGE and "pg_dump" in capsys.readouterr().err


def test_restore_of_a_missing_backup_says_which_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "w.smmws"
    add_brand(ws, "First")
    code = cli.main(["restore", str(tmp_path / "nope.smmws"), "--workspace", str(ws)])
    assert code == cli.EXIT_USAGE and "nope.smmws" in capsys.readouterr().err

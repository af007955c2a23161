"""The `smm` command line, run in-process: exit codes and what it prints."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from smm_desktop import __version__, cli, settings
from smm_desktop.db import migrate
from smm_desktop.services.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"SMM Desktop {__version__}"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main([])
    assert caught.value.code == cli.EXIT_USAGE
    assert "usage: smm" in capsys.readouterr().err


def test_demo_then_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "مساحة ?#.smmws"
    code, out, _ = run(capsys, "demo", "--workspace", str(path))
    assert code == cli.EXIT_OK
    assert "3 brands, 12 accounts" in out
    assert path.is_file()

    code, out, err = run(capsys, "check", "--workspace", str(path))
    assert code == cli.EXIT_OK
    assert "Integrity: ok (3 brands, 12 accounts)" in out
    assert f"Schema: {migrate.HEAD}" in out
    assert err == ""


def test_workspace_option_before_the_command(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    path = tmp_path / "w.smmws"
    Workspace.open(path).close()
    code, out, _ = run(capsys, "--workspace", str(path), "check")
    assert code == cli.EXIT_OK
    assert "Integrity: ok (0 brands, 0 accounts)" in out


def test_check_on_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "missing.smmws"
    code, _, err = run(capsys, "check", "--workspace", str(path))
    assert code == cli.EXIT_PROBLEM
    assert "no workspace file here" in err
    assert not path.exists()


def test_check_without_a_workspace_looks_at_the_default_one(
    capsys: pytest.CaptureFixture[str], isolated_home: dict[str, Path]
) -> None:
    code, out, _ = run(capsys, "check")
    assert code == cli.EXIT_PROBLEM  # no default workspace created yet
    assert str(isolated_home["XDG_DATA_HOME"]) in out


def test_check_without_a_workspace_uses_the_one_in_settings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "from-settings.smmws"
    Workspace.open(path).close()
    settings.save(settings.Settings(workspace=str(path)))
    code, out, _ = run(capsys, "check")
    assert code == cli.EXIT_OK
    assert "from-settings.smmws" in out


def test_demo_on_an_existing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mine.smmws"
    path.write_bytes(b"keep me")
    code, _, err = run(capsys, "demo", "--workspace", str(path))
    assert code == cli.EXIT_USAGE
    assert "already exists" in err
    assert path.read_bytes() == b"keep me"


def test_demo_needs_at_least_one_year(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.smmws"
    code, _, err = run(capsys, "demo", "--workspace", str(path), "--years", "0")
    assert code == cli.EXIT_USAGE
    assert "--years" in err
    assert not path.exists()


def test_check_on_a_newer_workspace_names_the_revision(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "newer.smmws"
    Workspace.open(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    code, out, err = run(capsys, "check", "--workspace", str(path))
    assert code == cli.EXIT_REFUSED  # refused, not damaged: the help says 4
    assert "0042_from_the_future" in out
    assert "0042_from_the_future is newer than this app" in err


def test_check_on_a_file_that_is_not_a_workspace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "notes.smmws"
    path.write_text("shopping list\n" * 100, encoding="utf-8")
    code, _, err = run(capsys, "check", "--workspace", str(path))
    assert code == cli.EXIT_PROBLEM
    assert "not a database" in err


def test_check_on_a_corrupted_workspace(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    path = tmp_path / "demo.smmws"
    assert run(capsys, "demo", "--workspace", str(path))[0] == cli.EXIT_OK
    data = bytearray(path.read_bytes())
    data[len(data) // 2 :] = b"\x00\xff" * ((len(data) - len(data) // 2) // 2)
    path.write_bytes(bytes(data))
    code, _, err = run(capsys, "check", "--workspace", str(path))
    assert code == cli.EXIT_PROBLEM
    assert err.startswith("Problem: ")

"""`--database-url` for the CLI and the GUI, and `database_url` in the settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import URL

from smm_desktop import app, cli, settings
from smm_desktop.db import migrate
from smm_desktop.services.workspace import Workspace

TEAM = "postgresql://anna:s3cret@db.office.lan/smm"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as caught:
        cli.main(list(argv))
    assert caught.value.code == cli.EXIT_USAGE
    return capsys.readouterr().err


def test_settings_database_url_wins_over_the_settings_workspace(tmp_path: Path) -> None:
    settings.save(settings.Settings(workspace=str(tmp_path / "mine.smmws"), database_url=TEAM))
    assert cli.workspace_target(None) == TEAM
    assert cli.workspace_target("given.smmws") == "given.smmws"  # the command line wins


def test_without_a_database_url_the_settings_workspace_is_used(tmp_path: Path) -> None:
    settings.save(settings.Settings(workspace=str(tmp_path / "mine.smmws")))
    assert cli.workspace_target(None) == str(tmp_path / "mine.smmws")


def test_a_database_url_that_is_not_a_url_is_dropped_from_settings(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    file.write_text(json.dumps({"database_url": "db.office.lan"}), encoding="utf-8")
    assert settings.load(file).database_url == ""
    file.write_text(json.dumps({"database_url": 42}), encoding="utf-8")
    assert settings.load(file).database_url == ""
    file.write_text(json.dumps({"database_url": TEAM}), encoding="utf-8")
    assert settings.load(file).database_url == TEAM


def test_cli_database_url_is_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert "needs a URL" in _usage_error(capsys, "--database-url", "db.office.lan", "check")
    assert "needs a URL" in _usage_error(capsys, "check", "--database-url", "smm.smmws")
    both = ("--database-url", TEAM, "check", "--workspace", str(tmp_path / "w.smmws"))
    assert "not both" in _usage_error(capsys, *both)


def test_cli_database_url_opens_that_database(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    path = tmp_path / "team ?#.smmws"
    Workspace.open(path).close()
    url = URL.create("sqlite+pysqlite", database=str(path)).render_as_string()
    for argv in (("--database-url", url, "check"), ("check", "--database-url", url)):
        code, out, _ = run(capsys, *argv)
        assert code == cli.EXIT_OK
        assert "Integrity: ok (0 brands, 0 accounts)" in out


def test_cli_says_plainly_when_the_server_cannot_be_reached(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql://anna:s3cret@127.0.0.1:1/smm?connect_timeout=3"
    code, out, err = run(capsys, "check", "--database-url", url)
    assert code == cli.EXIT_PROBLEM
    assert "Problem: " in err
    assert "s3cret" not in out + err
    assert "postgresql+psycopg://anna:***@127.0.0.1:1/smm" in out


def test_cli_check_on_postgresql(capsys: pytest.CaptureFixture[str], postgres_url: URL) -> None:
    Workspace.open(postgres_url).close()
    plain = postgres_url.set(drivername="postgresql").render_as_string(hide_password=False)
    code, out, err = run(capsys, "--database-url", plain, "check")
    assert code == cli.EXIT_OK, err
    assert f"Schema: {migrate.HEAD}" in out
    assert "Integrity: ok (0 brands, 0 accounts)" in out
    if postgres_url.password:
        assert f":{postgres_url.password}@" not in out


def test_cli_uses_the_settings_database_url(capsys: pytest.CaptureFixture[str],
                                            postgres_url: URL) -> None:
    Workspace.open(postgres_url).close()
    settings.save(settings.Settings(database_url=postgres_url.render_as_string(False)))
    code, out, _ = run(capsys, "check")
    assert code == cli.EXIT_OK
    assert postgres_url.render_as_string(hide_password=True) in out


def test_gui_parser_takes_a_database_url_or_a_workspace_not_both(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = app.build_parser()
    assert parser.parse_args(["--database-url", TEAM]).database_url == TEAM
    assert parser.parse_args(["--workspace", TEAM]).workspace == TEAM
    with pytest.raises(SystemExit):
        parser.parse_args(["--database-url", TEAM, "--workspace", "w.smmws"])
    assert "not allowed with" in capsys.readouterr().err


def test_gui_refuses_a_database_url_that_is_not_a_url(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        app.main(["--database-url", "db.office.lan"])
    assert caught.value.code == 2
    assert "needs a URL" in capsys.readouterr().err

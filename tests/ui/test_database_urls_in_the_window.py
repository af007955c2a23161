"""A team database URL never shows its password: not in messages, logs or the process list."""

from __future__ import annotations

from smm_desktop.ui.controller import RESTART_URL_VARIABLE, restart_command
from smm_desktop.ui.workspace_errors import shown


def test_a_restart_hands_a_database_url_over_through_the_environment() -> None:
    url = "postgresql://sara:s3cret@db.example/smm"
    _program, args, env = restart_command(url)
    assert env == {RESTART_URL_VARIABLE: url}
    assert not any("s3cret" in arg for arg in args)


def test_a_restart_on_a_file_passes_the_file() -> None:
    _program, args, env = restart_command("/home/sara/w.smmws")
    assert args[-2:] == ["--workspace", "/home/sara/w.smmws"] and env == {}


def test_a_url_is_shown_without_its_password() -> None:
    assert "s3cret" not in shown("postgresql://sara:s3cret@db.example/smm")
    assert shown("postgresql://sara:s3cret@db.example/smm").startswith("postgresql://sara:***@")
    assert shown("/home/sara/w.smmws") == "/home/sara/w.smmws"

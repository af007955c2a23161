"""A restore that cannot be done says so in plain words and reopens the workspace as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from smm_desktop.db.backup import BackupFailed
from smm_desktop.settings import Settings
from smm_desktop.ui.controller import Controller

from .helpers import brands_shown, close_controller, fast_first_backup, make_workspace


@pytest.fixture
def controller(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Controller]:
    fast_first_backup(monkeypatch)
    made = Controller(Settings(), persist=False)
    yield made
    close_controller(made)


def test_a_refused_restore_is_explained_and_the_workspace_reopened(
        controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_workspace(tmp_path / "w.smmws", "Palm Café")
    assert controller.open_workspace(str(path))
    said: list[str] = []
    monkeypatch.setattr(controller, "warn", said.append)

    def refuse() -> None:
        raise BackupFailed("the copy failed its check")

    controller.reopen_after(path, refuse)
    assert said == ["Nothing was restored: the copy failed its check"]
    assert brands_shown(controller) == ["Palm Café"]
    assert controller.window.tabs.isEnabled()


def test_when_nothing_can_be_reopened_the_window_rests(
        controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_workspace(tmp_path / "w.smmws", "Palm Café")
    assert controller.open_workspace(str(path))
    monkeypatch.setattr(controller, "warn", lambda _text: None)
    monkeypatch.setattr(controller, "open_workspace", lambda _target: False)
    controller.reopen_after(path, lambda: None)
    assert not controller.window.tabs.isEnabled()
    assert not controller.window.commands.new_brand.isEnabled()

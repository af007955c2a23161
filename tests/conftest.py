"""Fixtures for every test: no test touches the real home; a workspace on a temporary file.

Qt-free on purpose: the Qt fixtures live in tests/ui/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smm_desktop.services.workspace import Workspace

XDG_FOLDERS = {
    "XDG_DATA_HOME": "xdg-data",
    "XDG_CONFIG_HOME": "xdg-config",
    "XDG_STATE_HOME": "xdg-state",
    "XDG_CACHE_HOME": "xdg-cache",
}


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point the user's data, config, state and cache folders inside tmp_path."""
    folders = {}
    for variable, name in XDG_FOLDERS.items():
        folder = tmp_path / name
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
        folders[variable] = folder
    return folders


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "workspaces" / "test.smmws"


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    """An opened (created, migrated, locked) workspace, closed after the test."""
    ws = Workspace.open(workspace_path)
    try:
        yield ws
    finally:
        ws.close()

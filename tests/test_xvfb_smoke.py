"""The real main window on a real X server (Xvfb, Qt's xcb platform): it opens, shows and closes.

Run by `./dev test` under xvfb-run with QT_QPA_PLATFORM=xcb; excluded from the offscreen run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from smm_desktop.settings import Settings
from smm_desktop.ui.controller import Controller

pytestmark = pytest.mark.xvfb

XDG_VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def test_main_window_shows_on_x(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert QGuiApplication.platformName() == "xcb", "run me under xvfb-run with QT_QPA_PLATFORM=xcb"
    for variable in XDG_VARIABLES:
        folder = tmp_path / variable.lower()
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
    controller = Controller(Settings(), persist=False)
    try:
        assert controller.open_workspace(str(tmp_path / "ws.smmws"))
        controller.window.show()
        qtbot.waitExposed(controller.window)
        assert controller.window.isVisible()
        assert controller.window.tabs.count() == 5
    finally:
        controller.window.close()
    assert not controller.window.isVisible()

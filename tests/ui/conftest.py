"""Qt fixtures for the ui tests: offscreen, a real workspace, and Qt warnings that fail tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest
from PySide6.QtCore import QtMsgType

from smm_desktop.services.registry import Services
from smm_desktop.settings import Settings
from smm_desktop.ui.context import UiContext

from .helpers import forget_undo_watchers, open_services

XDG_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
FAILING_TYPES = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
# Notes of the offscreen platform about what it cannot do; harmless.
HARMLESS = ("does not support",)


@pytest.fixture(autouse=True)
def ui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data, logs and caches of the app go under tmp_path, never the real home."""
    home = tmp_path / "home"
    for variable in XDG_VARIABLES:
        folder = home / variable.lower()
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    return home


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(qtlog: object) -> Iterator[None]:
    """A Qt warning or critical message during a test fails it (DESIGN §6)."""
    yield
    problems = [
        f"{rec.type_name}: {rec.message}"
        for rec in qtlog.records  # type: ignore[attr-defined]
        if rec.type in FAILING_TYPES and not any(note in rec.message for note in HARMLESS)
    ]
    if problems:
        pytest.fail("Qt warnings during the test:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """The services of a new workspace file, closed after the test."""
    opened = open_services(tmp_path / "ui-tests.smmws")
    try:
        yield opened
    finally:
        opened.workspace.close()


@pytest.fixture
def ctx(services: Services, qapp: object) -> Iterator[UiContext]:
    """What the views of one open workspace share, in English with locale digits."""
    shared = UiContext.create(services, Settings())
    yield shared
    forget_undo_watchers(shared)

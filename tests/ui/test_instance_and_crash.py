"""A second launch asks the running window to come forward; an unexpected error is shown."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.ui import crash
from smm_desktop.ui.instance import InstanceServer, ask_running_to_show, server_name


@pytest.fixture
def server(qapp: object) -> Iterator[InstanceServer]:
    made = InstanceServer()
    yield made
    made.close()


def test_a_second_launch_reaches_the_running_one(
        qtbot: QtBot, server: InstanceServer, tmp_path: Path) -> None:
    workspace = tmp_path / "mine.smmws"
    assert server.listen(workspace)
    with qtbot.waitSignal(server.show_requested, timeout=3000):
        assert ask_running_to_show(workspace) is True


def test_nobody_answers_without_a_server(qapp: object, tmp_path: Path) -> None:
    assert ask_running_to_show(tmp_path / "nobody.smmws") is False


def test_another_workspace_does_not_answer(
        server: InstanceServer, tmp_path: Path) -> None:
    assert server.listen(tmp_path / "one.smmws")
    assert ask_running_to_show(tmp_path / "two.smmws") is False


def test_closing_stops_answering(server: InstanceServer, tmp_path: Path) -> None:
    workspace = tmp_path / "mine.smmws"
    assert server.listen(workspace)
    server.close()
    assert ask_running_to_show(workspace) is False


def test_server_names_are_per_workspace_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.smmws", tmp_path / "b.smmws"
    assert server_name(a) != server_name(b)
    assert server_name(a) == server_name(tmp_path / "sub" / ".." / "a.smmws")
    assert server_name(a).startswith("smm-desktop-")


def _record_boxes(monkeypatch: pytest.MonkeyPatch,
                  during: Callable[[], None] | None = None) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append(box)
        if during is not None:
            during()
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


def _boom() -> ValueError:
    try:
        raise ValueError("boom in a slot")
    except ValueError as err:
        return err


def test_the_crash_dialog_names_the_log(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = _record_boxes(monkeypatch)
    log_path = tmp_path / "logs" / "smm-desktop.log"
    crash.show_error(_boom(), log_path)
    (box,) = boxes
    assert str(log_path) in box.informativeText()
    assert box.informativeText() == f"Details are in the log: \u2066{log_path}\u2069"
    assert box.icon() == QMessageBox.Icon.Critical
    assert "safe in the workspace" in box.text()
    assert "ValueError: boom in a slot" in box.detailedText()


def test_an_error_while_the_dialog_shows_opens_no_second_one(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log_path = tmp_path / "app.log"
    boxes = _record_boxes(monkeypatch, during=lambda: crash.show_error(_boom(), log_path))
    crash.show_error(_boom(), log_path)
    assert len(boxes) == 1
    crash.show_error(_boom(), log_path)  # once closed, the next error is shown again
    assert len(boxes) == 2


def test_the_installed_hook_logs_and_shows_uncaught_errors(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    boxes = _record_boxes(monkeypatch)
    log_path = tmp_path / "app.log"
    crash.install(log_path)
    error = _boom()
    with caplog.at_level(logging.CRITICAL, logger="smm_desktop.ui.crash"):
        sys.excepthook(type(error), error, error.__traceback__)
    assert "Uncaught exception" in caplog.text
    assert len(boxes) == 1
    assert str(log_path) in boxes[0].informativeText()

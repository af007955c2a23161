"""Shared helpers of the ui tests: a bound main window, patched dialogs, what the views show."""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.main_window import MainWindow
from smm_desktop.ui.widgets.record_panel import RecordPanel


def open_services(path: Path) -> Services:
    """The services of the workspace at `path` (created when new); the caller closes it."""
    return Services.of(Workspace.open(path))


def forget_undo_watchers(ctx: UiContext) -> None:
    """Disconnect what watches the undo stack, so its later destruction calls no dead window.

    That destruction is covered by test_controller.py; left connected here, it would only add
    the same traceback to whichever later test the garbage collector happens to run in.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        for signal in (ctx.undo.indexChanged, ctx.undo.cleanChanged):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()


def bound_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.bind(ctx)
    return window


def answer_dialog(monkeypatch: pytest.MonkeyPatch, dialog: type, value: Any,
                  accepted: bool = True) -> list[tuple[Any, Any]]:
    """Make `dialog.run` return (value, accepted); returns the (validator, initial) it got."""
    calls: list[tuple[Any, Any]] = []

    def run(cls: type, parent: Any, validator: Any, initial: Any = None) -> tuple[Any, bool]:
        calls.append((validator, initial))
        return (value if accepted else None), accepted

    monkeypatch.setattr(dialog, "run", classmethod(run))
    return calls


def names(panel: RecordPanel) -> list[str]:
    """Brand names or account handles, in the order the table shows them."""
    return [str(getattr(r, "name", None) or getattr(r, "handle", ""))
            for r in panel.model.records()]


def switcher_items(window: MainWindow) -> list[tuple[str, int]]:
    s = window.switcher
    return [(s.itemText(i), s.itemData(i)) for i in range(s.count())]


def select(panel: RecordPanel, ident: int) -> None:
    panel.select_id(ident)
    assert panel.current_id() == ident


def focused_panel(qtbot: QtBot, window: MainWindow, which: str, ident: int) -> RecordPanel:
    """Show the window, select `ident` in the brands or accounts panel and give its table focus."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.strategy is not None
    panel: RecordPanel = getattr(window.strategy, which)
    panel.reload()  # type: ignore[attr-defined]
    select(panel, ident)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    return panel

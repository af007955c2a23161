"""Shared helpers of the ui tests: a bound main window, patched dialogs, what the views show."""

from __future__ import annotations

import contextlib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.services.brands import BrandInput
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.controller import Controller
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
    window.strategy.show_section("brands")
    panel: RecordPanel = getattr(window.strategy, which)
    panel.reload()  # type: ignore[attr-defined]
    select(panel, ident)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    return panel


def make_workspace(path: Path, *brand_names: str) -> Path:
    """A closed workspace file at `path` holding these brands."""
    services = open_services(path)
    try:
        for name in brand_names:
            services.brands.create(BrandInput(name=name))
    finally:
        services.workspace.close()
    return path


def brand_names_in(path: Path) -> list[str]:
    """The brands a closed workspace file holds, by name."""
    services = open_services(path)
    try:
        return sorted(b.name for b in services.brands.list_brands())
    finally:
        services.workspace.close()


def close_controller(controller: Controller) -> None:
    """Close the window (which shuts the controller down) and let Qt free it."""
    if controller.window.ctx is not None:
        forget_undo_watchers(controller.window.ctx)
    controller.window.close()
    controller.window.deleteLater()


def brands_shown(controller: Controller) -> list[str]:
    assert controller.window.strategy is not None
    return names(controller.window.strategy.brands)


@dataclass
class BoxSeen:
    """What a patched QMessageBox.exec saw: its texts and its buttons' texts."""

    title: str
    text: str
    informative: str
    buttons: list[str]


def button_text(button: QAbstractButton) -> str:
    return button.text().replace("&", "")


def click_in_boxes(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[BoxSeen]:
    """Make every QMessageBox.exec click the button whose text is `choice`; returns the boxes."""
    seen: list[BoxSeen] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(BoxSeen(box.windowTitle(), box.text(), box.informativeText(),
                            [button_text(b) for b in box.buttons()]))
        matching = [b for b in box.buttons() if button_text(b) == choice]
        assert matching, f"no button {choice!r} in {seen[-1].buttons}"
        matching[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def fast_first_backup(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No delay before the first backup of the day; each keeper's stale check is marked done
    (`keeper.checked`) and its workspace's name listed in the returned list."""
    from smm_desktop.ui.backup_keeper import BackupKeeper

    checked: list[str] = []
    original = BackupKeeper.start_if_stale

    def start_if_stale(keeper: BackupKeeper) -> None:
        original(keeper)
        keeper.checked = True  # type: ignore[attr-defined]
        checked.append(keeper.workspace.name)

    monkeypatch.setattr(BackupKeeper, "start_if_stale", start_if_stale)
    monkeypatch.setattr("smm_desktop.ui.safety.FIRST_BACKUP_DELAY_MS", 0)
    return checked


def wait_for_backups(qtbot: QtBot, controller: Controller, timeout: int = 10_000) -> None:
    """Until the open workspace's first backup check ran and its backup (if any) reported."""

    def idle() -> bool:
        keeper = controller.safety.keeper
        return keeper is not None and getattr(keeper, "checked", False) and not keeper.running

    qtbot.waitUntil(idle, timeout=timeout)

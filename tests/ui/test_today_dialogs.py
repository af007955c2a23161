"""The task dialog's checks, and the routines dialog: enable/disable, add, delete (undoable),
history; the window puts the panel in the Today dock."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smm_desktop.domain.routines import Cadence
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.routines import RoutineInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.routine_dialog import RoutineDialog
from smm_desktop.ui.dialogs.routines_dialog import RoutinesDialog
from smm_desktop.ui.dialogs.task_dialog import TaskDialog
from smm_desktop.ui.panels.today_panel import TodayPanel

from .helpers import bound_window


def test_task_dialog_refuses_an_empty_title_and_keeps_the_brand(qtbot: QtBot,
                                                                ctx: UiContext) -> None:
    brand = ctx.services.brands.create(BrandInput(name="Bloom"))
    dialog = TaskDialog(None, ctx, None, brand.id)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.error_text("title")
    dialog.title_edit.setText("Call the printer")
    dialog.has_due.setChecked(False)
    assert dialog.value().brand_id == brand.id and dialog.value().due is None


@pytest.fixture
def routines(qtbot: QtBot, ctx: UiContext) -> RoutinesDialog:
    ctx.services.routines.ensure_defaults(0)
    dialog = RoutinesDialog(None, ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_turning_a_default_off_is_undoable(routines: RoutinesDialog, ctx: UiContext,
                                          qtbot: QtBot) -> None:
    item = routines.list.topLevelItem(0)
    assert item is not None
    routine_id = item.data(0, Qt.ItemDataRole.UserRole + 1)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not ctx.services.routines.get(routine_id).enabled)
    ctx.undo.undo()
    assert ctx.services.routines.get(routine_id).enabled


def test_add_and_delete_your_own_routine(routines: RoutinesDialog, ctx: UiContext,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    made = RoutineInput("Water the office plants", "They are in the photos", Cadence.WEEKLY, 3)
    monkeypatch.setattr(RoutineDialog, "run", classmethod(lambda cls, *a, **k: (made, True)))
    before = len(routines.routines)
    routines.add()
    assert len(routines.routines) == before + 1
    assert routines.current().title == "Water the office plants"
    routines.delete()
    assert len(routines.routines) == before
    ctx.undo.undo()
    routines.reload()
    assert len(routines.routines) == before + 1


def test_history_lists_check_offs(routines: RoutinesDialog, ctx: UiContext) -> None:
    brand = ctx.services.brands.create(BrandInput(name="Bloom"))
    first: Any = next(iter(routines.routines.values()))
    ctx.services.routines.check(first.id, brand.id, "2026-11-28")
    routines.reload()
    row = routines.history.topLevelItem(0)
    assert row is not None and row.text(2) == "Bloom"


def test_the_window_shows_the_panel_in_the_today_dock(qtbot: QtBot, ctx: UiContext) -> None:
    window = bound_window(qtbot, ctx)
    assert isinstance(window.today, TodayPanel) and window.today.window() is window
    assert window.today is not None
    window.today.open_screen.emit("reports")
    assert window.tabs.currentIndex() == 4

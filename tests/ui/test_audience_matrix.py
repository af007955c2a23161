"""Where the audience is: editing the matrix through the real view, undo, and the advice."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandData
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.persona_dialog import PersonaEdit
from smm_desktop.ui.tabs.audience.audience_tab import AudienceTab

from .audience_helpers import (
    COLUMN,
    EMMA,
    TOM,
    add,
    answer_persona,
    close_window,
    make_brand,
    make_tab,
)
from .helpers import bound_window


@pytest.fixture
def brand(ctx: UiContext) -> BrandData:
    return make_brand(ctx)


@pytest.fixture
def tab(qtbot: QtBot, ctx: UiContext, brand: BrandData) -> AudienceTab:
    return make_tab(qtbot, ctx)


def _edit_cell(qtbot: QtBot, tab: AudienceTab, row: int, platform: Platform, value: int) -> None:
    """Type a share in the matrix as a person does: select, F2, type, Return."""
    view = tab.where.view
    index = tab.where.model.index(row, COLUMN[platform])
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index) or view.focusWidget()
    assert isinstance(editor, QSpinBox), editor
    editor.selectAll()
    QTest.keyClicks(editor, str(value))
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)


def test_a_matrix_edit_saves_the_share_and_ctrl_z_restores_it(
        qtbot: QtBot, ctx: UiContext, brand: BrandData) -> None:
    emma = add(ctx, brand, EMMA)
    add(ctx, brand, TOM)
    window = bound_window(qtbot, ctx)
    window.show_tab("audience")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tab = window.audience
    assert tab is not None
    _edit_cell(qtbot, tab, 0, Platform.TIKTOK, 35)
    assert ctx.services.personas.get(emma.id).share(Platform.TIKTOK) == 35
    assert tab.where.model.index(0, COLUMN[Platform.TIKTOK]).data() == "35%"
    assert ctx.undo.undoText() == "Set Emma, wedding planner on TikTok to 35%"
    QTest.keyClick(tab.where.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.services.personas.get(emma.id).platforms == EMMA.shares
    assert tab.where.model.index(0, COLUMN[Platform.TIKTOK]).data() == "\u2013"
    close_window(window, ctx)


def test_several_changes_to_one_persona_undo_and_redo_in_turn(
        tab: AudienceTab, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each command wrote over the version the one before it left, not a stale one."""
    emma = add(ctx, brand, EMMA)
    tab.reload()
    model = tab.where.model
    assert model.setData(model.index(0, COLUMN[Platform.TIKTOK]), 30)
    assert model.setData(model.index(0, COLUMN[Platform.X]), 10)
    now = PersonaEdit.of(ctx.services.personas.get(emma.id))
    renamed = PersonaEdit(dataclasses.replace(now.data, name="Emma"), now.shares)
    answer_persona(monkeypatch, renamed)
    tab.personas.edit_persona()
    assert ctx.services.personas.get(emma.id).name == "Emma"
    for _ in range(3):
        ctx.undo.undo()
    back = ctx.services.personas.get(emma.id)
    assert (back.to_input(), back.platforms) == (EMMA.data, EMMA.shares)
    for _ in range(3):
        ctx.undo.redo()
    again = ctx.services.personas.get(emma.id)
    assert again.name == "Emma" and again.share(Platform.X) == 10
    assert again.share(Platform.TIKTOK) == 30


def test_undo_over_a_change_made_elsewhere_is_refused(
        tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    emma = add(ctx, brand, EMMA)
    tab.reload()
    tab.personas.archive_button.click()
    archived = ctx.services.personas.get(emma.id)
    ctx.services.personas.update(archived.id, archived.version,  # another window, say
                                 dataclasses.replace(EMMA.data, name="Emma elsewhere"))
    refused: list[Exception] = []
    ctx.hub.failed.connect(refused.append)
    ctx.undo.undo()
    assert [type(e).__name__ for e in refused] == ["Conflict"]
    assert ctx.services.personas.get(emma.id).archived


def test_delete_in_the_matrix_clears_a_share(
        qtbot: QtBot, tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    emma = add(ctx, brand, EMMA)
    tab.reload()
    with qtbot.waitExposed(tab):
        tab.show()
    view = tab.where.view
    view.setCurrentIndex(tab.where.model.index(0, COLUMN[Platform.PINTEREST]))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert ctx.services.personas.get(emma.id).platforms == ((Platform.INSTAGRAM, 90),)
    ctx.undo.undo()
    assert ctx.services.personas.get(emma.id).platforms == EMMA.shares


def test_the_advice_follows_the_shares_and_the_accounts(
        tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    add(ctx, brand, EMMA)
    tom = add(ctx, brand, TOM)
    ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))
    tab.reload()
    text = tab.where.advice.text()
    assert "put most of your effort on Instagram" in text
    assert "The brand has no account on LinkedIn yet" in text
    ctx.services.personas.set_platforms(tom.id, tom.version, {Platform.INSTAGRAM: 60})
    ctx.hub.changed.emit(ctx.hub.PERSONAS)
    assert "LinkedIn" not in tab.where.advice.text()

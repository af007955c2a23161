"""The Strategy tab's accounts panel: scoped to the current brand, every change undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.account_dialog import AccountDialog
from smm_desktop.ui.main_window import MainWindow
from smm_desktop.ui.tabs.strategy.accounts_panel import AccountsPanel

from .helpers import answer_dialog, bound_window, focused_panel, names, select

INSTA = AccountInput(Platform.INSTAGRAM, "palm.cafe", notes="main")


@pytest.fixture
def two_brands(ctx: UiContext) -> tuple[BrandData, BrandData]:
    cafe = ctx.services.brands.create(BrandInput(name="Palm Café"))
    bloom = ctx.services.brands.create(BrandInput(name="Bloom"))
    ctx.services.accounts.create(bloom.id, AccountInput(Platform.PINTEREST, "bloomandco"))
    return cafe, bloom


@pytest.fixture
def window(qtbot: QtBot, ctx: UiContext, two_brands: tuple[BrandData, BrandData]) -> MainWindow:
    window = bound_window(qtbot, ctx)
    ctx.scope.set_brand(two_brands[0].id)
    return window


def _panel(window: MainWindow) -> AccountsPanel:
    assert window.strategy is not None
    return window.strategy.accounts


def test_add_account_for_the_current_brand_and_undo_redo(
        window: MainWindow, ctx: UiContext, two_brands: tuple[BrandData, BrandData],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cafe, bloom = two_brands
    panel = _panel(window)
    assert names(panel) == []
    assert panel.add_button_.isEnabled()
    calls = answer_dialog(monkeypatch, AccountDialog, INSTA)
    panel.new_account()
    (account,) = ctx.services.accounts.list_accounts(cafe.id)
    assert account.to_input() == INSTA
    assert names(panel) == ["palm.cafe"]
    assert [a.handle for a in ctx.services.accounts.list_accounts(bloom.id)] == ["bloomandco"]
    assert ctx.services.brands.get(cafe.id).account_count == 1
    validator, initial = calls[0]
    assert initial is None
    assert validator(INSTA)[0].code == "duplicate_handle"
    assert ctx.undo.undoText() == "Add account @palm.cafe"
    ctx.undo.undo()
    assert names(panel) == [] and ctx.services.accounts.list_accounts(cafe.id) == []
    ctx.undo.redo()
    (back,) = ctx.services.accounts.list_accounts(cafe.id)
    assert back.id == account.id
    assert names(panel) == ["palm.cafe"]


def test_edit_account_and_undo(window: MainWindow, ctx: UiContext,
                               two_brands: tuple[BrandData, BrandData],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    account = ctx.services.accounts.create(two_brands[0].id, INSTA)
    panel = _panel(window)
    panel.reload()
    select(panel, account.id)
    edited = AccountInput(Platform.INSTAGRAM, "palmcafe.sa",
                          "https://www.instagram.com/palmcafe.sa/")
    calls = answer_dialog(monkeypatch, AccountDialog, edited)
    panel.edit_account()
    validator, initial = calls[0]
    assert initial == INSTA
    assert validator(INSTA) == []  # its own handle is no duplicate
    assert ctx.services.accounts.list_accounts(two_brands[0].id)[0].to_input() == edited
    assert names(panel) == ["palmcafe.sa"]
    ctx.undo.undo()
    assert ctx.services.accounts.list_accounts(two_brands[0].id)[0].to_input() == INSTA
    assert names(panel) == ["palm.cafe"]


def test_archive_account_hides_it_and_undo_shows_it(
        window: MainWindow, ctx: UiContext, two_brands: tuple[BrandData, BrandData]) -> None:
    account = ctx.services.accounts.create(two_brands[0].id, INSTA)
    panel = _panel(window)
    panel.reload()
    select(panel, account.id)
    assert panel.open_button.isEnabled()
    panel.toggle_archived()
    assert ctx.services.accounts.list_accounts(two_brands[0].id)[0].archived
    assert names(panel) == []
    assert ctx.services.brands.get(two_brands[0].id).account_count == 0
    panel.show_archived.setChecked(True)
    assert names(panel) == ["palm.cafe"]
    select(panel, account.id)
    assert panel.archive_button.text() == "Unarchive"
    panel.show_archived.setChecked(False)
    ctx.undo.undo()
    assert not ctx.services.accounts.list_accounts(two_brands[0].id)[0].archived
    assert names(panel) == ["palm.cafe"]


def test_delete_account_and_undo(window: MainWindow, ctx: UiContext,
                                 two_brands: tuple[BrandData, BrandData]) -> None:
    account = ctx.services.accounts.create(two_brands[0].id, INSTA)
    panel = _panel(window)
    panel.reload()
    select(panel, account.id)
    panel.delete_account()
    assert ctx.services.accounts.list_accounts(two_brands[0].id) == []
    assert names(panel) == []
    assert not panel.edit_button.isEnabled()
    ctx.undo.undo()
    (back,) = ctx.services.accounts.list_accounts(two_brands[0].id)
    assert back.id == account.id and back.to_input() == INSTA
    assert names(panel) == ["palm.cafe"]


def test_the_delete_key_in_the_accounts_table_deletes_the_account(
        qtbot: QtBot, window: MainWindow, ctx: UiContext,
        two_brands: tuple[BrandData, BrandData]) -> None:
    account = ctx.services.accounts.create(two_brands[0].id, INSTA)
    panel = focused_panel(qtbot, window, "accounts", account.id)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert ctx.services.accounts.list_accounts(two_brands[0].id) == []


def test_the_switcher_chooses_whose_accounts_are_shown(
        qtbot: QtBot, window: MainWindow, ctx: UiContext,
        two_brands: tuple[BrandData, BrandData]) -> None:
    cafe, bloom = two_brands
    ctx.services.accounts.create(cafe.id, INSTA)
    panel = _panel(window)
    panel.reload()
    switcher = window.switcher
    assert [switcher.itemText(i) for i in range(switcher.count())] == ["Bloom", "Palm Café"]
    assert switcher.currentData() == cafe.id
    assert names(panel) == ["palm.cafe"]
    with qtbot.waitExposed(window):
        window.show()
    qtbot.keyClick(switcher, Qt.Key.Key_Up)  # the person picks Bloom
    assert ctx.scope.brand_id == bloom.id
    assert names(panel) == ["bloomandco"]
    assert window.strategy is not None
    assert window.strategy.brands.current_id() == bloom.id
    select(window.strategy.brands, cafe.id)  # choosing in the brands table moves the switcher
    assert switcher.currentData() == cafe.id
    assert names(panel) == ["palm.cafe"]


def test_no_brand_means_no_accounts_and_no_add(qtbot: QtBot, ctx: UiContext,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = bound_window(qtbot, ctx)
    panel = _panel(window)
    assert ctx.scope.brand_id == 0
    assert not panel.add_button_.isEnabled()
    calls = answer_dialog(monkeypatch, AccountDialog, INSTA)
    panel.new_account()
    assert calls == []
    assert ctx.undo.count() == 0


def test_new_account_action_adds_to_the_current_brand(
        window: MainWindow, ctx: UiContext, two_brands: tuple[BrandData, BrandData],
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.tabs.setCurrentIndex(3)
    answer_dialog(monkeypatch, AccountDialog, INSTA)
    window.commands.new_account.trigger()
    assert window.tabs.currentIndex() == 0
    assert [a.handle for a in ctx.services.accounts.list_accounts(two_brands[0].id)] == [
        "palm.cafe"]

"""The Strategy tab's brands through the real widgets and a real workspace: every change undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.ui import labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.brand_dialog import BrandDialog
from smm_desktop.ui.main_window import MainWindow

from .helpers import answer_dialog, bound_window, focused_panel, names, select, switcher_items

CAFE = BrandInput(name="Palm Café", industry="Coffee", country="SA", languages=("ar",),
                  colours=("#5B3A29",), report_recipients=("team@palm.example",))


@pytest.fixture
def window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    return bound_window(qtbot, ctx)


def test_an_empty_workspace_shows_the_first_brand_banner(window: MainWindow) -> None:
    assert window.strategy is not None
    assert window.strategy.empty_banner.isVisibleTo(window.strategy)
    assert not window.switcher.isEnabled()
    assert window.strategy.brands.model.rowCount() == 0


def test_new_brand_appears_in_the_table_and_the_switcher(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = answer_dialog(monkeypatch, BrandDialog, CAFE)
    assert window.strategy is not None
    window.strategy.brands.new_brand()
    (brand,) = ctx.services.brands.list_brands()
    assert brand.to_input() == CAFE
    assert names(window.strategy.brands) == ["Palm Café"]
    assert switcher_items(window) == [("Palm Café", brand.id)]
    assert window.switcher.currentData() == brand.id
    assert ctx.scope.brand_id == brand.id
    assert window.strategy.brands.current_id() == brand.id
    assert not window.strategy.empty_banner.isVisibleTo(window.strategy)
    validator, initial = calls[0]
    assert initial is None
    assert validator(CAFE)[0].code == "duplicate_brand"  # the real rules, against the workspace
    assert ctx.undo.undoText() == "Create brand Palm Café"


def test_undo_removes_a_new_brand_and_redo_brings_back_the_same_one(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_dialog(monkeypatch, BrandDialog, CAFE)
    assert window.strategy is not None
    window.strategy.brands.new_brand()
    (created,) = ctx.services.brands.list_brands()
    ctx.undo.undo()
    assert ctx.services.brands.list_brands() == []
    assert names(window.strategy.brands) == []
    assert switcher_items(window) == []
    assert ctx.scope.brand_id == 0
    ctx.undo.redo()
    (back,) = ctx.services.brands.list_brands()
    assert back.id == created.id
    assert back.to_input() == CAFE
    assert switcher_items(window) == [("Palm Café", created.id)]


def test_the_undo_and_redo_actions_follow_the_stack(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not window.commands.undo.isEnabled()
    answer_dialog(monkeypatch, BrandDialog, CAFE)
    window.commands.new_brand.trigger()
    assert window.commands.undo.isEnabled()
    # the menu says what Undo would undo; the toolbar button stays short
    assert window.commands.undo.text() == "&Undo Create brand Palm Café"
    assert window.commands.undo.iconText() == "Undo"
    window.commands.undo.trigger()
    assert ctx.services.brands.list_brands() == []
    assert window.commands.redo.isEnabled()
    assert window.commands.redo.text() == "&Redo Create brand Palm Café"
    assert window.commands.undo.text() == "&Undo"
    window.commands.redo.trigger()
    assert [b.name for b in ctx.services.brands.list_brands()] == ["Palm Café"]


def test_cancelled_dialog_changes_nothing(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_dialog(monkeypatch, BrandDialog, None, accepted=False)
    assert window.strategy is not None
    window.strategy.brands.new_brand()
    assert ctx.services.brands.list_brands() == []
    assert ctx.undo.count() == 0


def test_edit_changes_the_brand_and_undo_restores_the_old_values(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    brand = ctx.services.brands.create(CAFE)
    panel = window.strategy.brands if window.strategy else None
    assert panel is not None
    panel.reload()
    select(panel, brand.id)
    edited = BrandInput(name="Palm Roastery", industry="Coffee roasting", country="AE")
    calls = answer_dialog(monkeypatch, BrandDialog, edited)
    panel.edit_brand()
    validator, initial = calls[0]
    assert initial == CAFE
    assert validator(CAFE) == []  # its own name is no duplicate
    assert ctx.services.brands.get(brand.id).to_input() == edited
    assert names(panel) == ["Palm Roastery"]
    assert switcher_items(window) == [("Palm Roastery", brand.id)]
    ctx.undo.undo()
    assert ctx.services.brands.get(brand.id).to_input() == CAFE
    assert names(panel) == ["Palm Café"]
    ctx.undo.redo()
    assert ctx.services.brands.get(brand.id).name == "Palm Roastery"


def test_an_unchanged_edit_adds_nothing_to_undo(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    brand = ctx.services.brands.create(CAFE)
    assert window.strategy is not None
    window.strategy.brands.reload()
    select(window.strategy.brands, brand.id)
    answer_dialog(monkeypatch, BrandDialog, CAFE)
    window.strategy.brands.edit_brand()
    assert ctx.undo.count() == 0


def test_archive_hides_the_brand_unless_show_archived(
        window: MainWindow, ctx: UiContext) -> None:
    keep = ctx.services.brands.create(BrandInput(name="Bloom"))
    old = ctx.services.brands.create(BrandInput(name="Old client"))
    assert window.strategy is not None
    panel = window.strategy.brands
    panel.reload()
    select(panel, old.id)
    assert panel.archive_button.text() == "Archive"
    panel.toggle_archived()
    assert ctx.services.brands.get(old.id).archived
    assert names(panel) == ["Bloom"]
    assert switcher_items(window) == [("Bloom", keep.id)]
    assert ctx.scope.brand_id == keep.id
    panel.show_archived.setChecked(True)
    assert names(panel) == ["Bloom", "Old client"]
    select(panel, old.id)
    assert panel.archive_button.text() == "Unarchive"
    panel.show_archived.setChecked(False)
    ctx.undo.undo()
    assert not ctx.services.brands.get(old.id).archived
    assert names(panel) == ["Bloom", "Old client"]
    assert ("Old client", old.id) in switcher_items(window)


def test_delete_and_undo_restore_the_brand_with_its_accounts(
        window: MainWindow, ctx: UiContext) -> None:
    brand = ctx.services.brands.create(CAFE)
    for platform, handle in ((Platform.INSTAGRAM, "palm.cafe"), (Platform.X, "PalmCafe")):
        ctx.services.accounts.create(brand.id, AccountInput(platform, handle))
    assert window.strategy is not None
    brands, accounts = window.strategy.brands, window.strategy.accounts
    brands.reload()
    select(brands, brand.id)
    assert names(accounts) == ["palm.cafe", "PalmCafe"]
    brands.delete_brand()
    assert ctx.services.brands.list_brands() == []
    assert names(brands) == [] and switcher_items(window) == []
    assert names(accounts) == []
    assert ctx.undo.undoText() == "Delete brand Palm Café"
    ctx.undo.undo()
    (back,) = ctx.services.brands.list_brands()
    assert back.id == brand.id and back.account_count == 2
    assert switcher_items(window) == [("Palm Café", brand.id)]
    assert ctx.scope.brand_id == brand.id
    assert names(accounts) == ["palm.cafe", "PalmCafe"]


def test_buttons_follow_the_selection(window: MainWindow, ctx: UiContext) -> None:
    brand = ctx.services.brands.create(CAFE)
    assert window.strategy is not None
    panel = window.strategy.brands
    panel.reload()
    panel.view.selectionModel().clearCurrentIndex()
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    select(panel, brand.id)
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()


def test_return_in_the_table_edits_the_brand_once(
        qtbot: QtBot, window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    brand = ctx.services.brands.create(CAFE)
    panel = focused_panel(qtbot, window, "brands", brand.id)
    calls = answer_dialog(monkeypatch, BrandDialog, None, accepted=False)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert [initial for _v, initial in calls] == [CAFE]


def test_the_delete_key_in_the_table_deletes_the_brand(
        qtbot: QtBot, window: MainWindow, ctx: UiContext) -> None:
    brand = ctx.services.brands.create(CAFE)
    panel = focused_panel(qtbot, window, "brands", brand.id)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert ctx.services.brands.list_brands() == []
    assert ctx.undo.undoText() == "Delete brand Palm Café"


def test_a_refused_change_is_shown_to_the_person(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another window changed the brand meanwhile: the edit is refused, and the person told so."""
    shown: list[str] = []

    def static_box(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> int:
        shown.append(text)
        return 0

    def exec_box(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(static_box))
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    brand = ctx.services.brands.create(CAFE)
    assert window.strategy is not None
    window.strategy.brands.reload()
    select(window.strategy.brands, brand.id)
    ctx.services.brands.update(brand.id, brand.version, BrandInput(name="Renamed elsewhere"))
    answers = iter([(BrandInput(name="My edit"), True), (None, False)])
    opened: list[BrandInput | None] = []

    def run(_parent: object, _validator: object, initial: BrandInput | None = None) -> object:
        opened.append(initial)
        return next(answers)

    monkeypatch.setattr(BrandDialog, "run", staticmethod(run))
    window.strategy.brands.edit_brand()
    # refused, nothing overwritten, and the dialog came back with what the person typed
    assert ctx.services.brands.get(brand.id).name == "Renamed elsewhere"
    assert len(opened) == 2 and opened[1] == BrandInput(name="My edit")
    conflict = labels.error_message(Conflict("Brand", brand.id))
    status = window.statusBar().currentMessage()
    assert any(conflict in text for text in [*shown, status]), (
        "a refused change (hub.failed) is shown to no one")


def test_editing_an_archived_brand_keeps_it_selected(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """With "show archived" on, the person edits an archived brand: the view stays on it."""
    ctx.services.brands.create(BrandInput(name="Active client"))
    old = ctx.services.brands.create(BrandInput(name="Old client"))
    ctx.services.brands.set_archived(old.id, old.version, True)
    assert window.strategy is not None
    panel = window.strategy.brands
    panel.show_archived.setChecked(True)
    select(panel, old.id)
    assert ctx.scope.brand_id == old.id
    answer_dialog(monkeypatch, BrandDialog, BrandInput(name="Old client", notes="paused"))
    panel.edit_brand()
    assert ctx.services.brands.get(old.id).notes == "paused"
    assert panel.current_id() == old.id
    assert ctx.scope.brand_id == old.id


def test_a_save_refused_by_the_disk_reopens_what_was_typed(
        window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk refuses the new brand: the person gets their text back to try again."""
    from smm_desktop.domain.errors import StorageFault
    from smm_desktop.services.brands import BrandService

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *_a, **_k: 0))
    real_create = BrandService.create
    calls: list[int] = []

    def create_once_refused(self: BrandService, data: BrandInput) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise StorageFault("disk_full", "database or disk is full")
        return real_create(self, data)

    monkeypatch.setattr(BrandService, "create", create_once_refused)
    answers = iter([(CAFE, True), (CAFE, True)])
    opened: list[BrandInput | None] = []

    def run(_parent: object, _validator: object, initial: BrandInput | None = None) -> object:
        opened.append(initial)
        return next(answers)

    monkeypatch.setattr(BrandDialog, "run", staticmethod(run))
    window.commands.new_brand.trigger()
    assert opened == [None, CAFE]
    assert [b.name for b in ctx.services.brands.list_brands()] == [CAFE.name]
    assert ctx.undo.count() == 1  # the refused attempt left nothing on the undo stack

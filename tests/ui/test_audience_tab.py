"""The Audience tab's cards through the real widgets and a real workspace: every change undoable."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.services.personas import PersonaInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.brand_dialog import image_to_png
from smm_desktop.ui.dialogs.persona_dialog import PersonaEdit
from smm_desktop.ui.tabs.audience.audience_tab import AudienceTab
from smm_desktop.ui.tabs.audience.persona_card import GAP, MARGIN, PICTURE

from .audience_helpers import (
    EMMA,
    TOM,
    add,
    answer_persona,
    card_names,
    close_window,
    make_brand,
    make_tab,
    select_card,
    stored,
)
from .helpers import bound_window


@pytest.fixture
def brand(ctx: UiContext) -> BrandData:
    return make_brand(ctx)


@pytest.fixture
def tab(qtbot: QtBot, ctx: UiContext, brand: BrandData) -> AudienceTab:
    return make_tab(qtbot, ctx)


def test_a_brand_without_personas_shows_the_first_segment_page(
        tab: AudienceTab, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tab.stack.currentIndex() == 0
    assert "no audience segments yet" in tab.empty_text.text()
    assert tab.first_button.text() == "Add the first segment…"
    assert not tab.one_segment_banner.isVisibleTo(tab)
    calls = answer_persona(monkeypatch, EMMA)
    tab.first_button.click()
    validator, initial, segments = calls[0]
    assert (initial, segments) == (None, 0)
    assert validator(PersonaEdit(PersonaInput("x", age_min=40, age_max=30)))[0].code == (
        "below_age_min")
    assert tab.stack.currentIndex() == 1
    assert card_names(tab) == ["Emma, wedding planner"]
    (made,) = ctx.services.personas.list_personas(ctx.scope.brand_id)
    assert (made.to_input(), made.platforms) == (EMMA.data, EMMA.shares)
    assert tab.personas.current_id() == made.id
    assert ctx.undo.undoText() == "Add persona Emma, wedding planner"


def test_undo_removes_a_new_persona_and_redo_brings_the_same_one_back(
        tab: AudienceTab, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer_persona(monkeypatch, EMMA)
    tab.personas.new_button.click()
    (made,) = ctx.services.personas.list_personas(brand.id)
    ctx.undo.undo()
    assert stored(ctx, brand) == [] and card_names(tab) == []
    assert tab.stack.currentIndex() == 0
    ctx.undo.redo()
    (back,) = ctx.services.personas.list_personas(brand.id)
    assert back.id == made.id and back.platforms == EMMA.shares
    assert card_names(tab) == ["Emma, wedding planner"]


def test_a_cancelled_editor_changes_nothing(
        tab: AudienceTab, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_persona(monkeypatch, None, accepted=False)
    tab.personas.new_persona()
    assert ctx.undo.count() == 0 and card_names(tab) == []


def test_the_one_segment_warning_comes_and_goes(
        tab: AudienceTab, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    emma = add(ctx, brand, EMMA)
    tab.reload()
    assert tab.one_segment_banner.isVisibleTo(tab)
    calls = answer_persona(monkeypatch, TOM)
    tab.personas.new_persona()
    assert calls[0][2] == 1  # the editor is told one other segment exists
    assert not tab.one_segment_banner.isVisibleTo(tab)
    select_card(tab, emma)
    tab.personas.archive_button.click()
    assert tab.one_segment_banner.isVisibleTo(tab)
    ctx.undo.undo()
    assert not tab.one_segment_banner.isVisibleTo(tab)


def test_edit_saves_fields_and_shares_and_undo_restores_both(
        tab: AudienceTab, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    emma = add(ctx, brand, EMMA)
    tab.reload()
    select_card(tab, emma)
    edited = PersonaEdit(dataclasses.replace(EMMA.data, name="Emma, planner", age_max=50),
                         ((Platform.INSTAGRAM, 70), (Platform.TIKTOK, 40)))
    calls = answer_persona(monkeypatch, edited)
    tab.personas.edit_button.click()
    assert calls[0][1] == EMMA and calls[0][2] == 0
    saved = ctx.services.personas.get(emma.id)
    assert (saved.to_input(), saved.platforms) == (edited.data, edited.shares)
    assert card_names(tab) == ["Emma, planner"]
    ctx.undo.undo()
    back = ctx.services.personas.get(emma.id)
    assert (back.to_input(), back.platforms) == (EMMA.data, EMMA.shares)
    ctx.undo.redo()
    assert ctx.services.personas.get(emma.id).platforms == edited.shares


def test_an_unchanged_edit_adds_nothing_to_undo(
        tab: AudienceTab, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add(ctx, brand, EMMA)
    tab.reload()
    answer_persona(monkeypatch, EMMA)
    tab.personas.edit_persona()
    assert ctx.undo.count() == 0


def test_duplicate_puts_a_copy_after_the_original(
        tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    emma, tom = add(ctx, brand, EMMA), add(ctx, brand, TOM)
    tab.reload()
    select_card(tab, emma)
    tab.personas.duplicate_button.click()
    assert card_names(tab) == ["Emma, wedding planner", "Emma, wedding planner (copy)",
                           "Tom, office manager"]
    copy = tab.personas.current_persona()
    assert copy is not None and copy.id not in (emma.id, tom.id)
    assert copy.platforms == EMMA.shares and copy.interests == ("weddings",)
    ctx.undo.undo()
    assert stored(ctx, brand) == ["Emma, wedding planner", "Tom, office manager"]
    ctx.undo.redo()
    assert card_names(tab)[1] == "Emma, wedding planner (copy)"


def test_archive_hides_the_card_unless_show_archived(
        tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    emma, tom = add(ctx, brand, EMMA), add(ctx, brand, TOM)
    tab.reload()
    select_card(tab, tom)
    assert tab.personas.archive_button.text() == "Archive"
    tab.personas.archive_button.click()
    assert ctx.services.personas.get(tom.id).archived
    assert card_names(tab) == ["Emma, wedding planner"]
    assert tab.where.model.persona_ids() == [emma.id]  # the matrix shows active ones only
    tab.personas.show_archived.setChecked(True)
    assert card_names(tab) == ["Emma, wedding planner", "Tom, office manager"]
    select_card(tab, ctx.services.personas.get(tom.id))
    assert tab.personas.archive_button.text() == "Unarchive"
    tab.personas.archive_button.click()
    assert not ctx.services.personas.get(tom.id).archived
    ctx.undo.undo()
    assert ctx.services.personas.get(tom.id).archived
    ctx.undo.undo()
    assert not ctx.services.personas.get(tom.id).archived


def test_delete_and_undo_restore_the_persona_whole(
        tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    emma = add(ctx, brand, EMMA)
    tab.reload()
    select_card(tab, emma)
    tab.personas.delete_button.click()
    assert stored(ctx, brand) == [] and tab.stack.currentIndex() == 0
    assert ctx.undo.undoText() == "Delete persona Emma, wedding planner"
    ctx.undo.undo()
    back = ctx.services.personas.get(emma.id)
    assert (back.to_input(), back.platforms) == (EMMA.data, EMMA.shares)
    assert card_names(tab) == ["Emma, wedding planner"]


def test_move_earlier_and_later_reorder_and_undo_puts_them_back(
        tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    emma, tom = add(ctx, brand, EMMA), add(ctx, brand, TOM)
    third = add(ctx, brand, PersonaEdit(PersonaInput("Sara")))
    tab.reload()
    select_card(tab, third)
    assert not tab.personas.later_button.isEnabled()
    tab.personas.earlier_button.click()
    assert stored(ctx, brand) == ["Emma, wedding planner", "Sara", "Tom, office manager"]
    assert tab.personas.current_id() == third.id
    assert ctx.undo.undoText() == "Move persona Sara"
    tab.personas.earlier_button.click()
    assert card_names(tab) == ["Sara", "Emma, wedding planner", "Tom, office manager"]
    assert not tab.personas.earlier_button.isEnabled()
    tab.personas.later_button.click()
    assert card_names(tab) == ["Emma, wedding planner", "Sara", "Tom, office manager"]
    ctx.undo.undo()
    ctx.undo.undo()
    ctx.undo.undo()
    assert [p.id for p in ctx.services.personas.list_personas(brand.id)] == [
        emma.id, tom.id, third.id]


def test_reordering_keeps_a_hidden_archived_persona_in_place(
        tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    emma, old = add(ctx, brand, EMMA), add(ctx, brand, PersonaEdit(PersonaInput("Old")))
    tom = add(ctx, brand, TOM)
    ctx.services.personas.set_archived(old.id, old.version, True)
    tab.reload()
    assert tab.personas.model.ids() == [emma.id, tom.id]
    select_card(tab, tom)
    tab.personas.move_earlier()
    assert tab.personas.model.ids() == [tom.id, emma.id]
    assert [p.id for p in ctx.services.personas.list_personas(brand.id)] == [
        tom.id, emma.id, old.id]


def test_a_drop_on_the_cards_reorders_undoably(
        qtbot: QtBot, tab: AudienceTab, ctx: UiContext, brand: BrandData) -> None:
    emma, tom = add(ctx, brand, EMMA), add(ctx, brand, TOM)
    tab.reload()
    model = tab.personas.model
    dragged = model.mimeData([model.index(1)])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: model.ids() == [tom.id, emma.id])
    assert ctx.undo.undoText() == "Reorder personas"
    ctx.undo.undo()
    assert model.ids() == [emma.id, tom.id]


def test_the_keyboard_reaches_every_card_action(
        qtbot: QtBot, tab: AudienceTab, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    emma, tom = add(ctx, brand, EMMA), add(ctx, brand, TOM)
    with qtbot.waitExposed(tab):
        tab.show()
    tab.reload()
    view = tab.personas.view
    select_card(tab, tom)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tab.personas.model.ids() == [tom.id, emma.id]
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(stored(ctx, brand)) == 3
    assert tab.personas.current_persona().name == "Tom, office manager (copy)"
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(stored(ctx, brand)) == 2
    assert tab.personas.current_id() == emma.id  # the card now in the deleted one's place
    calls = answer_persona(monkeypatch, None, accepted=False)
    QTest.keyClick(view, Qt.Key.Key_Insert)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert [c[1] for c in calls] == [None, PersonaEdit.of(ctx.services.personas.get(emma.id))]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_a_card_puts_its_picture_where_reading_starts(
        qtbot: QtBot, tab: AudienceTab, ctx: UiContext, brand: BrandData,
        direction: Qt.LayoutDirection) -> None:
    red = QImage(40, 40, QImage.Format.Format_RGB32)
    red.fill(QColor("#FF0000"))
    with_picture = dataclasses.replace(EMMA.data, picture_png=image_to_png(red))
    add(ctx, brand, PersonaEdit(with_picture, EMMA.shares))
    tab.setLayoutDirection(direction)
    tab.resize(900, 600)
    tab.reload()
    with qtbot.waitExposed(tab):
        tab.show()
    view = tab.personas.view
    card = view.visualRect(tab.personas.model.index(0))
    shot = view.viewport().grab().toImage()
    centre = GAP + MARGIN + PICTURE // 2
    leading = card.left() + centre
    trailing = card.right() - centre
    rtl = direction == Qt.LayoutDirection.RightToLeft
    picture_x, text_x = (trailing, leading) if rtl else (leading, trailing)
    y = card.top() + centre
    assert QColor(shot.pixel(picture_x, y)).name() == "#ff0000"
    assert QColor(shot.pixel(text_x, y)).name() != "#ff0000"
    if rtl:
        assert card.right() > view.viewport().width() // 2  # the first card starts on the right


def test_the_tab_follows_the_brand_switcher(
        qtbot: QtBot, ctx: UiContext, brand: BrandData) -> None:
    add(ctx, brand, EMMA)
    other = ctx.services.brands.create(BrandInput(name="Nabd Fitness"))
    salma = ctx.services.personas.create(other.id, PersonaInput("Salma"), {Platform.FACEBOOK: 60})
    window = bound_window(qtbot, ctx)
    tab = window.audience
    assert tab is not None and window.tabs.widget(1) is tab
    assert window.tabs.tabText(1) == "Audience"
    assert window.switcher.currentData() == brand.id
    assert card_names(tab) == ["Emma, wedding planner"]
    with qtbot.waitExposed(window):
        window.show()
    qtbot.keyClick(window.switcher, Qt.Key.Key_Down)  # the person picks Nabd Fitness
    assert ctx.scope.brand_id == other.id
    assert card_names(tab) == ["Salma"]
    assert tab.where.model.persona_ids() == [salma.id]
    assert tab.one_segment_banner.isVisibleTo(tab)
    close_window(window, ctx)


def test_without_a_brand_the_tab_says_to_add_one(qtbot: QtBot, ctx: UiContext) -> None:
    tab = AudienceTab(ctx)
    qtbot.addWidget(tab)
    assert tab.stack.currentIndex() == 0
    assert "Add a brand in the Strategy tab first" in tab.empty_text.text()
    assert not tab.first_button.isVisibleTo(tab)
    assert not tab.personas.new_button.isEnabled()

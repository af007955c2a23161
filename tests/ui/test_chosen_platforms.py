"""The brand's chosen platforms beside the audience matrix: verdicts, suggestions, add / edit /
remove / reorder through the undo stack, and the form that refuses a platform chosen twice."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.platform_reach import Verdict, recommend
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandData
from smm_desktop.services.platform_choice import ChosenInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.chosen_platform_dialog import ChosenPlatformDialog
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.chosen_platforms import ChosenPlatformsModel, chosen_rows
from smm_desktop.ui.tabs.audience.chosen_panel import ChosenPlatformsPanel

from .audience_helpers import EMMA, TOM, add, make_brand

Calls = list[tuple[Any, Any, bool]]
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def answer(monkeypatch: pytest.MonkeyPatch, *values: ChosenInput | None) -> Calls:
    """ChosenPlatformDialog.run answers `values` in turn (None: cancelled); returns what it got."""
    calls: Calls = []
    answers = list(values)

    def run(cls: type, parent: Any, validator: Any, initial: Any = None,
            editing: bool = False) -> tuple[Any, bool]:
        calls.append((validator, initial, editing))
        value = answers.pop(0) if answers else None
        return value, value is not None

    monkeypatch.setattr(ChosenPlatformDialog, "run", classmethod(run))
    return calls


@pytest.fixture
def brand(ctx: UiContext) -> BrandData:
    return make_brand(ctx)


@pytest.fixture
def panel(qtbot: QtBot, ctx: UiContext, brand: BrandData) -> ChosenPlatformsPanel:
    widget = ChosenPlatformsPanel(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def _platforms(panel: ChosenPlatformsPanel) -> list[Platform]:
    return panel.chosen_platforms()


def _cell(panel: ChosenPlatformsPanel, row: int, column: int) -> str:
    return str(panel.model.index(row, column).data())


def test_nothing_is_read_until_the_panel_is_shown(qtbot: QtBot, ctx: UiContext,
                                                  brand: BrandData,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    original = ctx.services.platforms.list
    monkeypatch.setattr(ctx.services.platforms, "list",
                        lambda brand_id: reads.append(brand_id) or original(brand_id))
    widget = ChosenPlatformsPanel(ctx)
    qtbot.addWidget(widget)
    ctx.hub.changed.emit(ctx.hub.PLATFORMS)
    ctx.scope.changed.emit(brand.id)
    assert reads == []
    with qtbot.waitExposed(widget):
        widget.show()
    assert reads == [brand.id]


def test_the_model_passes_the_model_tester(ctx: UiContext, brand: BrandData) -> None:
    model = ChosenPlatformsModel(Formatter("latin"))
    tester = QAbstractItemModelTester(model, FATAL)
    made = ctx.services.platforms.choose(brand.id, ChosenInput(Platform.X, "why"))
    rec = recommend([{Platform.X: 80}, {Platform.INSTAGRAM: 90}])
    model.set_records(chosen_rows([made], rec, {Platform.X}))
    assert model.rowCount() == 1 and model.columnCount() == 5
    assert [model.index(0, c).data() for c in range(5)] == [
        "X", "Live", "1 of 2 (up to 80%)", "Your audience is here", "why"]
    model.set_records([])
    del tester


def test_empty_state_explains_the_point(panel: ChosenPlatformsPanel) -> None:
    assert panel.empty.isVisibleTo(panel)
    assert "go where your audience is, not where your competitors are" in panel.empty.text()
    assert not panel.view.isVisibleTo(panel)
    assert not panel.edit_button.isEnabled() and panel.new_button.isEnabled()


def test_verdicts_accounts_and_suggestions(panel: ChosenPlatformsPanel, ctx: UiContext,
                                           brand: BrandData) -> None:
    add(ctx, brand, EMMA)  # Instagram 90, Pinterest 80
    add(ctx, brand, TOM)  # LinkedIn 85
    ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))
    ctx.services.platforms.choose(brand.id, ChosenInput(Platform.INSTAGRAM, "Emma is there"))
    ctx.services.platforms.choose(brand.id, ChosenInput(Platform.X, "Competitors are there"))
    ctx.hub.changed.emit(ctx.hub.PLATFORMS)
    rows = panel.model.records()
    assert [(r.choice.platform, r.has_account, r.verdict) for r in rows] == [
        (Platform.INSTAGRAM, True, Verdict.HERE), (Platform.X, False, Verdict.RECONSIDER)]
    assert _cell(panel, 1, 1) == "None yet" and _cell(panel, 1, 2) == "None of 2"
    assert _cell(panel, 1, 3) == "Few segments use it: reconsider"
    suggestion = panel.findChild(type(panel.new_button), "suggest_linkedin")
    assert suggestion is not None and panel.suggested.isVisibleTo(panel)
    assert panel.findChild(type(panel.new_button), "suggest_pinterest") is None


def test_a_suggestion_chooses_with_one_click_and_asks_the_reason(
        panel: ChosenPlatformsPanel, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add(ctx, brand, EMMA)
    add(ctx, brand, TOM)
    ctx.hub.changed.emit(ctx.hub.PERSONAS)
    calls = answer(monkeypatch, ChosenInput(Platform.LINKEDIN, "Tom signs the contracts"))
    button = panel.findChild(type(panel.new_button), "suggest_linkedin")
    assert button is not None
    button.click()
    initial = calls[0][1]
    assert initial.platform is Platform.LINKEDIN and "1 of 2" in initial.reason
    assert _platforms(panel) == [Platform.LINKEDIN]
    assert panel.findChild(type(panel.new_button), "suggest_linkedin") is None


def test_add_then_undo_and_redo_keep_the_same_row(
        qtbot: QtBot, panel: ChosenPlatformsPanel, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer(monkeypatch, ChosenInput(Platform.SNAPCHAT, "All three segments"))
    panel.new_button.click()
    made = ctx.services.platforms.list(brand.id)
    assert [c.reason for c in made] == ["All three segments"]
    assert panel.current_id() == made[0].id
    assert ctx.undo.undoText() == "Choose platform: Snapchat"
    ctx.undo.undo()
    assert ctx.services.platforms.list(brand.id) == [] and panel.empty.isVisibleTo(panel)
    ctx.undo.redo()
    assert ctx.services.platforms.list(brand.id) == made


def test_a_refused_add_reopens_what_was_typed(panel: ChosenPlatformsPanel, ctx: UiContext,
                                              brand: BrandData,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.services.platforms.choose(brand.id, ChosenInput(Platform.X))
    typed = ChosenInput(Platform.X, "chosen meanwhile in another window")
    calls = answer(monkeypatch, typed, None)
    refused: list[object] = []
    ctx.hub.failed.connect(refused.append)
    panel.choose()
    assert len(calls) == 2 and calls[1][1] == typed
    assert len(refused) == 1 and len(ctx.services.platforms.list(brand.id)) == 1


def test_edit_reason_and_undo(panel: ChosenPlatformsPanel, ctx: UiContext, brand: BrandData,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    made = ctx.services.platforms.choose(brand.id, ChosenInput(Platform.X, "old"))
    panel.reload()
    panel.select_id(made.id)
    calls = answer(monkeypatch, ChosenInput(Platform.X, "new"))
    panel.edit_button.click()
    assert calls[0][2] is True and calls[0][1] == made
    assert ctx.services.platforms.list(brand.id)[0].reason == "new"
    assert _cell(panel, 0, 4) == "new"
    ctx.undo.undo()
    assert ctx.services.platforms.list(brand.id)[0].reason == "old"


def test_remove_by_keyboard_and_undo_brings_it_back_whole(
        qtbot: QtBot, panel: ChosenPlatformsPanel, ctx: UiContext, brand: BrandData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = ctx.services.platforms.choose(brand.id, ChosenInput(Platform.X, "a"))
    second = ctx.services.platforms.choose(brand.id, ChosenInput(Platform.TIKTOK, "b"))
    panel.reload()
    panel.select_id(second.id)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert ctx.services.platforms.list(brand.id) == [first]
    assert ctx.undo.undoText() == "Remove platform: TikTok"
    ctx.undo.undo()
    assert ctx.services.platforms.list(brand.id) == [first, second]
    calls = answer(monkeypatch, ChosenInput(Platform.TIKTOK, "edited after the undo"))
    panel.select_id(second.id)
    panel.edit_reason()  # the restored row kept its id and version: the edit goes through
    assert calls and ctx.services.platforms.list(brand.id)[1].reason == "edited after the undo"
    ctx.undo.undo()
    ctx.undo.redo()
    assert ctx.services.platforms.list(brand.id)[1].reason == "edited after the undo"


def test_reorder_by_keyboard_and_undo(qtbot: QtBot, panel: ChosenPlatformsPanel,
                                      ctx: UiContext, brand: BrandData) -> None:
    for platform in (Platform.X, Platform.SNAPCHAT, Platform.TIKTOK):
        ctx.services.platforms.choose(brand.id, ChosenInput(platform))
    panel.reload()
    panel.select_id(ctx.services.platforms.list(brand.id)[0].id)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    QTest.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _platforms(panel) == [Platform.SNAPCHAT, Platform.X, Platform.TIKTOK]
    assert panel.current_row() is not None and panel.current_row().choice.platform is Platform.X
    assert panel.later_button.isEnabled() and panel.earlier_button.isEnabled()
    ctx.undo.undo()
    assert [c.platform for c in ctx.services.platforms.list(brand.id)] == [
        Platform.X, Platform.SNAPCHAT, Platform.TIKTOK]


def test_it_follows_accounts_and_the_brand_switcher(panel: ChosenPlatformsPanel, ctx: UiContext,
                                                    brand: BrandData) -> None:
    ctx.services.platforms.choose(brand.id, ChosenInput(Platform.X))
    ctx.hub.changed.emit(ctx.hub.PLATFORMS)
    assert _cell(panel, 0, 1) == "None yet"
    ctx.services.accounts.create(brand.id, AccountInput(Platform.X, "bloom_x"))
    ctx.hub.changed.emit(ctx.hub.ACCOUNTS)
    assert _cell(panel, 0, 1) == "Live"
    ctx.scope.set_brand(0)
    assert panel.model.rowCount() == 0 and not panel.new_button.isEnabled()


def test_the_form_refuses_a_platform_chosen_twice_on_the_field(
        qtbot: QtBot, ctx: UiContext, brand: BrandData) -> None:
    ctx.services.platforms.choose(brand.id, ChosenInput(Platform.X))
    dialog = ChosenPlatformDialog(None, lambda d: ctx.services.platforms.validate(brand.id, d),
                                  ChosenInput(Platform.X, "typed"))
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.error_text("platform") == (
        "This platform is already chosen for the brand: edit its reason instead.")
    assert dialog.result() == 0 and dialog.reason.toPlainText() == "typed"
    dialog.platform.setCurrentIndex(dialog.platform.findData(Platform.TIKTOK.value))
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1
    assert dialog.value() == ChosenInput(Platform.TIKTOK, "typed")


def test_editing_keeps_the_platform(qtbot: QtBot) -> None:
    dialog = ChosenPlatformDialog(None, None, ChosenInput(Platform.X, "why"), editing=True)
    qtbot.addWidget(dialog)
    assert not dialog.platform.isEnabled() and dialog.value() == ChosenInput(Platform.X, "why")

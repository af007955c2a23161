"""The brand guide section: read only once shown, every edit undoable, stale edits reopened
with the draft, and its tables' models sound."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import CheckResult, ConsistencyAspect, Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.guide_checks import CheckInput, CheckItem
from smm_desktop.services.guides import BioInput, GuideInput, HashtagSetInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.bio_dialog import BioDialog
from smm_desktop.ui.dialogs.consistency_dialog import ConsistencyDialog
from smm_desktop.ui.dialogs.guide_dialog import GuideDialog
from smm_desktop.ui.dialogs.hashtag_set_dialog import HashtagSetDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.consistency import ConsistencyGridModel
from smm_desktop.ui.models.guide import BioTableModel, CheckTableModel, HashtagSetTableModel
from smm_desktop.ui.tabs.strategy.guide_panels import bio_rows
from smm_desktop.ui.tabs.strategy.guide_section import GuideSection

from .goal_helpers import english_numbers
from .helpers import answer_dialog

TODAY = date(2026, 11, 28)
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
GUIDE = GuideInput("Friendly florist", "Warm", ("fresh",), ("cheap",))


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


@pytest.fixture
def brand_id(ctx: UiContext) -> int:
    services = ctx.services
    brand = services.brands.create(BrandInput("Bloom & Co.", colours=("#2F5D50", "#F2B5C4")))
    for platform, handle in ((Platform.INSTAGRAM, "bloomandco"),
                             (Platform.FACEBOOK, "BloomAndCo")):
        services.accounts.create(brand.id, AccountInput(platform, handle))
    ctx.scope.set_brand(brand.id)
    return brand.id


@pytest.fixture
def section(qtbot: QtBot, ctx: UiContext, brand_id: int) -> GuideSection:
    widget = GuideSection(ctx)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _accounts(ctx: UiContext, brand_id: int) -> dict[Platform, int]:
    return {a.platform: a.id for a in ctx.services.accounts.list_accounts(brand_id)}


# Reading


def test_nothing_is_read_until_the_section_is_shown(qtbot: QtBot, ctx: UiContext, brand_id: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    guides = ctx.services.guides
    for name in ("get_guide", "list_bios", "list_sets", "list_checks"):
        original = getattr(guides, name)
        monkeypatch.setattr(guides, name, lambda *a, _o=original, _n=name: (
            calls.append(_n), _o(*a))[1])
    widget = GuideSection(ctx)
    qtbot.addWidget(widget)
    ctx.hub.changed.emit(DataHub.GUIDE)
    ctx.scope.changed.emit(brand_id)
    assert calls == [] and widget.dirty
    widget.show()
    assert sorted(calls) == ["get_guide", "list_bios", "list_checks", "list_sets"]
    assert not widget.dirty


def test_the_page_shows_the_guide_colours_bios_sets_and_checks(
        qtbot: QtBot, ctx: UiContext, brand_id: int) -> None:
    guides = ctx.services.guides
    guides.save_guide(brand_id, 0, GUIDE)
    guides.save_bio(brand_id, Platform.FACEBOOK, 0, BioInput(Platform.FACEBOOK, "Bloom",
                                                              "x" * 110))
    guides.create_set(brand_id, HashtagSetInput("Weddings", ("#a #b",)))
    widget = GuideSection(ctx)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.show()
    assert widget.voice.voice.text() == "Friendly florist"
    assert widget.voice.use.text() == "\u2068fresh\u2069"  # the word isolated
    swatches = widget.identity.findChildren(QLabel, "swatch")
    assert sorted(s.toolTip() for s in swatches) == ["#2F5D50", "#F2B5C4"]
    model = widget.bios.model
    assert [r.platform for r in model.records()] == [Platform.FACEBOOK, Platform.INSTAGRAM]
    assert model.index(0, 4).data() == "110 of 101"
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 1).data() == "Not set yet"
    assert widget.sets.model.index(0, 1).data() == "\u2068#a #b\u2069"
    assert widget.checks.due_label.isVisibleTo(widget)


def test_a_recent_check_hides_the_due_notice(section: GuideSection, ctx: UiContext,
                                             brand_id: int) -> None:
    ctx.services.guides.create_check(brand_id, CheckInput(TODAY - timedelta(days=30)))
    ctx.hub.changed.emit(DataHub.GUIDE)
    assert not section.checks.due_label.isVisibleTo(section)
    assert "days ago: 30" in section.checks.last_label.text()


def test_edit_colours_and_logo_asks_the_owner_for_the_brand_dialog(
        section: GuideSection, qtbot: QtBot, brand_id: int) -> None:
    with qtbot.waitSignal(section.edit_brand_requested) as blocker:
        section.identity.edit_button.click()
    assert blocker.args == [brand_id]


# The guide


def test_edit_the_voice_then_undo_and_redo(section: GuideSection, ctx: UiContext,
                                           brand_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = answer_dialog(monkeypatch, GuideDialog, GUIDE)
    section.voice.edit_button.click()
    assert calls[0][1] == GuideInput()
    assert section.voice.tone.text() == "Warm"
    ctx.undo.undo()
    assert ctx.services.guides.get_guide(brand_id).voice == ""
    assert section.voice.voice.text() == "Not set yet"
    ctx.undo.redo()
    assert ctx.services.guides.get_guide(brand_id).to_input() == GUIDE


def test_a_stale_guide_edit_reopens_the_dialog_with_the_draft(
        section: GuideSection, ctx: UiContext, brand_id: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.services.guides.save_guide(brand_id, 0, GuideInput("Written elsewhere"))  # unseen
    drafts: list[Any] = []

    def run(cls: type, parent: Any, validator: Any, initial: Any = None) -> tuple[Any, bool]:
        drafts.append(initial)
        return (GUIDE, True) if len(drafts) == 1 else (None, False)

    monkeypatch.setattr(GuideDialog, "run", classmethod(run))
    section.edit_guide()
    assert drafts == [GuideInput(), GUIDE]
    assert ctx.services.guides.get_guide(brand_id).voice == "Written elsewhere"


# Bios


def test_edit_a_bio_then_undo_removes_it(section: GuideSection, ctx: UiContext, brand_id: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    bio = BioInput(Platform.INSTAGRAM, "Bloom", "Same-day flowers", "https://bloom.example")
    answer_dialog(monkeypatch, BioDialog, bio)
    section.bios.select_id(section.bios.model.records()[1].id)
    section.bios.edit_button.click()
    assert [b.to_input() for b in ctx.services.guides.list_bios(brand_id)] == [bio]
    ctx.undo.undo()
    assert ctx.services.guides.list_bios(brand_id) == []
    ctx.undo.redo()
    section.bios.select_id(section.bios.model.records()[1].id)
    section.bios.clear_button.click()
    assert ctx.services.guides.list_bios(brand_id) == []
    ctx.undo.undo()
    assert section.bios.model.records()[1].bio is not None


def test_a_bio_changed_elsewhere_reopens_the_dialog(section: GuideSection, ctx: UiContext,
                                                   brand_id: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.services.guides.save_bio(brand_id, Platform.INSTAGRAM, 0,
                                 BioInput(Platform.INSTAGRAM, "Elsewhere"))  # unseen
    mine = BioInput(Platform.INSTAGRAM, "Mine")
    drafts: list[Any] = []

    def run(cls: type, parent: Any, validator: Any, initial: Any = None) -> tuple[Any, bool]:
        drafts.append(initial)
        return (mine, True) if len(drafts) == 1 else (None, False)

    monkeypatch.setattr(BioDialog, "run", classmethod(run))
    section.bios.select_id(section.bios.model.records()[1].id)
    section.bios.edit_bio()
    assert drafts == [BioInput(Platform.INSTAGRAM), mine]


# Hashtag sets


def test_hashtag_sets_add_edit_reorder_delete_all_undoable(
        section: GuideSection, ctx: UiContext, brand_id: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = section.sets
    answer_dialog(monkeypatch, HashtagSetDialog, HashtagSetInput("Weddings", ("#a", "#b")))
    panel.new_button.click()
    answer_dialog(monkeypatch, HashtagSetDialog, HashtagSetInput("Local", ("#mcr",)))
    panel.new_button.click()
    assert [s.name for s in panel.model.records()] == ["Weddings", "Local"]
    panel.earlier_button.click()
    assert [s.name for s in panel.model.records()] == ["Local", "Weddings"]
    ctx.undo.undo()
    assert [s.name for s in panel.model.records()] == ["Weddings", "Local"]
    panel.select_id(panel.model.records()[0].id)
    answer_dialog(monkeypatch, HashtagSetDialog, HashtagSetInput("Weddings", ("#c",)))
    panel.edit_button.click()
    assert panel.model.records()[0].tags == ("#c",)
    panel.delete_button.click()
    assert [s.name for s in panel.model.records()] == ["Local"]
    ctx.undo.undo()
    ctx.undo.undo()
    assert panel.model.records()[0].tags == ("#a", "#b")


def test_copy_puts_the_tags_on_the_clipboard(section: GuideSection, ctx: UiContext,
                                             brand_id: int) -> None:
    made = ctx.services.guides.create_set(brand_id, HashtagSetInput("Arabic", ("#قهوة #الرياض",)))
    ctx.hub.changed.emit(DataHub.GUIDE)
    section.sets.select_id(made.id)
    section.sets.copy_button.click()
    assert QGuiApplication.clipboard().text() == "#قهوة #الرياض"


# Consistency checks


def test_run_a_check_then_undo_and_reopen_it(section: GuideSection, ctx: UiContext,
                                            brand_id: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    accounts = _accounts(ctx, brand_id)
    done = CheckInput(TODAY, "Old logo on Facebook", (
        CheckItem(accounts[Platform.FACEBOOK], ConsistencyAspect.PICTURE, CheckResult.FIX,
                  "old logo"),))
    seen: list[Any] = []

    def run(cls: type, parent: Any, validator: Any, initial: Any = None, sheet: Any = None,
            today: Any = None) -> tuple[Any, bool]:
        seen.append((initial, sheet, today))
        return done, True

    monkeypatch.setattr(ConsistencyDialog, "run", classmethod(run))
    section.checks.run_button.click()
    initial, sheet, today = seen[0]
    assert initial is None and today == TODAY and len(sheet.rows) == 2
    (check,) = section.checks.model.records()
    assert (check.fixes, check.checked_on) == (1, TODAY)
    assert not section.checks.due_label.isVisibleTo(section)
    ctx.undo.undo()
    assert section.checks.model.rowCount() == 0
    ctx.undo.redo()
    section.checks.select_id(check.id)
    done = CheckInput(TODAY, "All fixed", ())
    section.checks.open_button.click()
    assert seen[1][0].recorded() == check.to_input().recorded()
    assert section.checks.model.records()[0].notes == "All fixed"
    ctx.undo.undo()
    assert section.checks.model.records()[0].fixes == 1


# Models


def test_the_guide_models_pass_the_model_tester(ctx: UiContext, brand_id: int) -> None:
    guides = ctx.services.guides
    guides.save_bio(brand_id, Platform.X, 0, BioInput(Platform.X, "B", "bio"))
    guides.create_set(brand_id, HashtagSetInput("S", ("#a",)))
    guides.create_check(brand_id, CheckInput(TODAY))
    bios, sets, checks = (BioTableModel(ctx.fmt), HashtagSetTableModel(ctx.fmt),
                          CheckTableModel(ctx.fmt))
    testers = [QAbstractItemModelTester(m, FATAL) for m in (bios, sets, checks)]
    bios.set_records(bio_rows(guides.list_bios(brand_id), {Platform.INSTAGRAM}))
    sets.set_records(guides.list_sets(brand_id))
    checks.set_records(guides.list_checks(brand_id))
    assert (bios.rowCount(), sets.rowCount(), checks.rowCount()) == (2, 1, 1)
    bios.set_records([])
    assert testers


def test_the_consistency_grid_passes_the_model_tester(ctx: UiContext, brand_id: int) -> None:
    sheet = ctx.services.guides.check_sheet(brand_id)
    model = ConsistencyGridModel(sheet, CheckInput(TODAY))
    tester = QAbstractItemModelTester(model, FATAL)
    index = model.index(0, 3)
    assert model.setData(index, CheckResult.FIX.value)
    model.set_note(index, "old bio")
    assert model.index(0, 3).data() == "Fix · \u2068old bio\u2069"
    assert not model.setData(model.index(0, 0), CheckResult.PASS.value)
    assert tester

"""The Competitors tab: sections built when shown, the competitors list with undoable edits,
the comparison ("—" for what was not recorded, charts drawn when looked at), the hashtags
added to a set, and every model through QAbstractItemModelTester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.services.competitor_data import (
    ComparisonRow,
    CompetitorData,
    CompetitorInput,
    GuessData,
    ObservationData,
    ObservationInput,
    SnapshotData,
)
from smm_desktop.services.guide_data import HashtagSetInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.competitor_dialog import AccountDraft, CompetitorDialog, CompetitorDraft
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.competitors import (
    ComparisonTableModel,
    CompetitorRow,
    CompetitorTableModel,
    GuessTableModel,
    HashtagRow,
    HashtagTableModel,
    ObservationTableModel,
    SnapshotTableModel,
)
from smm_desktop.ui.tabs.competitors.comparison import ComparisonSection
from smm_desktop.ui.tabs.competitors.competitors_tab import CompetitorsTab
from smm_desktop.ui.tabs.competitors.hashtags import HashtagsSection
from smm_desktop.ui.tabs.competitors.list_section import CompetitorsSection

from .competitor_helpers import LAST_WEEK, Rivals, rivals_in
from .helpers import answer_dialog


@pytest.fixture
def rivals(ctx: UiContext) -> Iterator[Rivals]:
    yield from rivals_in(ctx)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _shown(qtbot: QtBot, widget: object) -> object:
    qtbot.addWidget(widget)
    widget.resize(1100, 700)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)
    return widget


def test_sections_are_built_when_first_shown_and_named(qtbot: QtBot, ctx: UiContext,
                                                       rivals: Rivals) -> None:
    tab = CompetitorsTab(ctx)
    qtbot.addWidget(tab)
    assert set(tab._built) == {"list"}
    tab.show_section("compare")
    assert tab.section() == "compare" and "compare" in tab._built
    tab.show_section("competitors")
    assert tab.section() == "list"
    tab.show_section("nonsense")
    assert tab.section() == "list"


def test_a_hidden_section_reads_nothing_until_shown(qtbot: QtBot, ctx: UiContext,
                                                    rivals: Rivals) -> None:
    section = CompetitorsSection(ctx)
    qtbot.addWidget(section)
    ctx.hub.changed.emit("competitors")
    assert section.dirty and section.panel.model.rowCount() == 0
    _shown(qtbot, section)
    assert not section.dirty and section.panel.model.rowCount() == 2


def test_new_archive_delete_and_undo_in_the_list(qtbot: QtBot, ctx: UiContext, rivals: Rivals,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    section = _shown(qtbot, CompetitorsSection(ctx))
    assert isinstance(section, CompetitorsSection)
    panel, service = section.panel, ctx.services.competitors
    answer_dialog(monkeypatch, CompetitorDialog, CompetitorDraft(
        CompetitorInput("Urban Beans"), (AccountDraft(Platform.TIKTOK, "urbanbeans"),)))
    panel.new_competitor()
    names = [c.name for c in service.list_competitors(rivals.brand_id)]
    assert names == ["Café Noir", "Brew Lab", "Urban Beans"]
    new_id = panel.current_id()
    assert service.get(new_id).name == "Urban Beans"
    panel.archive_button.click()
    assert service.get(new_id).archived
    assert panel.model.row_of(new_id) < 0
    ctx.undo.undo()
    assert not service.get(new_id).archived
    panel.select_id(rivals.noir.id)
    panel.delete_button.click()
    assert [c.name for c in service.list_competitors(rivals.brand_id)] == [
        "Brew Lab", "Urban Beans"]
    ctx.undo.undo()
    restored = service.get(rivals.noir.id)
    assert restored.name == "Café Noir" and len(restored.accounts) == 1
    assert panel.model.rowCount() == 3


def test_an_edit_changes_the_profile_and_accounts_in_one_undo_step(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, monkeypatch: pytest.MonkeyPatch) -> None:
    section = _shown(qtbot, CompetitorsSection(ctx))
    assert isinstance(section, CompetitorsSection)
    section.panel.select_id(rivals.noir.id)
    answer_dialog(monkeypatch, CompetitorDialog, CompetitorDraft(
        CompetitorInput("Café Noir", positioning="Cheaper"),
        (AccountDraft(Platform.TIKTOK, "noir.tt"),)))
    section.panel.edit_competitor()
    noir = ctx.services.competitors.get(rivals.noir.id)
    assert noir.positioning == "Cheaper"
    assert [(a.platform, a.handle) for a in noir.accounts] == [(Platform.TIKTOK, "noir.tt")]
    assert "Cheaper" in section.profile.text()
    ctx.undo.undo()
    noir = ctx.services.competitors.get(rivals.noir.id)
    assert noir.positioning == "Premium"
    assert [a.handle for a in noir.accounts] == ["cafenoir"]


def test_the_detail_shows_the_log_and_the_snapshots(qtbot: QtBot, ctx: UiContext,
                                                    rivals: Rivals) -> None:
    ctx.services.competitors.add_observation(
        rivals.noir.id, ObservationInput(LAST_WEEK, "Ramadan series on day 1"))
    section = _shown(qtbot, CompetitorsSection(ctx))
    assert isinstance(section, CompetitorsSection)
    section.panel.select_id(rivals.noir.id)
    assert section.log.model.rowCount() == 1
    assert section.snapshots.model.rowCount() == 1
    section.log.select_id(section.log.model.record(0).id)
    section.log.delete_button.click()
    assert section.log.model.rowCount() == 0
    ctx.undo.undo()
    assert section.log.model.rowCount() == 1


def test_the_comparison_says_dash_for_what_was_not_recorded_and_draws_charts(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals) -> None:
    section = _shown(qtbot, ComparisonSection(ctx))
    assert isinstance(section, ComparisonSection)
    model = section.model
    assert section.chosen_platform() == Platform.INSTAGRAM
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "\u2068Café Noir\u2069", "\u2068Brew Lab\u2069"]
    assert model.index(1, 1).data() == "—"
    assert model.index(0, 1).data() == "1,000"
    assert section.findChild(QWidget, "competitorChart_followers") is not None
    assert section.findChild(QWidget, "competitorChart_mix") is None
    section.charts.setCurrentIndex(2)
    assert section.findChild(QWidget, "competitorChart_mix") is not None


def test_chosen_hashtags_go_to_a_hashtag_set_undoably(qtbot: QtBot, ctx: UiContext,
                                                      rivals: Rivals) -> None:
    guides = ctx.services.guides
    tag_set = guides.create_set(rivals.brand_id, HashtagSetInput("Coffee", ("#espresso",)))
    section = _shown(qtbot, HashtagsSection(ctx))
    assert isinstance(section, HashtagsSection)
    tags = [section.model.record(r).tag for r in range(section.model.rowCount())]
    assert tags == ["#coffee", "#latte"]
    section.model.setData(section.model.index(1, 0), Qt.CheckState.Checked.value,
                          Qt.ItemDataRole.CheckStateRole)
    assert section.add_to_set(tag_set)
    assert guides.list_sets(rivals.brand_id)[0].tags == ("#espresso", "#latte")
    ctx.undo.undo()
    assert guides.list_sets(rivals.brand_id)[0].tags == ("#espresso",)


# Models

def _test(model: object) -> None:
    tester = QAbstractItemModelTester(model, FATAL)  # type: ignore[call-overload]
    assert tester is not None
    for row in range(model.rowCount()):  # type: ignore[attr-defined]
        for column in range(model.columnCount()):  # type: ignore[attr-defined]
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.CheckStateRole):
                model.index(row, column).data(role)  # type: ignore[attr-defined]


def test_every_model_passes_the_model_tester(qapp: object) -> None:
    fmt, day = Formatter("latin"), date(2026, 11, 20)
    competitor = CompetitorData("Noir", id=1)
    cases: list[tuple[object, list[object]]] = [
        (CompetitorTableModel(fmt), [CompetitorRow(competitor, day, 120, 2.5),
                                     CompetitorRow(CompetitorData("Old", id=2, archived=True))]),
        (SnapshotTableModel(fmt), [SnapshotData(day, followers=10, id=1),
                                   SnapshotData(day - timedelta(7), id=2)]),
        (ObservationTableModel(fmt), [ObservationData(day, "Ramadan", id=3)]),
        (GuessTableModel(fmt), [GuessData("2026-Q4", focus="Occasions", evidence=(3,), id=4)]),
        (ComparisonTableModel(fmt), [
            ComparisonRow(1, "Bloom", "bloom", True, followers=900,
                          content_mix={ContentType.VIDEO: 60.0, ContentType.IMAGE: 40.0}),
            ComparisonRow(2, "Noir", "noir", False, 1)]),
        (HashtagTableModel(fmt), [HashtagRow("#coffee", 3, None, "Noir"),
                                  HashtagRow("#latte", None, 2)]),
    ]
    for model, records in cases:
        _test(model)
        model.set_records(records)  # type: ignore[attr-defined]
        _test(model)
        model.set_records([])  # type: ignore[attr-defined]
        _test(model)


def test_the_models_show_dash_not_zero(qapp: object) -> None:
    fmt = Formatter("latin")
    comparison = ComparisonTableModel(fmt)
    comparison.set_records([ComparisonRow(2, "Noir", "noir", False, 1)])
    assert [comparison.index(0, c).data() for c in range(1, 6)] == ["—"] * 5
    competitors = CompetitorTableModel(fmt)
    competitors.set_records([CompetitorRow(CompetitorData("Noir", id=1))])
    assert competitors.index(0, 2).data() == "—" and competitors.index(0, 3).data() == "—"
    tags = HashtagTableModel(fmt)
    tags.set_records([HashtagRow("#a", 2, None)])
    assert tags.setData(tags.index(0, 0), Qt.CheckState.Checked.value,
                        Qt.ItemDataRole.CheckStateRole)
    assert tags.checked() == ["#a"]
    assert not tags.setData(tags.index(0, 1), 1, Qt.ItemDataRole.CheckStateRole)
    assert tags.rowCount(tags.index(0, 0)) == 0 and not QModelIndex().isValid()

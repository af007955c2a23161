"""Reports > Campaigns: the table (totals, pacing, rates, "—"), New/Edit/Delete with undo, a
refused save reopening the dialog with the draft, the daily results typed per cell (undo), a bad
number refused; the main window builds the Reports tab on first show; right to left."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.domain.campaigns import CampaignObjective, CampaignStatus
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.numbers_data import CampaignDayInput, CampaignInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.campaign_dialog import CampaignDialog
from smm_desktop.ui.formula_labels import formula_tooltip
from smm_desktop.ui.models.campaigns import (
    PACING_COLUMN,
    PACING_ROLE,
    CampaignDaysModel,
    CampaignTableModel,
)
from smm_desktop.ui.tabs.reports.campaigns_section import CampaignsSection

from .helpers import bound_window

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
TODAY = date.today()
SALE = CampaignInput(name="Spring sale", platform=Platform.INSTAGRAM,
                     objective=CampaignObjective.SALES, budget=3000.0, currency="SAR",
                     start_day=TODAY - timedelta(days=9), end_day=TODAY + timedelta(days=20))


@pytest.fixture
def section(qtbot: QtBot, ctx: UiContext) -> CampaignsSection:
    brand = ctx.services.brands.create(BrandInput("مقهى النخيل"))
    ctx.scope.set_brand(brand.id)
    widget = CampaignsSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _answer(monkeypatch: pytest.MonkeyPatch, *answers: CampaignInput | None) -> list[object]:
    """CampaignDialog.run gives each answer in turn; the drafts it was opened with are noted."""
    queue, seen = list(answers), []

    def run(_cls: object, _parent: object, validator: object, _goals: object,
            initial: CampaignInput | None = None) -> tuple[CampaignInput | None, bool]:
        seen.append(initial)
        value = queue.pop(0) if queue else None
        return value, value is not None
    monkeypatch.setattr(CampaignDialog, "run", classmethod(run))
    return seen


def _texts(section: CampaignsSection, row: int = 0) -> dict[str, str]:
    model = section.model
    return {model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
            for c in range(model.columnCount())}


def test_new_edit_delete_with_undo(section: CampaignsSection, ctx: UiContext,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, SALE)
    section.new_campaign()
    assert section.model.rowCount() == 1 and section.current() is not None
    shown = _texts(section)
    assert shown["Name"] == "Spring sale" and shown["Status"] == "Active"
    assert shown["Spend"] == "—" and shown["CTR"] == "—" and shown["ROAS"] == "—"
    _answer(monkeypatch, CampaignInput(**{**SALE.__dict__, "status": CampaignStatus.PAUSED}))
    section.edit_campaign()
    assert _texts(section)["Status"] == "Paused"
    section.delete_campaign()
    assert section.model.rowCount() == 0 and section.empty.isVisibleTo(section)
    ctx.undo.undo()
    assert _texts(section)["Status"] == "Paused"
    ctx.undo.undo()
    assert _texts(section)["Status"] == "Active"
    ctx.undo.undo()
    assert section.model.rowCount() == 0


def test_a_refused_save_reopens_the_draft(section: CampaignsSection, ctx: UiContext,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    made = ctx.services.campaigns.create(ctx.scope.brand_id, SALE)
    section.reload()
    ctx.services.campaigns.update(made.id, made.version, CampaignInput(
        **{**SALE.__dict__, "notes": "elsewhere"}))  # changed elsewhere
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    ctx.hub.failed.connect(lambda _e: None)
    renamed = CampaignInput(**{**SALE.__dict__, "name": "Summer sale"})
    seen = _answer(monkeypatch, renamed, None)
    section.edit_campaign()
    assert seen == [SALE, renamed]
    assert ctx.services.campaigns.get(made.id).name == "Spring sale"


def test_totals_rates_and_pacing(section: CampaignsSection, ctx: UiContext) -> None:
    service = ctx.services.campaigns
    made = service.create(ctx.scope.brand_id, SALE)
    service.save_day(made.id, CampaignDayInput(TODAY - timedelta(days=1), spend=500.0,
                                               impressions=50_000, clicks=500, conversions=10,
                                               revenue=2000.0), None)
    section.reload()
    shown = _texts(section)
    assert shown["Spend"] == "500 SAR" and shown["CTR"] == "1%"
    assert shown["CPC"] == "1.00" and shown["CPM"] == "10.00" and shown["CPA"] == "50.00"
    assert shown["ROAS"] == "4×"
    pacing = section.model.index(0, PACING_COLUMN).data(PACING_ROLE)
    assert pacing == pytest.approx(500 / (3000 * 10 / 30) * 100)
    assert section.model.headerData(PACING_COLUMN, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.ToolTipRole) == formula_tooltip("pacing")
    section.grab()  # the pacing bar paints


def test_days_added_edited_and_undone(section: CampaignsSection, ctx: UiContext) -> None:
    made = ctx.services.campaigns.create(ctx.scope.brand_id, SALE)
    section.reload()
    section.new_day.setDate(TODAY - timedelta(days=2))
    section.add_day()
    assert section.days.rowCount() == 1
    spend = section.days.index(0, 1)
    assert section.days.setData(spend, "120.5")
    assert ctx.services.campaigns.days(made.id)[0].spend == 120.5
    assert _texts(section)["Spend"] == "120.50 SAR"
    assert not section.days.setData(section.days.index(0, 4), "-4")
    assert "below zero" in section.day_note.text()
    assert not section.days.setData(section.days.index(0, 4), "2.5")
    section.add_day()
    assert "already has results" in section.day_note.text()
    ctx.undo.undo()
    assert ctx.services.campaigns.days(made.id)[0].spend is None
    ctx.undo.undo()
    assert ctx.services.campaigns.days(made.id) == []
    ctx.undo.redo()
    ctx.undo.redo()
    assert ctx.services.campaigns.days(made.id)[0].spend == 120.5
    section.day_table.setCurrentIndex(section.days.index(0, 1))
    section.delete_day()
    assert ctx.services.campaigns.days(made.id) == []
    ctx.undo.undo()
    assert ctx.services.campaigns.days(made.id)[0].spend == 120.5


def test_the_models_pass_the_tester(ctx: UiContext, qapp: QApplication) -> None:
    brand = ctx.services.brands.create(BrandInput("Bloom"))
    made = ctx.services.campaigns.create(brand.id, SALE)
    day = ctx.services.campaigns.save_day(made.id, CampaignDayInput(TODAY, spend=5.0), None)
    table = CampaignTableModel(ctx.fmt)
    QAbstractItemModelTester(table, FATAL)
    table.set_records(ctx.services.campaigns.list_campaigns(brand.id))
    days = CampaignDaysModel(ctx.fmt)
    QAbstractItemModelTester(days, FATAL)
    days.set_days([day])
    assert days.index(0, 1).data(Qt.ItemDataRole.EditRole) == "5"


def test_the_window_builds_reports_on_first_show(qtbot: QtBot, ctx: UiContext) -> None:
    ctx.services.brands.create(BrandInput("Palm"))
    window = bound_window(qtbot, ctx)
    assert window._reports is None
    window.show_tab("reports/campaigns")
    reports = window.reports
    assert reports is not None and reports.section() == "campaigns"
    window.show_tab("reports/report")
    assert reports.section() == "report"


def test_right_to_left(qtbot: QtBot, ctx: UiContext, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        brand = ctx.services.brands.create(BrandInput("Palm"))
        ctx.scope.set_brand(brand.id)
        ctx.services.campaigns.create(brand.id, SALE)
        widget = CampaignsSection(ctx)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.current() is not None and widget.day_box.isEnabled()
        assert widget.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_conflict_is_what_a_stale_edit_raises(ctx: UiContext) -> None:
    brand = ctx.services.brands.create(BrandInput("Palm"))
    made = ctx.services.campaigns.create(brand.id, SALE)
    ctx.services.campaigns.update(made.id, made.version, CampaignInput("Other"))
    with pytest.raises(Conflict):
        ctx.services.campaigns.update(made.id, made.version, SALE)

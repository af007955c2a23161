"""Occasions in the month view: read once per shown range, in the tiles above the posts (the
brand's own by name, expected Islamic dates marked), the Hijri date when asked for."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop import settings as settings_io
from smm_desktop.domain.occasions import Occasion, OccasionKind
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.occasions import BrandOccasionInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.calendar_month import HIJRI_ROLE, OCCASIONS_ROLE, CalendarMonthModel
from smm_desktop.ui.tabs.calendar import occasion_marks
from smm_desktop.ui.tabs.calendar.day_delegate import tile_layout

from .calendar_helpers import add_post, make_brand, make_tab


def _saudi(ctx: UiContext) -> int:
    brand, _accounts = make_brand(ctx)
    ctx.services.brands.update(brand.id, brand.version, BrandInput(brand.name, country="SA"))
    return brand.id


def _names(tab: object, day: date) -> list[str]:
    index = tab.model.index_of(day)  # type: ignore[attr-defined]
    return [o.name for o in index.data(OCCASIONS_ROLE)]


def test_the_model_with_occasions_passes_the_tester(qapp: QApplication) -> None:
    model = CalendarMonthModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_month(2027, 2, 6, frozenset({4, 5}), date(2026, 11, 28))
    eid = Occasion(date(2027, 2, 8), "ramadan_start", "First day of Ramadan",
                   OccasionKind.ISLAMIC, True)
    own = Occasion(date(2027, 2, 8), "brand_3", "Shop anniversary", OccasionKind.BRAND)
    model.set_occasions([eid, own])
    index = model.index_of(date(2027, 2, 8))
    assert index.data(OCCASIONS_ROLE) == [eid, own]
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "First day of Ramadan · Islamic occasion" in tip
    assert "Expected date: it may move by a day with the moon sighting." in tip
    assert "Shop anniversary · Brand occasion" in tip
    assert model.index_of(date(2027, 2, 9)).data(Qt.ItemDataRole.ToolTipRole) is None
    assert index.data(HIJRI_ROLE) == ""
    model.set_show_hijri(True)
    assert index.data(HIJRI_ROLE) == "1 Ramadan"  # the month's first day names the month
    assert model.index_of(date(2027, 2, 9)).data(HIJRI_ROLE) == "2"
    assert model.index_of(model.first_day()).data(HIJRI_ROLE) == "23 Sha'ban"  # first tile
    assert "1 Ramadan 1448" in index.data(Qt.ItemDataRole.ToolTipRole)
    model.set_month(2027, 3, 6, frozenset(), date(2026, 11, 28))
    assert model.index_of(date(2027, 3, 1)).data(OCCASIONS_ROLE) == []  # a new range: none yet


def test_the_tab_shows_the_ranges_occasions(qtbot: QtBot, ctx: UiContext) -> None:
    brand_id = _saudi(ctx)
    ctx.services.occasions.create(brand_id, BrandOccasionInput(
        "ذكرى افتتاح المقهى", date(2019, 2, 10), yearly=True))
    tab = make_tab(qtbot, ctx, (2027, 2))
    assert _names(tab, date(2027, 2, 8)) == ["First day of Ramadan"]  # Ramadan 1448
    assert not tab.model.occasions_on(date(2027, 2, 8))[0].expected  # "today" is 10 March
    assert "Saudi Founding Day" in _names(tab, date(2027, 2, 22))
    assert _names(tab, date(2027, 2, 10)) == ["ذكرى افتتاح المقهى"]
    # the grid's days outside the month are covered too (the range is read once)
    assert tab.model.last_day() >= date(2027, 3, 9)
    assert "Eid al-Fitr" in _names(tab, date(2027, 3, 9))
    ctx.services.occasions.create(brand_id, BrandOccasionInput("Launch", date(2027, 2, 3)))
    ctx.hub.changed.emit(DataHub.OCCASIONS)
    assert _names(tab, date(2027, 2, 3)) == ["Launch"]
    tab.step_month(1)
    assert "Eid al-Fitr" in _names(tab, date(2027, 3, 9))
    tab.show_month(2027, 5)
    eid = tab.model.occasions_on(date(2027, 5, 16))
    assert [o.key for o in eid] == ["eid_al_adha"] and eid[0].expected  # still ahead
    tip = tab.model.index_of(date(2027, 5, 16)).data(Qt.ItemDataRole.ToolTipRole)
    assert "may move by a day" in tip


def test_the_tile_shows_occasions_above_the_posts(qtbot: QtBot, ctx: UiContext) -> None:
    brand_id = _saudi(ctx)
    brand = ctx.services.brands.get(brand_id)
    post = add_post(ctx, brand, "Ramadan greetings", datetime(2027, 2, 8, 20))
    tab = make_tab(qtbot, ctx, (2027, 2))
    view = tab.month_view
    index = tab.model.index_of(date(2027, 2, 8))
    option = view._option_for(index)
    layout = view.delegate.layout_for(option, index)
    line = option.fontMetrics.height() + 2
    assert layout.header_height == option.fontMetrics.height() + 3 + line  # one occasion line
    # a click on the post's line (under the occasion) still picks the post
    point = option.rect.topLeft()
    point.setX(option.rect.center().x())
    point.setY(option.rect.top() + layout.header_height + line // 2)
    assert view.post_at(point) == post.id
    view.viewport().repaint()  # painting with occasions raises nothing


def test_occasion_lines_fit_the_tile(qapp: QApplication) -> None:
    metrics = QFontMetrics(QApplication.font())
    line = metrics.height() + 2
    tall = metrics.height() + 3 + 6 * line
    assert occasion_marks.lines_for(0, tall, metrics) == 0
    assert occasion_marks.lines_for(1, tall, metrics) == 1
    assert occasion_marks.lines_for(5, tall, metrics) == 2  # the second says "+4"
    short = metrics.height() + 3 + 2 * line
    assert occasion_marks.lines_for(3, short, metrics) == 1  # room for 2: one left for a post
    assert occasion_marks.lines_for(3, metrics.height() + 3 + line, metrics) == 1
    layout = tile_layout(tall, metrics, 3, -1, 2)
    assert layout.shown == 3 and layout.more == 0
    layout = tile_layout(tall, metrics, 6, -1, 2)
    assert layout.more > 0


def test_expected_and_more_in_the_line_text(qapp: QApplication) -> None:
    eid = Occasion(date(2027, 3, 9), "eid_al_fitr", "Eid al-Fitr", OccasionKind.ISLAMIC, True)
    assert occasion_marks.line_text(eid) == "≈ Eid al-Fitr"
    settled = Occasion(date(2027, 3, 9), "eid_al_fitr", "Eid al-Fitr", OccasionKind.ISLAMIC)
    assert occasion_marks.line_text(settled, 2) == "Eid al-Fitr +2"


def test_show_hijri_dates_is_remembered(qtbot: QtBot, ctx: UiContext) -> None:
    _saudi(ctx)
    tab = make_tab(qtbot, ctx, (2027, 2))
    assert not tab.plan.hijri_action.isChecked()
    tab.plan.hijri_action.setChecked(True)
    assert ctx.settings.show_hijri is True
    assert tab.model.index_of(date(2027, 2, 9)).data(HIJRI_ROLE) == "2"
    tab.plan.hijri_action.setChecked(False)
    assert ctx.settings.show_hijri is False
    assert tab.model.index_of(date(2027, 2, 9)).data(HIJRI_ROLE) == ""


def test_old_settings_files_still_load(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"language": "ar", "theme": "dark"}), encoding="utf-8")
    loaded = settings_io.load(old)
    assert loaded.show_hijri is False and loaded.language == "ar"
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"show_hijri": "yes"}), encoding="utf-8")
    assert settings_io.load(odd).show_hijri is False
    kept = tmp_path / "kept.json"
    settings_io.save(settings_io.Settings(show_hijri=True), kept)
    assert settings_io.load(kept).show_hijri is True

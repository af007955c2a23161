"""Accounts & numbers: the month grid (type, Tab, Enter, paste, save, undo, a bad cell refused
with nothing saved), the history table with its derived rates, the chart, the formulas page,
models under QAbstractItemModelTester, right to left."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.formula_labels import formula_definition, formula_tooltip
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.snapshot_grid import HistoryModel, MonthGridModel
from smm_desktop.ui.tabs.strategy.numbers_section import NumbersSection

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
TODAY = date(2026, 11, 20)
F, R = Metric.FOLLOWERS, Metric.REACH


@pytest.fixture
def section(qtbot: QtBot, ctx: UiContext) -> NumbersSection:
    brand = ctx.services.brands.create(BrandInput("Bloom & Co."))
    ctx.services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloom.co"))
    ctx.scope.set_brand(brand.id)
    widget = NumbersSection(ctx)
    widget.entry.today = lambda: TODAY
    widget.entry.year, widget.entry.month = 2026, 11
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.pages.setCurrentIndex(1)
    return widget


def _cell(section: NumbersSection, metric: Metric, day: int) -> QModelIndex:
    model = section.entry.model
    return model.index(day - 1, model.metrics.index(metric))


def test_nothing_is_read_until_shown(ctx: UiContext, qtbot: QtBot) -> None:
    widget = NumbersSection(ctx)
    qtbot.addWidget(widget)
    assert widget.dirty and widget.account.count() == 0
    ctx.hub.changed.emit(DataHub.SNAPSHOTS)
    assert widget.dirty


def test_type_save_and_undo(section: NumbersSection, ctx: UiContext) -> None:
    account = section.account_id()
    model = section.entry.model
    assert model.setData(_cell(section, F, 1), "1,200")
    assert model.setData(_cell(section, R, 1), "٤٥٠٠")
    assert section.entry.save_button.isEnabled()
    assert section.entry.save()
    grid = ctx.services.metrics.month_grid(account, [F, R], 2026, 11)
    assert grid == {(F, date(2026, 11, 1)): 1200.0, (R, date(2026, 11, 1)): 4500.0}
    assert not model.has_edits() and section.history.rowCount() == 1
    ctx.undo.undo()
    assert ctx.services.metrics.month_grid(account, [F, R], 2026, 11) == {}
    ctx.undo.redo()
    assert len(ctx.services.metrics.month_grid(account, [F, R], 2026, 11)) == 2


def test_undo_puts_the_previous_values_back(section: NumbersSection, ctx: UiContext) -> None:
    account = section.account_id()
    ctx.services.metrics.save_grid(account, {(F, date(2026, 11, 2)): 900})
    section.reload()
    model = section.entry.model
    assert model.data(_cell(section, F, 2)) == "900"
    model.setData(_cell(section, F, 2), "950")
    assert section.entry.save()
    ctx.undo.undo()
    assert ctx.services.metrics.month_grid(account, [F], 2026, 11) == {(F, date(2026, 11, 2)): 900.0}


def test_a_negative_or_a_word_is_refused_on_its_cell(section: NumbersSection,
                                                     ctx: UiContext) -> None:
    model = section.entry.model
    model.setData(_cell(section, F, 1), "1000")
    model.setData(_cell(section, F, 2), "-5")
    model.setData(_cell(section, R, 3), "lots")
    assert not section.entry.save()
    errors = model.errors()
    assert set(errors) == {(F, date(2026, 11, 2)), (R, date(2026, 11, 3))}
    assert "below zero" in errors[(F, date(2026, 11, 2))]
    assert model.data(_cell(section, F, 2), Qt.ItemDataRole.ToolTipRole)
    assert "2" in section.entry.note.text()
    assert ctx.services.metrics.month_grid(section.account_id(), [F, R], 2026, 11) == {}
    assert model.data(_cell(section, F, 2)) == "-5"  # what was typed is kept
    assert ctx.undo.count() == 0


def test_tab_moves_across_and_enter_moves_down(section: NumbersSection, qtbot: QtBot) -> None:
    view = section.entry.view
    view.setFocus()
    view.setCurrentIndex(_cell(section, F, 1))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.currentIndex() == _cell(section, R, 1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.currentIndex() == _cell(section, R, 2)


def test_typing_in_the_editor_then_enter_moves_down(section: NumbersSection,
                                                    qtbot: QtBot) -> None:
    view = section.entry.view
    view.setFocus()
    view.setCurrentIndex(_cell(section, F, 5))
    qtbot.keyClick(view, Qt.Key.Key_7)
    editor = QApplication.focusWidget()
    assert editor is not view and editor is not None
    qtbot.keyClicks(editor, "77")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex() == _cell(section, F, 6))
    assert section.entry.model.data(_cell(section, F, 5)) == "777"


def test_paste_a_column_from_the_clipboard(section: NumbersSection, qtbot: QtBot) -> None:
    view = section.entry.view
    view.setFocus()
    view.setCurrentIndex(_cell(section, F, 10))
    QGuiApplication.clipboard().setText("1000\r\n1010\r\n1025\r\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    values, bad = section.entry.model.edits()
    assert bad == []
    assert values == {(F, date(2026, 11, 10)): 1000, (F, date(2026, 11, 11)): 1010,
                      (F, date(2026, 11, 12)): 1025}


def test_future_days_cannot_be_typed(section: NumbersSection) -> None:
    model = section.entry.model
    assert not model.setData(_cell(section, F, 25), "5")
    assert not model.flags(_cell(section, F, 25)) & Qt.ItemFlag.ItemIsEditable


def test_history_shows_derived_rates_with_their_formula(section: NumbersSection,
                                                        ctx: UiContext, qtbot: QtBot) -> None:
    account = section.account_id()
    ctx.services.metrics.save_grid(account, {
        (F, date(2026, 11, 1)): 1000, (F, date(2026, 11, 2)): 1100,
        (R, date(2026, 11, 2)): 550, (Metric.ENGAGEMENTS, date(2026, 11, 2)): 55})
    ctx.hub.changed.emit(DataHub.SNAPSHOTS)
    model = section.history
    assert model.rowCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {h: model.data(model.index(0, c)) for c, h in enumerate(headers)}
    assert row["Followers"] == ctx.fmt.number(1100) and row["Follower growth"] == "100"
    assert row["Growth rate"] == "10%" and row["Reach rate"] == "50%"
    assert row["Engagement rate (by reach)"] == "10%"
    assert row["View rate"] == "—"
    rate = headers.index("Reach rate")
    assert model.headerData(rate, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        formula_tooltip("reach_rate"))
    section.pages.setCurrentIndex(0)
    qtbot.waitUntil(lambda: section.chart_shown, timeout=20_000)


def test_the_formulas_page_explains_each_rate(section: NumbersSection) -> None:
    from PySide6.QtWidgets import QLabel

    text = section.findChild(QLabel, "formulasText")
    assert text is not None and formula_definition("ctr") in text.text()


def test_models_pass_the_tester(ctx: UiContext, qapp: QApplication) -> None:
    grid = MonthGridModel(ctx.fmt)
    QAbstractItemModelTester(grid, FATAL)
    grid.set_month(2026, 11, TODAY)
    grid.set_stored({(F, date(2026, 11, 1)): 5.0})
    grid.setData(grid.index(1, 0), "7")
    history = HistoryModel(ctx.fmt)
    QAbstractItemModelTester(history, FATAL)
    history.set_history({date(2026, 11, 1): {F: 10.0}, date(2026, 11, 2): {F: 12.0}})
    assert history.rowCount() == 2


def test_right_to_left(qapp: QApplication, qtbot: QtBot, ctx: UiContext) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        widget = NumbersSection(ctx)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.entry.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert widget.empty.isVisible()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_strategy_tab_builds_the_section_when_first_shown(qtbot: QtBot,
                                                              ctx: UiContext) -> None:
    from .helpers import bound_window

    ctx.services.brands.create(BrandInput("Palm"))
    window = bound_window(qtbot, ctx)
    strategy = window.strategy
    assert strategy is not None
    holder = strategy.sections.widget(strategy.SECTIONS.index("numbers"))
    assert holder.layout().count() == 0  # type: ignore[union-attr]
    window.show_tab("strategy/numbers")
    assert strategy.section() == "numbers"
    assert holder.layout().itemAt(0).widget() is strategy.numbers  # type: ignore[union-attr]

"""The main window: its tabs, dock, keyboard shortcuts and remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QSplitter
from pytestqt.qtbot import QtBot

from smm_desktop.services.brands import BrandInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.main_window import TAB_NAMES, MainWindow

from .helpers import bound_window


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _tab_actions(window: MainWindow, number: int) -> list[QAction]:
    key = QKeySequence(f"Ctrl+{number}")
    return [a for a in window.findChildren(QAction) if a.shortcut() == key]


def test_five_tabs_in_the_order_of_the_job(window: MainWindow) -> None:
    assert TAB_NAMES == ("strategy", "audience", "competitors", "calendar", "reports")
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert texts == ["Strategy", "Audience", "Competitors", "Calendar", "Reports"]
    assert [window.tabs.tabToolTip(i) for i in range(5)] == [f"Ctrl+{n}" for n in range(1, 6)]


def test_the_today_panel_is_a_dock_on_the_reading_side(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.findChild(QDockWidget, "todoDock")
    assert dock is window.todo_dock
    assert dock.windowTitle() == "Today"
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    _shown(qtbot, window)
    central = window.centralWidget()
    assert central is not None
    assert dock.geometry().right() < central.geometry().left()


def test_each_tab_action_opens_its_tab(window: MainWindow) -> None:
    for number in (3, 5, 1, 4, 2):
        actions = _tab_actions(window, number)
        assert actions, f"no action has Ctrl+{number}"
        for action in actions:
            window.tabs.setCurrentIndex(0 if number != 1 else 4)
            action.trigger()
            assert window.tabs.currentIndex() == number - 1


def test_ctrl_and_a_digit_open_the_tabs_from_the_keyboard(
        qtbot: QtBot, window: MainWindow) -> None:
    """Pressing the keys, not triggering an action: two actions with one shortcut do nothing."""
    _shown(qtbot, window)
    for number in (3, 5, 1, 4, 2):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1, f"Ctrl+{number}"


def test_every_window_shortcut_belongs_to_one_action(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            if text in seen:
                clashes.append(f"{text}: {seen[text]!r} and {action.text()!r}")
            seen[text] = action.text()
    assert clashes == []


def test_ctrl_t_shows_and_hides_the_today_panel(qtbot: QtBot, window: MainWindow) -> None:
    _shown(qtbot, window)
    assert window.todo_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.todo_dock.isVisible()
    window.commands.toggle_todo.trigger()
    assert window.todo_dock.isVisible()


def test_show_tab_by_name(window: MainWindow) -> None:
    window.show_tab("calendar")
    assert window.tabs.currentIndex() == 3
    window.show_tab("no-such-tab")
    assert window.tabs.currentIndex() == 3


def test_layout_round_trip_restores_tab_dock_and_size(qtbot: QtBot, window: MainWindow) -> None:
    _shown(qtbot, window)
    window.resize(700, 500)
    window.tabs.setCurrentIndex(3)
    window.todo_dock.hide()
    state = window.save_layout()
    assert state["tab"] == "3"
    again = MainWindow()
    qtbot.addWidget(again)
    again.restore_layout(state)
    with qtbot.waitExposed(again):
        again.show()
    assert again.tabs.currentIndex() == 3
    assert not again.todo_dock.isVisible()
    assert (again.width(), again.height()) == (700, 500)


def test_a_damaged_layout_is_ignored(window: MainWindow) -> None:
    window.restore_layout({"geometry": "not base64!", "state": "", "tab": "x"})
    assert window.tabs.currentIndex() == 0


def test_the_strategy_splitter_is_remembered(
        qtbot: QtBot, ctx: UiContext) -> None:
    ctx.services.brands.create(BrandInput(name="Palm"))
    first = _shown(qtbot, bound_window(qtbot, ctx))
    splitter = first.findChild(QSplitter, "strategySplitter")
    assert splitter is not None
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    wanted = splitter.sizes()
    state = first.save_layout()
    assert "strategy_splitter" in state
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_layout(state)
    # Offscreen, restoreGeometry clamps to the platform's small virtual screen; a real
    # screen gives the window its saved size back, as this line does.
    second.resize(first.size())
    second.bind(ctx)
    _shown(qtbot, second)
    restored = second.findChild(QSplitter, "strategySplitter")
    assert restored is not None and restored.sizes() == wanted


def test_binding_keeps_the_current_tab_and_names_the_workspace(
        qtbot: QtBot, ctx: UiContext) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(2)
    window.bind(ctx)
    assert window.tabs.currentIndex() == 2
    assert window.tabs.widget(0) is window.strategy
    assert window.tabs.tabText(0) == "Strategy"
    assert window.tabs.count() == 5
    assert window.workspace_label.text() == "Workspace: ui-tests.smmws"


def test_strategy_opens_on_the_brands_section_until_a_brand_exists(
        qtbot: QtBot, ctx: UiContext) -> None:
    empty = bound_window(qtbot, ctx)
    assert empty.strategy is not None and empty.strategy.section() == "brands"
    ctx.services.brands.create(BrandInput(name="Palm"))
    with_brand = bound_window(qtbot, ctx)
    assert with_brand.strategy is not None and with_brand.strategy.section() == "goals"
    texts = [with_brand.strategy.sections.tabText(i) for i in range(6)]
    assert texts == ["Brands and accounts", "Goals and KPIs", "Accounts && numbers",
                     "Account audit", "Brand guide", "Quarterly review"]


def test_show_tab_opens_a_strategy_section_by_name(qtbot: QtBot, ctx: UiContext) -> None:
    window = bound_window(qtbot, ctx)
    window.show_tab("audience")
    window.show_tab("strategy/guide")
    assert window.tabs.currentIndex() == 0
    assert window.strategy is not None and window.strategy.section() == "guide"
    window.show_tab("strategy/nonsense")
    assert window.strategy.section() == "guide"


def test_new_account_from_the_toolbar_shows_the_accounts_section(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.services.brands.create(BrandInput(name="Palm"))
    window = bound_window(qtbot, ctx)
    assert window.strategy is not None
    opened: list[str] = []
    monkeypatch.setattr(window.strategy.accounts, "new_account", lambda: opened.append("account"))
    window.tabs.setCurrentIndex(2)
    window.commands.new_account.trigger()
    assert opened == ["account"]
    assert (window.tabs.currentIndex(), window.strategy.section()) == (0, "brands")


def test_the_strategy_section_is_remembered(qtbot: QtBot, ctx: UiContext) -> None:
    ctx.services.brands.create(BrandInput(name="Palm"))
    first = bound_window(qtbot, ctx)
    assert first.strategy is not None
    first.strategy.show_section("review")
    state = first.save_layout()
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_layout(state)
    second.bind(ctx)
    assert second.strategy is not None and second.strategy.section() == "review"


def test_the_competitors_section_is_remembered_even_when_the_tab_was_not_built(
        qtbot: QtBot, ctx: UiContext) -> None:
    ctx.services.brands.create(BrandInput(name="Palm"))
    first = bound_window(qtbot, ctx)
    first.show_tab("competitors/hashtags")
    first.show_tab("strategy")  # the window opens on Strategy next time
    state = first.save_layout()
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_layout(state)
    second.bind(ctx)
    again = second.save_layout()  # the tab was not opened this time: its section is kept
    assert second.built_competitors is None and again["competitors_section"] == "hashtags"
    second.show_tab("competitors")
    assert second.competitors is not None and second.competitors.section() == "hashtags"


def test_audit_guide_and_review_are_built_when_first_shown(qtbot: QtBot, ctx: UiContext) -> None:
    ctx.services.brands.create(BrandInput(name="Palm"))
    window = bound_window(qtbot, ctx)
    strategy = window.strategy
    assert strategy is not None
    holders = {name: strategy.sections.widget(strategy.SECTIONS.index(name))
               for name in ("audit", "guide", "review")}
    assert all(h.layout().count() == 0 for h in holders.values())  # type: ignore[union-attr]
    window.show_tab("strategy/guide")
    built = holders["guide"].layout().itemAt(0).widget()  # type: ignore[union-attr]
    assert built is strategy.guide
    assert holders["audit"].layout().count() == 0  # type: ignore[union-attr]


def test_the_guides_colours_and_logo_button_opens_the_brand_form(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    brand = ctx.services.brands.create(BrandInput(name="Palm"))
    window = bound_window(qtbot, ctx)
    assert window.strategy is not None
    opened: list[str] = []
    monkeypatch.setattr(window.strategy.brands, "edit_brand", lambda: opened.append("brand"))
    window.strategy.guide.edit_brand_requested.emit(brand.id)
    assert opened == ["brand"]


def test_show_tab_opens_a_calendar_view_by_name(qtbot: QtBot, ctx: UiContext) -> None:
    ctx.services.brands.create(BrandInput(name="Palm"))
    window = bound_window(qtbot, ctx)
    window.show_tab("calendar/week")
    assert window.tabs.currentIndex() == TAB_NAMES.index("calendar")
    assert window.calendar is not None
    assert window.calendar.views.currentIndex() == window.calendar.VIEWS["week"]
    window.show_tab("calendar/nonsense")
    assert window.calendar.views.currentIndex() == window.calendar.VIEWS["week"]


def test_show_tab_opens_a_calendar_month_by_name(qtbot: QtBot, ctx: UiContext) -> None:
    """The Today panel's "next month is thin" item names its month as calendar/2027-01."""
    ctx.services.brands.create(BrandInput(name="Palm"))
    window = bound_window(qtbot, ctx)
    window.show_tab("calendar/week")
    window.show_tab("calendar/2027-01")
    assert window.calendar is not None
    assert window.calendar.views.currentIndex() == window.calendar.VIEWS["month"]
    assert (window.calendar.year, window.calendar.month) == (2027, 1)
    window.show_tab("calendar/2027-13")
    assert (window.calendar.year, window.calendar.month) == (2027, 1)

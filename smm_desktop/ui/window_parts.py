"""Pieces of the main window kept out of it: menus, tab shortcuts, undo wiring, saved layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSplitter

if TYPE_CHECKING:
    from smm_desktop.ui.context import UiContext
    from smm_desktop.ui.main_window import MainWindow


def build_menus(w: MainWindow) -> QMenu:
    """File, Edit, View and Help; returns the (filled later) recent workspaces menu."""
    a = w.commands
    file_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([a.new_workspace, a.open_workspace])
    recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    file_menu.addActions([a.open_sample])
    file_menu.addSeparator()
    file_menu.addActions([a.import_file, a.import_log])
    file_menu.addSeparator()
    file_menu.addActions([a.export_json, a.export_brand_json, a.import_json])
    file_menu.addSeparator()
    file_menu.addActions([a.backups])
    file_menu.addSeparator()
    file_menu.addActions([a.settings])
    file_menu.addSeparator()
    file_menu.addActions([a.quit])
    edit = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.new_brand, a.new_account, a.focus_switcher])
    view = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addActions([a.toggle_todo])
    view.addSeparator()
    for number in range(w.tabs.count()):
        view.addAction(tab_shortcut(w, number))
    help_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addActions([a.check_workspace, a.show_log, a.about])
    return recent


def tab_shortcut(w: MainWindow, number: int) -> QAction:
    """Ctrl+1…5 open the tabs."""
    action = QAction(w.tabs.tabText(number), w)
    action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
    action.triggered.connect(lambda: w.tabs.setCurrentIndex(number))
    return action


def bind_undo(w: MainWindow, ctx: UiContext) -> None:
    """Undo/Redo follow this workspace's stack (no closures: the old stack must be freed)."""
    ctx.undo.canUndoChanged.connect(w.commands.undo.setEnabled)
    ctx.undo.canRedoChanged.connect(w.commands.redo.setEnabled)
    ctx.undo.undoTextChanged.connect(w.name_undo)
    ctx.undo.redoTextChanged.connect(w.name_redo)
    w.commands.undo.setEnabled(ctx.undo.canUndo())
    w.commands.redo.setEnabled(ctx.undo.canRedo())
    w.name_undo(ctx.undo.undoText())
    w.name_redo(ctx.undo.redoText())


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii")))


# The splitters whose state is remembered: object name -> key in the saved layout.
SPLITTERS = {"strategySplitter": "strategy_splitter", "audienceSplitter": "audience_splitter",
             "goalsSplitter": "goals_splitter", "goalDetailSplitter": "goal_detail_splitter",
             "competitorsSplitter": "competitors_splitter",
             "comparisonSplitter": "comparison_splitter"}


def save(w: MainWindow) -> dict[str, str]:
    # What a tab never built this time (so not found) had last time is kept.
    state = {key: value for key, value in w.saved_layout.items()
             if key in SPLITTERS.values() or key.endswith("_section")}
    state |= {"geometry": _encode(w.saveGeometry()), "state": _encode(w.saveState()),
              "tab": str(w.tabs.currentIndex())}
    for name, key in SPLITTERS.items():
        splitter = w.findChild(QSplitter, name)
        if splitter is not None:
            state[key] = _encode(splitter.saveState())
    if w.strategy is not None:
        state["strategy_section"] = w.strategy.section()
    if w.built_competitors is not None:
        state["competitors_section"] = w.built_competitors.section()
    return state


def restore(w: MainWindow, state: dict[str, str]) -> None:
    w.saved_layout = state
    if state.get("geometry"):
        w.restoreGeometry(_decode(state["geometry"]))
    if state.get("state"):
        w.restoreState(_decode(state["state"]))
        _dock_at_reading_start(w)
    else:
        w.resizeDocks([w.todo_dock], [300], Qt.Orientation.Horizontal)
    if state.get("tab", "").isdigit():
        w.tabs.setCurrentIndex(int(state["tab"]))


def _dock_at_reading_start(w: MainWindow) -> None:
    """A side-docked Today panel moves to where reading starts when the language changed."""
    area = w.dockWidgetArea(w.todo_dock)
    sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    if area not in sides or w.todo_dock.isFloating():
        return
    rtl = w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    start = sides[1] if rtl else sides[0]
    if area != start:
        w.addDockWidget(start, w.todo_dock)


def restore_splitter(w: MainWindow) -> None:
    state = w.saved_layout
    for name, key in SPLITTERS.items():
        splitter = w.findChild(QSplitter, name)
        if splitter is not None and state.get(key):
            splitter.restoreState(_decode(state[key]))
    if w.strategy is not None and state.get("strategy_section"):
        w.strategy.show_section(state["strategy_section"])


def restore_competitors(w: MainWindow) -> None:
    """The Competitors tab, built on first show, gets its section and splitters back."""
    tab = w.built_competitors
    for name, key in SPLITTERS.items():
        splitter = tab.findChild(QSplitter, name) if tab is not None else None
        if splitter is not None and w.saved_layout.get(key):
            splitter.restoreState(_decode(w.saved_layout[key]))
    if tab is not None and w.saved_layout.get("competitors_section"):
        tab.show_section(w.saved_layout["competitors_section"])

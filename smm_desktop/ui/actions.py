"""The main window's actions, with their shortcuts: every command is reachable by keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass
class Actions:
    new_workspace: QAction
    open_workspace: QAction
    open_sample: QAction
    settings: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    new_brand: QAction
    new_account: QAction
    focus_switcher: QAction
    toggle_todo: QAction
    show_log: QAction
    about: QAction


def _action(parent: QWidget, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_actions(w: QWidget) -> Actions:
    """Texts are translated by the caller's tr() so lupdate files them under MainWindow."""
    std = QKeySequence.StandardKey
    return Actions(
        new_workspace=_action(w, w.tr("&New workspace…"), QKeySequence(std.New)),
        open_workspace=_action(w, w.tr("&Open workspace…"), QKeySequence(std.Open)),
        open_sample=_action(w, w.tr("Open the &sample workspace")),
        settings=_action(w, w.tr("&Settings…"), "Ctrl+,"),
        quit=_action(w, w.tr("&Quit"), QKeySequence(std.Quit)),
        undo=_action(w, w.tr("&Undo"), QKeySequence(std.Undo)),
        redo=_action(w, w.tr("&Redo"), QKeySequence(std.Redo)),
        new_brand=_action(w, w.tr("New &brand…"), "Ctrl+Shift+B"),
        new_account=_action(w, w.tr("New &account…"), "Ctrl+Shift+A"),
        focus_switcher=_action(w, w.tr("Switch brand"), "Ctrl+B"),
        toggle_todo=_action(w, w.tr("&Today panel"), "Ctrl+T"),
        show_log=_action(w, w.tr("Show the &log folder")),
        about=_action(w, w.tr("&About SMM Desktop")),
    )

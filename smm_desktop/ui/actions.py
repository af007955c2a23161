"""The main window's actions, with their shortcuts: every command is reachable by keyboard."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_STD = QKeySequence.StandardKey
_TEXTS: dict[str, tuple[str, QKeySequence.StandardKey | str | None]] = {
    "new_workspace": (QT_TRANSLATE_NOOP("Actions", "&New workspace…"), _STD.New),
    "open_workspace": (QT_TRANSLATE_NOOP("Actions", "&Open workspace…"), _STD.Open),
    "open_sample": (QT_TRANSLATE_NOOP("Actions", "Open the &sample workspace"), None),
    "backups": (QT_TRANSLATE_NOOP("Actions", "&Backups…"), None),
    "export_json": (QT_TRANSLATE_NOOP("Actions", "&Export workspace to JSON…"), None),
    "export_brand_json": (QT_TRANSLATE_NOOP("Actions", "Export this &brand to JSON…"), None),
    "import_json": (QT_TRANSLATE_NOOP("Actions", "&Import from JSON…"), None),
    "import_file": (QT_TRANSLATE_NOOP("Actions", "Import analytics &files…"), "Ctrl+I"),
    "import_log": (QT_TRANSLATE_NOOP("Actions", "Import lo&g…"), None),
    "check_workspace": (QT_TRANSLATE_NOOP("Actions", "&Check workspace"), None),
    "settings": (QT_TRANSLATE_NOOP("Actions", "&Settings…"), "Ctrl+,"),
    "quit": (QT_TRANSLATE_NOOP("Actions", "&Quit"), _STD.Quit),
    "undo": (QT_TRANSLATE_NOOP("Actions", "&Undo"), _STD.Undo),
    "redo": (QT_TRANSLATE_NOOP("Actions", "&Redo"), _STD.Redo),
    "new_brand": (QT_TRANSLATE_NOOP("Actions", "New &brand…"), "Ctrl+Shift+B"),
    "new_account": (QT_TRANSLATE_NOOP("Actions", "New &account…"), "Ctrl+Shift+A"),
    "focus_switcher": (QT_TRANSLATE_NOOP("Actions", "Switch brand"), "Ctrl+B"),
    "toggle_todo": (QT_TRANSLATE_NOOP("Actions", "&Today panel"), "Ctrl+T"),
    "show_log": (QT_TRANSLATE_NOOP("Actions", "Show the &log folder"), None),
    "about": (QT_TRANSLATE_NOOP("Actions", "&About SMM Desktop"), None),
}


@dataclass
class Actions:
    new_workspace: QAction
    open_workspace: QAction
    open_sample: QAction
    backups: QAction
    export_json: QAction
    export_brand_json: QAction
    import_json: QAction
    import_file: QAction
    import_log: QAction
    check_workspace: QAction
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


def _action(parent: QWidget, name: str) -> QAction:
    text, shortcut = _TEXTS[name]
    action = QAction(QCoreApplication.translate("Actions", text), parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_actions(parent: QWidget) -> Actions:
    return Actions(**{f.name: _action(parent, f.name) for f in fields(Actions)})

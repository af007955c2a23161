"""Signals that tell every view the workspace's data changed, or that a change failed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataHub(QObject):
    """Views reload on `changed(area)`; the window shows `failed(error)` to the person."""

    changed = Signal(str)
    failed = Signal(object)
    BRANDS = "brands"
    ACCOUNTS = "accounts"
    GOALS = "goals"  # business and social goals
    SNAPSHOTS = "snapshots"  # recorded or imported numbers
    PERSONAS = "personas"

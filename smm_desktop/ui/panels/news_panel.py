"""Placeholder: the Today dock's news page (replaced by its own change)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smm_desktop.ui.context import UiContext


class NewsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

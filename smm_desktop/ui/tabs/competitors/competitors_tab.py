"""Placeholder: the Competitors tab (replaced by its own change)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smm_desktop.ui.context import UiContext


class CompetitorsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def show_section(self, name: str) -> None:
        """Show the section named (placeholder: nothing to show)."""

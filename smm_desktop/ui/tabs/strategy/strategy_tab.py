"""Strategy: the brands and their accounts above, the current brand's goals and their KPI
progress below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.strategy.accounts_panel import AccountsPanel
from smm_desktop.ui.tabs.strategy.brands_panel import BrandsPanel
from smm_desktop.ui.tabs.strategy.goals_section import GoalsSection


class StrategyTab(QWidget):
    """Brands beside the current brand's accounts; under them, its goals and their progress."""

    sample_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.brands = BrandsPanel(ctx)
        self.accounts = AccountsPanel(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("strategySplitter")
        self.splitter.addWidget(self.brands)
        self.splitter.addWidget(self.accounts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.goals = GoalsSection(ctx)
        self.outer = QSplitter(Qt.Orientation.Vertical)
        self.outer.setObjectName("strategyGoalsSplitter")
        self.outer.setChildrenCollapsible(False)
        self.outer.addWidget(self.splitter)
        self.outer.addWidget(self.goals)
        self.outer.setStretchFactor(0, 2)
        self.outer.setStretchFactor(1, 3)
        self.outer.setSizes([250, 400])
        self.empty_banner = self._empty_banner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_banner)
        layout.addWidget(self.outer, 1)
        ctx.hub.changed.connect(self._on_changed)
        self._on_changed(DataHub.BRANDS)

    def _empty_banner(self) -> QFrame:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(self.tr(
            "This workspace has no brands yet. Add the first client you manage, "
            "or look around the sample workspace first."))
        text.setWordWrap(True)
        add = QPushButton(self.tr("Add your first brand…"))
        add.clicked.connect(self.brands.new_brand)
        sample = QPushButton(self.tr("Open the sample workspace"))
        sample.clicked.connect(self.sample_requested)
        row = QHBoxLayout(banner)
        row.addWidget(text, 1)
        row.addWidget(add)
        row.addWidget(sample)
        return banner

    def _on_changed(self, area: str) -> None:
        if area == DataHub.BRANDS:
            self.empty_banner.setVisible(self.brands.model.rowCount() == 0
                                         and not self.brands.show_archived.isChecked())

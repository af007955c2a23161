"""The goals of the current brand: its social goals with their progress, and under them its
business goals beside the selected social goal, in words and in a chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.strategy.business_goals_panel import BusinessGoalsPanel
from smm_desktop.ui.tabs.strategy.goal_detail import GoalDetail
from smm_desktop.ui.tabs.strategy.social_goals_panel import SocialGoalsPanel


class GoalsSection(QSplitter):
    """Social goals over (business goals | the selected goal's detail): the goals table, the
    widest part of the tab, gets the whole width."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("goalsSplitter")
        self.setChildrenCollapsible(False)
        self.social = SocialGoalsPanel(ctx)
        self.business = BusinessGoalsPanel(ctx)
        self.detail = GoalDetail(ctx)
        self.lower_row = QSplitter(Qt.Orientation.Horizontal)
        self.lower_row.setObjectName("goalDetailSplitter")
        self.lower_row.addWidget(self.business)
        self.lower_row.addWidget(self.detail)
        self.lower_row.setStretchFactor(0, 2)
        self.lower_row.setStretchFactor(1, 3)
        self.addWidget(self.social)
        self.addWidget(self.lower_row)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([300, 200])
        self.social.current_changed.connect(lambda _id: self.detail.show_row(
            self.social.current_row()))

"""Reports: its sections as tabs. The client report first (issue #9), then the campaigns."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.reports.campaigns_section import CampaignsSection
from smm_desktop.ui.tabs.reports.report_section import ReportSection


class ReportsTab(QWidget):
    """Cheap to build: each section reads when first shown."""

    SECTIONS = ("report", "campaigns")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.ctx = ctx
        self.report = ReportSection(ctx)
        self.campaigns = CampaignsSection(ctx)
        self.sections = QTabWidget()
        self.sections.setObjectName("reportsSections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.report, self.tr("Report"))
        self.sections.addTab(self.campaigns, self.tr("Campaigns"))
        QVBoxLayout(self).addWidget(self.sections)

    def show_section(self, name: str) -> None:
        if name in self.SECTIONS:
            self.sections.setCurrentIndex(self.SECTIONS.index(name))

    def section(self) -> str:
        return self.SECTIONS[self.sections.currentIndex()]

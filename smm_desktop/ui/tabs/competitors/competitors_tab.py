"""Competitors: one section a tab — the brand's competitors and what is known of them, the
weekly check, the comparison with our accounts, and the hashtags. Each section is built and
read when first shown."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smm_desktop.ui.context import UiContext

# section name -> (module, class); built on first show so start-up stays light.
_SECTIONS = {
    "list": ("smm_desktop.ui.tabs.competitors.list_section", "CompetitorsSection"),
    "check": ("smm_desktop.ui.tabs.competitors.weekly_check", "WeeklyCheckSection"),
    "compare": ("smm_desktop.ui.tabs.competitors.comparison", "ComparisonSection"),
    "hashtags": ("smm_desktop.ui.tabs.competitors.hashtags", "HashtagsSection"),
}


class CompetitorsTab(QWidget):
    """Sections as tabs, each with the whole height; the current one is remembered by the
    window (section() / show_section())."""

    SECTIONS = tuple(_SECTIONS)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._holders = {name: self._holder() for name in self.SECTIONS}
        self._built: dict[str, QWidget] = {}
        self.sections = QTabWidget()
        self.sections.setObjectName("competitorSections")
        self.sections.setDocumentMode(True)
        titles = (self.tr("Competitors"), self.tr("Weekly check"), self.tr("Comparison"),
                  self.tr("Hashtags"))
        for name, title in zip(self.SECTIONS, titles, strict=True):
            self.sections.addTab(self._holders[name], title)
        self.sections.currentChanged.connect(lambda i: self.section_widget(self.SECTIONS[i]))
        QVBoxLayout(self).addWidget(self.sections)
        self.section_widget(self.SECTIONS[0])

    @staticmethod
    def _holder() -> QWidget:
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        return holder

    def section_widget(self, name: str) -> QWidget:
        """The section called `name`, built on first use."""
        if name not in self._built:
            module, class_name = _SECTIONS[name]
            section: QWidget = getattr(importlib.import_module(module), class_name)(self.ctx)
            self._built[name] = section
            layout = self._holders[name].layout()
            assert layout is not None
            layout.addWidget(section)
        return self._built[name]

    def show_section(self, name: str) -> None:
        """`name` is list, check, compare or hashtags ("competitors" means list)."""
        name = "list" if name == "competitors" else name
        if name in self.SECTIONS:
            self.sections.setCurrentIndex(self.SECTIONS.index(name))

    def section(self) -> str:
        return self.SECTIONS[self.sections.currentIndex()]

"""Strategy: one section a tab, in the order of the job: the brands and their accounts, the
current brand's goals and their KPI progress, its account audits, its brand guide and its
quarterly reviews."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.strategy.accounts_panel import AccountsPanel
from smm_desktop.ui.tabs.strategy.brands_panel import BrandsPanel
from smm_desktop.ui.tabs.strategy.goals_section import GoalsSection

if TYPE_CHECKING:
    from smm_desktop.ui.tabs.strategy.audit_section import AuditSection
    from smm_desktop.ui.tabs.strategy.guide_section import GuideSection
    from smm_desktop.ui.tabs.strategy.numbers_section import NumbersSection
    from smm_desktop.ui.tabs.strategy.review_section import ReviewSection

# The sections built when first shown (their modules, services and tables stay out of start-up).
_LATER = {"numbers": ("smm_desktop.ui.tabs.strategy.numbers_section", "NumbersSection"),
          "audit": ("smm_desktop.ui.tabs.strategy.audit_section", "AuditSection"),
          "guide": ("smm_desktop.ui.tabs.strategy.guide_section", "GuideSection"),
          "review": ("smm_desktop.ui.tabs.strategy.review_section", "ReviewSection")}


class StrategyTab(QWidget):
    """Sections as tabs, each with the whole height; goals first once a brand exists."""

    sample_requested = Signal()
    SECTIONS = ("brands", "goals", "numbers", "audit", "guide", "review")

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
        self._holders = {name: self._holder() for name in _LATER}
        self._built: dict[str, QWidget] = {}
        self.sections = self._sections()
        self.sections.currentChanged.connect(lambda index: self._section(self.SECTIONS[index]))
        self.empty_banner = self._empty_banner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_banner)
        layout.addWidget(self.sections, 1)
        ctx.hub.changed.connect(self._on_changed)
        self._on_changed(DataHub.BRANDS)
        self.show_section("goals" if self.brands.model.rowCount() else "brands")

    def _sections(self) -> QTabWidget:
        sections = QTabWidget()
        sections.setObjectName("strategySections")
        sections.setDocumentMode(True)
        sections.addTab(self.splitter, self.tr("Brands and accounts"))
        sections.addTab(self.goals, self.tr("Goals and KPIs"))
        sections.addTab(self._holders["numbers"], self.tr("Accounts && numbers"))
        sections.addTab(self._holders["audit"], self.tr("Account audit"))
        sections.addTab(self._holders["guide"], self.tr("Brand guide"))
        sections.addTab(self._holders["review"], self.tr("Quarterly review"))
        return sections

    @staticmethod
    def _holder() -> QWidget:
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        return holder

    def _section(self, name: str) -> QWidget | None:
        """The section called `name`, built on first use for those in _LATER."""
        if name not in _LATER or name in self._built:
            return self._built.get(name)
        module, class_name = _LATER[name]
        section: QWidget = getattr(importlib.import_module(module), class_name)(self.ctx)
        self._built[name] = section
        layout = self._holders[name].layout()
        assert layout is not None
        layout.addWidget(section)
        if name == "guide":
            section.edit_brand_requested.connect(  # type: ignore[attr-defined]
                lambda _id: self.brands.edit_brand())
        return section

    @property
    def numbers(self) -> NumbersSection:
        return self._section("numbers")  # type: ignore[return-value]

    @property
    def audits(self) -> AuditSection:
        return self._section("audit")  # type: ignore[return-value]

    @property
    def guide(self) -> GuideSection:
        return self._section("guide")  # type: ignore[return-value]

    @property
    def reviews(self) -> ReviewSection:
        return self._section("review")  # type: ignore[return-value]

    def show_section(self, name: str) -> None:
        if name in self.SECTIONS:
            self.sections.setCurrentIndex(self.SECTIONS.index(name))

    def section(self) -> str:
        return self.SECTIONS[self.sections.currentIndex()]

    def _empty_banner(self) -> QFrame:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(self.tr(
            "This workspace has no brands yet. Add the first client you manage, "
            "or look around the sample workspace first."))
        text.setWordWrap(True)
        add = QPushButton(self.tr("Add your first brand…"))
        add.clicked.connect(self.new_brand)
        sample = QPushButton(self.tr("Open the sample workspace"))
        sample.clicked.connect(self.sample_requested)
        row = QHBoxLayout(banner)
        row.addWidget(text, 1)
        row.addWidget(add)
        row.addWidget(sample)
        return banner

    def new_brand(self) -> None:
        self.show_section("brands")
        self.brands.new_brand()

    def new_account(self) -> None:
        self.show_section("brands")
        self.accounts.new_account()

    def _on_changed(self, area: str) -> None:
        if area == DataHub.BRANDS:
            self.empty_banner.setVisible(self.brands.model.rowCount() == 0
                                         and not self.brands.show_archived.isChecked())

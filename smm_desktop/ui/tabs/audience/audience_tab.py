"""Audience: the current brand's personas (segments) as cards, and where they are online."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.audience.personas_panel import PersonasPanel
from smm_desktop.ui.tabs.audience.where_panel import WherePanel

_AREAS = (DataHub.PERSONAS, DataHub.BRANDS, DataHub.ACCOUNTS, DataHub.PLATFORMS)


class AudienceTab(QWidget):
    """Follows the brand switcher; shows a first-segment page when the brand has none."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.personas = PersonasPanel(ctx)
        self.where = WherePanel(ctx)
        self.one_segment_banner = self._one_segment_banner()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._body())
        layout = QVBoxLayout(self)
        layout.addWidget(self.one_segment_banner)
        layout.addWidget(self.stack, 1)
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(lambda _id: self.reload())
        self.reload()

    def _body(self) -> QWidget:
        """The cards above; where the audience is below, scrolled when the screen is short (the
        window must fit 768 pixels)."""
        where = QScrollArea()
        where.setWidgetResizable(True)
        where.setFrameShape(QFrame.Shape.NoFrame)
        where.setWidget(self.where)
        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("audienceSplitter")
        body.setChildrenCollapsible(False)
        body.addWidget(self.personas)
        body.addWidget(where)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setSizes([210, 490])
        return body

    def _banner(self, text: str, button: QPushButton) -> QFrame:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(text)
        label.setWordWrap(True)
        row = QHBoxLayout(banner)
        row.addWidget(label, 1)
        row.addWidget(button)
        return banner

    def _one_segment_banner(self) -> QFrame:
        add = QPushButton(self.tr("Add another segment…"))
        add.clicked.connect(self.personas.new_persona)
        banner = self._banner(self.tr(
            "This brand has only one audience segment. The job advises at least two, each with "
            "content of its own: think of who else buys, or who influences the buyer."), add)
        banner.setObjectName("oneSegmentBanner")
        return banner

    def _empty_page(self) -> QWidget:
        heading = QLabel(self.tr("Who does this brand speak to?"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setObjectName("audienceEmptyText")
        self.first_button = QPushButton(self.tr("Add the first segment…"))
        self.first_button.clicked.connect(self.personas.new_persona)
        block = QWidget()
        block.setMaximumWidth(720)
        column = QVBoxLayout(block)
        column.addWidget(heading)
        column.addWidget(self.empty_text)
        column.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignLeading)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(block, 4)
        row.addStretch(1)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return page

    def _on_data_changed(self, area: str) -> None:
        if area in _AREAS:
            self.reload()

    def reload(self) -> None:
        brand_id, personas = self.ctx.scope.brand_id, self.ctx.services.personas
        has_any = bool(brand_id and personas.list_personas(brand_id))
        self.personas.reload()
        self.where.reload()
        self.one_segment_banner.setVisible(bool(brand_id) and personas.only_one_segment(brand_id))
        self._show_empty(brand_id, has_any)

    def _show_empty(self, brand_id: int, has_any: bool) -> None:
        if brand_id:
            self.empty_text.setText(self.tr(
                "This brand has no audience segments yet. Describe the people it speaks to: who "
                "they are, what they struggle with and dream of, and where they spend their time "
                "online. The job advises at least two segments, each with content of its own."))
        else:
            self.empty_text.setText(self.tr(
                "Personas belong to a brand. Add a brand in the Strategy tab first, or choose one "
                "with the brand switcher."))
        self.first_button.setVisible(bool(brand_id))
        focus_button = self.stack.currentIndex() == 1 and not has_any and self.isVisible()
        self.stack.setCurrentIndex(1 if has_any else 0)
        if focus_button and self.first_button.isVisible():
            self.first_button.setFocus()

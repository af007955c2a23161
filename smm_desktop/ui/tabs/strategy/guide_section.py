"""The brand guide, read like the brand's one-page guide: voice and tone and the word lists,
its colours and logo, the bio on each platform, the hashtag sets, and the quarterly check of
every account against it. Nothing is read until the section is first shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.errors import NotFound
from smm_desktop.services.brands import BrandData
from smm_desktop.services.guides import GuideData, GuideInput
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.guide_dialog import GuideDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.strategy.guide_checks_panel import ChecksPanel
from smm_desktop.ui.tabs.strategy.guide_panels import BiosPanel, HashtagSetsPanel, bio_rows
from smm_desktop.ui.undo import ChangeCommand
from smm_desktop.ui.widgets.lazy_section import LazySection

LOGO_SIZE = 72
SWATCH = 28
_AREAS = (DataHub.GUIDE, DataHub.BRANDS, DataHub.ACCOUNTS)


def words_text(words: tuple[str, ...]) -> str:
    """The guide's words on one line, each in its own direction, the separator translated."""
    return labels.separator().join(isolate(w) for w in words)


def _text_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class VoiceCard(QGroupBox):
    """Voice, tone and the two word lists as text, with an Edit… button."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Voice and tone"), parent)
        self.voice, self.tone = _text_label("guideVoice"), _text_label("guideTone")
        self.use, self.avoid = _text_label("guideWordsToUse"), _text_label("guideWordsToAvoid")
        form = QFormLayout()
        form.addRow(self.tr("Voice"), self.voice)
        form.addRow(self.tr("Tone"), self.tone)
        form.addRow(self.tr("Words to use"), self.use)
        form.addRow(self.tr("Words to avoid"), self.avoid)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_requested)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch()
        layout.addLayout(row)

    def show_guide(self, guide: GuideData | None) -> None:
        unset = self.tr("Not set yet")
        self.voice.setText(guide.voice if guide and guide.voice else unset)
        self.tone.setText(guide.tone if guide and guide.tone else unset)
        self.use.setText(words_text(guide.words_to_use) if guide and guide.words_to_use
                         else unset)
        self.avoid.setText(words_text(guide.words_to_avoid) if guide and guide.words_to_avoid
                           else unset)
        self.edit_button.setEnabled(guide is not None)


class IdentityCard(QGroupBox):
    """The brand's colours as swatches and its logo; they are edited in the brand dialog."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Colours and logo"), parent)
        self.logo = QLabel()
        self.logo.setObjectName("guideLogo")
        self.logo.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setFrameShape(QLabel.Shape.StyledPanel)
        self.swatches = QHBoxLayout()
        self.no_colours = QLabel(self.tr("No colours set"))
        self.edit_button = QPushButton(self.tr("Edit colours and logo…"))
        self.edit_button.clicked.connect(self.edit_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.logo)
        layout.addLayout(self.swatches)
        layout.addWidget(self.no_colours)
        layout.addStretch()
        layout.addWidget(self.edit_button)

    def show_brand(self, brand: BrandData | None) -> None:
        self._show_logo(brand.logo_png if brand else None)
        while self.swatches.count():
            item = self.swatches.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        colours = brand.colours if brand else ()
        for colour in colours:
            self.swatches.addWidget(self._swatch(colour))
        self.swatches.addStretch()
        self.no_colours.setVisible(not colours)
        self.edit_button.setEnabled(brand is not None)

    def _show_logo(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo.setPixmap(pixmap.scaled(LOGO_SIZE, LOGO_SIZE,
                                              Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.clear()
            self.logo.setText(self.tr("No logo"))

    def _swatch(self, colour: str) -> QLabel:
        swatch = QLabel()
        swatch.setObjectName("swatch")
        swatch.setFixedSize(SWATCH, SWATCH)
        swatch.setStyleSheet(f"background: {colour}; border: 1px solid #888; border-radius: 4px;")
        swatch.setToolTip(colour)
        swatch.setAccessibleName(colour)
        return swatch


class GuideSection(LazySection):
    """The current brand's guide; `edit_brand_requested(brand_id)` asks the owner to open the
    brand dialog (colours and logo are the brand's own)."""

    edit_brand_requested = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self.guide: GuideData | None = None
        self.voice = VoiceCard()
        self.identity = IdentityCard()
        self.bios = BiosPanel(ctx)
        self.sets = HashtagSetsPanel(ctx)
        self.checks = ChecksPanel(ctx, lambda: self.today())
        self.voice.edit_requested.connect(lambda: self.edit_guide())
        self.identity.edit_requested.connect(self._ask_brand_edit)
        self._lay_out()
        ctx.hub.changed.connect(lambda area: self.mark_dirty() if area in _AREAS else None)
        ctx.scope.changed.connect(lambda _id: self.mark_dirty())

    def _lay_out(self) -> None:
        page = QWidget()
        page.setObjectName("guidePage")
        grid = QGridLayout(page)
        grid.addWidget(self.voice, 0, 0)
        grid.addWidget(self.identity, 0, 1)
        grid.addWidget(self.checks, 0, 2)
        grid.addWidget(self.bios, 1, 0, 1, 3)
        grid.addWidget(self.sets, 2, 0, 1, 3)
        for column, stretch in enumerate((3, 1, 2)):
            grid.setColumnStretch(column, stretch)
        for panel in (self.bios, self.sets):
            panel.view.setMinimumHeight(170)
        self.checks.view.setMaximumHeight(120)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def reload(self) -> None:
        """Read the current brand's guide, bios, sets and checks (the only place that reads)."""
        self._dirty = False
        brand_id, services = self.ctx.scope.brand_id, self.ctx.services
        brand = self._brand(brand_id)
        guides = services.guides
        self.guide = guides.get_guide(brand_id) if brand else None
        self.voice.show_guide(self.guide)
        self.identity.show_brand(brand)
        platforms = {a.platform for a in services.accounts.list_accounts(brand_id, False)} if (
            brand) else set()
        self.bios.load(brand_id if brand else 0,
                       bio_rows(guides.list_bios(brand_id), platforms) if brand else [])
        self.sets.load(brand_id if brand else 0, guides.list_sets(brand_id) if brand else [])
        self.checks.load(brand_id if brand else 0, guides.list_checks(brand_id) if brand else [])

    def _brand(self, brand_id: int) -> BrandData | None:
        if not brand_id:
            return None
        try:
            return self.ctx.services.brands.get(brand_id)
        except NotFound:
            return None

    def _ask_brand_edit(self) -> None:
        if self.ctx.scope.brand_id:
            self.edit_brand_requested.emit(self.ctx.scope.brand_id)

    def edit_guide(self, draft: GuideInput | None = None) -> None:
        """Voice, tone and words; a refused save reopens the dialog with what was typed."""
        guide, brand_id = self.guide, self.ctx.scope.brand_id
        if guide is None or not brand_id:
            return
        guides = self.ctx.services.guides
        before = guide.to_input()
        data, ok = GuideDialog.run(self.window(), guides.validate_guide, draft or before)
        if not ok or data is None or data == before:
            return
        command = ChangeCommand(self.tr("Edit voice and tone"), self.ctx.hub, DataHub.GUIDE,
                                guide, lambda _id, version, value: guides.save_guide(
                                    brand_id, version, value), before, data)
        self.ctx.undo.push(command)
        if command.failed:
            self.edit_guide(data)

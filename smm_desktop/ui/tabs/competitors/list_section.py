"""The "Competitors" section: the brand's competitors beside the current one's profile, its
monitoring log, strategy guesses and snapshots."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.competitor_data import CompetitorData
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.competitors.competitors_panel import CompetitorsPanel
from smm_desktop.ui.tabs.competitors.detail_panels import (
    GuessesPanel,
    ObservationsPanel,
    SnapshotsPanel,
)
from smm_desktop.ui.widgets.lazy_section import LazySection

RELOAD_ON = (DataHub.COMPETITORS, DataHub.BRANDS, DataHub.ACCOUNTS, DataHub.SNAPSHOTS,
             DataHub.POSTS)


class CompetitorsSection(LazySection):
    """Reads nothing until shown; follows the current brand."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("competitorsSection")
        self.panel = CompetitorsPanel(ctx)
        self.profile = QLabel()
        self.profile.setObjectName("competitorProfile")
        self.profile.setWordWrap(True)
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log, self.guesses, self.snapshots = (ObservationsPanel(ctx), GuessesPanel(ctx),
                                                  SnapshotsPanel(ctx))
        self.details = QTabWidget()
        self.details.setObjectName("competitorDetails")
        self.details.addTab(self._scrolled(self.profile), self.tr("Profile"))
        self.details.addTab(self.log, self.tr("Monitoring log"))
        self.details.addTab(self.guesses, self.tr("Strategy guesses"))
        self.details.addTab(self.snapshots, self.tr("Snapshots"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("competitorsSplitter")
        splitter.addWidget(self.panel)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)
        self.panel.current_changed.connect(lambda _id: self._show_current())
        self.panel.show_archived.toggled.connect(lambda _on: self.mark_dirty())
        ctx.hub.changed.connect(lambda area: self.mark_dirty() if area in RELOAD_ON else None)
        ctx.scope.changed.connect(lambda _id: self.mark_dirty())

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def reload(self) -> None:
        self._dirty = False
        self.panel.reload()
        self._show_current()

    def _show_current(self) -> None:
        competitor = self.panel.current_competitor()
        service = self.ctx.services.competitors
        self.profile.setText(self.profile_html(competitor))
        log = service.observations(competitor.id) if competitor else []
        self.log.set_records(competitor, log)
        self.guesses.log = log
        self.guesses.set_records(competitor, service.guesses(competitor.id) if competitor else [])
        self.snapshots.show_competitor(competitor)

    def profile_html(self, competitor: CompetitorData | None) -> str:
        """The manager's reading of the competitor, one heading a part; empty parts say so.
        Every block takes the panel's direction (titles at its start) and each line of a
        note is isolated, so an English note in Arabic keeps its full stop at its end."""
        if competitor is None:
            return escape(self.tr("Add the brand's competitors to follow what they do."))
        side = "rtl" if self.isRightToLeft() else "ltr"
        parts = [f"<h3 dir='{side}'>{isolate(escape(competitor.name))}</h3>"]
        if competitor.website:
            parts.append(f"<p dir='{side}'>{ltr(escape(competitor.website))}</p>")
        for title, text in ((self.tr("Positioning"), competitor.positioning),
                            (self.tr("Strengths"), competitor.strengths),
                            (self.tr("Weaknesses"), competitor.weaknesses),
                            (self.tr("What to learn"), competitor.to_learn),
                            (self.tr("What to avoid"), competitor.to_avoid),
                            (self.tr("Notes"), competitor.notes)):
            body = ("<br>".join(isolate(escape(line)) for line in text.splitlines())
                    if text.strip() else escape(self.tr("Not written yet.")))
            parts.append(f"<p dir='{side}'><b>{escape(title)}</b><br>{body}</p>")
        return "".join(parts)

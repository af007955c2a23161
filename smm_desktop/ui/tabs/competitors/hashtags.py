"""The "Hashtags" section: each competitor's most used hashtags, ours, the overlap and the ones
they use that we do not; chosen ones go to one of the brand guide's hashtag sets (undoable)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.hashtags import tag_key
from smm_desktop.services.competitor_data import HashtagReport
from smm_desktop.services.guide_data import HashtagSetData, HashtagSetInput
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.competitor_text import joined
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.competitors import HashtagRow, HashtagTableModel
from smm_desktop.ui.tabs.competitors.comparison import PERIODS
from smm_desktop.ui.tabs.competitors.list_section import RELOAD_ON
from smm_desktop.ui.undo import ChangeCommand
from smm_desktop.ui.widgets.lazy_section import LazySection

ALL = 0


def overall_rows(report: HashtagReport) -> list[HashtagRow]:
    """Every tag of theirs and ours: counts summed over the competitors, who uses it."""
    theirs: dict[str, int] = {}
    who: dict[str, list[str]] = {}
    for competitor in report.competitors:
        for tag, n in competitor.top:
            theirs[tag] = theirs.get(tag, 0) + n
            who.setdefault(tag, []).append(competitor.name)
    ours = dict(report.ours)
    ours_by_key = {tag_key(t): n for t, n in ours.items()}
    rows = [HashtagRow(t, n, ours_by_key.get(tag_key(t)), joined(who[t]))
            for t, n in sorted(theirs.items(), key=lambda kv: -kv[1])]
    their_keys = {tag_key(t) for t in theirs}
    rows += [HashtagRow(t, None, n) for t, n in report.ours if tag_key(t) not in their_keys]
    return rows


def competitor_rows(report: HashtagReport, competitor_id: int) -> list[HashtagRow]:
    ours = {tag_key(t): n for t, n in report.ours}
    for competitor in report.competitors:
        if competitor.competitor_id == competitor_id:
            return [HashtagRow(t, n, ours.get(tag_key(t)), competitor.name)
                    for t, n in competitor.top]
    return []


class HashtagsSection(LazySection):
    """Tick hashtags (or select one) and add them to a hashtag set of the brand guide."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("hashtagsSection")
        self.report: HashtagReport | None = None
        self.model = HashtagTableModel(ctx.fmt)
        self.view = QTableView()
        self.view.setObjectName("competitorHashtagsView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self._controls()
        self._layout()
        ctx.hub.changed.connect(lambda area: self.mark_dirty() if area in RELOAD_ON else None)
        ctx.scope.changed.connect(lambda _id: self.mark_dirty())

    def _controls(self) -> None:
        self.period = QComboBox()
        for key, text in (("4w", self.tr("Last 4 weeks")), ("3m", self.tr("Last 3 months")),
                          ("12m", self.tr("Last 12 months"))):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda _i: self.mark_dirty())
        self.who = QComboBox()
        self.who.setObjectName("hashtagsWho")
        self.who.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.only_theirs = QCheckBox(self.tr("Only those they use and we don't"))
        self.only_theirs.toggled.connect(lambda _on: self.show_rows())
        self.add_button = QPushButton(self.tr("Add to a hashtag set…"))
        self.add_button.setObjectName("addToHashtagSet")
        self.sets_menu = QMenu(self)
        self.sets_menu.aboutToShow.connect(self._fill_sets_menu)
        self.add_button.setMenu(self.sets_menu)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Period:")), self.period, QLabel(self.tr("Show:")),
                       self.who, self.only_theirs):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        self._dirty = False
        brand_id = self.ctx.scope.brand_id
        end = date.today()
        start = end - timedelta(days=PERIODS[self.period.currentData()] - 1)
        self.report = (self.ctx.services.competitors.hashtags(brand_id, start, end)
                       if brand_id else None)
        keep = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("All competitors"), ALL)
        for competitor in self.report.competitors if self.report else ():
            self.who.addItem(isolate(competitor.name), competitor.competitor_id)
        self.who.setCurrentIndex(max(0, self.who.findData(keep)))
        self.who.blockSignals(False)
        self.show_rows()

    def show_rows(self) -> None:
        report, who = self.report, self.who.currentData()
        if report is None:
            self.model.set_records([])
            self.summary.setText(self.tr("No brand chosen."))
            return
        rows = overall_rows(report) if who in (ALL, None) else competitor_rows(report, who)
        if self.only_theirs.isChecked():
            rows = [r for r in rows if r.theirs is not None and r.ours is None]
        self.model.set_records(rows)
        self.summary.setText(self.summary_text(report))

    def summary_text(self, report: HashtagReport) -> str:
        fmt, overlap = self.ctx.fmt, report.overlap
        return (self.tr("Shared with competitors: %1. They use and we don't: %2. "
                        "Only ours: %3. Orange rows are theirs only.")
                .replace("%1", fmt.number(len(overlap.shared)))
                .replace("%2", fmt.number(len(overlap.only_theirs)))
                .replace("%3", fmt.number(len(overlap.only_ours))))

    def chosen_tags(self) -> list[str]:
        """The ticked tags, or else the selected rows' tags."""
        ticked = self.model.checked()
        if ticked:
            return ticked
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.record(r).tag for r in rows]

    def _fill_sets_menu(self) -> None:
        self.sets_menu.clear()
        brand_id = self.ctx.scope.brand_id
        sets = self.ctx.services.guides.list_sets(brand_id) if brand_id else []
        for tag_set in sets:
            action = self.sets_menu.addAction(isolate(tag_set.name))
            action.triggered.connect(lambda _c=False, s=tag_set: self.add_to_set(s))
        if not sets:
            empty = self.sets_menu.addAction(self.tr("No hashtag sets yet: make one in the "
                                                     "brand guide (Strategy tab)"))
            empty.setEnabled(False)

    def add_to_set(self, tag_set: HashtagSetData) -> bool:
        """Append the chosen tags the set does not have yet; one undo step."""
        have = {tag_key(t) for t in tag_set.tags}
        new = [t for t in self.chosen_tags() if tag_key(t) not in have]
        if not new:
            self.summary.setText(self.tr("Choose hashtags the set does not have yet."))
            return False
        after = HashtagSetInput(tag_set.name, (*tag_set.tags, *new))
        command = ChangeCommand(
            self.tr("Add hashtags to the set: %1").replace("%1", tag_set.name), self.ctx.hub,
            DataHub.GUIDE, tag_set, self.ctx.services.guides.update_set, tag_set.to_input(), after)
        self.ctx.undo.push(command)
        if not command.failed:
            self.summary.setText(self.tr("Added to “%1”: %2").replace("%1", tag_set.name)
                                 .replace("%2", " ".join(new)))
        return not command.failed

"""The planning panel beside the month: how the month shown measures up to the plan (posts per
week and per account, pillar shares, purposes, personas, goals, occasions, empty weeks), each
line leading somewhere: a day shown, or a new post drafted for what is missing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.occasions import Occasion
from smm_desktop.domain.planning import month_weeks
from smm_desktop.services.post_data import PostData, PostInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.calendar.plan_lines import MonthFacts, PlanLine, plan_sections
from smm_desktop.ui.undo import CreateCommand

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR = "#c0392b"
_AREAS = (DataHub.GOALS, DataHub.PERSONAS)  # posts, pillars and slots come with set_month


class PlanningPanel(QWidget):
    """Cheap to build: reads pillars, slots, personas and goals only while shown."""

    day_requested = Signal(object)  # datetime.date to show in the month
    series_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planningPanel")
        self.ctx = ctx
        self.facts: MonthFacts | None = None
        self.brand_id = 0
        self.dirty = False
        self.tree = QTreeWidget()
        self.tree.setObjectName("planningTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.act(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setToolTip(self.tr("Show this day or week in the month"))
        self.draft_button = QPushButton(self.tr("New post for it…"))
        self.series_button = QPushButton(self.tr("Series…"))
        self.series_button.setToolTip(self.tr("Recurring posts, such as a tip every Tuesday"))
        self.show_button.clicked.connect(self.show_current)
        self.draft_button.clicked.connect(self.draft_current)
        self.series_button.clicked.connect(self.series_requested)
        row = QHBoxLayout()
        for button in (self.show_button, self.draft_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.series_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addLayout(row)
        ctx.hub.changed.connect(lambda area: self._mark_dirty() if area in _AREAS else None)
        self._update_buttons()

    # Loading --------------------------------------------------------------------------------

    def set_month(self, brand_id: int, year: int, month: int, first_weekday: int,
                  posts: Sequence[PostData], occasions: Sequence[Occasion]) -> None:
        """The shown range's posts and occasions (already read by the tab)."""
        self.brand_id = brand_id
        self.facts = MonthFacts(year, month, month_weeks(year, month, first_weekday),
                                list(posts), list(occasions))
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.reload()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            self.reload()

    def reload(self) -> None:
        self.dirty = False
        if self.facts is None or not self.brand_id:
            self.tree.clear()
            return
        self._read_plan(self.facts)
        self.show_sections(self.facts)

    def _read_plan(self, facts: MonthFacts) -> None:
        s, brand = self.ctx.services, self.brand_id
        facts.accounts = s.accounts.list_accounts(brand, False)
        slots = s.pillars.brand_slots(brand)
        facts.slots_per_week = {a.id: len(slots.get(a.id, [])) for a in facts.accounts}
        facts.pillars = s.pillars.list_pillars(brand)
        facts.personas = s.personas.list_personas(brand, False)
        facts.goals = s.goals.list_goals(brand)

    def show_sections(self, facts: MonthFacts) -> None:
        self.tree.clear()
        for section in plan_sections(facts):
            if not section.lines:
                continue
            head = QTreeWidgetItem([section.title])
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for line in section.lines:
                head.addChild(self._item(line))
            head.setExpanded(True)
        self._update_buttons()

    def _item(self, line: PlanLine) -> QTreeWidgetItem:
        item = QTreeWidgetItem([("⚠ " if line.warning else "") + line.text])
        item.setData(0, LINE_ROLE, line)
        item.setToolTip(0, line.tip or line.text)
        if line.warning:
            item.setForeground(0, QBrush(QColor(WARNING_COLOUR)))
        return item

    # Acting ---------------------------------------------------------------------------------

    def current_line(self) -> PlanLine | None:
        item = self.tree.currentItem()
        line = item.data(0, LINE_ROLE) if item is not None else None
        return line if isinstance(line, PlanLine) else None

    def lines(self) -> list[PlanLine]:
        """Every line shown, in order (for tests and keyboard users alike)."""
        found = []
        heads = [self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount())]
        for head in filter(None, heads):
            children = [head.child(n) for n in range(head.childCount())]
            found += [child.data(0, LINE_ROLE) for child in children if child is not None]
        return found

    def _update_buttons(self) -> None:
        line = self.current_line()
        self.show_button.setEnabled(line is not None and line.day is not None)
        self.draft_button.setEnabled(line is not None and line.draft is not None)

    def act(self, item: QTreeWidgetItem) -> None:
        """Double-click: draft the post a line proposes, else show its day."""
        line = item.data(0, LINE_ROLE)
        if not isinstance(line, PlanLine):
            return
        if line.draft is not None:
            self.new_post(line.draft)
        elif line.day is not None:
            self.day_requested.emit(line.day)

    def show_current(self) -> None:
        line = self.current_line()
        if line is not None and line.day is not None:
            self.day_requested.emit(line.day)

    def draft_current(self) -> None:
        line = self.current_line()
        if line is not None and line.draft is not None:
            self.new_post(line.draft)

    def new_post(self, draft: PostInput) -> None:
        """Open the post editor on the draft; saved as one undo step, then shown."""
        from smm_desktop.ui.dialogs.post_dialog import PostDialog

        brand, posts = self.brand_id, self.ctx.services.posts
        data, ok = PostDialog.run(self.window(), self.ctx, brand, draft)
        if not ok or data is None:
            return
        command = CreateCommand(self.tr("New post"), self.ctx.hub, DataHub.POSTS,
                                lambda: posts.create(brand, data), posts.delete, posts.restore)
        self.ctx.undo.push(command)
        if command.failed:
            self.new_post(data)
        elif command.record is not None and command.record.scheduled_at is not None:
            self.day_requested.emit(command.record.scheduled_at.date())


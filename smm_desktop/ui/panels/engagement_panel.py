"""The Today dock's engagement log: for the day shown (today by default), each account's
counters with − and +, its reply time and a note; the day's and the week's totals below.
Every change is undoable (Ctrl+Z takes back a +1)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain import engagement as rules
from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.engagement import Counter
from smm_desktop.services.engagement import EngagementEntry, PeriodTotals
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.panels.engagement_card import EngagementCard, counter_name
from smm_desktop.ui.panels.engagement_commands import DayValues, SaveDayCommand, StepCommand
from smm_desktop.ui.week_start import first_weekday

RELOAD_AREAS = frozenset({DataHub.ENGAGEMENT, DataHub.ACCOUNTS, DataHub.BRANDS})


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class EngagementPanel(QWidget):
    """Reads when first shown and on changes (only marked dirty while hidden)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engagementPanel")
        self.ctx = ctx
        self.today: Callable[[], date] = lambda: ctx.clock.today()  # tests fix the clock
        self.chosen_day: date | None = None  # None = today, whatever day that is
        self.shown_day: date | None = None  # the day on screen: edits go there
        self.dirty = True
        self.cards: dict[int, EngagementCard] = {}
        self.entries: list[EngagementEntry] = []
        self._build()
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(self._on_brand_changed)
        ctx.clock.day_changed.connect(lambda _day: self._refresh())  # "today" moves on

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._date_line())
        self.empty = QLabel(self.tr("No accounts to log. Add the brand's accounts in Strategy."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.list)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self._totals_box())

    def _date_line(self) -> QHBoxLayout:
        self.back = _button("", self.tr("The day before"))
        self.forward = _button("", self.tr("The day after"))
        self._set_arrows()
        self.day_label = QLabel()
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.day_label.font()
        font.setBold(True)
        self.day_label.setFont(font)
        self.today_button = _button(self.tr("Today"), self.tr("Back to today"))
        self.all_brands = _button(self.tr("All brands"),
                                  self.tr("Show every brand, or only the brand chosen above"))
        self.all_brands.setCheckable(True)
        self.back.clicked.connect(lambda: self.move_day(-1))
        self.forward.clicked.connect(lambda: self.move_day(1))
        self.today_button.clicked.connect(self.go_today)
        self.all_brands.toggled.connect(lambda _on: self._refresh())
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(self.back)
        row.addWidget(self.day_label, 1)
        row.addWidget(self.forward)
        row.addWidget(self.today_button)
        row.addWidget(self.all_brands)
        return row

    def _set_arrows(self) -> None:
        """Back points the way the text reads from (right in Arabic)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.back.setArrowType(Qt.ArrowType.RightArrow if rtl else Qt.ArrowType.LeftArrow)
        self.forward.setArrowType(Qt.ArrowType.LeftArrow if rtl else Qt.ArrowType.RightArrow)

    def _totals_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("engagementTotals")
        grid = QGridLayout(box)
        grid.setContentsMargins(2, 4, 2, 0)
        grid.setVerticalSpacing(0)
        self.day_head, self.week_head = QLabel(self.tr("Day")), QLabel(self.tr("Week so far"))
        grid.addWidget(self.day_head, 0, 1, Qt.AlignmentFlag.AlignTrailing)
        grid.addWidget(self.week_head, 0, 2, Qt.AlignmentFlag.AlignTrailing)
        self.total_labels: dict[str, tuple[QLabel, QLabel]] = {}
        names = [(c.value, counter_name(c)) for c in Counter]
        for row, (key, name) in enumerate([*names, ("reply", self.tr("Median reply, min"))], 1):
            grid.addWidget(QLabel(name), row, 0)
            pair = (QLabel(), QLabel())
            for column, label in enumerate(pair, 1):
                grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTrailing)
            self.total_labels[key] = pair
        grid.setColumnStretch(0, 1)
        return box

    # Loading --------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return self.chosen_day or self.today()

    def brand_ids(self) -> list[int]:
        """The current brand unless "All brands" is on (or none is chosen): every live one."""
        ids = sorted(b.id for b in self.ctx.services.brands.list_brands(include_archived=False))
        if not self.all_brands.isChecked() and self.ctx.scope.brand_id in ids:
            return [self.ctx.scope.brand_id]
        return ids

    def week_start(self, day: date) -> date:
        first = first_weekday(self.ctx.settings)  # the setting, as the to-do list's weeks
        return day - timedelta(days=(day.weekday() - first) % 7)

    def reload(self) -> None:
        """One read of the day and one of the week, then the cards and the totals."""
        self.dirty = False
        service, day, ids = self.ctx.services.engagement, self.day, self.brand_ids()
        self.entries = service.day(ids, day)
        week = service.totals_of(ids, self.week_start(day), day).overall
        shown_ids = [e.account_id for e in self.entries]
        self.shown_day = day
        self._show_date(day)
        self._fill_cards(shown_ids)
        self._show_totals(self._day_totals(), week)

    def _day_totals(self) -> PeriodTotals:
        logged = [e for e in self.entries if e.id is not None]
        return PeriodTotals(rules.total(e.counts for e in logged), min(len(logged), 1),
                            rules.median(e.response_minutes for e in logged))

    def _show_date(self, day: date) -> None:
        text = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
        self.day_label.setText(with_digits(text, self.ctx.fmt.digits))
        self.forward.setEnabled(day < self.today())
        self.today_button.setEnabled(day != self.today())

    def _fill_cards(self, shown_ids: list[int]) -> None:
        """Same accounts: update in place (focus and typing survive); else build anew."""
        if shown_ids != list(self.cards):
            for card in self.cards.values():
                card.hide()
                card.deleteLater()
            self.cards = {}
            for entry in self.entries:
                self.cards[entry.account_id] = self._card(entry)
                self.list_layout.insertWidget(self.list_layout.count() - 1,
                                              self.cards[entry.account_id])
        for entry in self.entries:
            self.cards[entry.account_id].set_entry(entry)
        self.empty.setVisible(not self.entries)

    def _card(self, entry: EngagementEntry) -> EngagementCard:
        card = EngagementCard(entry)
        card.stepped.connect(self.step)
        card.edited.connect(self.save)
        return card

    def _show_totals(self, day: PeriodTotals, week: PeriodTotals) -> None:
        for counter in Counter:
            day_label, week_label = self.total_labels[counter.value]
            day_label.setText(self.ctx.fmt.number(day.counts.get(counter)))
            week_label.setText(self.ctx.fmt.number(week.counts.get(counter)))
        day_label, week_label = self.total_labels["reply"]
        day_label.setText(self._minutes(day.median_response_minutes))
        week_label.setText(self._minutes(week.median_response_minutes))

    def _minutes(self, value: float | None) -> str:
        return "–" if value is None else digits_in(f"{round(value)}")

    def _refresh(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.dirty = True

    def _on_data_changed(self, area: str) -> None:
        if area in RELOAD_AREAS:
            self._refresh()

    def _on_brand_changed(self, _brand_id: int) -> None:
        if not self.all_brands.isChecked():
            self._refresh()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            self.reload()

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_arrows()

    # The day shown -------------------------------------------------------------------------

    def move_day(self, days: int) -> None:
        """A day back or forward; never past today."""
        day = min((self.shown_day or self.day) + timedelta(days=days), self.today())
        self.chosen_day = None if day == self.today() else day
        self._refresh()

    def go_today(self) -> None:
        self.chosen_day = None
        self._refresh()

    # Edits ----------------------------------------------------------------------------------

    def step(self, account_id: int, counter: Counter, step: int) -> None:
        """One more (or less) of a counter on the day shown (even if midnight passed since),
        undoable."""
        text = self.tr("One more: %1") if step > 0 else self.tr("One less: %1")
        self.ctx.undo.push(StepCommand(text.replace("%1", counter_name(counter)), self.ctx.hub,
                                       self.ctx.services.engagement, account_id,
                                       self.shown_day or self.day, counter, step))

    def save(self, account_id: int, values: DayValues) -> None:
        """The typed values of a day, undoable; refused, the typing stays in the card."""
        card = self.cards.get(account_id)
        if card is None:
            return
        command = SaveDayCommand(self.tr("Edit the engagement log"), self.ctx.hub,
                                 self.ctx.services.engagement, card.entry, values)
        self.ctx.undo.push(command)
        if command.failed and account_id in self.cards:
            self.cards[account_id].restore_draft()

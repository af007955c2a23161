"""The report's options: kind, period, accounts, sections (on/off and order), language and
paper. `changed` on any edit; `template_edited` when what the brand's template holds changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.reports import report_data as rd
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

KINDS = {
    rd.ReportKind.WEEKLY: QT_TRANSLATE_NOOP("ReportOptions", "Weekly"),
    rd.ReportKind.MONTHLY: QT_TRANSLATE_NOOP("ReportOptions", "Monthly"),
    rd.ReportKind.QUARTERLY: QT_TRANSLATE_NOOP("ReportOptions", "Quarterly"),
    rd.ReportKind.RANGE: QT_TRANSLATE_NOOP("ReportOptions", "Custom dates"),
}
PAPERS = {"auto": QT_TRANSLATE_NOOP("ReportOptions", "By the brand's country"),
          "a4": QT_TRANSLATE_NOOP("ReportOptions", "A4"),
          "letter": QT_TRANSLATE_NOOP("ReportOptions", "Letter")}
RECENT = 12  # periods offered per kind


def recent_periods(kind: rd.ReportKind, today: date, week_start: int) -> list[tuple[date, date]]:
    """The current period and the ones before it, newest first."""
    periods = [rd.period_of(kind, today, week_start)]
    while len(periods) < RECENT:
        first = periods[-1][0]
        periods.append(rd.period_of(kind, first - timedelta(days=1), week_start))
    return periods


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportOptions(QWidget):
    """The options column; `section_names` maps section keys to their shown names."""

    changed = Signal()
    template_edited = Signal()
    kind_changed = Signal()

    def __init__(self, section_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportOptions")
        self.section_names = section_names
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for kind, name in KINDS.items():
            self.kind.addItem(self.tr(name), kind.value)
        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.accounts = self._list("reportAccounts")
        self.sections = self._list("reportSections")
        self.up, self.down = QPushButton(self.tr("Move &up")), QPushButton(self.tr("Move dow&n"))
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Arabic"), "ar")
        self.paper = QComboBox()
        self.paper.setObjectName("reportPaper")
        for key, name in PAPERS.items():
            self.paper.addItem(self.tr(name), key)
        self._layout()
        self._connect()

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.itemChanged.connect(lambda _i: self._edited())
        return widget

    def _layout(self) -> None:
        form = self.form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Period:"), self.period)
        self.range_row = QWidget()
        row = QHBoxLayout(self.range_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first)
        row.addWidget(self.last)
        form.addRow(self.tr("From – to:"), self.range_row)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Pa&per:"), self.paper)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(_label(self.tr("Accounts:"), self.accounts))
        column.addWidget(self.accounts, 1)
        column.addWidget(_label(self.tr("&Sections (tick to include):"), self.sections))
        column.addWidget(self.sections, 2)
        column.addLayout(buttons)
        form.setRowVisible(self.range_row, False)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self.kind_changed.emit())
        self.period.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.language.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.paper.currentIndexChanged.connect(lambda _i: self._edited())
        self.up.clicked.connect(lambda: self.move_section(-1))
        self.down.clicked.connect(lambda: self.move_section(1))

    def _edited(self) -> None:
        if not self.signalsBlocked():
            self.template_edited.emit()
            self.changed.emit()

    # ---- filling ------------------------------------------------------------------------

    def current_kind(self) -> rd.ReportKind:
        return rd.ReportKind(self.kind.currentData() or rd.ReportKind.MONTHLY.value)

    def set_periods(self, periods: Sequence[tuple[date, date, str]], chosen: int) -> None:
        """The period combo's (start, end, shown name) rows; `chosen` the row selected."""
        self.period.blockSignals(True)
        self.period.clear()
        for start, end, name in periods:
            self.period.addItem(name, (start, end))
        self.period.setCurrentIndex(chosen)
        self.period.blockSignals(False)
        is_range = self.current_kind() is rd.ReportKind.RANGE
        self.period.setEnabled(not is_range)
        self.form.setRowVisible(self.range_row, is_range)
        if is_range and periods:
            self.set_range(periods[chosen][0], periods[chosen][1])

    def set_range(self, first: date, last: date) -> None:
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def set_template(self, accounts: Sequence[tuple[int, str]], chosen_accounts: Sequence[int],
                     sections: Sequence[str], paper: str) -> None:
        """Show the brand's accounts and the template's choice without emitting."""
        self.blockSignals(True)
        self._fill(self.accounts, [(a, n) for a, n in accounts],
                   {a for a, _n in accounts} if not chosen_accounts else set(chosen_accounts))
        shown = list(sections) + [k for k in rd.default_sections(self.current_kind())
                                  if k not in sections]
        self._fill(self.sections, [(k, self.section_names.get(k, k)) for k in shown],
                   set(sections))
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.blockSignals(False)

    def _fill(self, widget: QListWidget, rows: Sequence[tuple[object, str]],
              ticked: set[object]) -> None:
        current = widget.currentItem()
        kept = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        widget.blockSignals(True)
        widget.clear()
        for key, name in rows:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
            widget.addItem(item)
        keys = [key for key, _name in rows]
        widget.setCurrentRow(keys.index(kept) if kept in keys else 0)
        widget.blockSignals(False)

    # ---- reading ------------------------------------------------------------------------

    def _ticked(self, widget: QListWidget) -> list[object]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_sections(self) -> tuple[str, ...]:
        return tuple(str(k) for k in self._ticked(self.sections))

    def chosen_accounts(self) -> tuple[int, ...]:
        """The ticked accounts; () when all are ticked (the template's "all")."""
        ticked = tuple(int(str(k)) for k in self._ticked(self.accounts))
        return () if len(ticked) == self.accounts.count() else ticked

    def span(self) -> tuple[date, date] | None:
        if self.current_kind() is rd.ReportKind.RANGE:
            q_first, q_last = self.first.date(), self.last.date()
            first = date(q_first.year(), q_first.month(), q_first.day())
            last = date(q_last.year(), q_last.month(), q_last.day())
            return (first, last) if first <= last else None
        data = self.period.currentData()
        return (data[0], data[1]) if data else None

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_paper(self) -> str:
        return str(self.paper.currentData())

    def move_section(self, step: int) -> None:
        """Move the current section up (-1) or down (1), keeping it current."""
        row = self.sections.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.sections.count():
            return
        self.sections.blockSignals(True)
        item = self.sections.takeItem(row)
        self.sections.insertItem(target, item)
        self.sections.setCurrentRow(target)
        self.sections.blockSignals(False)
        self._edited()



def _label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic gives `buddy` focus."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label

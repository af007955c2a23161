"""The calendar's one filter row: account or platform, status, pillar, persona, goal, approval
and a text search; the month, week and list views all show only the posts it lets through."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from smm_desktop.domain.enums import Approval, Platform, PostStatus
from smm_desktop.domain.post_filter import PostCriteria
from smm_desktop.services.accounts import AccountData
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.models.post_list import Names
from smm_desktop.ui.tabs.calendar import post_text


def _combo(name: str, tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _refill(combo: QComboBox, items: Sequence[tuple[str, Any]]) -> None:
    """Replace the choices, keeping the chosen one when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


class FilterBar(QWidget):
    """Emits `changed(PostCriteria)` at each change; `show_counts` writes "Filtered: N of M"."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarFilters")
        self.account = _combo("filterAccount", self.tr("Show the posts of one account or platform"))
        self.status = _combo("filterStatus", self.tr("Show the posts of one status"))
        self.pillar = _combo("filterPillar", self.tr("Show the posts of one content pillar"))
        self.persona = _combo("filterPersona", self.tr("Show the posts for one persona"))
        self.goal = _combo("filterGoal", self.tr("Show the posts serving one social goal"))
        self.approval = _combo("filterApproval", self.tr("Show the posts by client approval"))
        self.search = QLineEdit()
        self.search.setObjectName("filterSearch")
        self.search.setPlaceholderText(self.tr("Search topic, caption, hashtags…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M" * 10))
        self.count = QLabel()
        self.count.setObjectName("filterCount")
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setObjectName("filterClear")
        self.clear_button.setToolTip(self.tr("Show every post again"))
        self._fixed_choices()
        self._lay_out()

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for combo in self.combos():
            row.addWidget(combo)
            combo.currentIndexChanged.connect(self._emit)
        row.addWidget(self.search, 1)
        row.addWidget(self.count)
        row.addWidget(self.clear_button)
        self.search.textChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)

    def combos(self) -> list[QComboBox]:
        return [self.account, self.status, self.pillar, self.persona, self.goal, self.approval]

    def _fixed_choices(self) -> None:
        _refill(self.status, [(self.tr("All statuses"), None)]
                + [(post_text.status_name(s), s) for s in PostStatus])
        _refill(self.approval, [(self.tr("Any approval"), None)]
                + [(post_text.approval_name(a), a) for a in Approval])

    def set_choices(self, accounts: Sequence[AccountData], names: Names) -> None:
        """The brand's accounts (then each platform it is on), pillars, personas and goals;
        a list with nothing to choose is hidden."""
        self.blockSignals(True)
        _refill(self.account, [(self.tr("All accounts"), "")] + [
            (f"{labels.platform_name(a.platform)} {ltr(a.handle)}", f"a:{a.id}") for a in accounts]
            + [(self.tr("All on %1").replace("%1", labels.platform_name(p)), f"p:{p.value}")
               for p in dict.fromkeys(a.platform for a in accounts)])
        self._named(self.pillar, self.tr("All pillars"), names.pillars)
        self._named(self.persona, self.tr("All personas"), names.personas)
        self._named(self.goal, self.tr("All goals"), names.goals)
        self.blockSignals(False)
        self._emit()

    @staticmethod
    def _named(combo: QComboBox, everything: str, table: Mapping[int, str]) -> None:
        _refill(combo, [(everything, 0)] + [(name, ident) for ident, name in table.items()])
        combo.setVisible(bool(table) or combo.currentIndex() > 0)

    def criteria(self) -> PostCriteria:
        kind, _, value = str(self.account.currentData() or "").partition(":")
        return PostCriteria(
            account_id=int(value) if kind == "a" else 0,
            platform=Platform(value) if kind == "p" else None,
            status=self.status.currentData(), pillar_id=int(self.pillar.currentData() or 0),
            persona_id=int(self.persona.currentData() or 0),
            goal_id=int(self.goal.currentData() or 0), approval=self.approval.currentData(),
            text=self.search.text())

    def _emit(self) -> None:
        criteria = self.criteria()
        self.clear_button.setEnabled(criteria.active)
        if not criteria.active:
            self.count.clear()
        self.changed.emit(criteria)

    def show_counts(self, shown: int, total: int) -> None:
        """"Filtered: N of M posts" while a filter is on; nothing otherwise."""
        if not self.criteria().active:
            self.count.clear()
            return
        text = self.tr("Filtered: %1 of %2 posts").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(digits_in(text))

    def clear(self) -> None:
        """Every filter back to "all", one change."""
        self.blockSignals(True)
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.search.clear()
        self.blockSignals(False)
        self._emit()

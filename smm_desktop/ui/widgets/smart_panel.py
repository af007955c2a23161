"""The SMART checker: one row per letter, a tick or what is missing or weak, in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.domain.smart import Letter, SmartReport
from smm_desktop.ui import labels
from smm_desktop.ui.models.goals import status_colour

TICK = "✓"


class SmartPanel(QGroupBox):
    """Shows a SmartReport; `text(letter)` is what the person reads on that row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("SMART check"), parent)
        self.setObjectName("smartPanel")
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self._letters: dict[Letter, QLabel] = {}
        self._texts: dict[Letter, QLabel] = {}
        for row, letter in enumerate(Letter):
            self._add_row(grid, row, letter)
        grid.setRowStretch(len(Letter), 1)

    def _add_row(self, grid: QGridLayout, row: int, letter: Letter) -> None:
        badge = QLabel(letter.value)
        badge.setObjectName(f"smartLetter_{letter.value}")
        font = badge.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        badge.setFont(font)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setMinimumWidth(28)
        text = QLabel()
        text.setObjectName(f"smartText_{letter.value}")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, row, 1)
        self._letters[letter], self._texts[letter] = badge, text

    def show_report(self, report: SmartReport, number: Callable[[float], str] = str) -> None:
        for letter in Letter:
            findings = report.findings.get(letter, ())
            words = [labels.finding_message(f, number) for f in findings]
            name = labels.smart_letter_name(letter)
            self._texts[letter].setText(self.tr("%1: %2").replace("%1", name).replace(
                "%2", " ".join(words) if words else TICK))
            status = GoalStatus.AT_RISK if words else GoalStatus.ACHIEVED
            colour = status_colour(status, None).name()
            self._letters[letter].setStyleSheet(f"color: {colour};")
            self._letters[letter].setToolTip(name)

    def text(self, letter: Letter) -> str:
        return self._texts[letter].text()

    def passes(self, letter: Letter) -> bool:
        return self._texts[letter].text().endswith(TICK)

"""Parts of the Campaigns section: the undoable save of a campaign's day, and the bar that
shows pacing (spend against the budget's straight line) in its column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from smm_desktop.services.campaigns import CampaignService
from smm_desktop.services.numbers_data import CampaignDayData, CampaignDayInput
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.campaigns import PACING_ROLE
from smm_desktop.ui.undo import CallCommand

ON_PACE, FAST, SLOW = QColor("#2e7d32"), QColor("#c62828"), QColor("#f9a825")


class DayCommand(CallCommand):
    """Save a campaign's day (`before` None: add it); undo puts back the day as it was. The
    day is found again by its date each time (undo and redo may have re-created its row)."""

    def __init__(self, text: str, hub: DataHub, campaigns: CampaignService, campaign_id: int,
                 before: CampaignDayData | None, after: CampaignDayInput) -> None:
        super().__init__(text, hub, DataHub.CAMPAIGNS, self._do, self._undo)
        self.campaigns, self.campaign_id = campaigns, campaign_id
        self.before, self.after = before, after
        self.current: CampaignDayData | None = before

    def _find(self) -> CampaignDayData | None:
        return next((d for d in self.campaigns.days(self.campaign_id)
                     if d.day == self.after.day), None)

    def _save(self, values: CampaignDayInput) -> None:
        found = self._find()
        self.current = self.campaigns.save_day(self.campaign_id, values,
                                               found.version if found else None)

    def _do(self) -> None:
        self._save(self.after)

    def _undo(self) -> None:
        if self.before is not None:
            self._save(self.before)
        elif (found := self._find()) is not None:
            self.campaigns.delete_day(found.id, found.version)
            self.current = None


class DeleteDayCommand(DayCommand):
    """Delete a campaign's day; undo adds it back with the same results."""

    def __init__(self, text: str, hub: DataHub, campaigns: CampaignService,
                 day: CampaignDayData) -> None:
        values = CampaignDayInput(day.day, day.spend, day.impressions, day.reach, day.clicks,
                                  day.conversions, day.revenue)
        super().__init__(text, hub, campaigns, day.campaign_id, None, values)

    def _do(self) -> None:
        super()._undo()

    def _undo(self) -> None:
        super()._do()


def pacing_colour(pacing: float) -> QColor:
    """Green near the line, red when spending much faster, amber when much slower."""
    if pacing > 110:
        return FAST
    return SLOW if pacing < 90 else ON_PACE


class PacingDelegate(QStyledItemDelegate):
    """A bar filled to the pacing (full at 100 %, the overspend in red) under its percent."""

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        pacing = index.data(PACING_ROLE)
        if pacing is None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 30))
        painter.drawRoundedRect(rect, 3, 3)
        width = int(rect.width() * min(float(pacing), 100.0) / 100.0)
        filled = QRect(rect.x(), rect.y(), width, rect.height())
        if option.direction == Qt.LayoutDirection.RightToLeft:
            filled.moveRight(rect.right())
        painter.setBrush(pacing_colour(float(pacing)))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(QColor("#ffffff") if pacing > 50 else option.palette.text().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.restore()

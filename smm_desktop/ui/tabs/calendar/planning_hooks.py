"""What the planning work adds to the Calendar tab, kept out of calendar_tab.py: the
"Occasions…" button and "Show Hijri dates" in the top row, the planning panel beside the idea
bank, and the occasions read once per month shown."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton

from smm_desktop.services.post_data import PostData
from smm_desktop.ui.tabs.calendar.planning_panel import PlanningPanel
from smm_desktop.ui.tabs.calendar.series_actions import copy_series

if TYPE_CHECKING:
    from smm_desktop.ui.tabs.calendar.calendar_tab import CalendarTab

BANK_PAGE, PLANNING_PAGE = 0, 1


def month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


class PlanningHooks:
    """Built by the tab once its model, month view and idea bank exist."""

    def __init__(self, tab: CalendarTab) -> None:
        self.tab, ctx = tab, tab.ctx
        self.occasions_button = QToolButton()
        self.occasions_button.setObjectName("occasionsButton")
        self.occasions_button.setText(QCoreApplication.translate("CalendarTab", "Occasions…"))
        self.occasions_button.setToolTip(QCoreApplication.translate("CalendarTab",
            "The brand's own occasions: anniversaries, launches, openings"))
        self.occasions_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.occasions_button.clicked.connect(self.edit_occasions)
        menu = QMenu(self.occasions_button)
        menu.addAction(QCoreApplication.translate("CalendarTab", "The brand's occasions…"), self.edit_occasions)
        self.hijri_action = menu.addAction(QCoreApplication.translate("CalendarTab", "Show Hijri dates"))
        self.hijri_action.setCheckable(True)
        self.hijri_action.setChecked(ctx.settings.show_hijri)
        tab.model.show_hijri = ctx.settings.show_hijri
        self.hijri_action.toggled.connect(self.show_hijri)
        self.occasions_button.setMenu(menu)
        self.planning = PlanningPanel(ctx)
        self.planning.day_requested.connect(self.go_to_day)
        self.planning.series_requested.connect(self.new_series)
        self.side = QTabWidget()
        self.side.setObjectName("calendarSide")
        self.side.setDocumentMode(True)

    def side_tabs(self) -> QTabWidget:
        """The idea bank and the planning panel, as two tabs beside the month."""
        self.side.addTab(self.tab.bank, QCoreApplication.translate("CalendarTab", "Idea bank"))
        self.side.addTab(self.planning, QCoreApplication.translate("CalendarTab", "Planning"))
        return self.side

    def show_hijri(self, shown: bool) -> None:
        self.tab.ctx.settings.show_hijri = shown  # saved with the settings when the app closes
        self.tab.model.set_show_hijri(shown)

    def edit_occasions(self) -> None:
        from smm_desktop.ui.dialogs.occasions_dialog import OccasionsDialog

        tab = self.tab
        if tab.ctx.scope.brand_id:
            OccasionsDialog.run(tab.window(), tab.ctx, tab.ctx.scope.brand_id,
                                tab.month_view.current_day())

    def load_month(self, posts: list[PostData]) -> None:
        """The occasions of the shown range (one read), into the tiles and the planning panel."""
        tab = self.tab
        brand_id, model = tab.ctx.scope.brand_id, tab.model
        occasions = tab.ctx.services.occasions.between(
            brand_id, model.first_day(), model.last_day(), tab.edits.today())
        model.set_occasions(occasions)
        self.planning.set_month(brand_id, tab.year, tab.month, model.first_day().weekday(),
                                posts, occasions)

    def go_to_day(self, day: date) -> None:
        """Show `day` in the month view (switching to it from the list), focused."""
        tab = self.tab
        tab.show_view(0)
        tab.show_month(day.year, day.month)
        tab.month_view.go_to(day)
        tab.month_view.setFocus()

    def new_series(self) -> None:
        """Copy a series into the month shown; then show its first post."""
        tab = self.tab
        brand_id = tab.ctx.scope.brand_id
        if not brand_id:
            return
        first, last = month_range(tab.year, tab.month)
        made = copy_series(tab.window(), tab.ctx, brand_id, first, last)
        days = [p.scheduled_at.date() for p in made if p.scheduled_at is not None]
        if days:
            self.go_to_day(days[0])

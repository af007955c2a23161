"""One first day of the week for the to-do list and the Calendar: the setting, else the system
locale's (not the UI language's); a C system locale leaves it to the app's locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.settings import Settings
from smm_desktop.ui import week_start
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.calendar import week_hooks
from smm_desktop.ui.week_start import first_weekday, locale_week

from .calendar_helpers import make_brand, make_tab


@pytest.fixture
def arabic_egypt_app_locale(qapp: QApplication) -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale("ar_EG"))  # the app in Arabic: Saturday first
    yield None
    QLocale.setDefault(old)


def test_the_setting_wins_then_the_system_then_sunday(
        arabic_egypt_app_locale: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert first_weekday(Settings(week_start=0)) == 0
    monkeypatch.setattr(week_start, "system_locale", lambda: QLocale("en_US"))
    assert first_weekday(Settings()) == 6
    monkeypatch.setattr(week_start, "system_locale", lambda: QLocale("ar_EG"))
    assert first_weekday(Settings()) == 5
    # no language at all: Sunday, as the sample's check-offs, never the app's language
    monkeypatch.setattr(week_start, "system_locale", lambda: QLocale(QLocale.Language.C))
    assert first_weekday(Settings()) == 6


def test_the_calendars_month_and_week_start_on_the_chosen_day(
        arabic_egypt_app_locale: None, qtbot: QtBot, ctx: UiContext) -> None:
    ctx.settings.week_start = 0  # Monday, though the app's locale says Saturday
    assert locale_week(ctx.settings)[0] == 0
    assert locale_week()[0] == 5  # without settings: the app's locale, as before
    make_brand(ctx)
    tab = make_tab(qtbot, ctx)
    assert tab.model.first_day().weekday() == 0
    tab.show_view(week_hooks.WEEK)
    assert tab.week.start == date(2027, 3, 8)  # the Monday of TODAY's week (10 March 2027)

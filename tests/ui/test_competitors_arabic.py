"""The Competitors tab in Arabic: mirrored, and the weekly check's Tab goes right to left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.settings import Settings
from smm_desktop.ui import i18n
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.competitors.competitors_tab import CompetitorsTab
from smm_desktop.ui.tabs.competitors.weekly_check import WeeklyCheckSection

from .competitor_helpers import Rivals, rivals_in


@pytest.fixture
def rivals(ctx: UiContext) -> Iterator[Rivals]:
    yield from rivals_in(ctx)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[QApplication]:
    try:
        assert i18n.install(qapp, Settings(language="ar")) == "ar"
        yield qapp
    finally:
        i18n.install(qapp, Settings(language="en"))


def test_the_tab_is_right_to_left_and_tab_moves_leftwards(
        qtbot: QtBot, arabic: QApplication, ctx: UiContext, rivals: Rivals) -> None:
    tab = CompetitorsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    assert tab.layoutDirection() == Qt.LayoutDirection.RightToLeft
    tab.show_section("check")
    form = tab.section_widget("check")
    assert isinstance(form, WeeklyCheckSection)
    qtbot.waitUntil(lambda: not form.dirty and form.edits[0]["posts"].isVisible())
    form.focus_first()
    first = form.edits[0]["followers"]
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "1200")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = QApplication.focusWidget()
    assert second is form.edits[0]["posts"]
    assert second.mapTo(form, second.rect().center()).x() < first.mapTo(
        form, first.rect().center()).x()
    form.save()
    snapshot = ctx.services.competitors.snapshot_on(rivals.noir_account, form.chosen_day())
    assert snapshot is not None and snapshot.followers == 1200
    for name in ("compare", "hashtags"):
        tab.show_section(name)
        section = tab.section_widget(name)
        qtbot.waitUntil(lambda section=section: not section.dirty)  # type: ignore[misc]
        assert section.layoutDirection() == Qt.LayoutDirection.RightToLeft

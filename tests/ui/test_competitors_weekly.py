"""The weekly check form, from the keyboard: last values beside the new ones, Tab from field to
field, one save for all, the duplicate-day question, and bad input naming its row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from smm_desktop.services.competitor_data import SnapshotInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tabs.competitors.weekly_check import WeeklyCheckSection

from .competitor_helpers import TODAY, Rivals, rivals_in
from .helpers import click_in_boxes


@pytest.fixture
def rivals(ctx: UiContext) -> Iterator[Rivals]:
    yield from rivals_in(ctx)


def _form(qtbot: QtBot, ctx: UiContext) -> WeeklyCheckSection:
    form = WeeklyCheckSection(ctx)
    qtbot.addWidget(form)
    form.resize(1200, 500)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    qtbot.waitUntil(lambda: all(e.isVisible() for row in form.edits for e in row.values()))
    return form


def _type(qtbot: QtBot, values: list[str]) -> None:
    """Type each value into the focused field, then Tab to the next."""
    for value in values:
        widget = QApplication.focusWidget()
        assert widget is not None
        if value:
            qtbot.keyClicks(widget, value)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_the_form_lists_every_account_with_its_last_values(qtbot: QtBot, ctx: UiContext,
                                                           rivals: Rivals) -> None:
    form = _form(qtbot, ctx)
    assert [r.competitor_name for r in form.rows] == ["Café Noir", "Brew Lab"]
    shown = [label.text() for label in form.grid_box.findChildren(QLabel)]
    assert "1,000" in shown and "300" in shown
    assert form.last_text(None, "followers") == "—"


def test_tab_moves_through_the_fields_and_save_all_writes_every_row(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals) -> None:
    form = _form(qtbot, ctx)
    form.focus_first()
    assert QApplication.focusWidget() is form.edits[0]["followers"]
    _type(qtbot, ["1,200", "5", "410", "33", "", "9000", "#coffee #Ramadan"])
    assert QApplication.focusWidget() is form.edits[1]["followers"]
    _type(qtbot, ["800", "3"])
    assert QApplication.focusWidget() is form.edits[1]["likes"]
    form.save_button.click()
    service = ctx.services.competitors
    noir = service.snapshot_on(rivals.noir_account, TODAY)
    brew = service.snapshot_on(rivals.brew_account, TODAY)
    assert noir is not None and brew is not None
    assert (noir.followers, noir.posts, noir.likes, noir.comments, noir.shares, noir.views) == (
        1200, 5, 410, 33, None, 9000)
    assert noir.hashtags == ("#coffee", "#ramadan")
    assert noir.growth == 200
    assert (brew.followers, brew.posts, brew.likes) == (800, 3, None)
    assert "2" in form.message.text()
    assert form.edits[0]["followers"].text() == ""
    ctx.undo.undo()
    assert service.snapshot_on(rivals.noir_account, TODAY) is None
    ctx.undo.redo()
    assert service.snapshot_on(rivals.noir_account, TODAY).followers == 1200  # type: ignore[union-attr]


def _checked_today(ctx: UiContext, rivals: Rivals) -> None:
    ctx.services.competitors.save_snapshot(rivals.noir_account, SnapshotInput(TODAY, followers=1100))


def test_a_duplicate_day_updated_when_asked(qtbot: QtBot, ctx: UiContext, rivals: Rivals,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _checked_today(ctx, rivals)
    form = _form(qtbot, ctx)
    form.edits[0]["followers"].setText("1150")
    form.edits[1]["followers"].setText("700")
    boxes = click_in_boxes(monkeypatch, "Update")
    form.save()
    assert len(boxes) == 1 and "Keep" in boxes[0].buttons
    service = ctx.services.competitors
    assert service.snapshot_on(rivals.noir_account, TODAY).followers == 1150  # type: ignore[union-attr]
    assert service.snapshot_on(rivals.brew_account, TODAY).followers == 700  # type: ignore[union-attr]
    ctx.undo.undo()
    assert service.snapshot_on(rivals.noir_account, TODAY).followers == 1100  # type: ignore[union-attr]
    assert service.snapshot_on(rivals.brew_account, TODAY) is None


def test_a_duplicate_day_kept_when_asked_saves_only_the_others(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, monkeypatch: pytest.MonkeyPatch) -> None:
    _checked_today(ctx, rivals)
    form = _form(qtbot, ctx)
    form.edits[0]["followers"].setText("1150")
    form.edits[1]["followers"].setText("700")
    click_in_boxes(monkeypatch, "Keep")
    form.save()
    service = ctx.services.competitors
    assert service.snapshot_on(rivals.noir_account, TODAY).followers == 1100  # type: ignore[union-attr]
    assert service.snapshot_on(rivals.brew_account, TODAY).followers == 700  # type: ignore[union-attr]


def test_a_negative_count_is_refused_naming_the_row_and_nothing_is_saved(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals) -> None:
    form = _form(qtbot, ctx)
    form.edits[0]["followers"].setText("1200")
    form.edits[1]["likes"].setText("-5")
    form.save()
    text = form.message.text()
    assert "Row 2" in text and "Brew Lab" in text and "Likes" in text
    assert "below zero" in text
    assert form.edits[1]["likes"].styleSheet()
    assert QApplication.focusWidget() is form.edits[1]["likes"]
    service = ctx.services.competitors
    assert service.snapshot_on(rivals.noir_account, TODAY) is None
    assert service.snapshot_on(rivals.brew_account, TODAY) is None


def test_words_in_a_count_are_refused_and_arabic_digits_are_read(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals) -> None:
    form = _form(qtbot, ctx)
    form.edits[0]["followers"].setText("lots")
    form.save()
    assert "Row 1" in form.message.text() and "whole number" in form.message.text()
    form.edits[0]["followers"].setText("١٢٠٠")
    form.save()
    snapshot = ctx.services.competitors.snapshot_on(rivals.noir_account, TODAY)
    assert snapshot is not None and snapshot.followers == 1200


def test_an_empty_form_saves_nothing(qtbot: QtBot, ctx: UiContext, rivals: Rivals) -> None:
    form = _form(qtbot, ctx)
    form.save()
    assert "Nothing to save" in form.message.text()

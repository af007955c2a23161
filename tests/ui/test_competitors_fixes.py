"""The Competitors tab as a new user meets it: "Update" in the weekly check keeps what the form
left empty (undo restores it whole), a taken day's Cancel goes back to the typed snapshot, the
content mix says what it counts, and the profile reads right in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.domain.errors import Conflict
from smm_desktop.reports.competitor_charts import ChartText, content_mix_chart
from smm_desktop.services.competitor_data import (
    Comparison,
    ComparisonRow,
    CompetitorInput,
    SnapshotInput,
)
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.snapshot_dialog import SnapshotDialog
from smm_desktop.ui.tabs.competitors.comparison import ComparisonSection, MixExplainedModel
from smm_desktop.ui.tabs.competitors.list_section import CompetitorsSection
from smm_desktop.ui.tabs.competitors.weekly_check import WeeklyCheckSection

from .competitor_helpers import TODAY, Rivals, rivals_in
from .helpers import click_in_boxes

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def rivals(ctx: UiContext) -> Iterator[Rivals]:
    yield from rivals_in(ctx)


def _shown(qtbot: QtBot, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


FULL = SnapshotInput(TODAY, followers=1100, posts=5, likes=50, comments=5, shares=1,
                     period_days=14, hashtags=("#a",), content_types=(ContentType.IMAGE,),
                     notable_link="https://x.com/1", notable_note="why")


def test_update_in_the_weekly_check_keeps_the_untyped_fields_and_undo_restores(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, monkeypatch: pytest.MonkeyPatch) -> None:
    service = ctx.services.competitors
    before = service.save_snapshot(rivals.noir_account, FULL)
    form = _shown(qtbot, WeeklyCheckSection(ctx))
    form.edits[0]["followers"].setText("1150")
    click_in_boxes(monkeypatch, "Update")
    form.save()
    after = service.snapshot_on(rivals.noir_account, TODAY)
    assert after is not None and after.followers == 1150
    assert (after.posts, after.likes, after.period_days, after.content_types) == (
        5, 50, 14, (ContentType.IMAGE,))
    assert (after.notable_link, after.notable_note, after.hashtags) == (
        before.notable_link, "why", ("#a",))
    ctx.undo.undo()
    back = service.snapshot_on(rivals.noir_account, TODAY)
    assert back is not None and back.to_input() == before.to_input()
    ctx.undo.redo()
    again = service.snapshot_on(rivals.noir_account, TODAY)
    assert again is not None and (again.followers, again.posts) == (1150, 5)


def _snapshots_panel(qtbot: QtBot, ctx: UiContext, rivals: Rivals) -> Any:
    section = _shown(qtbot, CompetitorsSection(ctx))
    section.panel.select_id(rivals.noir.id)
    return section.snapshots


def _dialog_answers(monkeypatch: pytest.MonkeyPatch,
                    answers: list[SnapshotInput | None]) -> list[SnapshotInput | None]:
    """SnapshotDialog.run gives each answer in turn (None: Cancel); returns the drafts given."""
    drafts: list[SnapshotInput | None] = []

    def run(_parent: Any, _validator: Any, initial: SnapshotInput | None = None,
            _clock: Any = None) -> tuple[SnapshotInput | None, bool]:
        drafts.append(initial)
        answer = answers.pop(0)
        return answer, answer is not None
    monkeypatch.setattr(SnapshotDialog, "run", run)
    return drafts


def test_cancel_on_a_taken_day_goes_back_to_the_typed_snapshot(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, monkeypatch: pytest.MonkeyPatch) -> None:
    service = ctx.services.competitors
    service.save_snapshot(rivals.noir_account, SnapshotInput(TODAY, followers=1100))
    panel = _snapshots_panel(qtbot, ctx, rivals)
    typed = SnapshotInput(TODAY, followers=1234, notable_note="Reel went viral")
    drafts = _dialog_answers(monkeypatch, [typed, None])
    boxes = click_in_boxes(monkeypatch, "Cancel")
    panel.new_record()
    assert len(boxes) == 1 and drafts == [None, typed]  # reopened with what was typed
    assert service.snapshot_on(rivals.noir_account, TODAY).followers == 1100  # type: ignore[union-attr]


def test_keep_on_a_taken_day_keeps_the_saved_one_and_does_not_reopen(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, monkeypatch: pytest.MonkeyPatch) -> None:
    service = ctx.services.competitors
    service.save_snapshot(rivals.noir_account, SnapshotInput(TODAY, followers=1100))
    panel = _snapshots_panel(qtbot, ctx, rivals)
    drafts = _dialog_answers(monkeypatch, [SnapshotInput(TODAY, followers=1234)])
    click_in_boxes(monkeypatch, "Keep")
    panel.new_record()
    assert drafts == [None]
    assert service.snapshot_on(rivals.noir_account, TODAY).followers == 1100  # type: ignore[union-attr]


def test_a_refused_update_of_a_taken_day_reopens_with_the_draft(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, monkeypatch: pytest.MonkeyPatch) -> None:
    service = ctx.services.competitors
    service.save_snapshot(rivals.noir_account, SnapshotInput(TODAY, followers=1100))
    panel = _snapshots_panel(qtbot, ctx, rivals)
    typed = SnapshotInput(TODAY, followers=1234)
    drafts = _dialog_answers(monkeypatch, [typed, None])
    click_in_boxes(monkeypatch, "Update")

    def refuse(*_args: Any) -> Any:
        raise Conflict("CompetitorSnapshot", 1)
    monkeypatch.setattr(service, "update_snapshot", refuse)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)
    panel.new_record()
    assert drafts == [None, typed]


def _comparison() -> Comparison:
    mix = {ContentType.IMAGE: 0.5, ContentType.VIDEO: 0.5}
    rows = (ComparisonRow(1, "Bloom", "bloom", True, content_mix=mix),
            ComparisonRow(2, "Petal Post", "petalpost", False, 1, content_mix=mix))
    return Comparison(1, Platform.INSTAGRAM, TODAY, TODAY, rows)


def test_the_content_mix_says_what_it_counts(ctx: UiContext) -> None:
    model = MixExplainedModel(ctx.fmt)
    QAbstractItemModelTester(model, FATAL)
    model.set_records(list(_comparison().rows))
    mix = model.columnCount() - 1
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, mix).data(tip).startswith("Share of posts: ")
    assert model.index(1, mix).data(tip).startswith("Share of checks a format was seen in: ")
    assert "checks" in model.headerData(mix, Qt.Orientation.Horizontal, tip)
    assert model.headerData(0, Qt.Orientation.Horizontal, tip) is None


def test_the_mix_chart_title_names_both_counts(qtbot: QtBot, ctx: UiContext,
                                               rivals: Rivals) -> None:
    section = _shown(qtbot, ComparisonSection(ctx))
    text = section.chart_text()
    assert "posts" in text.mix_note and "checks" in text.mix_note
    figure = content_mix_chart(_comparison(), ChartText())
    title = figure.axes[0].get_title()
    assert "share of posts" in title and "share of checks a format was seen in" in title


def test_the_profile_in_arabic_keeps_each_note_in_its_direction(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals) -> None:
    section = CompetitorsSection(ctx)
    qtbot.addWidget(section)
    section.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    noir = ctx.services.competitors.update(rivals.noir.id, rivals.noir.version, CompetitorInput(
        "Café Noir", website="cafenoir.example", notes="Closest rival.\nCheaper in February."))
    html = section.profile_html(noir)
    assert "<h3 dir='rtl'>\u2068Café Noir\u2069</h3>" in html
    assert "<p dir='rtl'>\u2066https://cafenoir.example\u2069</p>" in html or (
        "\u2066cafenoir.example\u2069" in html)
    assert "\u2068Closest rival.\u2069<br>\u2068Cheaper in February.\u2069" in html
    assert "dir='ltr'" not in html
    section.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert "dir='rtl'" not in section.profile_html(noir)

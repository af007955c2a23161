"""Copy a series: the dialog's preview of the dates, its value and errors; the posts created
in one undo step (undo trashes them all, redo brings them back); the tab's button."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import ContentType, PostPurpose, PostStatus
from smm_desktop.domain.series import Frequency, Recurrence
from smm_desktop.services.post_data import PillarInput, PostInput
from smm_desktop.services.series import SeriesInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.series_dialog import AFTER_COUNT, ON_DATE, SeriesDialog
from smm_desktop.ui.tabs.calendar.series_actions import copy_series

from .calendar_helpers import make_brand, make_tab

MARCH = (date(2027, 3, 1), date(2027, 3, 31))


def _dialog(qtbot: QtBot, ctx: UiContext, brand_id: int,
            initial: SeriesInput | None = None) -> SeriesDialog:
    dialog = SeriesDialog(None, ctx, brand_id, *MARCH, initial)
    qtbot.addWidget(dialog)
    return dialog


def _preview(dialog: SeriesDialog) -> list[str]:
    return [dialog.preview.item(n).text() for n in range(dialog.preview.count())]


def test_the_preview_follows_the_rule(qtbot: QtBot, ctx: UiContext) -> None:
    brand, _accounts = make_brand(ctx)
    dialog = _dialog(qtbot, ctx, brand.id)
    assert dialog.days() == [date(2027, 3, d) for d in (1, 8, 15, 22, 29)]  # the 1st's weekday
    dialog.weekdays[0].setChecked(False)
    dialog.weekdays[1].setChecked(True)  # Tuesdays
    assert dialog.days() == [date(2027, 3, d) for d in (2, 9, 16, 23, 30)]
    assert len(_preview(dialog)) == 5 and "2027" in _preview(dialog)[0]
    assert dialog.preview_title.text() == "Posts to create in March 2027: 5"
    dialog.interval.setValue(2)
    assert dialog.days() == [date(2027, 3, d) for d in (2, 16, 30)]
    dialog.interval.setValue(1)
    dialog.ends.setCurrentIndex(AFTER_COUNT)
    dialog.count.setValue(2)
    assert dialog.days() == [date(2027, 3, 2), date(2027, 3, 9)]
    dialog.ends.setCurrentIndex(ON_DATE)
    dialog.until.setDate(QDate(2027, 3, 20))
    assert dialog.days() == [date(2027, 3, d) for d in (2, 9, 16)]
    dialog.frequency.setCurrentIndex(1)  # monthly
    assert not dialog.weekdays[1].isEnabled() and dialog.month_day.isEnabled()
    dialog.month_day.setValue(31)
    dialog.ends.setCurrentIndex(0)
    assert dialog.days() == [date(2027, 3, 31)]


def test_the_value_and_errors(qtbot: QtBot, ctx: UiContext) -> None:
    brand, accounts = make_brand(ctx)
    pillar = ctx.services.pillars.create(brand.id, PillarInput("Tips", "#2A9D8F", 30))
    dialog = _dialog(qtbot, ctx, brand.id)
    dialog._try_accept()
    assert dialog.error_text("topic") == "This field is required."
    dialog.topic.setText("Tuesday tip")
    dialog.weekdays[0].setChecked(False)
    dialog._try_accept()
    assert dialog.error_text("weekdays") == "Tick at least one day of the week."
    dialog.weekdays[1].setChecked(True)
    dialog.start.setDate(QDate(2027, 4, 1))
    dialog._try_accept()
    assert "no date in the month shown" in dialog.error_text("rule")
    dialog.start.setDate(QDate(2027, 3, 1))
    dialog.account_ids.set_value([accounts[0].id])
    dialog.content_type.set_value(ContentType.CAROUSEL)
    dialog.purpose.set_value(PostPurpose.ENGAGEMENT)
    dialog.pillar_id.set_value(pillar.id)
    dialog.at.setTime(QTime(19, 30))
    dialog._try_accept()
    assert dialog.result() == 1
    value = dialog.value()
    assert value.template == PostInput(
        topic="Tuesday tip", status=PostStatus.DRAFT, account_ids=(accounts[0].id,),
        content_type=ContentType.CAROUSEL, purpose=PostPurpose.ENGAGEMENT, pillar_id=pillar.id)
    assert value.rule == Recurrence(Frequency.WEEKLY, date(2027, 3, 1), (1,))
    assert value.at == time(19, 30)
    again = _dialog(qtbot, ctx, brand.id, value)  # a draft comes back whole
    assert again.value() == value


def _answer(monkeypatch: pytest.MonkeyPatch, series: SeriesInput | None) -> list[Any]:
    seen: list[Any] = []

    def run(cls: type, parent: Any, ctx: Any, brand_id: int, first: date, last: date,
            initial: Any = None) -> tuple[Any, bool]:
        seen.append((first, last, initial))
        return series, series is not None

    monkeypatch.setattr(SeriesDialog, "run", classmethod(run))
    return seen


def _tips(ctx: UiContext, brand_id: int) -> list[datetime | None]:
    return [p.scheduled_at for p in ctx.services.posts.list_range(brand_id, *MARCH)]


def test_one_undo_step_for_the_whole_series(qtbot: QtBot, ctx: UiContext,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    brand, accounts = make_brand(ctx)
    template = PostInput(topic="Tuesday tip", status=PostStatus.DRAFT,
                         account_ids=(accounts[0].id,))
    series = SeriesInput(template, Recurrence(Frequency.WEEKLY, MARCH[0], (1,)), time(19))
    _answer(monkeypatch, series)
    made = copy_series(None, ctx, brand.id, *MARCH)
    expected = [datetime(2027, 3, d, 19) for d in (2, 9, 16, 23, 30)]
    assert [p.scheduled_at for p in made] == expected == _tips(ctx, brand.id)
    assert ctx.undo.count() == 1
    assert ctx.undo.text(0) == "Copy series: Tuesday tip (5 posts)"
    ctx.undo.undo()
    assert _tips(ctx, brand.id) == []
    ctx.undo.redo()
    assert _tips(ctx, brand.id) == expected
    ctx.undo.undo()
    assert _tips(ctx, brand.id) == []


def test_a_refused_series_reopens_with_the_draft(qtbot: QtBot, ctx: UiContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    brand, _accounts = make_brand(ctx)
    template = PostInput(topic="Tip", account_ids=(9999,))  # not an account of the brand
    series = SeriesInput(template, Recurrence(Frequency.WEEKLY, MARCH[0], (1,)))
    answers = iter([(series, True), (None, False)])
    seen: list[Any] = []

    def run(cls: type, *args: Any) -> tuple[Any, bool]:
        seen.append(args[-1])
        return next(answers)

    monkeypatch.setattr(SeriesDialog, "run", classmethod(run))
    assert copy_series(None, ctx, brand.id, *MARCH) == []
    assert seen == [None, series] and _tips(ctx, brand.id) == []


def test_the_tab_copies_a_series_into_the_month_shown(qtbot: QtBot, ctx: UiContext,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    make_brand(ctx)
    tab = make_tab(qtbot, ctx, (2027, 3))
    series = SeriesInput(PostInput(topic="Tip"), Recurrence(Frequency.MONTHLY, MARCH[0],
                                                             month_day=12))
    seen = _answer(monkeypatch, series)
    tab.plan.side.setCurrentIndex(1)
    tab.plan.planning.series_button.click()
    assert seen[0][:2] == MARCH
    assert [p.topic for p in tab.model.posts_on(date(2027, 3, 12))] == ["Tip"]
    assert tab.month_view.current_day() == date(2027, 3, 12)

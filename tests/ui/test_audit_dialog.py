"""The audit form: filled from a draft, read back as typed, bad numbers named by KPI, the rhythm
verdict live, and the KPIs usual for the platform first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import AuditItem, CheckResult, Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.audit_data import audit_errors
from smm_desktop.services.audits import AuditInput, CheckEntry
from smm_desktop.ui.dialogs.audit_dialog import AuditDialog, AuditFormEnv
from smm_desktop.ui.i18n import Formatter

from .goal_helpers import english_numbers

TODAY = date(2026, 11, 20)
TIKTOK = AccountData(Platform.TIKTOK, "nakheel.cafe", id=3, brand_id=1, version=1)
DRAFT = AuditInput(
    TODAY - timedelta(days=2),
    checks=(CheckEntry(AuditItem.PINNED, CheckResult.FIX, "Nothing pinned"),),
    posts_last_90_days=12, best_posts="Latte art", failed_before="Long offers", notes="n",
    baseline={Metric.FOLLOWERS: 12500.0, Metric.ENGAGEMENT_RATE: 3.5, Metric.LEADS: 4.0})


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


def _rules(data: AuditInput) -> list[FieldError]:
    return audit_errors(data, TODAY)


def _dialog(qtbot: QtBot, initial: AuditInput = DRAFT) -> AuditDialog:
    dialog = AuditDialog(None, _rules, AuditFormEnv(TIKTOK, Formatter(), TODAY), initial)
    qtbot.addWidget(dialog)
    return dialog


def test_a_draft_reads_back_as_it_was(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.value() == DRAFT.normalised()
    assert dialog.numbers[Metric.FOLLOWERS].text() == "12,500"
    assert dialog.more.isChecked()  # leads is not usual on TikTok, and it has a value


def test_usual_kpis_of_the_platform_come_first_and_the_rest_hide(qtbot: QtBot) -> None:
    plain = AuditInput(TODAY)
    dialog = _dialog(qtbot, plain)
    dialog.show()
    order = list(dialog.numbers)
    assert order[:5] == [Metric.FOLLOWERS, Metric.REACH, Metric.IMPRESSIONS,
                         Metric.ENGAGEMENTS, Metric.ENGAGEMENT_RATE]
    assert Metric.VIDEO_VIEWS in order[:8]
    assert not dialog.numbers[Metric.LEADS].isVisible()
    dialog.more.setChecked(True)
    assert dialog.numbers[Metric.LEADS].isVisible()
    assert dialog.value().baseline == {}


def test_bad_numbers_are_named_and_the_dialog_stays(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.numbers[Metric.ENGAGEMENT_RATE].setText("140")
    dialog.numbers[Metric.REACH].setText("lots")
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    shown = dialog.number_errors()
    assert "Engagement rate: A rate cannot be over 100%." in shown
    assert "Reach: Enter a number" in shown


def test_a_future_day_and_posts_messages(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.show_errors([FieldError("audited_on", "in_future"),
                        FieldError("posts_last_90_days", "posts_out_of_range",
                                   {"min": "0", "max": "10000"})])
    assert dialog.error_text("audited_on") == "An audit cannot be dated after today."
    assert "10000" in dialog.error_text("posts_last_90_days")


def test_rhythm_verdict_follows_the_count(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert "under one post a week" in dialog.rhythm.text()
    dialog.posts.setValue(39)
    assert "Steady" in dialog.rhythm.text() and "3 a week" in dialog.rhythm.text()
    dialog.posts.setValue(-1)
    assert dialog.value().posts_last_90_days is None
    assert "not counted" in dialog.rhythm.text()


def test_run_returns_the_value_when_accepted(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AuditDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    env = AuditFormEnv(TIKTOK, Formatter(), TODAY)
    value, ok = AuditDialog.run(None, _rules, env, DRAFT)
    assert ok and value == DRAFT.normalised()


def test_a_number_already_recorded_that_day_is_named_on_its_kpi(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.show_errors([FieldError("baseline:followers", "recorded_that_day",
                                   {"value": "1200"})])
    text = dialog.number_errors()
    assert text.startswith("Followers: ") and "1200" in text and "is kept" in text

"""The settings dialog's Keep backups and Team database fields, and what the window does with
them: the next workspace is backed up under the new policy, the team database opens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.retention import RetentionPolicy
from smm_desktop.services.workspace import Workspace
from smm_desktop.settings import Settings
from smm_desktop.ui import i18n
from smm_desktop.ui.controller import Controller
from smm_desktop.ui.dialogs.settings_dialog import SettingsDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.main_window import MainWindow
from smm_desktop.ui.safety import Safety

from .helpers import (
    brands_shown,
    close_controller,
    fast_first_backup,
    make_workspace,
    wait_for_backups,
)

TEAM_URL = "postgresql://smm@db.example/agency"
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture(autouse=True)
def quick_backups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return fast_first_backup(monkeypatch)


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[Controller]:
    made = Controller(Settings(), persist=False)
    yield made
    close_controller(made)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text, *_a, **_k: shown.append(text)))
    return shown


def _fill(monkeypatch: pytest.MonkeyPatch, daily: int, weekly: int, monthly: int,
          url: str = "", seen: list[tuple[int, int, int, str]] | None = None) -> None:
    """SettingsDialog.exec: note what the fields showed, type these values, press OK."""

    def exec_(dialog: SettingsDialog) -> int:
        if seen is not None:
            seen.append((dialog.keep_daily.value(), dialog.keep_weekly.value(),
                         dialog.keep_monthly.value(), dialog.database_url.text()))
        dialog.keep_daily.setValue(daily)
        dialog.keep_weekly.setValue(weekly)
        dialog.keep_monthly.setValue(monthly)
        dialog.database_url.setText(url)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", exec_)


def test_the_dialog_shows_the_current_policy_and_returns_the_new_one(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    before = Settings(keep_daily=12, keep_weekly=10, keep_monthly=9, recent_workspaces=["a"])
    seen: list[tuple[int, int, int, str]] = []
    _fill(monkeypatch, 3, 2, 1, f"  {TEAM_URL} ", seen)
    chosen, accepted = SettingsDialog.run(None, before)
    assert accepted
    assert seen == [(12, 10, 9, "")]
    assert (chosen.keep_daily, chosen.keep_weekly, chosen.keep_monthly) == (3, 2, 1)
    assert chosen.database_url == TEAM_URL  # trimmed
    assert chosen.recent_workspaces == ["a"]
    assert (before.keep_daily, before.database_url) == (12, "")  # the original is untouched


def test_cancel_returns_the_settings_unchanged(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    before = Settings(keep_daily=5, database_url=TEAM_URL)

    def exec_(dialog: SettingsDialog) -> int:
        dialog.keep_daily.setValue(1)
        dialog.database_url.clear()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    assert SettingsDialog.run(None, before) == (before, False)


def test_the_spin_boxes_keep_to_sensible_ranges(qtbot: QtBot) -> None:
    dialog = SettingsDialog(None, Settings())
    qtbot.addWidget(dialog)
    dialog.keep_daily.setValue(-4)
    dialog.keep_weekly.setValue(10_000)
    value = dialog.value()
    assert value.keep_daily == 0
    assert 0 < value.keep_weekly <= 520


def test_a_safety_attached_with_these_settings_keeps_by_their_policy(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    safety = Safety(window, Settings(keep_daily=3, keep_weekly=2, keep_monthly=1),
                    lambda _path, _action: None)
    workspace = Workspace.open(make_workspace(tmp_path / "w.smmws"))
    try:
        safety.attach(workspace, DataHub())
        assert safety.keeper is not None
        assert safety.keeper.policy == RetentionPolicy(3, 2, 1)
        safety.detach(at_close=False)
    finally:
        workspace.close()


def test_the_next_workspace_opened_is_backed_up_under_the_new_policy(
        qtbot: QtBot, controller: Controller, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    first = make_workspace(tmp_path / "first.smmws", "Palm Café")
    second = make_workspace(tmp_path / "second.smmws", "Nabd Fitness")
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    _fill(monkeypatch, 3, 2, 1)
    controller.window.commands.settings.trigger()
    assert (controller.settings.keep_daily, controller.settings.keep_weekly,
            controller.settings.keep_monthly) == (3, 2, 1)
    assert controller.open_workspace(str(second))
    assert controller.safety.keeper is not None
    assert controller.safety.keeper.policy == RetentionPolicy(3, 2, 1)
    wait_for_backups(qtbot, controller)
    assert warnings_shown == []


def test_a_new_backup_folder_is_used_for_the_next_workspace(
        qtbot: QtBot, controller: Controller, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    first = make_workspace(tmp_path / "first.smmws", "Palm Café")
    second = make_workspace(tmp_path / "second.smmws", "Nabd Fitness")
    elsewhere = tmp_path / "usb" / "smm-backups"
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)

    def exec_(dialog: SettingsDialog) -> int:
        dialog.backup_dir.setText(str(elsewhere))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    controller.window.commands.settings.trigger()
    assert controller.open_workspace(str(second))
    assert controller.safety.keeper is not None
    assert controller.safety.keeper.folder == elsewhere
    wait_for_backups(qtbot, controller)
    assert len(list(elsewhere.glob("second-*-auto.smmws"))) == 1


def test_a_team_database_chosen_in_settings_is_opened(
        qtbot: QtBot, controller: Controller, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    """Any SQLAlchemy URL works there; a SQLite one stands in for the PostgreSQL server."""
    first = make_workspace(tmp_path / "first.smmws", "Palm Café")
    team = make_workspace(tmp_path / "team.smmws", "Agency brand")
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    _fill(monkeypatch, 12, 10, 9, f"sqlite:///{team}")
    controller.window.commands.settings.trigger()
    assert controller.settings.database_url == f"sqlite:///{team}"
    assert brands_shown(controller) == ["Agency brand"]
    assert controller.services is not None and controller.services.workspace.path == team
    wait_for_backups(qtbot, controller)
    assert warnings_shown == []


def test_the_new_settings_fields_are_in_arabic(qapp: QApplication, qtbot: QtBot) -> None:
    try:
        assert i18n.install(qapp, Settings(language="ar")) == "ar"
        dialog = SettingsDialog(None, Settings())
        qtbot.addWidget(dialog)
        labels = [dialog.form.labelForField(dialog.form.itemAt(row, dialog.form.ItemRole.FieldRole)
                                            .widget()).text()
                  for row in range(dialog.form.rowCount())]
        tooltip = dialog.database_url.toolTip()
    finally:
        i18n.install(qapp, Settings(language="en"))
    assert len(labels) == 8
    for text in (*labels, tooltip):
        assert ARABIC_LETTER.search(text), text


def test_the_to_do_and_reminder_fields_show_and_return_the_settings(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTime

    before = Settings(follow_up_days=5, reminder_minutes=45, morning_summary=True,
                      morning_time="07:15", week_start=6, last_summary_day="2027-03-10")
    seen: list[tuple[object, ...]] = []

    def exec_(dialog: SettingsDialog) -> int:
        seen.append((dialog.follow_up_days.value(), dialog.reminder_minutes.value(),
                     dialog.morning_summary.isChecked(), dialog.morning_time.isEnabled(),
                     dialog.morning_time.time().toString("HH:mm"),
                     dialog.week_start.currentData()))
        dialog.follow_up_days.setValue(99)  # past the most: 14
        dialog.reminder_minutes.setValue(0)
        dialog.morning_summary.setChecked(False)
        dialog.morning_time.setTime(QTime(9, 5))
        dialog.week_start.setCurrentIndex(dialog.week_start.findData(5))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    chosen, accepted = SettingsDialog.run(None, before)
    assert accepted
    assert seen == [(5, 45, True, True, "07:15", 6)]
    assert (chosen.follow_up_days, chosen.reminder_minutes, chosen.morning_summary,
            chosen.morning_time, chosen.week_start) == (14, 0, False, "09:05", 5)
    assert chosen.last_summary_day == "2027-03-10"  # not the dialog's to change


def test_the_reminder_fields_say_off_and_follow_the_system_week(qtbot: QtBot) -> None:
    dialog = SettingsDialog(None, Settings(reminder_minutes=0, morning_summary=False))
    qtbot.addWidget(dialog)
    assert dialog.reminder_minutes.text() == "No reminder"
    assert not dialog.morning_time.isEnabled()
    assert dialog.week_start.currentData() == -1
    assert dialog.week_start.count() == 8
    dialog.follow_up_days.setValue(0)
    assert dialog.value().follow_up_days == 1


def test_the_to_do_group_lays_out_right_to_left_in_arabic(qapp: QApplication,
                                                          qtbot: QtBot) -> None:
    try:
        i18n.install(qapp, Settings(language="ar"))
        dialog = SettingsDialog(None, Settings())
        qtbot.addWidget(dialog)
        direction = dialog.follow_up_days.parentWidget().layoutDirection()
        saturday = dialog.week_start.itemText(dialog.week_start.findData(5))
    finally:
        i18n.install(qapp, Settings(language="en"))
    assert direction == Qt.LayoutDirection.RightToLeft
    assert ARABIC_LETTER.search(saturday)  # the day names are the language's

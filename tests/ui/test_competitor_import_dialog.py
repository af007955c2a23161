"""The competitor sheet import dialog: the preview's counts and tables (models checked by
QAbstractItemModelTester), the three choices, the backup before Import (or the person's word
without one), the change announced, right to left in Arabic, and the weekly check's button."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.settings import Settings
from smm_desktop.ui import i18n
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.competitor_import_dialog import CompetitorImportDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.competitors.weekly_check import WeeklyCheckSection

from .competitor_helpers import LAST_WEEK, TODAY, Rivals, rivals_in

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def rivals(ctx: UiContext) -> Iterator[Rivals]:
    yield from rivals_in(ctx)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """Café Noir's last check again (other likes), a new day, a new competitor, a bad row."""
    path = tmp_path / "tracking.csv"
    path.write_text(
        "Competitor,Platform,Handle,Date,Followers,Likes\r\n"
        f"Café Noir,Instagram,@cafenoir,{LAST_WEEK.isoformat()},1000,350\r\n"
        f"Café Noir,Instagram,@cafenoir,{YESTERDAY.isoformat()},1040,310\r\n"
        f"Bean There,TikTok,beanthere,{YESTERDAY.isoformat()},500,90\r\n"
        f"Brew Lab,Instagram,brewlab,{YESTERDAY.isoformat()},lots,1\r\n", encoding="utf-8")
    return path


def _dialog(qtbot: QtBot, ctx: UiContext, path: Path,
            backup: object = None) -> CompetitorImportDialog:
    dialog = CompetitorImportDialog(None, ctx, path, backup)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_shows_counts_plans_problems_and_missing(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, sheet: Path) -> None:
    dialog = _dialog(qtbot, ctx, sheet)
    QAbstractItemModelTester(dialog.plans, FATAL)
    QAbstractItemModelTester(dialog.problems, FATAL)
    assert dialog.plans.rowCount() == 3 and dialog.problems.rowCount() == 1
    assert dialog.counts.text().startswith("To add: 1 · to update: 0 · to skip: 2 · bad cells: 1")
    problem = [dialog.problems.index(0, c).data() for c in range(4)]
    assert problem[0] == "5" and "Followers" in problem[1] and "lots" in problem[2]
    assert problem[3] == "Not a number"
    assert dialog.missing.count() == 1 and "Bean There" in dialog.missing.item(0).text()
    assert not dialog.import_button.isEnabled()
    assert "bad rows" in dialog.status.text()
    assert dialog.tabs.tabText(1) == "Bad rows: 1"


def test_the_boxes_change_what_would_happen(qtbot: QtBot, ctx: UiContext, rivals: Rivals,
                                            sheet: Path) -> None:
    dialog = _dialog(qtbot, ctx, sheet)
    actions = lambda: [dialog.plans.index(r, 4).data() for r in range(3)]  # noqa: E731
    assert actions() == ["Skip", "Add", "Skip"]
    assert "Likes" in dialog.plans.index(0, 5).data()  # the recorded day differs in likes
    dialog.create_box.setChecked(True)
    dialog.replace_box.setChecked(True)
    assert actions() == ["Update", "Add", "Add"]
    dialog.partial_box.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.status.text() == ""
    assert dialog.counts_of() == (2, 1, 0)


def test_import_backs_up_first_writes_and_announces(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, sheet: Path) -> None:
    order: list[str] = []
    dialog = _dialog(qtbot, ctx, sheet, backup=lambda: order.append("backup"))
    ctx.hub.changed.connect(lambda area: order.append(area))
    for box in (dialog.create_box, dialog.replace_box, dialog.partial_box):
        box.setChecked(True)
    dialog.do_import()
    assert order == ["backup", DataHub.COMPETITORS]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome is not None
    assert (dialog.outcome.added, dialog.outcome.updated, dialog.outcome.competitors_created) == (
        2, 1, 1)
    service = ctx.services.competitors
    merged = service.snapshot_on(rivals.noir_account, LAST_WEEK)
    assert merged is not None and (merged.followers, merged.likes, merged.posts) == (1000, 350, 4)
    assert "Bean There" in [c.name for c in service.list_competitors(rivals.brand_id)]


@pytest.mark.parametrize(("answer", "imported"), [(QMessageBox.StandardButton.Yes, True),
                                                  (QMessageBox.StandardButton.No, False)])
def test_without_a_backup_the_person_is_asked(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, sheet: Path,
        monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton,
        imported: bool) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _dialog(qtbot, ctx, sheet)
    dialog.partial_box.setChecked(True)
    dialog.do_import()
    assert asked and "backup" in asked[0]
    assert (dialog.outcome is not None) == imported
    saved = ctx.services.competitors.snapshot_on(rivals.noir_account, YESTERDAY)
    assert (saved is not None) == imported


def test_ambiguous_dates_ask_for_the_order(qtbot: QtBot, ctx: UiContext, rivals: Rivals,
                                           tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Handle,Platform,Date,Followers\r\ncafenoir,IG,03/04/2026,900\r\n",
                    encoding="utf-8")
    dialog = _dialog(qtbot, ctx, path)
    assert not dialog.order_row.isHidden() and not dialog.import_button.isEnabled()
    dialog.order.setCurrentIndex(dialog.order.findData("dmy"))
    assert dialog.preview is not None and dialog.preview.date_order == "dmy"
    assert dialog.import_button.isEnabled()
    assert dialog.plans.index(0, 3).data() != ""


def test_a_file_that_is_not_a_sheet(qtbot: QtBot, ctx: UiContext, rivals: Rivals,
                                    tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Name,Score\r\nA,1\r\n", encoding="utf-8")
    dialog = _dialog(qtbot, ctx, path)
    assert "not a competitor tracking sheet" in dialog.heading.text()
    assert "Handle or profile address" in dialog.heading.text()
    assert not dialog.import_button.isEnabled()


def test_run_returns_nothing_when_cancelled(qtbot: QtBot, ctx: UiContext, rivals: Rivals,
                                           sheet: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CompetitorImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert CompetitorImportDialog.run(None, ctx, sheet) == (None, False)


def test_the_weekly_check_button_opens_the_import(
        qtbot: QtBot, ctx: UiContext, rivals: Rivals, sheet: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(sheet), ""))

    def exec_(dialog: CompetitorImportDialog) -> int:
        assert dialog.path == sheet
        dialog.partial_box.setChecked(True)
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *_a: QMessageBox.StandardButton.Yes)
        dialog.do_import()
        return int(dialog.result())

    monkeypatch.setattr(CompetitorImportDialog, "exec", exec_)
    form = WeeklyCheckSection(ctx)
    qtbot.addWidget(form)
    qtbot.mouseClick(form.import_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == (
        "Competitor snapshots imported: added 1, updated 0, skipped 2.")


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[QApplication]:
    try:
        assert i18n.install(qapp, Settings(language="ar")) == "ar"
        yield qapp
    finally:
        i18n.install(qapp, Settings(language="en"))


def test_right_to_left_in_arabic(qtbot: QtBot, arabic: QApplication, ctx: UiContext,
                                 rivals: Rivals, sheet: Path) -> None:
    dialog = _dialog(qtbot, ctx, sheet)
    dialog.show()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.plan_view.horizontalHeader().defaultAlignment() & Qt.AlignmentFlag.AlignLeading
    QAbstractItemModelTester(dialog.plans, FATAL)

"""Rolling backups from the window: the Backups table, backups at open and at close, File >
Backups restoring one, Help > Check workspace, and the Backups window in Arabic."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QThreadPool
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from smm_desktop.db.backup import integrity_errors
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.retention import RetentionPolicy
from smm_desktop.services import backups
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.workspace import CheckReport
from smm_desktop.settings import Settings
from smm_desktop.ui import i18n
from smm_desktop.ui.backup_keeper import BackupKeeper
from smm_desktop.ui.controller import Controller
from smm_desktop.ui.dialogs.backups_dialog import BackupsDialog
from smm_desktop.ui.dialogs.brand_dialog import BrandDialog
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.backups import BackupTableModel

from .helpers import (
    answer_dialog,
    brand_names_in,
    brands_shown,
    close_controller,
    fast_first_backup,
    make_workspace,
    open_services,
    wait_for_backups,
)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def stale_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The first backup of the day without its delay; the workspaces it was checked for."""
    return fast_first_backup(monkeypatch)


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[Controller]:
    made = Controller(Settings(), persist=False)
    yield made
    close_controller(made)


@pytest.fixture
def first(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "first.smmws", "Palm Café", "Bloom")


@pytest.fixture
def folder(first: Path) -> Path:
    """Where the backups of `first` go by default: beside it."""
    return backups.default_dir(first)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text, *_a, **_k: shown.append(text)))
    return shown


def _own(workspace: Path, folder: Path) -> list[backups.BackupInfo]:
    return backups.list_backups(workspace, folder)


def _reasons(workspace: Path, folder: Path) -> list[str]:
    return [info.reason for info in _own(workspace, folder)]


def _keeper(controller: Controller) -> BackupKeeper:
    keeper = controller.safety.keeper
    assert keeper is not None
    return keeper


def _new_brand(controller: Controller, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """A change made as a person makes it: New brand in the strategy panel."""
    answer_dialog(monkeypatch, BrandDialog, BrandInput(name=name))
    controller.window.commands.new_brand.trigger()


# -- 1. The table of backups ----------------------------------------------------------------


def _three_backups(first: Path, folder: Path) -> list[backups.BackupInfo]:
    """An automatic and a manual backup, and an unreadable file with a backup's name."""
    backups.backup_now(first, folder, "auto")
    backups.backup_now(first, folder, "at-close")
    stamp = (datetime.now() - timedelta(hours=1)).strftime("%Y%m%d-%H%M%S-%f")
    (folder / f"first-{stamp}-manual.smmws").write_bytes(b"not a database at all" * 100)
    infos = _own(first, folder)
    assert [i.reason for i in infos] == ["at-close", "auto", "manual"]
    return infos


def test_backup_model_passes_the_model_tester_with_real_backups(
        qapp: QApplication, first: Path, folder: Path) -> None:
    model = BackupTableModel(Formatter())
    tester = QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 0
    assert model.columnCount() == 5
    infos = _three_backups(first, folder)
    model.set_records(infos)
    assert model.rowCount() == 3
    model.set_records(infos[1:])
    assert model.rowCount() == 2
    model.set_records([])
    assert model.rowCount() == 0
    assert model.index(0, 0, model.index(0, 0)).isValid() is False
    assert tester is not None


def test_backup_model_shows_reasons_counts_and_unreadable_files(
        qapp: QApplication, first: Path, folder: Path) -> None:
    model = BackupTableModel(Formatter("latin"))
    model.set_records(_three_backups(first, folder))
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(5)]
    assert headers == ["Made", "Why", "Size", "Brands", "Accounts"]

    def row(number: int) -> list[str]:
        return [model.data(model.index(number, c), DISPLAY) for c in range(5)]

    assert row(0)[1] == "When the app closed"
    assert row(1)[1] == "Automatic"
    assert row(2)[1] == "Made by you"
    assert row(0)[3:] == ["2", "0"]
    assert row(2)[3:] == ["unreadable", "unreadable"]
    infos = model.records()
    assert model.data(model.index(0, 0), TOOLTIP) == str(infos[0].path)
    assert row(0)[0] == Formatter("latin").moment(infos[0].created)
    assert row(2)[2] == Formatter("latin").size(infos[2].size)


# -- 2. Backups at open and at close ---------------------------------------------------------


def test_the_first_open_makes_a_verified_backup_in_the_background(
        qtbot: QtBot, controller: Controller, first: Path, folder: Path,
        warnings_shown: list[str]) -> None:
    assert _own(first, folder) == []
    assert controller.open_workspace(str(first))
    assert _own(first, folder) == [], "the backup at open should not hold up the opening"
    qtbot.waitUntil(lambda: len(_own(first, folder)) == 1, timeout=WAIT_MS)
    wait_for_backups(qtbot, controller)
    made = _own(first, folder)[0]
    assert made.reason == "auto"
    assert integrity_errors(made.path) == []
    assert (made.brands, made.accounts) == (2, 0)
    assert list(folder.glob("*.partial")) == []
    assert "Backup saved" in controller.window.statusBar().currentMessage()
    assert warnings_shown == []


def test_opening_again_the_same_day_makes_no_second_backup(
        qtbot: QtBot, controller: Controller, first: Path, folder: Path, tmp_path: Path,
        stale_checks: list[str], warnings_shown: list[str]) -> None:
    second = make_workspace(tmp_path / "second.smmws", "Nabd Fitness")
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    assert controller.open_workspace(str(second))
    wait_for_backups(qtbot, controller)
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    assert stale_checks == ["first.smmws", "second.smmws", "first.smmws"]
    assert _reasons(first, folder) == ["auto"]
    assert _reasons(second, folder) == ["auto"]  # its own, in the same folder, kept apart
    assert warnings_shown == []


def test_a_backup_older_than_a_day_is_followed_by_a_new_one_at_open(
        qtbot: QtBot, controller: Controller, first: Path, folder: Path) -> None:
    old = backups.backup_now(first, folder, "auto")
    stamp = (datetime.now() - timedelta(days=2)).strftime("%Y%m%d-%H%M%S-%f")
    old.rename(folder / f"first-{stamp}-auto.smmws")
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    assert len(_own(first, folder)) == 2
    newest = _own(first, folder)[0]
    assert newest.created.date() == datetime.now().date()


def test_a_change_then_closing_the_window_makes_an_at_close_backup(
        qtbot: QtBot, controller: Controller, first: Path, folder: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    _new_brand(controller, monkeypatch, "Nile Dates")
    assert brands_shown(controller) == ["Bloom", "Nile Dates", "Palm Café"]
    controller.window.close()
    assert controller.services is None
    assert _reasons(first, folder) == ["at-close", "auto"]
    at_close = _own(first, folder)[0]
    assert integrity_errors(at_close.path) == []
    assert at_close.brands == 3  # it holds the change
    assert warnings_shown == []


def test_a_change_announced_on_the_hub_also_counts(
        qtbot: QtBot, controller: Controller, first: Path, folder: Path) -> None:
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    ctx = controller.window.ctx
    assert ctx is not None
    ctx.services.brands.create(BrandInput(name="Nabd Fitness"))
    ctx.hub.changed.emit("brands")
    controller.window.close()
    assert _reasons(first, folder) == ["at-close", "auto"]
    assert _own(first, folder)[0].brands == 3


def test_closing_without_changes_makes_no_backup(
        qtbot: QtBot, controller: Controller, first: Path, folder: Path) -> None:
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    controller.window.close()
    assert controller.services is None
    assert _reasons(first, folder) == ["auto"]


def test_back_up_now_in_the_backups_window_adds_a_manual_backup(
        qtbot: QtBot, controller: Controller, first: Path, folder: Path) -> None:
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    assert controller.window.ctx is not None
    dialog = BackupsDialog(None, _keeper(controller), controller.window.ctx.fmt)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.restore_button.isEnabled()
    dialog.now_button.click()
    assert not dialog.now_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    assert dialog.model.data(dialog.model.index(0, 1), DISPLAY) == "Made by you"
    assert dialog.now_button.isEnabled()
    assert dialog.where.text().startswith("Backups in ") and ": 2. Each one" in dialog.where.text()


def test_switching_away_at_once_backs_up_only_the_workspace_now_open(
        qtbot: QtBot, controller: Controller, first: Path, folder: Path, tmp_path: Path,
        stale_checks: list[str], warnings_shown: list[str]) -> None:
    """The first backup of the day waits a little; a workspace closed meanwhile is not
    backed up behind the person's back."""
    second = make_workspace(tmp_path / "second.smmws", "Nabd Fitness")
    assert controller.open_workspace(str(first))
    assert controller.open_workspace(str(second))
    wait_for_backups(qtbot, controller)
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    assert stale_checks == ["second.smmws"]
    assert _reasons(first, folder) == []
    assert _reasons(second, folder) == ["auto"]


def test_the_backups_window_does_not_linger_after_it_closed(
        qtbot: QtBot, controller: Controller, first: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each one left behind stays a child of the main window and re-reads every backup file
    each time a backup is made."""
    assert controller.open_workspace(str(first))
    wait_for_backups(qtbot, controller)
    monkeypatch.setattr(BackupsDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    for _time in range(3):
        controller.window.commands.backups.trigger()
    qtbot.waitUntil(lambda: not controller.window.findChildren(BackupsDialog), timeout=1000)


# -- 3. File > Backups restores one ----------------------------------------------------------


@pytest.fixture
def with_history(first: Path, folder: Path) -> Path:
    """`first` with two backups (2 brands, then 3) and a fourth brand since."""
    backups.backup_now(first, folder, "manual")
    services = open_services(first)
    try:
        services.brands.create(BrandInput(name="Nabd Fitness"))
        backups.backup_now(first, folder, "auto")
        services.brands.create(BrandInput(name="Nile Dates"))
    finally:
        services.workspace.close()
    return first


def _choose_row(monkeypatch: pytest.MonkeyPatch, row: int,
                shown: list[list[str]] | None = None) -> None:
    """The Backups window's exec: select `row` and press Restore."""

    def exec_(dialog: BackupsDialog) -> int:
        if shown is not None:
            shown.append([dialog.model.data(dialog.model.index(r, 1), DISPLAY)
                          for r in range(dialog.model.rowCount())])
        dialog.view.selectRow(row)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BackupsDialog, "exec", exec_)


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _opened_with_an_undoable_change(qtbot: QtBot, controller: Controller, workspace: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert controller.open_workspace(str(workspace))
    wait_for_backups(qtbot, controller)
    _new_brand(controller, monkeypatch, "Cedar Books")
    assert controller.window.commands.undo.isEnabled()
    assert brands_shown(controller) == [
        "Bloom", "Cedar Books", "Nabd Fitness", "Nile Dates", "Palm Café"]


def test_restoring_the_second_backup_puts_it_in_place_and_keeps_the_old_file(
        qtbot: QtBot, controller: Controller, with_history: Path, folder: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    _opened_with_an_undoable_change(qtbot, controller, with_history, monkeypatch)
    shown: list[list[str]] = []
    _choose_row(monkeypatch, 1, shown)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    controller.window.commands.backups.trigger()
    assert shown == [["Automatic", "Made by you"]]
    assert len(asked) == 1 and "(brands: 2, accounts: 0)" in asked[0]
    assert brands_shown(controller) == ["Bloom", "Palm Café"]  # the older backup's
    replaced = list(tmp_path.glob("first.replaced-*.smmws"))
    assert len(replaced) == 1
    assert brand_names_in(replaced[0]) == [
        "Bloom", "Cedar Books", "Nabd Fitness", "Nile Dates", "Palm Café"]
    assert "before-restore" in _reasons(with_history, folder)
    services = controller.services
    assert services is not None and services.workspace.path == with_history
    assert controller.window.ctx is not None and controller.window.ctx.services is services
    assert controller.window.workspace_label.text() == "Workspace: first.smmws"
    assert controller.window.ctx.undo.count() == 0
    assert not controller.window.commands.undo.isEnabled()
    assert warnings_shown == []


def test_answering_no_to_the_restore_changes_nothing(
        qtbot: QtBot, controller: Controller, with_history: Path, folder: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    _opened_with_an_undoable_change(qtbot, controller, with_history, monkeypatch)
    services, ctx = controller.services, controller.window.ctx
    before = _reasons(with_history, folder)
    _choose_row(monkeypatch, 1)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    controller.window.commands.backups.trigger()
    assert len(asked) == 1
    assert controller.services is services and controller.window.ctx is ctx
    assert brands_shown(controller) == [
        "Bloom", "Cedar Books", "Nabd Fitness", "Nile Dates", "Palm Café"]
    assert list(tmp_path.glob("*.replaced-*")) == []
    assert _reasons(with_history, folder) == before
    assert controller.window.commands.undo.isEnabled()
    assert warnings_shown == []


def test_closing_the_backups_window_restores_nothing(
        qtbot: QtBot, controller: Controller, with_history: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _opened_with_an_undoable_change(qtbot, controller, with_history, monkeypatch)
    monkeypatch.setattr(BackupsDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    controller.window.commands.backups.trigger()
    assert asked == []
    assert list(tmp_path.glob("*.replaced-*")) == []
    assert len(brands_shown(controller)) == 5


def test_a_damaged_backup_is_refused_and_the_workspace_reopened_unchanged(
        qtbot: QtBot, controller: Controller, with_history: Path, folder: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    _opened_with_an_undoable_change(qtbot, controller, with_history, monkeypatch)
    older = _own(with_history, folder)[1].path
    with older.open("r+b") as damaged:
        damaged.seek(8192)
        damaged.write(b"\xff" * 8192)
    _choose_row(monkeypatch, 1)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    controller.window.commands.backups.trigger()
    assert len(warnings_shown) == 1 and "is damaged" in warnings_shown[0]
    assert list(tmp_path.glob("*.replaced-*")) == []
    assert controller.services is not None
    assert brands_shown(controller) == [
        "Bloom", "Cedar Books", "Nabd Fitness", "Nile Dates", "Palm Café"]


# -- 6. Help > Check workspace ---------------------------------------------------------------


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> list[tuple[str, str, bool]]:
    """(kind, text, on the GUI thread) of each information or warning box shown."""
    shown: list[tuple[str, str, bool]] = []

    def recorder(kind: str) -> object:
        def show(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> object:
            shown.append((kind, text, QThread.currentThread() is qapp.thread()))
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    return shown


def test_check_workspace_says_the_workspace_is_sound_with_its_counts(
        qtbot: QtBot, controller: Controller, first: Path,
        boxes: list[tuple[str, str, bool]]) -> None:
    services = open_services(first)
    try:
        brand = services.brands.list_brands()[0]
        services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "palm.cafe"))
        services.accounts.create(brand.id, AccountInput(Platform.X, "PalmCafe"))
        services.accounts.create(brand.id, AccountInput(Platform.FACEBOOK, "PalmCafeSA"))
    finally:
        services.workspace.close()
    assert controller.open_workspace(str(first))
    controller.window.commands.check_workspace.trigger()
    assert controller.window.statusBar().currentMessage() == "Checking the workspace…"
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=WAIT_MS)
    assert boxes == [("information", "The workspace is sound (brands: 2, accounts: 3).", True)]
    assert "Checking" not in controller.window.statusBar().currentMessage()


def test_check_workspace_counts_the_brands_the_window_shows(
        qtbot: QtBot, controller: Controller, first: Path,
        boxes: list[tuple[str, str, bool]]) -> None:
    """A brand deleted a moment ago (undoable, purged at close) is not one of them."""
    assert controller.open_workspace(str(first))
    assert controller.window.strategy is not None
    panel = controller.window.strategy.brands
    panel.select_id(panel.model.records()[0].id)
    panel.delete_brand()
    assert brands_shown(controller) == ["Palm Café"]
    controller.window.commands.check_workspace.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=WAIT_MS)
    assert boxes[0][1] == "The workspace is sound (brands: 1, accounts: 0)."


def test_check_workspace_names_the_problem_it_found(
        qtbot: QtBot, controller: Controller, first: Path, monkeypatch: pytest.MonkeyPatch,
        boxes: list[tuple[str, str, bool]]) -> None:
    assert controller.open_workspace(str(first))
    report = CheckReport(str(first), "x", "x", ["Page 3: btreeInitPage() returns error 11"], 0, 0)
    monkeypatch.setattr("smm_desktop.ui.safety.check", lambda _target: report)
    controller.window.commands.check_workspace.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=WAIT_MS)
    kind, text, on_gui_thread = boxes[0]
    assert kind == "warning" and on_gui_thread
    assert "Page 3: btreeInitPage() returns error 11" in text
    assert "File > Backups" in text


def test_check_workspace_reports_a_check_that_failed(
        qtbot: QtBot, controller: Controller, first: Path, monkeypatch: pytest.MonkeyPatch,
        boxes: list[tuple[str, str, bool]]) -> None:
    assert controller.open_workspace(str(first))

    def fails(_target: object) -> CheckReport:
        raise OSError("the disk went away")

    monkeypatch.setattr("smm_desktop.ui.safety.check", fails)
    controller.window.commands.check_workspace.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=WAIT_MS)
    assert boxes[0][0] == "warning" and boxes[0][2]


# -- 8. The Backups window in Arabic ---------------------------------------------------------


def test_the_backups_window_is_in_arabic(
        qtbot: QtBot, qapp: QApplication, first: Path, folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    backups.backup_now(first, folder, "manual")
    keeper = BackupKeeper(first, folder, RetentionPolicy())
    seen: list[tuple[str, str, str, str]] = []

    def exec_(dialog: BackupsDialog) -> int:
        seen.append((dialog.windowTitle(), dialog.restore_button.text(),
                     dialog.model.headerData(1, Qt.Orientation.Horizontal, DISPLAY),
                     dialog.model.data(dialog.model.index(0, 1), DISPLAY)))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BackupsDialog, "exec", exec_)
    try:
        assert i18n.install(qapp, Settings(language="ar")) == "ar"
        assert BackupsDialog.run(None, keeper, Formatter()) == (None, False)
    finally:
        i18n.install(qapp, Settings(language="en"))
    assert len(seen) == 1
    title, restore, why, reason = seen[0]
    assert title != "Backups" and ARABIC_LETTER.search(title), title
    assert restore != "Restore…" and ARABIC_LETTER.search(restore), restore
    assert why != "Why" and ARABIC_LETTER.search(why), why
    assert reason != "Made by you" and ARABIC_LETTER.search(reason), reason


def test_the_backups_window_lists_newest_first_and_returns_the_chosen_one(
        qtbot: QtBot, qapp: QApplication, with_history: Path, folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    keeper = BackupKeeper(with_history, folder, RetentionPolicy())
    _choose_row(monkeypatch, 1)
    chosen, accepted = BackupsDialog.run(None, keeper, Formatter())
    assert accepted
    assert chosen == _own(with_history, folder)[1]
    assert chosen is not None and chosen.reason == "manual"

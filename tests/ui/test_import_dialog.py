"""The import dialog on real export files against a real workspace: the preview writes nothing,
Import commits after a backup, bad rows hold Import back until accepted, the date question,
several files in turn, a refused commit writes nothing, files dropped on the window, Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountInput
from smm_desktop.settings import Settings
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.controller import Controller
from smm_desktop.ui.dialogs.import_dialog import ImportDialog
from smm_desktop.ui.hub import DataHub

from .helpers import close_controller, fast_first_backup, make_workspace
from .import_helpers import (
    EXPORTS,
    ambiguous_ads,
    bad_instagram,
    make_brand,
    no_boxes,
    open_dialog,
    wait_ready,
)


def test_a_good_file_is_previewed_then_imported_after_a_backup(
        qtbot: QtBot, ctx: UiContext) -> None:
    ids = make_brand(ctx)
    backups: list[str] = []
    dialog = open_dialog(qtbot, ctx, EXPORTS / "tiktok_follower_history.csv",
                         backup=lambda: backups.append("made"))
    preview = dialog.states[0].preview
    assert preview is not None and preview.account_id == ids["tiktok"]
    assert ctx.services.imports.log(ids["brand"]) == []  # the preview wrote nothing
    assert dialog.panel.plans.rowCount() == preview.adds + preview.updates + preview.skips > 0
    assert f"To add: {preview.adds}" in dialog.panel.counts.text()
    assert "TikTok" in dialog.panel.recognised.text()
    assert "nabd.fit" in dialog.panel.account_note.text()
    assert dialog.import_button.isEnabled()
    changed: list[str] = []
    ctx.hub.changed.connect(changed.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, dialog.states[0], "imported")
    assert backups == ["made"]
    assert {DataHub.METRICS, DataHub.SNAPSHOTS, DataHub.POSTS, DataHub.CAMPAIGNS} <= set(changed)
    log = ctx.services.imports.log(ids["brand"])
    assert len(log) == 1 and log[0].rows_added == preview.adds
    assert dialog.status.text() == f"Added {preview.adds}, updated 0, skipped 0."
    history = ctx.services.snapshots.history(ids["tiktok"], Metric.FOLLOWERS)
    assert history and history[0].day >= date(2026, 1, 1)
    assert not dialog.import_button.isEnabled()


def test_the_same_file_again_is_noted_and_changes_nothing(qtbot: QtBot, ctx: UiContext) -> None:
    ids = make_brand(ctx)
    path = EXPORTS / "instagram_posts.csv"
    first = ctx.services.imports.preview(path, brand_id=ids["brand"])
    ctx.services.imports.commit(first)
    dialog = open_dialog(qtbot, ctx, path)
    again = dialog.states[0].preview
    assert again is not None and again.already_imported is not None
    assert not dialog.panel.again_note.isHidden()
    assert again.adds == again.updates == 0 and again.skips > 0


def test_bad_rows_keep_import_disabled_until_the_good_rows_only_box_is_ticked(
        qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    ids = make_brand(ctx)
    dialog = open_dialog(qtbot, ctx, bad_instagram(tmp_path))
    problems = dialog.panel.problems
    assert problems.rowCount() == 1
    assert [problems.index(0, c).data() for c in (0, 1, 2)] == ["2", "\u2068Views\u2069", "Not a number"]
    assert dialog.panel.tabs.currentIndex() == 1  # the bad rows are shown first
    assert not dialog.import_button.isEnabled()
    dialog.panel.partial.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.panel.partial.setChecked(False)
    assert not dialog.import_button.isEnabled()
    dialog.panel.partial.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, dialog.states[0], "imported")
    log = ctx.services.imports.log(ids["brand"])
    assert [(g.file_name, g.rows_added) for g in log] == [("instagram_bad.csv", 1)]


def test_ambiguous_dates_are_asked_and_the_answer_previews_again(
        qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    ids = make_brand(ctx)
    dialog = open_dialog(qtbot, ctx, ambiguous_ads(tmp_path))
    state = dialog.states[0]
    assert state.preview is not None and state.preview.ambiguous_dates
    assert not dialog.panel.dates_note.isHidden()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.panel.day_first, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, state)
    assert state.date_order == "dmy" and state.preview.ambiguous_dates == ()
    assert (state.preview.first_day, state.preview.last_day) == (date(2026, 4, 3), date(2026, 4, 6))
    assert dialog.panel.dates_note.isHidden() and dialog.import_button.isEnabled()
    dialog.import_current()
    wait_ready(qtbot, state, "imported")
    campaigns = ctx.services.campaigns.list_campaigns(ids["brand"])
    assert [c.name for c in campaigns] == ["Spring sale"]


def test_an_account_chosen_from_the_candidates_previews_again(
        qtbot: QtBot, ctx: UiContext) -> None:
    ids = make_brand(ctx)
    pages = [ctx.services.accounts.create(ids["brand"], AccountInput(Platform.FACEBOOK, h)).id
             for h in ("NabdPage", "NabdKids")]
    dialog = open_dialog(qtbot, ctx, EXPORTS / "facebook_posts.csv")
    state = dialog.states[0]
    assert state.preview is not None and state.preview.account_id is None
    combo = dialog.panel.account
    assert [combo.itemData(i) for i in range(combo.count())] == [0, *pages]
    assert not dialog.import_button.isEnabled()
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    wait_ready(qtbot, state)
    assert state.preview.account_id == pages[1] and state.preview.adds > 0
    assert dialog.import_button.isEnabled()


def test_a_brand_without_an_account_on_the_platform_is_told_so(
        qtbot: QtBot, ctx: UiContext) -> None:
    make_brand(ctx)
    dialog = open_dialog(qtbot, ctx, EXPORTS / "facebook_posts.csv")
    assert "add it in Strategy" in dialog.panel.account_note.text()
    assert not dialog.import_button.isEnabled()


def test_several_files_are_imported_one_after_another(qtbot: QtBot, ctx: UiContext) -> None:
    ids = make_brand(ctx)
    dialog = open_dialog(qtbot, ctx, EXPORTS / "instagram_posts.csv",
                         EXPORTS / "tiktok_follower_history.csv")
    assert dialog.files.isVisibleTo(dialog) and dialog.files.count() == 2
    dialog.import_current()
    wait_ready(qtbot, dialog.states[0], "imported")
    assert dialog.files.currentRow() == 1  # the next file comes up by itself
    wait_ready(qtbot, dialog.states[1])
    assert "instagram_posts.csv\u2069 imported: Added 2" in dialog.status.text()
    dialog.import_current()
    wait_ready(qtbot, dialog.states[1], "imported")
    assert dialog.files.item(0).text().startswith("✓")
    assert len(ctx.services.imports.log(ids["brand"])) == 2
    assert len(dialog.imported()) == 2


def test_a_failed_commit_is_explained_and_writes_nothing(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = make_brand(ctx)
    seen = no_boxes(monkeypatch)

    def broken_backup() -> None:
        raise OSError("disk full")

    dialog = open_dialog(qtbot, ctx, EXPORTS / "instagram_posts.csv", backup=broken_backup)
    dialog.import_current()
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert "workspace is unchanged" in seen[0] and "disk full" in seen[0]
    assert dialog.states[0].status == "ready" and dialog.import_button.isEnabled()
    assert ctx.services.imports.log(ids["brand"]) == []


def test_an_unreadable_file_is_refused(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    make_brand(ctx)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    dialog = open_dialog(qtbot, ctx, broken)
    assert dialog.panel.problems.rowCount() >= 1
    assert dialog.panel.problems.index(0, 0).data() == "The whole file"
    assert not dialog.import_button.isEnabled()


def test_the_preview_models_pass_the_model_tester(qtbot: QtBot, ctx: UiContext,
                                                  tmp_path: Path) -> None:
    make_brand(ctx)
    dialog = open_dialog(qtbot, ctx, bad_instagram(tmp_path))
    for model in (dialog.panel.plans, dialog.panel.problems):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        assert model.rowCount() > 0 and model.headerData(0, Qt.Orientation.Horizontal) == "Line"


def test_arabic_mirrors_the_tables_and_keeps_file_names_left_to_right(
        qtbot: QtBot, ctx: UiContext) -> None:
    make_brand(ctx)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = open_dialog(qtbot, ctx, EXPORTS / "instagram_posts.csv")
        assert dialog.panel.plan_view.isRightToLeft() and dialog.files.isRightToLeft()
        assert dialog.panel.file_label.text() == "\u200f\u2066instagram_posts.csv\u2069"
        assert dialog.files.item(0).text() == "\u2066instagram_posts.csv\u2069"
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- File > Import… and files dropped on the window ------------------------------------------


@pytest.fixture
def controller(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
               tmp_path: Path) -> Iterator[Controller]:
    fast_first_backup(monkeypatch)
    made = Controller(Settings(), persist=False)
    assert made.open_workspace(str(make_workspace(tmp_path / "w.smmws", "Nabd")))
    yield made
    close_controller(made)


def _record_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[Path]]:
    runs: list[list[Path]] = []

    def run(cls: type, parent: object, ctx: object, paths: list[Path],
            backup: object = None) -> tuple[list[object], bool]:
        runs.append(list(paths))
        return [], False

    monkeypatch.setattr(ImportDialog, "run", classmethod(run))
    return runs


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_files_dropped_on_the_window_open_the_import_dialog(
        controller: Controller, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runs = _record_runs(monkeypatch)
    window = controller.window
    files = (EXPORTS / "instagram_posts.csv", EXPORTS / "youtube_studio.zip")
    mime = _mime(*files, tmp_path / "photo.png")
    point = QPointF(40, 40)
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, actions, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert runs == [list(files)]  # the picture is left out


def test_a_drag_without_export_files_is_refused(controller: Controller, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    runs = _record_runs(monkeypatch)
    mime = _mime(tmp_path / "photo.png")
    enter = QDragEnterEvent(QPointF(40, 40).toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(controller.window, enter)
    assert not enter.isAccepted() and runs == []


def test_file_import_asks_for_files_and_opens_the_dialog(
        controller: Controller, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = _record_runs(monkeypatch)
    chosen = str(EXPORTS / "tiktok_overview.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([chosen], ""))
    action = controller.window.commands.import_file
    assert action.shortcut().toString() == "Ctrl+I"
    file_menu = controller.window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert action in file_menu.actions() and controller.window.commands.import_log in file_menu.actions()
    action.trigger()
    assert runs == [[Path(chosen)]]


def test_a_file_for_another_account_says_so_and_asks(qtbot: QtBot, ctx: UiContext) -> None:
    ids = make_brand(ctx)  # TikTok nabd.fit; the file's links are @nabd.fitness's
    dialog = open_dialog(qtbot, ctx, EXPORTS / "tiktok_content.csv")
    state = dialog.states[0]
    assert state.preview is not None and state.preview.account_id is None
    note = dialog.panel.account_note.text()
    assert note.startswith("The file is for \u2066@nabd.fitness\u2069; none of your accounts is")
    assert not dialog.import_button.isEnabled()
    combo = dialog.panel.account
    assert [combo.itemData(i) for i in range(combo.count())] == [0, ids["tiktok"]]


def test_a_file_already_in_the_workspace_is_not_imported_again(
        qtbot: QtBot, ctx: UiContext) -> None:
    make_brand(ctx)
    path = EXPORTS / "tiktok_follower_history.csv"
    ctx.services.imports.commit(ctx.services.imports.preview(path, brand_id=ctx.scope.brand_id))
    dialog = open_dialog(qtbot, ctx, path)
    assert not dialog.import_button.isEnabled()
    assert dialog.status.text().startswith("Nothing to import")
    assert not dialog.panel.again_note.isHidden()
    dialog.import_current()  # no commit, so no backup and no log entry
    assert len(ctx.services.imports.log()) == 1

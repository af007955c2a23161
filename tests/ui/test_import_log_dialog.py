"""File > Import log: the imports of the brand, “Undo this import” after a confirmation, and the
refusal explained when a later import changed the same rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop.domain.metrics import Metric
from smm_desktop.services.numbers_data import ImportLogData
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.import_log_dialog import ImportLogDialog
from smm_desktop.ui.hub import DataHub

from .import_helpers import EXPORTS, WAIT_MS, make_brand, no_boxes


def _import(ctx: UiContext, path: Path) -> ImportLogData:
    preview = ctx.services.imports.preview(path, brand_id=ctx.scope.brand_id)
    return ctx.services.imports.commit(preview)


def _dialog(qtbot: QtBot, ctx: UiContext) -> ImportLogDialog:
    dialog = ImportLogDialog(None, ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_the_log_lists_each_import_and_undoes_one_after_asking(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = make_brand(ctx)
    made = _import(ctx, EXPORTS / "tiktok_follower_history.csv")
    asked = no_boxes(monkeypatch)
    dialog = _dialog(qtbot, ctx)
    model = dialog.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 1 and dialog.empty.isHidden()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "\u2066tiktok_follower_history.csv\u2069"
    assert row[2] == "TikTok · Follower history" and row[3] == "\u2066TikTok @nabd.fit\u2069"
    assert row[5] == str(made.rows_added) and row[8] == "In force"
    assert "Edit > Undo" in dialog.undo_button.toolTip()
    changed: list[str] = []
    ctx.hub.changed.connect(changed.append)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.record(0).undone_at is not None, timeout=WAIT_MS)
    assert "Undo the import of \u2066tiktok_follower_history.csv\u2069" in asked[0]
    assert model.index(0, 8).data().startswith("Undone")
    assert not dialog.undo_button.isEnabled()
    assert ctx.services.snapshots.history(ids["tiktok"], Metric.FOLLOWERS) == []
    assert DataHub.SNAPSHOTS in changed and DataHub.METRICS in changed


def test_no_answer_no_undo(qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    make_brand(ctx)
    _import(ctx, EXPORTS / "tiktok_follower_history.csv")
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog = _dialog(qtbot, ctx)
    dialog.undo_selected()
    assert not dialog.busy and dialog.model.record(0).undone_at is None
    assert ctx.services.imports.log()[0].undone_at is None


def test_an_undo_refused_by_a_later_import_is_explained(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    make_brand(ctx)
    first = _import(ctx, EXPORTS / "instagram_posts.csv")
    newer = tmp_path / "instagram_newer.csv"
    text = (EXPORTS / "instagram_posts.csv").read_text("utf-8-sig")
    newer.write_text(text.replace('"5,310"', '"6,001"'), "utf-8-sig")
    second = _import(ctx, newer)
    assert second.rows_updated >= 1
    seen = no_boxes(monkeypatch)
    dialog = _dialog(qtbot, ctx)
    assert [dialog.model.record(r).id for r in range(2)] == [second.id, first.id]
    dialog.view.selectRow(1)
    dialog.undo_selected()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    assert seen[1].startswith("A later import changed some of the same rows.")
    assert ctx.services.imports.log()[1].undone_at is None
    assert dialog.undo_button.isEnabled()


def test_an_empty_log_says_how_to_import(qtbot: QtBot, ctx: UiContext) -> None:
    make_brand(ctx)
    dialog = _dialog(qtbot, ctx)
    assert not dialog.empty.isHidden() and not dialog.undo_button.isEnabled()


def test_arabic_log_is_right_to_left(qtbot: QtBot, ctx: UiContext) -> None:
    make_brand(ctx)
    _import(ctx, EXPORTS / "tiktok_follower_history.csv")
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = _dialog(qtbot, ctx)
        assert dialog.view.isRightToLeft()
        assert dialog.model.index(0, 0).data().startswith("\u2066")
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _answer_box(monkeypatch: pytest.MonkeyPatch, choose: str | None) -> list[str]:
    """The “edited since” box: its text listed, the button labelled `choose` clicked (None:
    Cancel)."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        chosen = next((b for b in box.buttons() if b.text() == choose), None)
        box.clickedButton = lambda: chosen  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


@pytest.mark.parametrize("anyway", [False, True])
def test_an_import_edited_since_is_explained_and_undone_only_if_asked(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch, anyway: bool) -> None:
    from sqlalchemy import select, update

    from smm_desktop.db.models import Post

    make_brand(ctx)
    log = _import(ctx, EXPORTS / "instagram_posts.csv")
    sessions = ctx.services.workspace.session_factory
    with sessions.begin() as s:  # an edit made after the import, as the services make it
        post_id = s.scalars(select(Post.id).where(Post.origin == "import")).first()
        s.execute(update(Post).where(Post.id == post_id).values(
            lessons="keep", version=Post.version + 1))
    no_boxes(monkeypatch)
    seen = _answer_box(monkeypatch, "Undo anyway (keeps your later edits)" if anyway else None)
    dialog = _dialog(qtbot, ctx)
    dialog.undo_selected()
    qtbot.waitUntil(lambda: len(seen) == 1 and not dialog.busy, timeout=WAIT_MS)
    assert "edited after it (posts: 1)" in seen[0]
    if anyway:
        qtbot.waitUntil(lambda: dialog.model.record(0).undone_at is not None, timeout=WAIT_MS)
        with sessions() as s:
            kept = s.get(Post, post_id)
            assert kept is not None and (kept.deleted_at, kept.lessons) == (None, "keep")
    else:
        assert ctx.services.imports.get_log(log.id).undone_at is None

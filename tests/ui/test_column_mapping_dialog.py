"""The column-mapping dialog: an unknown file offers it, it saves the mapping through the
service, the preview runs again with it, and the next file with the same header maps itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from smm_desktop.domain.metrics import Metric
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.column_mapping_dialog import ColumnMappingDialog, guess, targets_of

from .import_helpers import fans_file, make_brand, open_dialog, wait_ready


def _mapping_dialog(qtbot: QtBot, ctx: UiContext, path: Path) -> ColumnMappingDialog:
    preview = ctx.services.imports.preview(path, brand_id=ctx.scope.brand_id)
    dialog = ColumnMappingDialog(None, ctx, path, preview)
    qtbot.addWidget(dialog)
    return dialog


def _answer_followers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The dialog's exec maps Datum -> day and Fans -> followers and saves."""
    shown: list[str] = []

    def exec_(dialog: ColumnMappingDialog) -> int:
        shown.append(",".join(dialog.combos))
        dialog.kind.setCurrentIndex(dialog.kind.findData("follower_history"))
        dialog.set_target("Datum", "day")
        dialog.set_target("Fans", "followers")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ColumnMappingDialog, "exec", exec_)
    return shown


def test_an_unknown_file_is_mapped_saved_and_the_next_one_maps_itself(
        qtbot: QtBot, ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = make_brand(ctx)
    shown = _answer_followers(monkeypatch)
    dialog = open_dialog(qtbot, ctx, fans_file(tmp_path))
    state = dialog.states[0]
    assert state.preview is not None and not state.preview.recognised
    assert not dialog.panel.unknown_note.isHidden() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.panel.map_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, state)
    assert shown == ["Datum,Fans"]
    assert state.preview.recognised and state.preview.kind == "follower_history"
    assert ctx.services.imports.mapping_for(state.preview.signature) == {
        "Datum": "day", "Fans": "followers"}
    combo = dialog.panel.account  # a mapped file names no account: the brand's are offered
    combo.setCurrentIndex(combo.findData(ids["tiktok"]))
    combo.activated.emit(combo.currentIndex())
    wait_ready(qtbot, state)
    assert state.preview.account_id == ids["tiktok"] and dialog.import_button.isEnabled()
    dialog.import_current()
    wait_ready(qtbot, state, "imported")
    assert [s.value for s in ctx.services.snapshots.history(ids["tiktok"], Metric.FOLLOWERS)] \
        == [1200.0, 1210.0]
    later = open_dialog(qtbot, ctx, fans_file(tmp_path, "fans_december.csv", 1300))
    again = later.states[0].preview
    assert again is not None and again.recognised and again.platform == "mapped"
    assert later.panel.unknown_note.isHidden()


def test_the_mapping_is_checked_before_it_is_saved(qtbot: QtBot, ctx: UiContext,
                                                   tmp_path: Path) -> None:
    make_brand(ctx)
    dialog = _mapping_dialog(qtbot, ctx, fans_file(tmp_path))
    dialog.kind.setCurrentIndex(dialog.kind.findData("follower_history"))
    dialog.set_target("Datum", "")
    dialog.set_target("Fans", "")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Choose what at least one column holds."
    dialog.set_target("Datum", "followers")
    dialog.set_target("Fans", "followers")
    dialog.save()
    assert dialog.error.text() == "Two columns hold Followers: choose one."
    dialog.set_target("Datum", "change")
    dialog.save()
    assert dialog.error.text() == "Choose the column that holds Date."
    assert dialog.ctx.services.imports.mapping_for(dialog.table.signature if dialog.table else "") is None
    dialog.set_target("Datum", "day")
    dialog.name.clear()
    dialog.save()
    assert dialog.error.text() == "Give this layout a name."


def test_headers_are_guessed_and_the_first_rows_shown(qtbot: QtBot, ctx: UiContext,
                                                      tmp_path: Path) -> None:
    make_brand(ctx)
    path = tmp_path / "daily.csv"
    path.write_text("Date,Reach,Colour\n2026-11-01,120,red\n2026-11-02,130,blue\n", "utf-8")
    dialog = _mapping_dialog(qtbot, ctx, path)
    dialog.kind.setCurrentIndex(dialog.kind.findData("account_daily"))
    assert dialog.mapping() == {"Date": "day", "Reach": "reach"}
    assert dialog.sample.rowCount() == 2
    assert dialog.sample.index(1, 2).data() == "\u2068blue\u2069"
    QAbstractItemModelTester(dialog.sample, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert "reach" in targets_of("account_daily") and "reach" in targets_of("post_metrics")
    assert guess("Link Clicks", targets_of("post_metrics")) == "link_clicks"


def test_arabic_mapping_dialog_is_right_to_left(qtbot: QtBot, ctx: UiContext,
                                                tmp_path: Path) -> None:
    make_brand(ctx)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = _mapping_dialog(qtbot, ctx, fans_file(tmp_path))
        assert dialog.isRightToLeft() and dialog.combos["Fans"].isRightToLeft()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

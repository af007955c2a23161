"""The Competitors tab's dialogs: run through their classmethod with exec patched, messages on
the field, the logo from a file, and counts that are left empty rather than taken as 0."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.services.competitor_data import (
    CompetitorInput,
    GuessInput,
    ObservationData,
    SnapshotInput,
)
from smm_desktop.ui.dialogs.competitor_dialog import AccountDraft, CompetitorDialog, CompetitorDraft
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.dialogs.guess_dialog import GuessDialog
from smm_desktop.ui.dialogs.observation_dialog import ObservationDialog
from smm_desktop.ui.dialogs.snapshot_dialog import SnapshotDialog


def _ok(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _exec_filling(monkeypatch: pytest.MonkeyPatch, cls: type, fill: object) -> None:
    """Make `cls.exec` fill the dialog with `fill(dialog)`, press OK and return its result."""
    def exec_(dialog: FormDialog) -> int:
        fill(dialog)  # type: ignore[operator]
        _ok(dialog)
        return dialog.result()
    monkeypatch.setattr(cls, "exec", exec_)


def test_the_competitor_dialog_returns_the_profile_and_accounts(
        monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    def fill(dialog: CompetitorDialog) -> None:
        dialog.name.setText("  Café Noir ")
        dialog.strengths.setPlainText("Fast replies")
        dialog.add_account(AccountDraft(Platform.TIKTOK, ""))
        dialog._lines[-1].handle.setText("cafenoir")
    _exec_filling(monkeypatch, CompetitorDialog, fill)
    initial = CompetitorDraft(CompetitorInput("x"), (AccountDraft(Platform.INSTAGRAM, "noir", id=4),))
    value, accepted = CompetitorDialog.run(None, None, initial)
    assert accepted and value is not None
    assert value.profile == CompetitorInput("Café Noir", strengths="Fast replies")
    assert value.accounts == (AccountDraft(Platform.INSTAGRAM, "noir", "", 4),
                              AccountDraft(Platform.TIKTOK, "cafenoir"))


def test_a_competitor_without_a_name_or_with_a_bad_site_is_refused_on_the_field(
        qtbot: QtBot) -> None:
    dialog = CompetitorDialog(None, None, None)
    qtbot.addWidget(dialog)
    dialog.website.setText("not an address")
    _ok(dialog)
    assert dialog.error_text("name") == "This field is required."
    assert "https://" in dialog.error_text("website")
    assert dialog.result() == 0


def test_a_removed_account_leaves_the_draft(qtbot: QtBot) -> None:
    initial = CompetitorDraft(CompetitorInput("Noir"), (AccountDraft(Platform.X, "noir", id=2),))
    dialog = CompetitorDialog(None, None, initial)
    qtbot.addWidget(dialog)
    dialog._lines[0].remove.click()
    assert dialog.value().accounts == ()


def test_the_logo_comes_from_a_png_or_jpeg_file(qtbot: QtBot, tmp_path: Path) -> None:
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "logo.jpg"
    assert image.save(str(path))
    dialog = CompetitorDialog(None, None, None)
    qtbot.addWidget(dialog)
    dialog.load_logo(str(path))
    png = dialog.value().profile.logo_png
    assert png is not None and png.startswith(b"\x89PNG")
    assert QImage.fromData(png).width() == 256
    (tmp_path / "bad.png").write_bytes(b"not an image")
    dialog.load_logo(str(tmp_path / "bad.png"))
    assert "bad.png" in dialog.error_text("logo")


def test_the_snapshot_dialog_keeps_empty_counts_empty_and_refuses_bad_ones(qtbot: QtBot) -> None:
    dialog = SnapshotDialog(None, None, SnapshotInput(date(2026, 1, 5), followers=900))
    qtbot.addWidget(dialog)
    dialog.counts["likes"].setText("-3")
    dialog.counts["views"].setText("many")
    _ok(dialog)
    assert "whole number" in dialog.error_text("views")
    dialog.counts["views"].setText("")
    _ok(dialog)
    assert dialog.error_text("likes") == "This number cannot be below zero."
    assert dialog.result() == 0
    dialog.counts["likes"].setText("1,250")
    dialog.hashtags.setText("Coffee, #latte")
    dialog.types[ContentType.VIDEO].setChecked(True)
    dialog.link.setText("https://example.com/post/1")
    dialog.file.setText("/tmp/shot.png")
    dialog.note.setPlainText("A giveaway")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == SnapshotInput(
        date(2026, 1, 5), followers=900, likes=1250, hashtags=("#coffee", "#latte"),
        content_types=(ContentType.VIDEO,), notable_link="https://example.com/post/1",
        notable_file="/tmp/shot.png", notable_note="A giveaway")


def test_the_guess_dialog_checks_the_quarter_and_returns_the_chosen_evidence(
        qtbot: QtBot) -> None:
    log = [ObservationData(date(2026, 10, 1), "Ramadan series", id=7),
           ObservationData(date(2026, 10, 9), "Quick replies", id=8)]
    dialog = GuessDialog(None, None, GuessInput("2026-Q5", evidence=(8,)), log)
    qtbot.addWidget(dialog)
    _ok(dialog)
    assert dialog.error_text("quarter") == "Write the quarter as 2026-Q4."
    dialog.quarter.setText("2026-q4")
    dialog.focus.setText("Occasions")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == GuessInput("2026-Q4", focus="Occasions", evidence=(8,))


def test_the_observation_dialog_needs_a_text(qtbot: QtBot) -> None:
    dialog = ObservationDialog(None, None, None)
    qtbot.addWidget(dialog)
    _ok(dialog)
    assert dialog.error_text("text") == "This field is required."
    dialog.text.setPlainText("They answered within an hour")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().text == "They answered within an hour"

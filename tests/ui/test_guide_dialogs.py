"""The brand guide's dialogs: messages on the field, live counts, and a consistency grid that
works from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import CheckResult, ConsistencyAspect, Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.guide_checks import CheckData, CheckInput, CheckItem, CheckSheet, SheetRow
from smm_desktop.services.guides import (
    BioInput,
    GuideInput,
    HashtagSetInput,
    bio_errors,
    guide_errors,
    set_errors,
)
from smm_desktop.ui.dialogs.bio_dialog import BioDialog
from smm_desktop.ui.dialogs.consistency_dialog import ConsistencyDialog
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.dialogs.guide_dialog import GuideDialog
from smm_desktop.ui.dialogs.hashtag_set_dialog import HashtagSetDialog
from smm_desktop.ui.models.consistency import FIRST_ASPECT

from .goal_helpers import english_numbers

TODAY = date(2026, 11, 28)
A, R = ConsistencyAspect, CheckResult
SHEET = CheckSheet((
    SheetRow(1, Platform.INSTAGRAM, "bloomandco", expected_name="Bloom & Co.",
             expected_bio="Same-day flowers", has_bio=True),
    SheetRow(2, Platform.FACEBOOK, "BloomAndCo")), "Friendly florist", "Warm", ("Weddings",),
    CheckData(date(2026, 8, 1), "", (CheckItem(2, A.PICTURE, R.FIX, "old logo"),), id=9))


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


def _ok(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_set_without_a_name_is_refused_on_the_field(qtbot: QtBot) -> None:
    dialog = HashtagSetDialog(None, set_errors, None)
    qtbot.addWidget(dialog)
    dialog.tags.setPlainText("#a")
    _ok(dialog)
    assert dialog.error_text("name") == "This field is required."
    assert dialog.result() == 0


def test_a_duplicate_set_name_and_a_bad_tag_are_said_on_their_fields(qtbot: QtBot) -> None:
    def validator(data: HashtagSetInput) -> list[FieldError]:
        taken = [FieldError("name", "duplicate_set", {"value": data.name})]
        return taken + set_errors(data)

    dialog = HashtagSetDialog(None, validator, HashtagSetInput("Weddings", ("#a",)))
    qtbot.addWidget(dialog)
    dialog.tags.setPlainText("#ok #rock&roll")
    _ok(dialog)
    assert "already has a set named" in dialog.error_text("name")
    assert "Weddings" in dialog.error_text("name")
    assert "#rock&roll" in dialog.error_text("tags")


def test_the_set_dialog_counts_tags_and_warns_past_thirty(qtbot: QtBot) -> None:
    dialog = HashtagSetDialog(None, None, None)
    qtbot.addWidget(dialog)
    dialog.tags.setPlainText("a, b\n#B c")
    assert dialog.summary.text() == "Tags: 3"
    assert dialog.value() == HashtagSetInput("", ("#a", "#b", "#c"))
    dialog.tags.setPlainText(" ".join(f"#t{i}" for i in range(31)))
    assert "31" in dialog.summary.text() and "30" in dialog.summary.text()


def test_the_bio_dialog_counts_against_the_platform_and_warns_over(qtbot: QtBot) -> None:
    dialog = BioDialog(None, None, BioInput(Platform.TIKTOK, "Bloom", "x" * 70))
    qtbot.addWidget(dialog)
    assert dialog.warning_text() == "Characters: 70 of 80"
    dialog.bio.setPlainText("x" * 85)
    assert "TikTok" in dialog.warning_text() and "5" in dialog.warning_text()
    assert dialog.windowTitle() == "Bio on TikTok"


def test_a_bio_link_that_is_not_an_address_is_refused_on_the_field(qtbot: QtBot) -> None:
    dialog = BioDialog(None, bio_errors, BioInput(Platform.X, "Bloom"))
    qtbot.addWidget(dialog)
    dialog.link.setText("not a link")
    _ok(dialog)
    assert dialog.error_text("link") == "Enter a full web address starting with https://"
    dialog.link.setText("bloom.example/shop")
    _ok(dialog)
    assert dialog.result() == 1


def test_the_guide_dialog_refuses_a_word_in_both_lists(qtbot: QtBot) -> None:
    dialog = GuideDialog(None, guide_errors, GuideInput("Friendly"))
    qtbot.addWidget(dialog)
    dialog.words_to_use.setPlainText("fresh\nlocal")
    dialog.words_to_avoid.setPlainText("cheap\nFresh")
    _ok(dialog)
    assert "Fresh" in dialog.error_text("words_to_avoid")
    assert dialog.value().words_to_use == ("fresh", "local")


def test_the_check_grid_works_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = ConsistencyDialog(None, None, None, SHEET, TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    view = dialog.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().column() == FIRST_ASPECT
    QTest.keyClick(view, Qt.Key.Key_Space)  # not checked -> pass
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == FIRST_ASPECT + 1
    QTest.keyClick(view, Qt.Key.Key_Space)
    QTest.keyClick(view, Qt.Key.Key_Space)  # -> fix
    dialog.note.setText("too long")
    dialog.note.textEdited.emit("too long")
    value = dialog.value()
    assert value.item(1, A.NAME).result == R.PASS
    assert (value.item(1, A.BIO).result, value.item(1, A.BIO).note) == (R.FIX, "too long")
    assert value.checked_on == TODAY


def test_the_check_dialog_shows_what_the_guide_expects_and_the_last_verdict(
        qtbot: QtBot) -> None:
    dialog = ConsistencyDialog(None, None, None, SHEET, TODAY)
    qtbot.addWidget(dialog)
    assert "Same-day flowers" in dialog.expects.text()
    dialog.view.setCurrentIndex(dialog.model.index(1, FIRST_ASPECT + 2))
    assert "no name or bio" in dialog.expects.text()
    tip = dialog.model.index(1, FIRST_ASPECT + 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Last check: Fix · \u2068old logo\u2069"
    assert dialog.model.index(1, FIRST_ASPECT + 2).data() == "–"  # a hint, not an answer


def test_mark_unchecked_as_pass_keeps_the_fixes(qtbot: QtBot) -> None:
    initial = CheckInput(date(2026, 11, 1), "n", (CheckItem(2, A.PICTURE, R.FIX, "old"),))
    dialog = ConsistencyDialog(None, None, initial, SHEET, TODAY)
    qtbot.addWidget(dialog)
    dialog.pass_rest.click()
    value = dialog.value()
    assert (value.fixes, value.passes) == (1, 9)
    assert value.checked_on == date(2026, 11, 1) and value.notes == "n"

"""User text in the Strategy tables isolated from the text around it (so "Bloom & Co." keeps
its full stop where it belongs in Arabic), translated separators and word order, numbers in
the chosen digits, and %1 placeholders in the guide's messages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from smm_desktop.domain.enums import AuditItem, CheckResult, ConsistencyAspect, Platform
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.services.audits import AuditInput, CheckEntry
from smm_desktop.services.experiments import ExperimentData
from smm_desktop.services.guide_checks import CheckData, CheckItem, SheetRow
from smm_desktop.services.guides import BioData, HashtagSetData
from smm_desktop.settings import Settings
from smm_desktop.ui import audit_text, guide_text, i18n, labels
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.consistency import account_text, cell_text, expected_text
from smm_desktop.ui.models.guide import (
    BioRow,
    BioTableModel,
    CheckTableModel,
    HashtagSetTableModel,
)
from smm_desktop.ui.models.reviews import ExperimentTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole


class _Arabic(QTranslator):
    """The few Arabic words these tests need, before the lead's translation exists."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {("Labels", " · "): "، ",
             ("ConsistencyGrid", "%1 (archived)"): "(مؤرشف) %1"}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self.WORDS.get((context, source), "")


@pytest.fixture
def arabic_words(qapp: QApplication) -> Iterator[None]:
    translator = _Arabic()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_isolate_wraps_text_in_first_strong_isolates() -> None:
    assert isolate("Bloom & Co.") == "\u2068Bloom & Co.\u2069"
    assert isolate("") == ""


def test_guide_tables_isolate_user_text(qapp: QApplication) -> None:
    fmt = Formatter()
    bios = BioTableModel(fmt)
    bios.set_records([BioRow(Platform.INSTAGRAM, BioData(
        Platform.INSTAGRAM, "Bloom & Co.", "Fresh flowers.", "", id=1))])
    assert bios.data(bios.index(0, 1), DISPLAY) == isolate("Bloom & Co.")
    assert bios.data(bios.index(0, 2), DISPLAY) == isolate("Fresh flowers.")
    sets = HashtagSetTableModel(fmt)
    sets.set_records([HashtagSetData("Weddings!", ("#bride",), id=1)])
    assert sets.data(sets.index(0, 0), DISPLAY) == isolate("Weddings!")
    checks = CheckTableModel(fmt)
    checks.set_records([CheckData(date(2026, 11, 1), "Logo is old.", id=1)])
    assert checks.data(checks.index(0, 3), DISPLAY) == isolate("Logo is old.")


def test_experiment_table_isolates_user_text(qapp: QApplication) -> None:
    model = ExperimentTableModel(Formatter())
    model.set_records([ExperimentData("Quiz?", "More replies.", "Replies.", id=1)])
    assert [model.data(model.index(0, c), DISPLAY) for c in range(3)] == [
        isolate("Quiz?"), isolate("More replies."), isolate("Replies.")]


def test_consistency_texts_isolate_the_name_and_notes(qapp: QApplication) -> None:
    row = SheetRow(1, Platform.INSTAGRAM, "bloomandco", expected_name="Bloom & Co.",
                   expected_bio="Fresh.", has_bio=True)
    assert isolate("Bloom & Co.") in expected_text(row)
    assert isolate("Fresh.") in expected_text(row)
    item = CheckItem(1, ConsistencyAspect.NAME, CheckResult.FIX, "Old name.")
    assert cell_text(item).endswith(isolate("Old name."))


def test_separators_and_archived_follow_the_translation(arabic_words: None) -> None:
    assert labels.separator() == "، "
    audit = AuditInput(date(2026, 11, 2), checks=(
        CheckEntry(AuditItem.BIO_LINK, CheckResult.FIX),
        CheckEntry(AuditItem.IMAGES, CheckResult.PASS)))
    assert "، " in audit_text.tally(audit) and " · " not in audit_text.tally(audit)
    row = SheetRow(1, Platform.INSTAGRAM, "old", archived=True)
    text = account_text(row)
    assert text.startswith("(مؤرشف) ") and "، " in text and " · " not in text
    item = CheckItem(1, ConsistencyAspect.NAME, CheckResult.FIX, "x")
    assert "، " in cell_text(item)


def test_audit_item_names_use_the_chosen_digits(qapp: QApplication) -> None:
    i18n.install(qapp, Settings(language="ar", digits="arabic"))
    try:
        assert "٩٠" in audit_text.item_name(AuditItem.CONSISTENCY)
    finally:
        i18n.install(qapp, Settings(language="en"))


def test_guide_messages_fill_numbered_placeholders(qapp: QApplication) -> None:
    message = guide_text.field_message(FieldError(
        "bio", "bio_over_limit", {"platform": "instagram", "max": "150", "over": "12"}))
    assert message == ("Over the \u2068Instagram\u2069 limit of \u2068150\u2069 characters by "
                       "\u206812\u2069: the platform will cut or refuse it.")
    tricky = guide_text.field_message(FieldError("name", "duplicate_set", {"value": "%2 {x}"}))
    assert tricky == "This brand already has a set named “\u2068%2 {x}\u2069”."
    assert all("{" not in m and "%1" in m for m in guide_text.MESSAGES.values())


def test_a_set_that_cannot_come_back_says_why(qapp: QApplication) -> None:
    error = ValidationFailed([FieldError("name", "name_taken", {"value": "Weddings"})])
    text = labels.error_message(error)
    assert "Weddings" in text and "another one now has that name" in text


def test_the_rhythm_keeps_its_placeholders_filled_in_arabic_digits(qapp: QApplication) -> None:
    i18n.install(qapp, Settings(language="ar", digits="arabic"))
    try:
        text = audit_text.rhythm(Formatter("arabic"), 26)
        assert "%" not in text and "٢٦" in text and "٩٠" in text
    finally:
        i18n.install(qapp, Settings(language="en"))

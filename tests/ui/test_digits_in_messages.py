"""Numbers inside field messages follow the chosen digits; codes, names and emails do not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from smm_desktop.domain.errors import FieldError
from smm_desktop.settings import Settings
from smm_desktop.ui import i18n, labels


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, Settings(language="ar", digits="arabic"))
    try:
        yield
    finally:
        i18n.install(qapp, Settings(language="en"))


def test_numbers_in_an_arabic_message_use_arabic_indic_digits(arabic: None) -> None:
    text = labels.field_message(FieldError("target_value", "too_long", {"max": "120"}))
    assert "١٢٠" in text and "120" not in text


def test_codes_and_emails_keep_their_characters(arabic: None) -> None:
    colour = labels.field_message(FieldError("colours", "bad_colour", {"value": "#12ABCD"}))
    assert "#12ABCD" in colour
    email = labels.field_message(FieldError("report_recipients", "bad_email", {"value": "sara2@x.com"}))
    assert "sara2@x.com" in email


def test_latin_digits_stay_latin(qapp: QApplication) -> None:
    i18n.install(qapp, Settings(language="en", digits="latin"))
    assert "120" in labels.field_message(FieldError("name", "too_long", {"max": "120"}))

"""Arabic, right to left: the translations load, the layout mirrors, and the .ts is complete."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smm_desktop import paths
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.settings import Settings
from smm_desktop.ui import i18n, labels
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.i18n import Formatter, make_locale
from smm_desktop.ui.main_window import MainWindow

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "smm_desktop_ar.ts"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w+\}")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[QApplication]:
    """The app in Arabic for one test; English again afterwards, whatever happens."""
    try:
        assert i18n.install(qapp, Settings(language="ar")) == "ar"
        yield qapp
    finally:
        i18n.install(qapp, Settings(language="en"))


def test_arabic_mirrors_the_app_and_translates(arabic: QApplication) -> None:
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    strategy = QCoreApplication.translate("MainWindow", "Strategy")
    assert strategy != "Strategy"
    assert ARABIC_LETTER.search(strategy)
    assert QLocale().language() == QLocale.Language.Arabic


def test_english_comes_back_after_arabic(qapp: QApplication) -> None:
    i18n.install(qapp, Settings(language="ar"))
    i18n.install(qapp, Settings(language="en"))
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "Strategy") == "Strategy"


def test_a_window_built_in_arabic_has_arabic_tabs_and_the_dock_on_the_right(
        qtbot: QtBot, arabic: QApplication) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert len(texts) == 5
    for english, text in zip(("Strategy", "Audience", "Competitors", "Calendar", "Reports"),
                             texts, strict=True):
        assert text != english and ARABIC_LETTER.search(text), text
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ARABIC_LETTER.search(window.commands.undo.text())
    with qtbot.waitExposed(window):
        window.show()
    central = window.centralWidget()
    assert central is not None
    assert window.todo_dock.geometry().left() > central.geometry().right()


def test_field_messages_in_arabic_keep_their_values(arabic: QApplication) -> None:
    wrong_site = labels.field_message(FieldError("profile_url", "wrong_site",
                                                 {"platform": Platform.INSTAGRAM.value}))
    assert ARABIC_LETTER.search(wrong_site)
    bad_email = labels.field_message(FieldError("report_recipients", "bad_email",
                                                {"value": "owner@@x"}))
    assert "owner@@x" in bad_email and ARABIC_LETTER.search(bad_email)
    for code in ("required", "too_long", "bad_colour", "bad_image", "duplicate_brand",
                 "duplicate_handle", "bad_handle", "bad_url", "bad_country"):
        text = labels.field_message(FieldError("x", code, {
            "max": "120", "value": "v", "brand": "b", "platform": "x"}))
        assert ARABIC_LETTER.search(text), code


def test_arabic_numbers_follow_the_digit_choice(arabic: QApplication) -> None:
    assert re.sub(r"\D", "", Formatter("latin").number(1234)) == "1234"
    assert not re.search(r"[0-9]", Formatter("arabic").number(1234))
    assert re.search(r"[٠-٩]", Formatter("arabic").number(1234))


def test_make_locale_uses_the_region_for_the_first_day_of_the_week() -> None:
    assert make_locale("ar", "SA").firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert make_locale("ar", "AE").firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert make_locale("en", "GB").firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert make_locale("en", "").language() == QLocale.Language.English


def test_handles_are_isolated_inside_arabic_text() -> None:
    sentence = "الحساب " + ltr("@nabd.fitness")
    assert sentence.endswith("\u2066@nabd.fitness\u2069")


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "ar"
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        found += [(name, message) for message in context.iter("message")]
    return found


def test_every_arabic_message_is_finished() -> None:
    messages = _messages()
    assert len(messages) > 100
    problems = []
    for context, message in messages:
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
            continue
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if kind == "unfinished" or not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} is unfinished")
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"{context}: {source!r} loses a placeholder in {form!r}")
    assert problems == []


def test_the_built_translation_is_found_where_the_app_looks() -> None:
    assert paths.resource("i18n", "smm_desktop_ar.qm").is_file()
    assert paths.resource("i18n", "smm_desktop_ar.qm").stat().st_size > 1000

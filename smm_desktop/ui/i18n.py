"""Languages at run time: translators, right to left, the locale and the digit style."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLibraryInfo, QLocale, Qt, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from smm_desktop import paths
from smm_desktop.domain.digits import with_digits
from smm_desktop.settings import Settings

_installed: list[QTranslator] = []
_digit_style = "locale"  # the chosen digits, for text built outside a Formatter
_NUMBER = re.compile(r"^[+\-]?[\d.,٠-٩٫٬]+%?$")


def effective_language(settings: Settings) -> str:
    """The chosen language, or the system's when it is Arabic, else English."""
    if settings.language:
        return settings.language
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def make_locale(language: str, region: str) -> QLocale:
    """The locale for dates, numbers and the first day of the week."""
    return QLocale(f"{language}_{region}") if region else QLocale(language)


def install(app: QApplication, settings: Settings) -> str:
    """Load the translations for the chosen language and set the layout direction."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    global _digit_style
    _digit_style = settings.digits
    language = effective_language(settings)
    QLocale.setDefault(make_locale(language, settings.region))
    if language == "ar":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, "qtbase_ar", qt_dir)
        _load(app, "smm_desktop_ar", str(paths.resource("i18n")))
    direction = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    return language


def _load(app: QApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)


_NUMBER_IN_TEXT = re.compile(r"(?<![\w#])[\d٠-٩][\d٠-٩.,٫٬]*(?![\w])")


def digits_in(text: str) -> str:
    """The numbers in a sentence in the chosen digits (the locale's own when "locale");
    codes such as #1A2B3C and words with digits in them are left alone."""
    style = _digit_style
    if style == "locale":
        style = "latin" if QLocale().zeroDigit() == "0" else "arabic"
    return _NUMBER_IN_TEXT.sub(lambda m: with_digits(m.group(0), style), text)


def number_text(value: str) -> str:
    """A parameter that is a bare number gets the chosen digits; names and emails do not."""
    return digits_in(value) if _NUMBER.match(value) else value


class Formatter:
    """Numbers and dates in the user's locale, with the digit style they chose."""

    def __init__(self, digits: str = "locale") -> None:
        self.digits = digits

    def number(self, value: int | float) -> str:
        return with_digits(QLocale().toString(value), self.digits)

    def moment(self, when: datetime) -> str:
        """A Python datetime (local time): the locale's short date, and the time to the second
        (two backups a minute apart must not look alike)."""
        day = QLocale().toString(QDate(when.year, when.month, when.day),
                                 QLocale.FormatType.ShortFormat)
        time = QLocale().toString(QTime(when.hour, when.minute, when.second), "HH:mm:ss")
        return with_digits(f"{day} {time}", self.digits)

    def size(self, size: int) -> str:
        return with_digits(QLocale().formattedDataSize(size), self.digits)

    def date(self, value: QDate | QDateTime) -> str:
        return with_digits(QLocale().toString(value, QLocale.FormatType.ShortFormat), self.digits)

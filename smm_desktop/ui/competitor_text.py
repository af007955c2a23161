"""How the Competitors tab writes numbers, days and missing values: a missing number is "—",
never 0, and digits follow the person's choice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.enums import ContentType
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import Formatter, digits_in
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

DASH = "—"


def tr(text: str) -> str:
    return QCoreApplication.translate("CompetitorTexts", text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(fmt: Formatter, day: date | None) -> str:
    return fmt.date(qdate(day)) if day else DASH


def count(fmt: Formatter, value: int | None) -> str:
    return DASH if value is None else fmt.number(value)


def decimal(fmt: Formatter, value: float | None, places: int = 1) -> str:
    return DASH if value is None else fmt.number(round(value, places))


def percent(fmt: Formatter, value: float | None) -> str:
    """A percent with two decimals (engagement rates are small numbers)."""
    return DASH if value is None else fmt.number(round(value, 2)) + "%"


def signed(fmt: Formatter, value: int | None, rate: float | None = None) -> str:
    """A change such as "+120 (+2.5%)"; "—" when unknown."""
    if value is None:
        return DASH
    text = ("+" if value > 0 else "") + fmt.number(value)
    if rate is not None:
        text += " (" + ("+" if rate > 0 else "") + fmt.number(round(rate, 1)) + "%)"
    return text


def parse_count(text: str) -> int | None:
    """A whole number as typed (any digits, thousands separators); None when empty.
    Raises ValueError when it is not a whole number."""
    plain = with_digits(text.strip(), "latin")
    for mark in (",", "\u066c", " ", "\u00a0", "'"):
        plain = plain.replace(mark, "")
    plain = plain.replace("\u2212", "-")
    if not plain:
        return None
    return int(plain)


def content_names() -> dict[ContentType, str]:
    from smm_desktop.ui.post_labels import content_type_name

    return {kind: content_type_name(kind) for kind in ContentType}


_MESSAGES = {
    "invalid": QT_TRANSLATE_NOOP("CompetitorTexts", "Write the quarter as 2026-Q4."),
    "too_large": QT_TRANSLATE_NOOP("CompetitorTexts", "Too large: at most {max}."),
    "duplicate": QT_TRANSLATE_NOOP(
        "CompetitorTexts", "This competitor already has this account."),
    "not_a_number": QT_TRANSLATE_NOOP("CompetitorTexts", "Enter a whole number, such as 1500."),
}


def field_text(error: FieldError) -> str:
    """The message for a field error, with the codes only competitors use."""
    text = _MESSAGES.get(error.code)
    if text is None:
        return labels.field_message(error)
    result = tr(text)
    for key, value in error.params.items():
        result = result.replace("{" + key + "}", value)
    return digits_in(result)


def error_text(error: Exception) -> str:
    if isinstance(error, ValidationFailed):
        return "\n".join(field_text(e) for e in error.errors)
    return labels.error_message(error)


def joined(items: list[str]) -> str:
    """Items of a list in one line, with the language's comma ("، " in Arabic)."""
    return QCoreApplication.translate("CompetitorTexts", ", ").join(items)

"""Translatable words of the brand guide: the check's aspects and verdicts, and the messages of
the guide's own rule codes (the shared ones come from labels.field_message)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from smm_desktop.domain.enums import CheckResult, ConsistencyAspect, Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import digits_in, number_text
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_ASPECTS = {
    ConsistencyAspect.NAME: QT_TRANSLATE_NOOP("GuideText", "Name"),
    ConsistencyAspect.BIO: QT_TRANSLATE_NOOP("GuideText", "Bio"),
    ConsistencyAspect.PICTURE: QT_TRANSLATE_NOOP("GuideText", "Picture"),
    ConsistencyAspect.TONE: QT_TRANSLATE_NOOP("GuideText", "Tone"),
    ConsistencyAspect.HASHTAGS: QT_TRANSLATE_NOOP("GuideText", "Hashtags"),
}
_RESULTS = {
    CheckResult.UNCHECKED: QT_TRANSLATE_NOOP("GuideText", "Not checked"),
    CheckResult.PASS: QT_TRANSLATE_NOOP("GuideText", "Pass"),
    CheckResult.FIX: QT_TRANSLATE_NOOP("GuideText", "Fix"),
    CheckResult.NOT_APPLICABLE: QT_TRANSLATE_NOOP("GuideText", "Not applicable"),
}
MESSAGES = {
    "duplicate_set": QT_TRANSLATE_NOOP("GuideText", "This brand already has a set named “%1”."),
    "bad_tag": QT_TRANSLATE_NOOP(
        "GuideText", "“%1” is not a hashtag: use letters, digits and _ only, no spaces."),
    "over_instagram_tags": QT_TRANSLATE_NOOP(
        "GuideText", "Tags: %1. Instagram takes at most %2 in one post."),
    "bio_over_limit": QT_TRANSLATE_NOOP(
        "GuideText", "Over the %1 limit of %2 characters by %3: the platform will cut or refuse it."),
    "in_both_lists": QT_TRANSLATE_NOOP(
        "GuideText", "“%1” is also in the words to use: keep it in one list."),
}
# The parameters of each message, in the order of its %1, %2, %3.
_PARAMS = {"duplicate_set": ("value",), "bad_tag": ("value",), "in_both_lists": ("value",),
           "over_instagram_tags": ("count", "max"), "bio_over_limit": ("platform", "max", "over")}
_PLACEHOLDER = re.compile(r"%([1-9])")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuideText", text)


def aspect_name(aspect: ConsistencyAspect) -> str:
    return _tr(_ASPECTS[aspect])


def result_name(result: CheckResult) -> str:
    return _tr(_RESULTS[result])


def field_message(error: FieldError) -> str:
    """The guide's own codes here; every other code as labels.field_message words it."""
    text = MESSAGES.get(error.code)
    if text is None:
        return labels.field_message(error)
    params = dict(error.params)
    if params.get("platform") in set(Platform):
        params["platform"] = labels.platform_name(Platform(params["platform"]))
    values = [f"\u2068{number_text(params.get(name, ''))}\u2069" for name in _PARAMS[error.code]]
    return fill(_tr(text), values)


def fill(template: str, values: list[str]) -> str:
    """%1, %2… replaced in one pass (a "%2" in a person's text stays as typed); the numbers of
    the template itself in the chosen digits."""
    parts = _PLACEHOLDER.split(template)  # text, number, text, number, …, text
    return "".join(digits_in(part) if n % 2 == 0 else _nth(values, int(part))
                   for n, part in enumerate(parts))


def _nth(values: list[str], number: int) -> str:
    return values[number - 1] if number <= len(values) else f"%{number}"


def qdate(value: date) -> QDate:
    """A Python date as a QDate (for the locale's formats)."""
    return QDate(value.year, value.month, value.day)

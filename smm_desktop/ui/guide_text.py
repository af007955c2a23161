"""Translatable words of the brand guide: the check's aspects and verdicts, and the messages of
the guide's own rule codes (the shared ones come from labels.field_message)."""

from __future__ import annotations

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
_MESSAGES = {
    "duplicate_set": QT_TRANSLATE_NOOP("GuideText", "This brand already has a set named “{value}”."),
    "bad_tag": QT_TRANSLATE_NOOP(
        "GuideText", "“{value}” is not a hashtag: use letters, digits and _ only, no spaces."),
    "over_instagram_tags": QT_TRANSLATE_NOOP(
        "GuideText", "Tags: {count}. Instagram takes at most {max} in one post."),
    "bio_over_limit": QT_TRANSLATE_NOOP(
        "GuideText", "Over the {platform} limit of {max} characters by {over}: the platform will cut or refuse it."),
    "in_both_lists": QT_TRANSLATE_NOOP(
        "GuideText", "“{value}” is also in the words to use: keep it in one list."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuideText", text)


def aspect_name(aspect: ConsistencyAspect) -> str:
    return _tr(_ASPECTS[aspect])


def result_name(result: CheckResult) -> str:
    return _tr(_RESULTS[result])


def field_message(error: FieldError) -> str:
    """The guide's own codes here; every other code as labels.field_message words it."""
    text = _MESSAGES.get(error.code)
    if text is None:
        return labels.field_message(error)
    params = dict(error.params)
    if params.get("platform") in set(Platform):
        params["platform"] = labels.platform_name(Platform(params["platform"]))
    params = {key: f"\u2068{number_text(value)}\u2069" for key, value in params.items()}
    return digits_in(_tr(text)).format(**params)


def qdate(value: date) -> QDate:
    """A Python date as a QDate (for the locale's formats)."""
    return QDate(value.year, value.month, value.day)

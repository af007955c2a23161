"""Translatable names for the domain's vocabularies and the rules' message codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, StorageFault, ValidationFailed
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_PLATFORMS = {
    Platform.FACEBOOK: QT_TRANSLATE_NOOP("Labels", "Facebook"),
    Platform.INSTAGRAM: QT_TRANSLATE_NOOP("Labels", "Instagram"),
    Platform.X: QT_TRANSLATE_NOOP("Labels", "X"),
    Platform.LINKEDIN: QT_TRANSLATE_NOOP("Labels", "LinkedIn"),
    Platform.TIKTOK: QT_TRANSLATE_NOOP("Labels", "TikTok"),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP("Labels", "YouTube"),
    Platform.SNAPCHAT: QT_TRANSLATE_NOOP("Labels", "Snapchat"),
    Platform.PINTEREST: QT_TRANSLATE_NOOP("Labels", "Pinterest"),
    Platform.THREADS: QT_TRANSLATE_NOOP("Labels", "Threads"),
    Platform.WHATSAPP_BUSINESS: QT_TRANSLATE_NOOP("Labels", "WhatsApp Business"),
    Platform.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

# The regions offered first: where the app's users work. ISO 3166 codes.
REGIONS = {
    "SA": QT_TRANSLATE_NOOP("Labels", "Saudi Arabia"),
    "AE": QT_TRANSLATE_NOOP("Labels", "United Arab Emirates"),
    "KW": QT_TRANSLATE_NOOP("Labels", "Kuwait"),
    "QA": QT_TRANSLATE_NOOP("Labels", "Qatar"),
    "BH": QT_TRANSLATE_NOOP("Labels", "Bahrain"),
    "OM": QT_TRANSLATE_NOOP("Labels", "Oman"),
    "EG": QT_TRANSLATE_NOOP("Labels", "Egypt"),
    "JO": QT_TRANSLATE_NOOP("Labels", "Jordan"),
    "LB": QT_TRANSLATE_NOOP("Labels", "Lebanon"),
    "IQ": QT_TRANSLATE_NOOP("Labels", "Iraq"),
    "MA": QT_TRANSLATE_NOOP("Labels", "Morocco"),
    "DZ": QT_TRANSLATE_NOOP("Labels", "Algeria"),
    "TN": QT_TRANSLATE_NOOP("Labels", "Tunisia"),
    "GB": QT_TRANSLATE_NOOP("Labels", "United Kingdom"),
    "US": QT_TRANSLATE_NOOP("Labels", "United States"),
    "CA": QT_TRANSLATE_NOOP("Labels", "Canada"),
    "AU": QT_TRANSLATE_NOOP("Labels", "Australia"),
    "IE": QT_TRANSLATE_NOOP("Labels", "Ireland"),
    "FR": QT_TRANSLATE_NOOP("Labels", "France"),
    "DE": QT_TRANSLATE_NOOP("Labels", "Germany"),
    "TR": QT_TRANSLATE_NOOP("Labels", "Turkey"),
}

CONTENT_LANGUAGES = {
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
}

_FIELD_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Labels", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("Labels", "Too long: at most {max} characters."),
    "bad_email": QT_TRANSLATE_NOOP("Labels", "“{value}” is not an email address."),
    "bad_colour": QT_TRANSLATE_NOOP("Labels", "“{value}” is not a colour like #1A2B3C."),
    "bad_country": QT_TRANSLATE_NOOP("Labels", "Choose a country from the list."),
    "bad_handle": QT_TRANSLATE_NOOP(
        "Labels", "A handle has only letters, digits, dots, dashes and underscores."
    ),
    "bad_image": QT_TRANSLATE_NOOP("Labels", "Could not read this image: {value}"),
    "bad_url": QT_TRANSLATE_NOOP("Labels", "Enter a full web address starting with https://"),
    "wrong_site": QT_TRANSLATE_NOOP("Labels", "This address is not on {platform}."),
    "duplicate_brand": QT_TRANSLATE_NOOP("Labels", "A brand named “{value}” already exists."),
    "duplicate_handle": QT_TRANSLATE_NOOP(
        "Labels", "This handle is already in the workspace on this platform ({brand})."
    ),
}

_CONFLICT = QT_TRANSLATE_NOOP(
    "Labels",
    "This item was changed elsewhere since you opened it. Nothing was overwritten: reload it and make your change again.",
)
_FAULTS = {
    "disk_full": QT_TRANSLATE_NOOP("Labels", "The disk is full, so nothing was saved. Free some space and do it again; nothing else was lost."),
    "read_only": QT_TRANSLATE_NOOP("Labels", "The workspace file cannot be written (it is read-only), so nothing was saved. Check its permissions, or open a copy."),
    "locked": QT_TRANSLATE_NOOP("Labels", "Another program is writing to the workspace right now, so nothing was saved. Try again in a moment."),
    "io": QT_TRANSLATE_NOOP("Labels", "The disk reported an error, so nothing was saved. Check the drive, then try again."),
}
_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Labels", "This item no longer exists; it may have been deleted elsewhere."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def platform_name(platform: Platform) -> str:
    return _tr(_PLATFORMS[platform])


def region_name(code: str) -> str:
    return _tr(REGIONS[code]) if code in REGIONS else code


def language_name(code: str) -> str:
    return _tr(CONTENT_LANGUAGES[code]) if code in CONTENT_LANGUAGES else code


def field_message(error: FieldError) -> str:
    params = dict(error.params)
    if "platform" in params and params["platform"] in set(Platform):
        params["platform"] = platform_name(Platform(params["platform"]))
    # Each value is a bidi isolate, so a Latin value cannot turn an Arabic sentence around.
    params = {key: f"\u2068{value}\u2069" for key, value in params.items()}
    text = _FIELD_MESSAGES.get(error.code)
    return _tr(text).format(**params) if text else error.code


def error_message(error: Exception) -> str:
    """A sentence for the person, for the errors services raise on purpose."""
    if isinstance(error, Conflict):
        return _tr(_CONFLICT)
    if isinstance(error, NotFound):
        return _tr(_NOT_FOUND)
    if isinstance(error, StorageFault):
        return _tr(_FAULTS.get(error.kind, _FAULTS["io"]))
    if isinstance(error, ValidationFailed):
        return "\n".join(field_message(e) for e in error.errors)
    return str(error)

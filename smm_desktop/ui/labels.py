"""Translatable names for the domain's vocabularies and the rules' message codes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from smm_desktop.domain.enums import BusinessGoalKind, Gender, Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, StorageFault, ValidationFailed
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.smart import Finding, Letter
from smm_desktop.ui.i18n import digits_in, number_text
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

_GENDERS = {
    Gender.ANY: QT_TRANSLATE_NOOP("Labels", "Women and men"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Labels", "Women"),
    Gender.MALE: QT_TRANSLATE_NOOP("Labels", "Men"),
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

_INVALID = QT_TRANSLATE_NOOP("Labels", "This value is not valid here.")
_FIELD_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Labels", "This field is required."),
    "platform_already_chosen": QT_TRANSLATE_NOOP(
        "Labels", "This platform is already chosen for the brand: edit its reason instead."),
    "too_long": QT_TRANSLATE_NOOP("Labels", "Too long: at most {max} characters."),
    "out_of_range": QT_TRANSLATE_NOOP("Labels", "Enter a whole number from {min} to {max}."),
    "in_future": QT_TRANSLATE_NOOP("Labels", "This day has not come yet."),
    "bad_email": QT_TRANSLATE_NOOP("Labels", "Not an email address: {value}"),
    "bad_colour": QT_TRANSLATE_NOOP("Labels", "“{value}” is not a colour like #1A2B3C."),
    "bad_country": QT_TRANSLATE_NOOP("Labels", "Choose a country from the list."),
    "bad_handle": QT_TRANSLATE_NOOP(
        "Labels", "A handle has only letters, digits, dots, dashes and underscores."
    ),
    "bad_image": QT_TRANSLATE_NOOP("Labels", "Could not read this image: {value}"),
    "bad_url": QT_TRANSLATE_NOOP("Labels", "Enter a full web address starting with https://"),
    "wrong_site": QT_TRANSLATE_NOOP("Labels", "This address is not on {platform}."),
    "duplicate_brand": QT_TRANSLATE_NOOP("Labels", "A brand named “{value}” already exists."),
    "name_taken": QT_TRANSLATE_NOOP(
        "Labels", "“{value}” cannot come back: another one now has that name. Rename that "
        "one first, then undo again."),
    "duplicate_handle": QT_TRANSLATE_NOOP(
        "Labels", "This handle is already in the workspace on this platform ({brand})."
    ),
    "age_out_of_range": QT_TRANSLATE_NOOP("Labels", "An age is a whole number from {min} to {max}."),
    "below_age_min": QT_TRANSLATE_NOOP("Labels", "The oldest age cannot be below the youngest."),
    "not_png": QT_TRANSLATE_NOOP("Labels", "The picture must be stored as a PNG image."),
    "too_large": QT_TRANSLATE_NOOP("Labels", "The picture is too large: at most {max_kb} KB."),
    "share_out_of_range": QT_TRANSLATE_NOOP(
        "Labels", "The share on {platform} must be a whole percent from 0 to 100."
    ),
    "not_a_number": QT_TRANSLATE_NOOP("Labels", "Enter a number, such as 1500 or 12.5."),
    "negative": QT_TRANSLATE_NOOP("Labels", "This number cannot be below zero."),
    "duplicate": QT_TRANSLATE_NOOP("Labels", "This is already there."),
    "invalid": QT_TRANSLATE_NOOP("Labels", "This value is not valid here."),
    "over_100_percent": QT_TRANSLATE_NOOP("Labels", "A rate cannot be over 100%."),
    "percent_too_high": QT_TRANSLATE_NOOP(
        "Labels", "A change of more than {max}% is not realistic: set a lower target."
    ),
    "equals_baseline": QT_TRANSLATE_NOOP(
        "Labels", "The target equals the baseline: set a number to reach."
    ),
    "before_start": QT_TRANSLATE_NOOP("Labels", "The deadline is before the start date."),
    "not_found": QT_TRANSLATE_NOOP(
        "Labels", "This choice no longer exists; it may have been deleted. Choose another."
    ),
    "not_the_account_platform": QT_TRANSLATE_NOOP(
        "Labels", "This account is on {platform}: choose that platform."
    ),
    "bad_status": QT_TRANSLATE_NOOP(
        "Labels", "A goal can only be closed by hand as achieved or missed."
    ),
}

BUSINESS_GOAL_KINDS = {
    BusinessGoalKind.AWARENESS: QT_TRANSLATE_NOOP("Labels", "Brand awareness"),
    BusinessGoalKind.SALES: QT_TRANSLATE_NOOP("Labels", "Sales of a product or service"),
    BusinessGoalKind.NEW_AUDIENCE: QT_TRANSLATE_NOOP("Labels", "Reach a new audience segment"),
    BusinessGoalKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

# The same kinds in a word or two, for a narrow table column.
BUSINESS_GOAL_KINDS_SHORT = {
    BusinessGoalKind.AWARENESS: QT_TRANSLATE_NOOP("Labels", "Awareness"),
    BusinessGoalKind.SALES: QT_TRANSLATE_NOOP("Labels", "Sales"),
    BusinessGoalKind.NEW_AUDIENCE: QT_TRANSLATE_NOOP("Labels", "New audience"),
    BusinessGoalKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

METRICS = {
    Metric.FOLLOWERS: QT_TRANSLATE_NOOP("Labels", "Followers"),
    Metric.REACH: QT_TRANSLATE_NOOP("Labels", "Reach"),
    Metric.IMPRESSIONS: QT_TRANSLATE_NOOP("Labels", "Impressions (views)"),
    Metric.ENGAGEMENTS: QT_TRANSLATE_NOOP("Labels", "Engagements"),
    Metric.ENGAGEMENT_RATE: QT_TRANSLATE_NOOP("Labels", "Engagement rate"),
    Metric.WEBSITE_CLICKS: QT_TRANSLATE_NOOP("Labels", "Website clicks"),
    Metric.LINK_CLICKS: QT_TRANSLATE_NOOP("Labels", "Link clicks"),
    Metric.VIDEO_VIEWS: QT_TRANSLATE_NOOP("Labels", "Video views"),
    Metric.VIEW_RATE: QT_TRANSLATE_NOOP("Labels", "View rate"),
    Metric.SAVES: QT_TRANSLATE_NOOP("Labels", "Saves"),
    Metric.SHARES: QT_TRANSLATE_NOOP("Labels", "Shares"),
    Metric.MENTIONS: QT_TRANSLATE_NOOP("Labels", "Mentions"),
    Metric.MESSAGES: QT_TRANSLATE_NOOP("Labels", "Messages"),
    Metric.LEADS: QT_TRANSLATE_NOOP("Labels", "Leads"),
    Metric.SALES: QT_TRANSLATE_NOOP("Labels", "Sales"),
}

GOAL_STATUSES = {
    GoalStatus.INCOMPLETE: QT_TRANSLATE_NOOP("Labels", "Incomplete"),
    GoalStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Not started"),
    GoalStatus.NO_DATA: QT_TRANSLATE_NOOP("Labels", "No data yet"),
    GoalStatus.ON_TRACK: QT_TRANSLATE_NOOP("Labels", "On track"),
    GoalStatus.AT_RISK: QT_TRANSLATE_NOOP("Labels", "At risk"),
    GoalStatus.OFF_TRACK: QT_TRANSLATE_NOOP("Labels", "Off track"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Labels", "Achieved"),
    GoalStatus.MISSED: QT_TRANSLATE_NOOP("Labels", "Missed"),
}

TARGET_KINDS = {
    TargetKind.ABSOLUTE: QT_TRANSLATE_NOOP("Labels", "A value to reach"),
    TargetKind.PERCENT: QT_TRANSLATE_NOOP("Labels", "A change in percent"),
}

SMART_LETTERS = {
    Letter.SPECIFIC: QT_TRANSLATE_NOOP("Labels", "Specific"),
    Letter.MEASURABLE: QT_TRANSLATE_NOOP("Labels", "Measurable"),
    Letter.ACHIEVABLE: QT_TRANSLATE_NOOP("Labels", "Achievable"),
    Letter.RELEVANT: QT_TRANSLATE_NOOP("Labels", "Relevant"),
    Letter.TIME_BOUND: QT_TRANSLATE_NOOP("Labels", "Time-bound"),
}

# The SMART checker's findings; numbers in their params are written in the person's digits.
_FINDINGS = {
    "no_scope": QT_TRANSLATE_NOOP("Labels", "No account or platform chosen."),
    "no_metric": QT_TRANSLATE_NOOP("Labels", "No KPI chosen."),
    "no_baseline": QT_TRANSLATE_NOOP("Labels", "No baseline value."),
    "no_target": QT_TRANSLATE_NOOP("Labels", "No target value."),
    "target_equals_baseline": QT_TRANSLATE_NOOP(
        "Labels", "The target equals the baseline, so there is nothing to reach."
    ),
    "change_unrealistic": QT_TRANSLATE_NOOP(
        "Labels", "A change of {change}% is far too much: more than {max}%."
    ),
    "no_past_growth": QT_TRANSLATE_NOOP(
        "Labels", "The goal needs {required}% a day, but this account did not move that way before the start ({past}% a day)."
    ),
    "growth_far_above_past": QT_TRANSLATE_NOOP(
        "Labels", "The goal needs {required}% a day, far above this account's past growth of {past}% a day."
    ),
    "no_business_goal": QT_TRANSLATE_NOOP("Labels", "Not linked to a business goal."),
    "no_reason": QT_TRANSLATE_NOOP("Labels", "No line on why the target is realistic."),
    "no_start": QT_TRANSLATE_NOOP("Labels", "No start date."),
    "no_deadline": QT_TRANSLATE_NOOP("Labels", "No deadline."),
    "deadline_before_start": QT_TRANSLATE_NOOP("Labels", "The deadline is before the start."),
    "too_short": QT_TRANSLATE_NOOP(
        "Labels", "Too short to show a trend (days: {days}); give the goal at least {min} days."
    ),
}

GOAL_TEMPLATES = {
    "x_followers_30_percent_4_months": QT_TRANSLATE_NOOP(
        "Labels", "+30% followers on X in 4 months"
    ),
    "linkedin_website_clicks_10_percent_60_days": QT_TRANSLATE_NOOP(
        "Labels", "+10% website clicks from LinkedIn in 60 days"
    ),
    "x_reach_100k_100_days": QT_TRANSLATE_NOOP("Labels", "Reach 100,000 people on X in 100 days"),
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


def gender_name(gender: Gender) -> str:
    return _tr(_GENDERS[gender])


def region_name(code: str) -> str:
    return _tr(REGIONS[code]) if code in REGIONS else code


def language_name(code: str) -> str:
    return _tr(CONTENT_LANGUAGES[code]) if code in CONTENT_LANGUAGES else code


def business_goal_kind_name(kind: BusinessGoalKind) -> str:
    return _tr(BUSINESS_GOAL_KINDS[kind])


def business_goal_kind_short(kind: BusinessGoalKind) -> str:
    return _tr(BUSINESS_GOAL_KINDS_SHORT[kind])


def metric_name(metric: Metric) -> str:
    return _tr(METRICS[metric])


def goal_status_name(status: GoalStatus) -> str:
    return _tr(GOAL_STATUSES[status])


def target_kind_name(kind: TargetKind) -> str:
    return _tr(TARGET_KINDS[kind])


def smart_letter_name(letter: Letter) -> str:
    return _tr(SMART_LETTERS[letter])


def template_title(key: str) -> str:
    return _tr(GOAL_TEMPLATES[key]) if key in GOAL_TEMPLATES else key


def finding_message(finding: Finding, number: Callable[[float], str] = str) -> str:
    """The finding in words; numbers in its params are written by `number` (the locale's)."""
    params = {key: _as_number(value, number) for key, value in finding.params.items()}
    params = {key: f"\u2068{value}\u2069" for key, value in params.items()}
    text = _FINDINGS.get(finding.code)
    return _tr(text).format(**params) if text else finding.code


def _as_number(value: str, number: Callable[[float], str]) -> str:
    try:
        return number(float(value))
    except ValueError:
        return value


def field_message(error: FieldError) -> str:
    params = dict(error.params)
    if "platform" in params and params["platform"] in set(Platform):
        params["platform"] = platform_name(Platform(params["platform"]))
    # Each value is a bidi isolate, so a Latin value cannot turn an Arabic sentence around.
    params = {key: f"\u2068{number_text(value)}\u2069" for key, value in params.items()}
    text = _FIELD_MESSAGES.get(error.code)
    if not text:
        return _tr(_INVALID)
    # A parameter the message names but the error lacks reads as empty, never a KeyError.
    return digits_in(_tr(text)).format_map(_Params(params))


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


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


def separator() -> str:
    """What stands between two parts of one line ("To fix: 2 · Pass: 4"); translated, since
    a middle dot beside Arabic-Indic digits reads as a zero (Arabic uses "، ")."""
    return QCoreApplication.translate("Labels", " · ")

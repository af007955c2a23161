"""How posts read on screen: statuses (with their colours), content types, purposes, approvals,
the names of brief fields for "missing" notes, and the messages of the posts' own rule codes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from smm_desktop.domain.enums import Approval, ContentType, PostPurpose, PostStatus
from smm_desktop.domain.errors import FieldError
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import digits_in, number_text
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_CONTEXT = "PostLabels"
_STATUSES = {
    PostStatus.IDEA: QT_TRANSLATE_NOOP("PostLabels", "Idea"),
    PostStatus.DRAFT: QT_TRANSLATE_NOOP("PostLabels", "Draft"),
    PostStatus.IN_DESIGN: QT_TRANSLATE_NOOP("PostLabels", "In design"),
    PostStatus.READY: QT_TRANSLATE_NOOP("PostLabels", "Ready"),
    PostStatus.SCHEDULED: QT_TRANSLATE_NOOP("PostLabels", "Scheduled"),
    PostStatus.PUBLISHED: QT_TRANSLATE_NOOP("PostLabels", "Published"),
    PostStatus.CANCELLED: QT_TRANSLATE_NOOP("PostLabels", "Cancelled"),
}
# Mid-tone fills: they stand out on a white and on a near-black background alike; the text on
# them is black or white, whichever reads better (status_text_colour).
_STATUS_COLOURS = {
    PostStatus.IDEA: "#9aa0a6",
    PostStatus.DRAFT: "#5b8def",
    PostStatus.IN_DESIGN: "#a66cd9",
    PostStatus.READY: "#e0a526",
    PostStatus.SCHEDULED: "#2a9d8f",
    PostStatus.PUBLISHED: "#3aa55d",
    PostStatus.CANCELLED: "#d9534f",
}
_CONTENT_TYPES = {
    ContentType.IMAGE: QT_TRANSLATE_NOOP("PostLabels", "Image"),
    ContentType.CAROUSEL: QT_TRANSLATE_NOOP("PostLabels", "Carousel"),
    ContentType.VIDEO: QT_TRANSLATE_NOOP("PostLabels", "Video"),
    ContentType.SHORT_VIDEO: QT_TRANSLATE_NOOP("PostLabels", "Short video (reel)"),
    ContentType.STORY: QT_TRANSLATE_NOOP("PostLabels", "Story"),
    ContentType.TEXT: QT_TRANSLATE_NOOP("PostLabels", "Text"),
    ContentType.LINK: QT_TRANSLATE_NOOP("PostLabels", "Link"),
    ContentType.POLL: QT_TRANSLATE_NOOP("PostLabels", "Poll"),
    ContentType.LIVE: QT_TRANSLATE_NOOP("PostLabels", "Live"),
}
_PURPOSES = {
    PostPurpose.AWARENESS: QT_TRANSLATE_NOOP("PostLabels", "Awareness"),
    PostPurpose.ENGAGEMENT: QT_TRANSLATE_NOOP("PostLabels", "Engagement"),
    PostPurpose.TRAFFIC: QT_TRANSLATE_NOOP("PostLabels", "Traffic"),
    PostPurpose.LEADS: QT_TRANSLATE_NOOP("PostLabels", "Leads"),
    PostPurpose.SALES: QT_TRANSLATE_NOOP("PostLabels", "Sales"),
    PostPurpose.COMMUNITY: QT_TRANSLATE_NOOP("PostLabels", "Community"),
    PostPurpose.SUPPORT: QT_TRANSLATE_NOOP("PostLabels", "Support"),
}
_APPROVALS = {
    Approval.NOT_NEEDED: QT_TRANSLATE_NOOP("PostLabels", "Not needed"),
    Approval.PENDING: QT_TRANSLATE_NOOP("PostLabels", "Pending"),
    Approval.APPROVED: QT_TRANSLATE_NOOP("PostLabels", "Approved"),
    Approval.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("PostLabels", "Changes requested"),
}
# The brief fields that domain.posts.missing_brief names, as the person knows them.
BRIEF_FIELD_NAMES = {
    "topic": QT_TRANSLATE_NOOP("PostLabels", "topic"),
    "account_ids": QT_TRANSLATE_NOOP("PostLabels", "accounts"),
    "social_goal_id": QT_TRANSLATE_NOOP("PostLabels", "goal"),
    "content_type": QT_TRANSLATE_NOOP("PostLabels", "content type"),
    "purpose": QT_TRANSLATE_NOOP("PostLabels", "purpose"),
    "persona_id": QT_TRANSLATE_NOOP("PostLabels", "target persona"),
    "call_to_action": QT_TRANSLATE_NOOP("PostLabels", "call to action"),
    "scheduled_at": QT_TRANSLATE_NOOP("PostLabels", "date and time"),
    "caption": QT_TRANSLATE_NOOP("PostLabels", "caption"),
}
_MESSAGES = {
    "date_out_of_range": QT_TRANSLATE_NOOP("PostLabels", "Choose a date from {min} to {max}."),
    "unknown_account": QT_TRANSLATE_NOOP(
        "PostLabels", "An account chosen is not one of this brand's (it may have been deleted)."),
    "out_of_range": QT_TRANSLATE_NOOP("PostLabels", "Enter a whole number from {min} to {max}."),
    "unknown_reference": QT_TRANSLATE_NOOP(
        "PostLabels", "This choice no longer exists for this brand; choose another."),
}
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("PostLabels", ", ")
_MISSING = QT_TRANSLATE_NOOP("PostLabels", "Missing from the brief: %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_name(status: PostStatus) -> str:
    return _tr(_STATUSES[status])


def status_colour(status: PostStatus) -> QColor:
    """The fill that marks a status (calendar tiles, badges)."""
    return QColor(_STATUS_COLOURS[status])


def status_text_colour(status: PostStatus) -> QColor:
    """Black or white, whichever reads better on the status colour."""
    fill = status_colour(status)
    luminance = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return QColor("#000000") if luminance > 140 else QColor("#ffffff")


def content_type_name(kind: ContentType) -> str:
    return _tr(_CONTENT_TYPES[kind])


def purpose_name(purpose: PostPurpose) -> str:
    return _tr(_PURPOSES[purpose])


def approval_name(approval: Approval) -> str:
    return _tr(_APPROVALS[approval])


def brief_field_name(field: str) -> str:
    """The name of a brief field in a "missing" note; an unknown name is shown as it is."""
    text = BRIEF_FIELD_NAMES.get(field)
    return _tr(text) if text else field


def missing_text(fields: Iterable[str]) -> str:
    """"Missing from the brief: goal, caption", or "" when nothing is missing."""
    names = [brief_field_name(f) for f in fields]
    if not names:
        return ""
    return _tr(_MISSING).replace("%1", _tr(_LIST_SEPARATOR).join(names))


def field_message(error: FieldError) -> str:
    """The message of a post's own rule codes, else the shared one."""
    own = _MESSAGES.get(error.code)
    if own is None:
        return labels.field_message(error)
    params = {key: f"\u2068{number_text(value)}\u2069" for key, value in error.params.items()}
    return digits_in(_tr(own)).format(**params)

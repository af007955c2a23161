"""How a post reads in the calendar: its status initial, platforms, time and flags (the status's
name and colour and the approval's name are ui.post_labels', re-exported here)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import Formatter, digits_in
from smm_desktop.ui.post_labels import approval_name, status_colour, status_name
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the records only: importing their module maps the content tables
    from smm_desktop.services.post_data import PostData

# One letter (or Arabic letter) that tells the statuses apart where the name does not fit.
_INITIALS = {
    PostStatus.IDEA: QT_TRANSLATE_NOOP("PostText", "I"),
    PostStatus.DRAFT: QT_TRANSLATE_NOOP("PostText", "D"),
    PostStatus.IN_DESIGN: QT_TRANSLATE_NOOP("PostText", "G"),
    PostStatus.READY: QT_TRANSLATE_NOOP("PostText", "R"),
    PostStatus.SCHEDULED: QT_TRANSLATE_NOOP("PostText", "S"),
    PostStatus.PUBLISHED: QT_TRANSLATE_NOOP("PostText", "P"),
    PostStatus.CANCELLED: QT_TRANSLATE_NOOP("PostText", "C"),
}
# Short platform marks for a narrow tile; brand names, kept Latin in both languages.
PLATFORM_MARKS = {
    Platform.FACEBOOK: "FB", Platform.INSTAGRAM: "IG", Platform.X: "X",
    Platform.LINKEDIN: "Li", Platform.TIKTOK: "TT", Platform.YOUTUBE: "YT",
    Platform.SNAPCHAT: "SC", Platform.PINTEREST: "PI", Platform.THREADS: "TH",
    Platform.WHATSAPP_BUSINESS: "WA", Platform.OTHER: "•",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PostText", text)


def status_initial(status: PostStatus) -> str:
    return _tr(_INITIALS[status])


def platform_marks(post: PostData) -> str:
    """The marks of its platforms, each once, in the accounts' order."""
    return " ".join(dict.fromkeys(PLATFORM_MARKS[p] for p in post.platforms))


def platform_names(post: PostData) -> str:
    return ", ".join(dict.fromkeys(labels.platform_name(p) for p in post.platforms))


def time_text(fmt: Formatter, when: datetime | None) -> str:
    """The time of day, 24-hour, in the chosen digits; "" for an idea."""
    if when is None:
        return ""
    return with_digits(QLocale().toString(QTime(when.hour, when.minute), "HH:mm"), fmt.digits)


def topic_text(post: PostData) -> str:
    return post.topic or QCoreApplication.translate("PostText", "(no topic)")


def flags_text(post: PostData) -> str:
    """What needs the manager's eye: brief fields missing, a caption over a limit."""
    parts = []
    if post.missing:
        parts.append(QCoreApplication.translate("PostText", "Brief incomplete: %1 missing").replace("%1", str(len(post.missing))))
    if post.over_limit:
        names = ", ".join(labels.platform_name(p) for p in post.over_limit)
        parts.append(QCoreApplication.translate("PostText", "Caption over the limit of %1").replace("%1", names))
    return digits_in("\n".join(parts)) if parts else ""


def tooltip(fmt: Formatter, post: PostData) -> str:
    """Everything a tile line abbreviates."""
    head = " ".join(filter(None, (time_text(fmt, post.scheduled_at), topic_text(post))))
    lines = [head, status_name(post.status), platform_names(post), flags_text(post)]
    return "\n".join(line for line in lines if line)


__all__ = ["approval_name", "status_colour", "status_name"]  # re-exported

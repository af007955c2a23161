"""Pure rules of a post: caption limits and how each platform counts, the brief a post needs
once it is ready, the order of the statuses and the dates the app accepts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.domain.errors import FieldError

# Characters a post's text may hold, per platform (caption and hashtags together).
CAPTION_LIMITS: dict[Platform, int] = {
    Platform.X: 280,  # help.x.com "Counting characters" (standard accounts)
    Platform.THREADS: 500,  # help.instagram.com Threads: "up to 500 characters"
    Platform.INSTAGRAM: 2200,  # help.instagram.com: captions up to 2,200 characters
    Platform.TIKTOK: 4000,  # newsroom.tiktok.com 2023: captions up to 4,000 characters
    Platform.FACEBOOK: 63206,  # Facebook post text limit (Meta developer docs, Page posts)
    Platform.LINKEDIN: 3000,  # linkedin.com/help: posts up to 3,000 characters
    Platform.PINTEREST: 500,  # help.pinterest.com: Pin description up to 500 characters
    Platform.YOUTUBE: 5000,  # support.google.com/youtube: description up to 5,000 characters
    Platform.SNAPCHAT: 250,  # help.snapchat.com: Snap caption / Spotlight up to 250 characters
    Platform.WHATSAPP_BUSINESS: 1024,  # WhatsApp Business API: media caption up to 1,024
}

# X counts every link as 23 characters, whatever its length (t.co wrapping).
X_URL_LENGTH = 23
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|sa|ae|eg|uk|me|ly|app)\b(?:/\S*)?",
    re.IGNORECASE,
)
# twitter-text v3: these code points weigh 1, every other weighs 2 (Arabic is in the first).
_X_LIGHT = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

STATUS_ORDER: tuple[PostStatus, ...] = (
    PostStatus.IDEA, PostStatus.DRAFT, PostStatus.IN_DESIGN, PostStatus.READY,
    PostStatus.SCHEDULED, PostStatus.PUBLISHED, PostStatus.CANCELLED,
)
# From ready on, a post is expected to carry its whole brief.
BRIEFED_STATUSES = frozenset({PostStatus.READY, PostStatus.SCHEDULED, PostStatus.PUBLISHED})
BRIEF_FIELDS: tuple[str, ...] = (
    "topic", "account_ids", "social_goal_id", "content_type", "purpose", "persona_id",
    "call_to_action", "scheduled_at", "caption",
)

MIN_DATE = date(1970, 1, 1)
MAX_DATE = date(2100, 12, 31)


def post_text(caption: str, hashtags: Iterable[str] = ()) -> str:
    """The text as published: the caption, a blank line, then the hashtags on one line."""
    tags = " ".join(t.strip() for t in hashtags if t.strip())
    body = caption.strip()
    return f"{body}\n\n{tags}" if body and tags else body or tags


def _x_weight(char: str) -> int:
    code = ord(char)
    return 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT) else 2


def _x_length(text: str) -> int:
    """X's weighted count: each link is 23, the rest by the weight of each code point."""
    links = _URL.findall(text)
    rest = _URL.sub("", text)
    return X_URL_LENGTH * len(links) + sum(_x_weight(c) for c in rest)


def caption_length(caption: str, hashtags: Sequence[str] = (),
                   platform: Platform | None = None) -> int:
    """The length `platform` counts for the caption with its hashtags: code points (Arabic
    letters and marks one each, as the platforms count them); on X, links count 23."""
    text = post_text(caption, hashtags)
    return _x_length(text) if platform is Platform.X else len(text)


def over_limit(caption: str, hashtags: Sequence[str],
               platforms: Iterable[Platform]) -> tuple[Platform, ...]:
    """The platforms (each once, in the order given) whose limit the text exceeds."""
    found: list[Platform] = []
    for platform in platforms:
        limit = CAPTION_LIMITS.get(platform)
        if limit is not None and platform not in found and (
                caption_length(caption, hashtags, platform) > limit):
            found.append(platform)
    return tuple(found)


def _blank(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, tuple | list):
        return not value
    return value is None


def missing_brief(status: PostStatus, data: object) -> tuple[str, ...]:
    """The brief fields `data` lacks for `status` (none before ready, none when cancelled)."""
    if status not in BRIEFED_STATUSES:
        return ()
    return tuple(name for name in BRIEF_FIELDS if _blank(getattr(data, name, None)))


def status_rank(status: PostStatus) -> int:
    return STATUS_ORDER.index(status)


def in_date_range(value: date | datetime) -> bool:
    """Whether the app accepts the date (1970-01-01 to 2100-12-31)."""
    day = value.date() if isinstance(value, datetime) else value
    return MIN_DATE <= day <= MAX_DATE


def date_errors(field: str, value: date | datetime | None) -> list[FieldError]:
    """A "date_out_of_range" error on `field` when the date is outside what the app accepts."""
    if value is None or in_date_range(value):
        return []
    return [FieldError(field, "date_out_of_range",
                       {"min": MIN_DATE.isoformat(), "max": MAX_DATE.isoformat()})]

"""The pure rules of a post: caption limits and counts, the brief per status, the status order
and the dates accepted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.posts import (
    BRIEF_FIELDS,
    CAPTION_LIMITS,
    STATUS_ORDER,
    caption_length,
    date_errors,
    in_date_range,
    missing_brief,
    over_limit,
    status_rank,
)


@pytest.mark.parametrize(("platform", "limit"), [
    (Platform.X, 280), (Platform.THREADS, 500), (Platform.INSTAGRAM, 2200),
    (Platform.TIKTOK, 4000), (Platform.FACEBOOK, 63206), (Platform.LINKEDIN, 3000),
    (Platform.PINTEREST, 500), (Platform.YOUTUBE, 5000), (Platform.SNAPCHAT, 250),
    (Platform.WHATSAPP_BUSINESS, 1024),
])
def test_caption_limits(platform: Platform, limit: int) -> None:
    assert CAPTION_LIMITS[platform] == limit


def test_other_has_no_limit() -> None:
    assert Platform.OTHER not in CAPTION_LIMITS
    assert over_limit("x" * 100_000, (), [Platform.OTHER]) == ()


ARABIC = "قهوة مختصة"  # 10 code points, the space included
VOWELLED = "قَهْوَة"  # 4 letters and 3 marks: 7 code points, as the platforms count them
LONG_URL = "https://nakheel-cafe.sa/menu/winter-2026/specials?utm_source=x"


@pytest.mark.parametrize(("caption", "hashtags", "platform", "expected"), [
    ("", (), None, 0),
    ("hello", (), None, 5),
    (ARABIC, (), Platform.INSTAGRAM, 10),
    (ARABIC, (), Platform.X, 10),  # Arabic weighs 1 on X as well
    (VOWELLED, (), Platform.X, 7),
    (VOWELLED, (), Platform.INSTAGRAM, 7),
    ("hi", ("#a", "#bc"), None, 2 + 2 + 2 + 1 + 3),  # caption, blank line, tags spaced
    ("", ("#قهوة",), None, 5),
    (f"menu {LONG_URL}", (), Platform.X, 5 + 23),
    (f"menu {LONG_URL}", (), Platform.INSTAGRAM, 5 + len(LONG_URL)),
    ("see www.bloomandco.co.uk/weddings now", (), Platform.X, 4 + 23 + 4),
    ("short https://t.co/x", (), Platform.X, 6 + 23),  # a short link is 23 too
    ("日本", (), Platform.X, 4),  # CJK weighs 2 on X
    ("日本", (), Platform.THREADS, 2),
])
def test_caption_length(caption: str, hashtags: tuple[str, ...], platform: Platform | None,
                        expected: int) -> None:
    assert caption_length(caption, hashtags, platform) == expected


@pytest.mark.parametrize(("length", "platforms", "expected"), [
    (280, [Platform.X], ()),
    (281, [Platform.X, Platform.INSTAGRAM], (Platform.X,)),
    (251, [Platform.INSTAGRAM, Platform.SNAPCHAT, Platform.X], (Platform.SNAPCHAT,)),
    (2201, [Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X, Platform.X],
     (Platform.INSTAGRAM, Platform.X)),
])
def test_over_limit(length: int, platforms: list[Platform],
                    expected: tuple[Platform, ...]) -> None:
    assert over_limit("ن" * length, (), platforms) == expected


def test_hashtags_count_towards_the_limit() -> None:
    assert over_limit("ن" * 270, ("#قهوة_مختصة",), [Platform.X]) == (Platform.X,)


@dataclass
class Brief:
    topic: str = "Topic"
    account_ids: tuple[int, ...] = (1,)
    social_goal_id: int | None = 1
    content_type: str | None = "image"
    purpose: str | None = "awareness"
    persona_id: int | None = 1
    call_to_action: str = "Book"
    scheduled_at: datetime | None = datetime(2026, 12, 6, 19)
    caption: str = "Text"


EMPTY = Brief("", (), None, None, None, None, " ", None, "")


@pytest.mark.parametrize(("status", "brief", "expected"), [
    (PostStatus.IDEA, EMPTY, ()),
    (PostStatus.DRAFT, EMPTY, ()),
    (PostStatus.IN_DESIGN, EMPTY, ()),
    (PostStatus.CANCELLED, EMPTY, ()),
    (PostStatus.READY, EMPTY, BRIEF_FIELDS),
    (PostStatus.SCHEDULED, EMPTY, BRIEF_FIELDS),
    (PostStatus.PUBLISHED, EMPTY, BRIEF_FIELDS),
    (PostStatus.READY, Brief(), ()),
    (PostStatus.SCHEDULED, Brief(caption="  "), ("caption",)),
    (PostStatus.PUBLISHED, Brief(account_ids=(), persona_id=None),
     ("account_ids", "persona_id")),
])
def test_missing_brief(status: PostStatus, brief: Brief, expected: tuple[str, ...]) -> None:
    assert missing_brief(status, brief) == expected


def test_status_order() -> None:
    assert tuple(PostStatus) == STATUS_ORDER
    assert status_rank(PostStatus.IDEA) < status_rank(PostStatus.READY) < status_rank(
        PostStatus.PUBLISHED)


@pytest.mark.parametrize(("value", "ok"), [
    (date(1970, 1, 1), True), (date(2100, 12, 31), True),
    (date(1969, 12, 31), False), (date(2101, 1, 1), False),
    (datetime(2100, 12, 31, 23, 59), True), (datetime(1969, 12, 31, 23, 59), False),
])
def test_date_range(value: date, ok: bool) -> None:
    assert in_date_range(value) is ok
    errors = date_errors("scheduled_at", value)
    assert errors == ([] if ok else [FieldError("scheduled_at", "date_out_of_range",
                                                {"min": "1970-01-01", "max": "2100-12-31"})])


def test_no_date_is_no_error() -> None:
    assert date_errors("asset_due", None) == []

"""Pure rules for competitor tracking: the numbers derived from a snapshot (posts per week,
engagement rate per post, follower growth), hashtag lists and their overlap, and the checks a
competitor, an account, a snapshot, a log line or a strategy guess must pass before saving."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from smm_desktop.domain import formulas
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.hashtags import is_valid_body, split_pieces, tag_key
from smm_desktop.domain.quarters import Quarter
from smm_desktop.domain.validation import check_name, normalise_url

PERIOD_MIN, PERIOD_MAX = 1, 92
COUNT_MAX = 2_147_483_647  # the column is a 32-bit integer on PostgreSQL
URL_MAX = 1000
WEBSITE_MAX = 500
COUNT_FIELDS = ("followers", "posts", "likes", "comments", "shares", "views")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass(frozen=True)
class HashtagOverlap:
    """Tags both sides use, tags only the competitors use (most used first: the ideas to
    consider) and tags only we use."""

    shared: tuple[str, ...] = ()
    only_theirs: tuple[str, ...] = ()
    only_ours: tuple[str, ...] = ()


def posting_frequency(posts: int | None, period_days: int) -> float | None:
    """Posts per week from the posts counted over `period_days` (None when not counted)."""
    if posts is None or period_days <= 0:
        return None
    return posts / period_days * 7


def engagement_rate_per_post(likes: int | None, comments: int | None, shares: int | None,
                             posts: int | None, followers: int | None) -> float | None:
    """Percent of followers engaging per post: (likes+comments+shares)/posts/followers*100.
    A missing part counts as 0 only when another part was recorded."""
    parts = (likes, comments, shares)
    if all(p is None for p in parts) or not posts or posts <= 0:
        return None
    per_post = formulas.average_per_post(sum(p or 0 for p in parts), posts)
    return formulas.engagement_rate_by_followers(per_post, followers)


def follower_growth(previous: int | None,
                    current: int | None) -> tuple[int, float | None] | None:
    """(followers gained, percent change); the percent is None from a base of 0."""
    if previous is None or current is None:
        return None
    return current - previous, formulas.growth_rate(previous, current)


def split_hashtags(text: str | Iterable[str]) -> tuple[str, ...]:
    """"#a #b", "a, b" or one per line -> ("#a", "#b"): Latin lower-cased, Arabic kept, no
    repeats (first kept), pieces that cannot be a hashtag dropped."""
    joined = text if isinstance(text, str) else " ".join(text)
    kept: list[str] = []
    seen: set[str] = set()
    for piece in split_pieces(joined):
        body = unicodedata.normalize("NFC", piece.strip().lstrip("#")).lower()
        if is_valid_body(body) and tag_key(body) not in seen:
            seen.add(tag_key(body))
            kept.append("#" + body)
    return tuple(kept)


def count_hashtags(lists: Iterable[Iterable[str]]) -> dict[str, int]:
    """How many lists each (normalised) tag appears in."""
    counts: dict[str, int] = {}
    for tags in lists:
        for tag in split_hashtags(tuple(tags)):
            counts[tag] = counts.get(tag, 0) + 1
    return counts


def top_counts(counts: Mapping[str, int], limit: int | None = None) -> tuple[tuple[str, int], ...]:
    """Most used first; ties in alphabetical order so the result is stable."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:limit] if limit is not None else ranked)


def hashtag_overlap(theirs: Mapping[str, int], ours: Mapping[str, int]) -> HashtagOverlap:
    """Split both sides' tags (compared as tags are: case and Unicode form ignored)."""
    our_keys = {tag_key(t) for t in ours}
    their_keys = {tag_key(t) for t in theirs}
    ranked = [tag for tag, _ in top_counts(theirs)]
    return HashtagOverlap(
        shared=tuple(t for t in ranked if tag_key(t) in our_keys),
        only_theirs=tuple(t for t in ranked if tag_key(t) not in our_keys),
        only_ours=tuple(t for t, _ in top_counts(ours) if tag_key(t) not in their_keys))


def mix_shares(counts: Mapping[str, int]) -> dict[str, float]:
    """Each kind's percent of the total (empty when nothing was counted)."""
    total = sum(counts.values())
    return {k: v / total * 100 for k, v in counts.items() if v} if total > 0 else {}


def parse_quarter(text: str) -> Quarter | None:
    """"2026-Q4" -> Quarter(2026, 4); None when it is not in that form."""
    match = _QUARTER.match(text.strip())
    return Quarter(int(match[1]), int(match[2])) if match else None


def check_url(url: str, field: str, limit: int = URL_MAX) -> list[FieldError]:
    """Empty is fine; otherwise an http(s) address with a host."""
    text = normalise_url(url)
    if not text:
        return []
    if len(text) > limit:
        return [FieldError(field, "too_long", {"max": str(limit)})]
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in text:
        return [FieldError(field, "bad_url")]
    return []


def check_counts(values: Mapping[str, int | None], prefix: str = "") -> list[FieldError]:
    """No negative count, none past what the database column holds."""
    errors: list[FieldError] = []
    for name, value in values.items():
        if value is not None and value < 0:
            errors.append(FieldError(prefix + name, "negative"))
        elif value is not None and value > COUNT_MAX:
            errors.append(FieldError(prefix + name, "too_large", {"max": str(COUNT_MAX)}))
    return errors


def check_day(day: date, today: date, field: str = "day") -> list[FieldError]:
    """What was seen cannot be dated after today."""
    return [FieldError(field, "in_future")] if day > today else []


def check_period(period_days: int, field: str = "period_days") -> list[FieldError]:
    if not PERIOD_MIN <= period_days <= PERIOD_MAX:
        return [FieldError(field, "out_of_range",
                           {"min": str(PERIOD_MIN), "max": str(PERIOD_MAX)})]
    return []


def check_required(text: str, field: str) -> list[FieldError]:
    return [FieldError(field, "required")] if not text.strip() else []


def check_competitor_name(name: str) -> list[FieldError]:
    return check_name(name, "name")


def check_quarter(text: str, field: str = "quarter") -> list[FieldError]:
    return [] if parse_quarter(text) else [FieldError(field, "invalid")]

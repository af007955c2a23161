"""The numbers derived from a competitor snapshot, hashtag lists and their overlap, and the
field checks (table-driven)."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain import competitors as rules
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.quarters import Quarter

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(("posts", "days", "expected"), [
    (7, 7, 7.0), (3, 14, 1.5), (0, 7, 0.0), (None, 7, None), (5, 0, None), (30, 30, 7.0)])
def test_posting_frequency(posts: int | None, days: int, expected: float | None) -> None:
    assert rules.posting_frequency(posts, days) == pytest.approx(expected)


@pytest.mark.parametrize(("likes", "comments", "shares", "posts", "followers", "expected"), [
    (90, 8, 2, 5, 1000, 2.0),
    (90, None, None, 5, 1000, 1.8),  # a missing part counts 0 when another was recorded
    (None, None, None, 5, 1000, None),  # nothing recorded: no rate, not 0
    (90, 8, 2, 0, 1000, None), (90, 8, 2, None, 1000, None),
    (90, 8, 2, 5, 0, None), (90, 8, 2, 5, None, None),
    (0, 0, 0, 4, 100, 0.0),
])
def test_engagement_rate_per_post(likes: int | None, comments: int | None, shares: int | None,
                                  posts: int | None, followers: int | None,
                                  expected: float | None) -> None:
    assert rules.engagement_rate_per_post(likes, comments, shares, posts, followers) == (
        pytest.approx(expected))


@pytest.mark.parametrize(("previous", "current", "expected"), [
    (1000, 1100, (100, 10.0)), (1000, 950, (-50, -5.0)), (0, 10, (10, None)),
    (None, 10, None), (10, None, None), (500, 500, (0, 0.0))])
def test_follower_growth(previous: int | None, current: int | None,
                         expected: tuple[int, float | None] | None) -> None:
    assert rules.follower_growth(previous, current) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("#Coffee #قهوة", ("#coffee", "#قهوة")),
    ("coffee, Latte،  #COFFEE", ("#coffee", "#latte")),
    ("#a\n#b\n\n#a", ("#a", "#b")),
    ("#a#b", ("#a", "#b")),
    ("#bad-tag #ok", ("#ok",)),
    ("", ()),
    (("#x #y", "z"), ("#x", "#y", "#z")),
])
def test_split_hashtags(text: str | tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert rules.split_hashtags(text) == expected


def test_counts_and_overlap() -> None:
    theirs = rules.count_hashtags([["#قهوة", "#Riyadh"], ["#قهوة"], ["#latte"]])
    assert theirs == {"#قهوة": 2, "#riyadh": 1, "#latte": 1}
    assert rules.top_counts(theirs, 2) == (("#قهوة", 2), ("#latte", 1))
    overlap = rules.hashtag_overlap(theirs, {"#قهوة": 3, "#PALM": 1, "#riyadh": 1})
    assert overlap == rules.HashtagOverlap(
        shared=("#قهوة", "#riyadh"), only_theirs=("#latte",), only_ours=("#PALM",))
    assert rules.hashtag_overlap({}, {}) == rules.HashtagOverlap()


def test_mix_shares() -> None:
    assert rules.mix_shares({"video": 3, "image": 1, "poll": 0}) == {"video": 75.0, "image": 25.0}
    assert rules.mix_shares({}) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-Q4", Quarter(2026, 4)), (" 2025-Q1 ", Quarter(2025, 1)), ("2026-Q5", None),
    ("2026Q4", None), ("Q4 2026", None), ("", None)])
def test_parse_quarter(text: str, expected: Quarter | None) -> None:
    assert rules.parse_quarter(text) == expected
    assert rules.check_quarter(text) == ([] if expected else [FieldError("quarter", "invalid")])


@pytest.mark.parametrize(("check", "errors"), [
    (lambda: rules.check_counts({"posts": -1, "likes": 0, "views": None}),
     [FieldError("posts", "negative")]),
    (lambda: rules.check_counts({"views": 2**31}, "row2."),
     [FieldError("row2.views", "too_large", {"max": str(2**31 - 1)})]),
    (lambda: rules.check_day(date(2026, 11, 29), TODAY), [FieldError("day", "in_future")]),
    (lambda: rules.check_day(TODAY, TODAY), []),
    (lambda: rules.check_period(0), [FieldError("period_days", "out_of_range",
                                                {"min": "1", "max": "92"})]),
    (lambda: rules.check_period(92), []),
    (lambda: rules.check_url("example.com/x", "link"), []),
    (lambda: rules.check_url("ftp://x.com", "link"), [FieldError("link", "bad_url")]),
    (lambda: rules.check_url("no url here", "link"), [FieldError("link", "bad_url")]),
    (lambda: rules.check_competitor_name(" "), [FieldError("name", "required")]),
    (lambda: rules.check_competitor_name("x" * 121),
     [FieldError("name", "too_long", {"max": "120"})]),
])
def test_checks(check: object, errors: list[FieldError]) -> None:
    assert check() == errors  # type: ignore[operator]

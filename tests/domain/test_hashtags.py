"""Hashtag lists as people paste them, and the brand guide's rules."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain import brand_guide, hashtags
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError


def test_tags_get_their_hash_and_split_on_spaces_commas_and_lines() -> None:
    result = hashtags.normalise_tags("flowers, #Manchester\n weddingflowers،ورد")
    assert result.tags == ("#flowers", "#Manchester", "#weddingflowers", "#ورد")
    assert result.refused == ()


def test_repeats_are_dropped_keeping_the_first_spelling() -> None:
    assert hashtags.normalise_tags("#Bloom #bloom BLOOM #Other").tags == ("#Bloom", "#Other")


def test_tags_pasted_without_spaces_are_split() -> None:
    assert hashtags.normalise_tags("#one#two").tags == ("#one", "#two")


def test_arabic_tags_with_underscores_and_marks_are_allowed() -> None:
    result = hashtags.normalise_tags("#قهوة_مختصة #مُختصة #الرياض2026")
    assert result.tags == ("#قهوة_مختصة", "#مُختصة", "#الرياض2026")


@pytest.mark.parametrize("bad", ["#rock&roll", "#it's", "#a-b", "#hello!"])
def test_punctuation_inside_a_tag_is_refused(bad: str) -> None:
    assert hashtags.normalise_tags(f"#ok {bad}").refused == (bad,)
    assert hashtags.tag_errors(f"#ok {bad}") == [FieldError("tags", "bad_tag", {"value": bad})]


def test_an_empty_list_is_an_error_and_a_lone_hash_is_ignored() -> None:
    assert hashtags.tag_errors(" # , ") == [FieldError("tags", "required")]


def test_over_thirty_tags_is_a_warning_naming_the_count() -> None:
    tags = hashtags.normalise_tags(" ".join(f"#t{i}" for i in range(31))).tags
    assert hashtags.tag_warnings(tags) == [
        FieldError("tags", "over_instagram_tags", {"count": "31", "max": "30"})]
    assert hashtags.tag_warnings(tags[:30]) == []


def test_copy_text_is_the_tags_separated_by_spaces() -> None:
    assert hashtags.as_text(("#a", "#ب")) == "#a #ب"


@pytest.mark.parametrize(("platform", "limit"), [
    (Platform.INSTAGRAM, 150), (Platform.X, 160), (Platform.TIKTOK, 80), (Platform.THREADS, 150),
    (Platform.PINTEREST, 500), (Platform.YOUTUBE, 1000), (Platform.LINKEDIN, 120),
    (Platform.FACEBOOK, 101), (Platform.SNAPCHAT, 150), (Platform.OTHER, None)])
def test_bio_limits_per_platform(platform: Platform, limit: int | None) -> None:
    assert brand_guide.bio_limit(platform) == limit


def test_a_bio_over_the_limit_is_warned_with_how_much() -> None:
    assert brand_guide.bio_over_by(Platform.TIKTOK, "x" * 80) == 0
    assert brand_guide.bio_warnings(Platform.TIKTOK, "x" * 83) == [FieldError(
        "bio", "bio_over_limit", {"platform": "tiktok", "max": "80", "over": "3"})]
    assert brand_guide.bio_warnings(Platform.OTHER, "x" * 5000) == []


def test_consistency_is_due_with_no_check_in_ninety_days() -> None:
    today = date(2026, 11, 28)
    assert brand_guide.consistency_due(None, today)
    assert not brand_guide.consistency_due(date(2026, 8, 30), today)  # 90 days ago
    assert brand_guide.consistency_due(date(2026, 8, 29), today)


def test_words_in_both_lists_are_found_whatever_the_case() -> None:
    assert brand_guide.words_in_both(("Fresh", "local"), ("cheap", "fresh ")) == ["fresh"]

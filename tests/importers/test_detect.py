"""Each export is recognised from a few key headers, whatever else its columns do."""

from __future__ import annotations

import csv
import io

import pytest

from smm_desktop.importers.headers import signature
from smm_desktop.importers.read import read_export
from tests.importers.conftest import read_fixture


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("facebook_posts.csv", [("facebook", "post_metrics")]),
        ("facebook_posts_unicode_text.txt", [("facebook", "post_metrics")]),
        ("facebook_page_daily.csv", [("facebook", "account_daily")]),
        ("instagram_posts.csv", [("instagram", "post_metrics")]),
        ("instagram_posts_cp1256.csv", [("instagram", "post_metrics")]),
        ("x_tweet_activity.csv", [("x", "post_metrics")]),
        ("x_post_analytics.csv", [("x", "post_metrics")]),
        ("linkedin_page.xlsx", [("linkedin", "account_daily"), ("linkedin", "post_metrics")]),
        ("tiktok_overview.csv", [("tiktok", "account_daily")]),
        ("tiktok_content.csv", [("tiktok", "post_metrics")]),
        ("tiktok_content_nobom.csv", [("tiktok", "post_metrics")]),
        ("tiktok_follower_history.csv", [("tiktok", "follower_history")]),
        ("youtube_studio.zip", [("youtube", "post_metrics"), ("youtube", "post_daily"),
                                ("youtube", "account_daily")]),
        ("meta_ads_campaigns.csv", [("meta_ads", "campaign_daily")]),
        ("meta_ads_campaigns.xlsx", [("meta_ads", "campaign_daily")]),
        ("meta_ads_european.csv", [("meta_ads", "campaign_daily")]),
    ],
)
def test_each_fixture_is_recognised(name: str, expected: list[tuple[str, str]]) -> None:
    results = read_fixture(name)
    assert [(r.platform, r.kind) for r in results] == expected
    assert all(r.problems == () and r.rows for r in results)


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def test_reordered_renamed_case_and_extra_columns_still_recognised() -> None:
    data = _csv([
        ["  REACH ", "New metric 2027", "permalink", "Publish Time", "page id", "POST  ID"],
        ["10", "x", "https://fb.com/p/1", "11/02/2026 09:30", "9", "9_1"],
    ])
    (result,) = read_export(data, "anything.csv")
    assert (result.format, result.rows[0].reach) == ("facebook_posts", 10)  # type: ignore[union-attr]


def test_instagram_is_not_taken_for_facebook() -> None:
    data = _csv([["Post ID", "Account username", "Publish time", "Permalink", "Likes"],
                 ["1", "me", "11/02/2026 09:30", "https://instagram.com/p/1", "4"]])
    assert read_export(data, "x.csv")[0].format == "instagram_posts"


def test_the_classic_x_export_leaves_the_promoted_twins_out() -> None:
    (result,) = read_fixture("x_tweet_activity.csv")
    assert result.rows[1].impressions == 1980  # type: ignore[union-attr]
    assert "promoted impressions" in [h.lower() for h in result.headers]


def test_totals_csv_needs_its_name_to_be_youtube() -> None:
    data = b"Date,Views\n2026-11-03,455\n"
    assert read_export(data, "Totals.csv")[0].format == "youtube_totals"
    assert read_export(data, "weekly.csv")[0].platform == "unknown"


def test_an_unknown_file_gives_its_headers_and_a_stable_signature() -> None:
    (result,) = read_fixture("unknown_export.csv")
    assert (result.platform, result.kind, result.rows) == ("unknown", None, ())
    assert result.headers == ("Week", "Channel", "Spend", "Leads")
    assert result.signature == signature(["leads", " SPEND", "week", "Channel"])
    assert len(result.signature) == 16


def test_the_signature_ignores_order_case_and_spaces() -> None:
    assert signature(["A b", "c"]) == signature(["C", "a  B", ""])
    assert signature(["a"]) != signature(["a", "b"])


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02", b"\n\n\n", "سلام".encode()])
def test_unreadable_input_is_unknown_not_an_error(data: bytes) -> None:
    (result,) = read_export(data, "x.csv")
    assert result.platform == "unknown" and result.rows == ()

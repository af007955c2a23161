"""Each fixture's rows read back exactly, with their lines; and the column-mapping reader."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from smm_desktop.importers.read import read_export, read_mapped
from smm_desktop.importers.records import (
    AccountDayRow,
    CampaignDayRow,
    FollowerRow,
    PostMetricsRow,
    Problem,
)
from tests.importers.conftest import EXPORTS, read_fixture, read_one

FB_FIRST = PostMetricsRow(
    line=2, external_id="1029384756_111", permalink="https://www.facebook.com/1029384756/posts/111",
    published_at=datetime(2026, 11, 2, 9, 30), text="قهوتنا الجديدة من إثيوبيا ☕\nجربوها اليوم",
    post_type="Photos", account="مقهى النخيل", views=12480, reach=8210, reactions=412, comments=37,
    shares=19, clicks=655, link_clicks=88,
)


@pytest.mark.parametrize("name", ["facebook_posts.csv", "facebook_posts_unicode_text.txt"])
def test_facebook_posts(name: str) -> None:
    result = read_one(name)
    assert result.rows[0] == FB_FIRST
    assert [r.line for r in result.rows] == [2, 4, 5]
    video = result.rows[2]
    assert isinstance(video, PostMetricsRow)
    assert (video.title, video.duration_s, video.watch_time_s, video.clicks) == (
        "Barista at work", 34, 43210, 1201)


def test_facebook_page_daily_blocks() -> None:
    result = read_one("facebook_page_daily.csv")
    assert (result.encoding, result.delimiter, result.header_line) == ("utf-16-le", ",", 3)
    assert result.rows == (
        AccountDayRow(4, date(2026, 11, 1), (("views", 1204.0),)),
        AccountDayRow(5, date(2026, 11, 2), (("views", 1398.0),)),
        AccountDayRow(6, date(2026, 11, 3), (("views", 987.0),)),
        AccountDayRow(9, date(2026, 11, 1), (("reach", 880.0),)),
        AccountDayRow(10, date(2026, 11, 2), (("reach", 1010.0),)),
    )


@pytest.mark.parametrize("name", ["instagram_posts.csv", "instagram_posts_cp1256.csv"])
def test_instagram_posts(name: str) -> None:
    result = read_one(name)
    if name.endswith("cp1256.csv"):  # resaved by Excel ("ANSI"): 11/03 may be day first: asked
        assert result.ambiguous_dates == ("Publish time",)
        (result,) = read_export((EXPORTS / name).read_bytes(), name, date_order="mdy")
    assert result.ambiguous_dates == ()
    assert result.rows[0] == PostMetricsRow(
        line=2, external_id="17934567890123456",
        permalink="https://www.instagram.com/reel/C0AbCdEfGh1/",
        published_at=datetime(2026, 11, 3, 7), post_type="Reel", account="nabd.fitness",
        duration_s=45, views=5310, reach=3982, likes=402, shares=55, follows=12, comments=23,
        saves=140, text=result.rows[0].text,  # type: ignore[union-attr]
    )
    assert result.rows[1].text == "نصائح التغذية قبل التمرين"  # type: ignore[union-attr]


def test_x_classic() -> None:
    first = read_one("x_tweet_activity.csv").rows[0]
    assert first == PostMetricsRow(
        line=2, external_id="1861234567890123456",
        permalink="https://twitter.com/bloomandco/status/1861234567890123456",
        text="New autumn bouquets are in! 🍂 Order by Friday for weekend delivery.",
        published_at=datetime(2026, 11, 4, 14, 5, tzinfo=UTC), impressions=3412,
        engagements=87, engagement_rate=0.02549824150058617, shares=6, comments=4, likes=41,
        profile_visits=9, link_clicks=17, follows=1, video_views=0,
    )


def test_x_current() -> None:
    second = read_one("x_post_analytics.csv").rows[1]
    assert second == PostMetricsRow(
        line=3, external_id="1864234567890123456",
        permalink="https://x.com/bloomandco/status/1864234567890123456",
        text="Holiday opening hours, see the thread", published_at=date(2026, 11, 20),
        impressions=2204, likes=40, engagements=71, saves=1, shares=2, follows=0, comments=6,
        profile_visits=8, link_clicks=0,
    )


def test_linkedin_metrics_and_posts_sheets() -> None:
    metrics, posts = read_fixture("linkedin_page.xlsx")
    assert (metrics.sheet, metrics.header_line, posts.sheet) == ("Metrics", 2, "All posts")
    day = metrics.rows[1]
    assert isinstance(day, AccountDayRow) and (day.line, day.day) == (4, date(2026, 11, 2))
    assert dict(day.metrics) == {
        "impressions_organic": 388, "impressions_sponsored": 120, "impressions": 508,
        "unique_impressions_organic": 240, "clicks_organic": 7, "clicks_sponsored": 3,
        "clicks": 10, "reactions_organic": 11, "reactions_sponsored": 2, "reactions": 13,
        "comments_organic": 1, "comments_sponsored": 0, "comments": 1, "reposts_organic": 0,
        "reposts_sponsored": 0, "reposts": 0, "engagement_rate_organic": 0.049,
        "engagement_rate_sponsored": 0.0417, "engagement_rate": 0.0472,
    }
    assert posts.rows[1] == PostMetricsRow(
        line=4, title="Our sustainability report 2026",
        permalink="https://www.linkedin.com/feed/update/urn:li:activity:7262000000000000002",
        post_type="Sponsored", account="Bloom & Co.", published_at=date(2026, 11, 12),
        impressions=9320, views=1210, clicks=402, ctr=0.0431, likes=120, comments=15, shares=9,
        follows=14, engagement_rate=0.0587,
    )


def test_tiktok_files() -> None:
    overview = read_one("tiktok_overview.csv").rows
    assert overview[0] == AccountDayRow(2, date(2026, 11, 1), (
        ("video_views", 1520.0), ("profile_views", 88.0), ("likes", 301.0), ("comments", 12.0),
        ("shares", 9.0)))
    for name in ("tiktok_content.csv", "tiktok_content_nobom.csv"):
        assert read_one(name).rows[0] == PostMetricsRow(
            line=2, title="تحدي ٣٠ يوم - اليوم الأول",
            permalink="https://www.tiktok.com/@nabd.fitness/video/7301000000000000001",
            published_at=datetime(2026, 11, 1, 18), likes=1204, comments=88, shares=41,
            views=15320)
    assert read_one("tiktok_follower_history.csv").rows == (
        FollowerRow(2, date(2026, 11, 1), 10234, 12), FollowerRow(3, date(2026, 11, 2), 10251, 17),
        FollowerRow(4, date(2026, 11, 3), 10249, -2))


def test_youtube_zip_keeps_the_total_apart() -> None:
    table, chart, totals = read_fixture("youtube_studio.zip")
    assert [r.line for r in table.rows] == [3, 4]
    assert table.rows[0] == PostMetricsRow(
        line=3, external_id="dQw4w9WgXcQ", title="How we roast our beans | مقهى النخيل",
        published_at=date(2026, 11, 3), duration_s=612, views=3900,
        watch_time_s=pytest.approx(240.1 * 3600), follows=35, impressions=40100,
        ctr=pytest.approx(0.0562))
    assert dict(table.totals)["views"] == 5210 and dict(table.totals)["follows"] == 44
    assert chart.rows[1] == AccountDayRow(3, date(2026, 11, 4), (("views", 388.0),), "dQw4w9WgXcQ")
    assert totals.rows[0] == AccountDayRow(2, date(2026, 11, 3), (("views", 455.0),))


ADS_FIRST = CampaignDayRow(
    line=2, campaign="Autumn bouquets - Dubai", objective="Sales", start=date(2026, 11, 1),
    end=date(2026, 11, 30), spend=467.78, currency="USD", impressions=91234, reach=40210,
    clicks=1204, results=38, result_type="actions:offsite_conversion.fb_pixel_purchase",
    cost_per_result=12.31, revenue=2890.5, status="active",
)


@pytest.mark.parametrize("name", ["meta_ads_campaigns.csv", "meta_ads_campaigns.xlsx"])
def test_meta_ads(name: str) -> None:
    result = read_one(name)
    assert result.rows[0] == ADS_FIRST
    assert result.rows[1].revenue is None  # type: ignore[union-attr]


def test_european_resave_reads_decimal_commas_and_day_first_dates() -> None:
    result = read_one("meta_ads_european.csv")
    assert (result.encoding, result.delimiter, result.ambiguous_dates) == ("cp1252", ";", ())
    row = result.rows[0]
    assert isinstance(row, CampaignDayRow)
    assert (row.campaign, row.start, row.end, row.spend, row.impressions, row.revenue) == (
        "Herbst-Sträuße", date(2026, 11, 1), date(2026, 11, 30), 1467.78, 91234, 2890.5)


def test_bad_rows_are_reported_at_their_line_and_good_rows_kept() -> None:
    data = (EXPORTS / "tiktok_follower_history.csv").read_bytes() + (
        b"2026-11-04,lots,3\r\n2026-13-01,10300,1\r\n,10310,2\r\n2026-11-07,-5,x\r\n"
        b"2026-11-08,10400,9\r\n")
    (result,) = read_export(data, "FollowerHistory.csv")
    assert [r.line for r in result.rows] == [2, 3, 4, 9]
    assert result.problems == (
        Problem(5, "Followers", "bad_number", "lots"),
        Problem(6, "Date", "bad_date", "2026-13-01"),
        Problem(7, "", "missing_date", ""),
        Problem(8, "Followers", "negative", "-5"),
        Problem(8, "Difference in followers from previous day", "bad_number", "x"),
    )


def test_read_mapped_with_an_ambiguous_date_then_the_answer() -> None:
    data = b"Title;Day;Seen;Link\r\nA;03/04/2026;1.204;https://a\r\nB;05/06/2026;7;https://b\r\n"
    mapping = {"day": "published_at", "SEEN": "views", "link": "permalink", "Title": "title"}
    first = read_mapped(data, "mine.csv", mapping, "post_metrics")
    assert (first.platform, first.ambiguous_dates) == ("mapped", ("Day",))  # day first, provisionally
    assert first.rows[0] == PostMetricsRow(2, title="A", published_at=date(2026, 4, 3),
                                          views=1204, permalink="https://a")
    answered = read_mapped(data, "mine.csv", mapping, "post_metrics", date_order="mdy")
    assert answered.rows[0].published_at == date(2026, 3, 4)  # type: ignore[union-attr]


IG_HEADER = "Post ID,Account username,Publish time,Permalink,Reach"


def test_a_platform_shaped_file_uses_the_formats_own_date_order() -> None:
    data = f"{IG_HEADER}\n1,nabd,03/04/2026 07:00,https://a,5\n".encode()
    (result,) = read_export(b"\xef\xbb\xbf" + data, "ig.csv")  # Meta's own: comma, BOM
    assert result.ambiguous_dates == ()
    assert result.rows[0].published_at == datetime(2026, 3, 4, 7)  # type: ignore[union-attr]


@pytest.mark.parametrize("data", [
    # TikTok writes ISO dates: a slashed 03/04 is not its shape
    b"Date,Followers,Difference in followers from previous day\n03/04/2026,5,1\n05/04/2026,6,1\n",
    # resaved by Excel in a locale listing with semicolons
    IG_HEADER.replace(",", ";").encode() + b"\n1;nabd;03/04/2026 07:00;https://a;5\n",
    # resaved in a legacy code page ("ANSI")
    IG_HEADER.encode("cp1252") + "\n1,café,03/04/2026 07:00,https://a,5\n".encode("cp1252"),
])
def test_an_undecidable_column_of_a_resaved_file_is_asked(data: bytes) -> None:
    (result,) = read_export(data, "f.csv")
    assert len(result.ambiguous_dates) == 1
    (answered,) = read_export(data, "f.csv", date_order="mdy")
    assert answered.ambiguous_dates == ()
    first = answered.rows[0]
    day = first.day if isinstance(first, FollowerRow) else first.published_at.date()  # type: ignore[union-attr]
    assert day == date(2026, 3, 4)


def test_the_rest_of_the_column_settles_the_order() -> None:
    data = b"Date,Followers,Difference in followers from previous day\n03/04/2026,5,1\n13/04/2026,6,1\n"
    (result,) = read_export(data, "f.csv")
    assert result.ambiguous_dates == () and result.rows[0].day == date(2026, 4, 3)  # type: ignore[union-attr]


def test_dotted_dates_are_day_first() -> None:
    data = b"Date;Followers;Difference in followers from previous day\n01.11.2026;10.234;12\n"
    (result,) = read_export(data, "semicolon.csv")
    assert result.ambiguous_dates == ()
    assert result.rows == (FollowerRow(2, date(2026, 11, 1), 10234, 12),)


def test_a_row_dated_after_today_is_reported_at_its_line_and_column() -> None:
    data = (b"Date,Followers,Difference in followers from previous day\n2026-11-01,5,1\n"
            b"2027-06-01,6,1\n")
    (result,) = read_export(data, "f.csv", latest=date(2026, 11, 28))
    assert result.problems == (Problem(3, "Date", "future_date", "2027-06-01"),)
    assert [r.line for r in result.rows] == [2]
    (unchecked,) = read_export(data, "f.csv")
    assert unchecked.problems == ()


def test_a_missing_required_column_is_named() -> None:
    data = b"Date,Difference in followers from previous day\n2026-11-01,12\n"
    (result,) = read_export(data, "f.csv")
    assert not result.recognised
    assert result.problems == (Problem(1, "Followers", "missing_column", ""),)
    facebook = b"Post ID,Page ID,Publish time,Reach\n1,2,11/02/2026 09:30,5\n"
    (fb,) = read_export(facebook, "fb.csv")
    assert (fb.platform, fb.problems) == ("facebook", (Problem(1, "Permalink", "missing_column", ""),))
    (other,) = read_export(b"Week,Channel,Spend\n1,a,2\n", "o.csv")
    assert other.problems == () and other.platform == "unknown"


def test_read_mapped_on_a_workbook_sheet_and_daily_metrics() -> None:
    data = (EXPORTS / "linkedin_page.xlsx").read_bytes()
    result = read_mapped(data, "l.xlsx", {"Date": "day", "Clicks (total)": "clicks"},
                         "account_daily", sheet="Metrics", date_order="mdy")
    assert result.header_line == 2
    assert result.rows[2] == AccountDayRow(5, date(2026, 11, 3), (("clicks", 15.0),))


def test_a_row_with_text_beyond_the_header_is_refused() -> None:
    data = b"Date,Followers,Difference in followers from previous day\n2026-11-01,5,1,oops\n"
    (result,) = read_export(data, "f.csv")
    assert result.rows == () and result.problems == (Problem(2, "", "extra_cells", "oops"),)

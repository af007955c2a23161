"""News and platform updates: the default feeds a manager starts with, and the per-country trend
pages they open in the browser. Pure data; the URLs were checked as published feeds."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple
from urllib.parse import urlencode


class FeedKind(StrEnum):
    """What a feed is about: news of the field, or a platform's own announcements."""

    NEWS = "news"
    PLATFORM = "platform"


class DefaultFeed(NamedTuple):
    key: str
    title: str
    url: str
    kind: FeedKind


# Real, currently published RSS/Atom feeds. X and LinkedIn publish no public feed of their
# company blogs, so they are left to the manager's own list.
DEFAULT_FEEDS: tuple[DefaultFeed, ...] = (
    DefaultFeed("social_media_today", "Social Media Today",
                "https://www.socialmediatoday.com/feeds/news/", FeedKind.NEWS),
    DefaultFeed("social_media_examiner", "Social Media Examiner",
                "https://www.socialmediaexaminer.com/feed/", FeedKind.NEWS),
    DefaultFeed("marketing_dive", "Marketing Dive",
                "https://www.marketingdive.com/feeds/news/", FeedKind.NEWS),
    DefaultFeed("search_engine_land", "Search Engine Land",
                "https://searchengineland.com/feed", FeedKind.NEWS),
    DefaultFeed("aitnews", "البوابة العربية للأخبار التقنية",
                "https://aitnews.com/feed/", FeedKind.NEWS),
    DefaultFeed("tech_wd", "عالم التقنية", "https://www.tech-wd.com/wd/feed/", FeedKind.NEWS),
    DefaultFeed("meta_newsroom", "Meta Newsroom", "https://about.fb.com/feed/",
                FeedKind.PLATFORM),
    DefaultFeed("youtube_blog", "YouTube Official Blog", "https://blog.youtube/rss/",
                FeedKind.PLATFORM),
    DefaultFeed("tiktok_newsroom", "TikTok Newsroom", "https://newsroom.tiktok.com/en-us/rss",
                FeedKind.PLATFORM),
    DefaultFeed("snap_newsroom", "Snap Newsroom", "https://newsroom.snap.com/rss",
                FeedKind.PLATFORM),
    DefaultFeed("google_search_central", "Google Search Central Blog",
                "https://developers.google.com/search/blog/feeds/posts/default",
                FeedKind.PLATFORM),
    DefaultFeed("google_ads_commerce", "Google Ads & Commerce Blog",
                "https://blog.google/products/ads-commerce/rss/", FeedKind.PLATFORM),
)

TREND_COUNTRIES = ("SA", "AE", "EG", "KW", "QA", "BH", "OM", "JO", "GB", "US")
# The pages, in the order the menu shows them; the UI names them by key.
TREND_KEYS = ("google", "x", "tiktok", "youtube")


class TrendLink(NamedTuple):
    key: str  # one of TREND_KEYS
    url: str


def _query(url: str, params: dict[str, str]) -> str:
    return f"{url}?{urlencode(params)}" if params else url


def trend_links(country: str) -> list[TrendLink]:
    """The trend pages for a country code (upper or lower case); any other code (or "")
    gets the pages without a country, which show the visitor's own."""
    code = country.strip().upper()
    geo = code if code in TREND_COUNTRIES else ""
    google = _query("https://trends.google.com/trending", {"geo": geo} if geo else {})
    tiktok = _query("https://ads.tiktok.com/business/creativecenter/inspiration/popular/"
                    "hashtag/pc/en", {"countryCode": geo, "period": "7"} if geo else {})
    youtube = _query("https://trends.google.com/trends/explore",
                     {"geo": geo, "gprop": "youtube"} if geo else {"gprop": "youtube"})
    return [TrendLink("google", google), TrendLink("x", "https://x.com/explore/tabs/trending"),
            TrendLink("tiktok", tiktok), TrendLink("youtube", youtube)]

"""The sample's news page: the default feeds, a few dozen items of the last days in English
and Arabic (some read, one made into an idea-bank post). No network."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.feed_fetch import FetchedItem, FetchError, FetchResult
from smm_desktop.services.feeds import FeedService
from smm_desktop.services.workspace import Workspace

# Per default feed key: (site, titles).
ITEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "social_media_today": ("https://www.socialmediatoday.com/news/", (
        "Instagram Expands Test of Longer Reels to More Creators",
        "LinkedIn Adds New Video Ad Placements Between Feed Posts",
        "Threads Reaches New Usage Milestone as Features Roll Out",
        "Report: Short Video Still Drives the Most Engagement in Retail",
        "X Updates Its Ad Targeting Options for Smaller Businesses",
        "Pinterest Launches New Holiday Trend Insights for Marketers")),
    "social_media_examiner": ("https://www.socialmediaexaminer.com/", (
        "How to Plan a Month of Content in One Afternoon",
        "Instagram Broadcast Channels: How Brands Are Using Them",
        "Social Media Marketing for Local Cafés: What Works Now")),
    "marketing_dive": ("https://www.marketingdive.com/news/", (
        "Brands Shift Holiday Budgets Toward Creator Partnerships",
        "Retail Media Networks Court Social-First Advertisers")),
    "search_engine_land": ("https://searchengineland.com/", (
        "Google Business Profiles Get New Posting Options",
        "What the Latest Core Update Means for Small Sites")),
    "aitnews": ("https://aitnews.com/", (
        "تيك توك تطلق أدوات جديدة للمعلنين في السعودية",
        "واتساب يختبر القنوات المدفوعة لأصحاب الأعمال",
        "إنستغرام يتيح جدولة المنشورات من التطبيق مباشرة",
        "سناب شات يعلن عن مزايا جديدة للتسوق في الخليج")),
    "tech_wd": ("https://www.tech-wd.com/wd/", (
        "يوتيوب يوسّع ميزة الدبلجة التلقائية لتشمل العربية",
        "ميتا تطلق أدوات ذكاء اصطناعي لصناعة الإعلانات",
        "إكس تختبر خاصية جديدة للمجتمعات")),
    "meta_newsroom": ("https://about.fb.com/news/", (
        "New Tools to Help Small Businesses Reach Customers on WhatsApp",
        "Introducing Edits: Video Creation Tools for Creators",
        "Our Latest Steps to Keep Teens Safe on Instagram")),
    "youtube_blog": ("https://blog.youtube/news-and-events/", (
        "New Ways to Grow Your Channel With Shorts",
        "Expanding Auto Dubbing to More Languages")),
    "tiktok_newsroom": ("https://newsroom.tiktok.com/en-us/", (
        "Introducing New Tools for TikTok Shop Sellers",
        "TikTok's Year on TikTok: The Trends That Defined the Year")),
    "snap_newsroom": ("https://newsroom.snap.com/", (
        "Snapchat Launches Sponsored Snaps in More Markets",)),
    "google_search_central": ("https://developers.google.com/search/blog/", (
        "Updates to Our Guidance on Site Reputation Abuse",)),
    "google_ads_commerce": ("https://blog.google/products/ads-commerce/", (
        "New AI-Powered Creative Tools in Google Ads",)),
}
FAILED = ("snap_newsroom", FetchError("https://newsroom.snap.com/rss", "http", "503"))


def _slug(title: str, number: int) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:8]) or f"article-{number}"


def _result(rng: random.Random, key: str, now: datetime) -> FetchResult:
    site, titles = ITEMS[key]
    items = []
    for number, title in enumerate(titles):
        published = now - timedelta(hours=rng.randint(2, 24 * 6), minutes=rng.randint(0, 59))
        link = f"{site}{_slug(title, number)}/"
        if not link.isascii():
            link = f"{site}?p={rng.randint(100_000, 999_999)}"
        summary = title if not title.isascii() else f"{title}. Read the full story."
        items.append(FetchedItem(link, title, link, summary, published))
    return FetchResult(tuple(items), etag=f'"{key}-1"')


def write_feeds(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                today: date) -> None:
    now = datetime.combine(today, time(7, 30))
    feeds = FeedService(workspace.session_factory, now=lambda: now)
    feeds.ensure_defaults()
    by_key = {f.key: f.id for f in feeds.list_feeds()}
    for key in ITEMS:
        feeds.store(by_key[key], _result(rng, key, now))
    feeds.store(by_key[FAILED[0]], FAILED[1])
    items = feeds.items()
    old = [i.id for i in items if i.when < now - timedelta(days=2)]
    feeds.mark_read(rng.sample(old, k=len(old) * 2 // 3))
    if sample:
        idea = next(i for i in items if i.title.startswith("New Tools to Help Small"))
        feeds.make_idea(idea.id, sample[min(1, len(sample) - 1)].id)

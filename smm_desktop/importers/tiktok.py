"""TikTok analytics: Overview (daily), Content (per video) and FollowerHistory."""

from __future__ import annotations

from smm_desktop.importers.spec import FormatSpec

OVERVIEW = FormatSpec(
    name="tiktok_overview",
    platform="tiktok",
    kind="account_daily",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("date", "video views", "profile views"),
    columns={
        "date": "day",
        "video views": "video_views",
        "profile views": "profile_views",
        "likes": "likes",
        "comments": "comments",
        "shares": "shares",
    },
)
CONTENT = FormatSpec(
    name="tiktok_content",
    platform="tiktok",
    kind="post_metrics",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("video title", "video link", "post time"),
    columns={
        "video title": "title",
        "video link": "permalink",
        "post time": "published_at",
        "total likes": "likes",
        "total comments": "comments",
        "total shares": "shares",
        "total views": "views",
    },
)
FOLLOWERS = FormatSpec(
    name="tiktok_followers",
    platform="tiktok",
    kind="follower_history",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("date", "followers", "difference in followers from previous day"),
    columns={
        "date": "day",
        "followers": "followers",
        "difference in followers from previous day": "change",
    },
)
SPECS = (OVERVIEW, CONTENT, FOLLOWERS)

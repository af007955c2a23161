"""X (Twitter): the classic tweet activity export (its "promoted …" twin columns are left out:
they describe paid reach of the same tweet) and the current post analytics export."""

from __future__ import annotations

from smm_desktop.importers.spec import FormatSpec

CLASSIC = FormatSpec(
    name="x_tweet_activity",
    platform="x",
    kind="post_metrics",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("tweet id", "tweet permalink", "impressions"),
    columns={
        "tweet id": "external_id",
        "tweet permalink": "permalink",
        "tweet text": "text",
        "time": "published_at",
        "impressions": "impressions",
        "engagements": "engagements",
        "engagement rate": "engagement_rate",
        "retweets": "shares",
        "replies": "comments",
        "likes": "likes",
        "user profile clicks": "profile_visits",
        "url clicks": "link_clicks",
        "follows": "follows",
        "media views": "video_views",
    },
    skip_prefixes=("promoted ",),
)
CURRENT = FormatSpec(
    name="x_post_analytics",
    platform="x",
    kind="post_metrics",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("post id", "post text", "post link"),
    columns={
        "post id": "external_id",
        "date": "published_at",
        "post text": "text",
        "post link": "permalink",
        "impressions": "impressions",
        "likes": "likes",
        "engagements": "engagements",
        "bookmarks": "saves",
        "reposts": "shares",
        "new follows": "follows",
        "replies": "comments",
        "profile visits": "profile_visits",
        "url clicks": "link_clicks",
    },
)
SPECS = (CLASSIC, CURRENT)

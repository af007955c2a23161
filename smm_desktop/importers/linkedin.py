"""LinkedIn page exports (.xls/.xlsx, a title row above the header on row 2): the Metrics sheet
(daily, organic/sponsored/total) and the All posts sheet."""

from __future__ import annotations

from smm_desktop.importers.spec import FormatSpec

_SPLIT = ("impressions", "unique impressions", "clicks", "reactions", "comments", "reposts",
          "engagement rate")
_SUFFIXES = {"organic": "_organic", "sponsored": "_sponsored", "total": ""}

METRICS = FormatSpec(
    name="linkedin_metrics",
    platform="linkedin",
    kind="account_daily",
    keys=("date", "impressions (organic)"),
    columns={
        "date": "day",
        **{
            f"{metric} ({part})": metric.replace(" ", "_") + suffix
            for metric in _SPLIT
            for part, suffix in _SUFFIXES.items()
        },
    },
)
POSTS = FormatSpec(
    name="linkedin_posts",
    platform="linkedin",
    kind="post_metrics",
    keys=("post title", "post link", "created date"),
    columns={
        "post title": "title",
        "post link": "permalink",
        "post type": "post_type",
        "created date": "published_at",
        "posted by": "account",
        "impressions": "impressions",
        "views*": "views",
        "clicks": "clicks",
        "click through rate (ctr)": "ctr",
        "likes": "likes",
        "comments": "comments",
        "reposts": "shares",
        "follows": "follows",
        "engagement rate": "engagement_rate",
    },
)
SPECS = (METRICS, POSTS)

"""Meta Business Suite, Instagram: the posts export."""

from __future__ import annotations

from smm_desktop.importers.spec import FormatSpec

POSTS = FormatSpec(
    name="instagram_posts",
    platform="instagram",
    kind="post_metrics",
    keys=("post id", "account username", "publish time"),
    columns={
        "post id": "external_id",
        "permalink": "permalink",
        "publish time": "published_at",
        "description": "text",
        "post type": "post_type",
        "account username": "account",
        "duration (sec)": "duration_s",
        "views": "views",
        "impressions": "impressions",
        "reach": "reach",
        "likes": "likes",
        "shares": "shares",
        "follows": "follows",
        "comments": "comments",
        "saves": "saves",
        "profile visits": "profile_visits",
    },
)
SPECS = (POSTS,)

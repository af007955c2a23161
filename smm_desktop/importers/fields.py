"""The fields each kind of record has, with the type of value each column must hold; the
mapping dialog offers these as targets and the row builder parses by them."""

from __future__ import annotations

from typing import Literal

from smm_desktop.importers.records import Kind

FieldType = Literal["text", "count", "int", "number", "money", "rate", "duration", "hours", "when"]

# mapping target -> (attribute of the record, type of the column)
POST_FIELDS: dict[str, tuple[str, FieldType]] = {
    "external_id": ("external_id", "text"),
    "permalink": ("permalink", "text"),
    "published_at": ("published_at", "when"),
    "title": ("title", "text"),
    "text": ("text", "text"),
    "post_type": ("post_type", "text"),
    "account": ("account", "text"),
    "duration_s": ("duration_s", "duration"),
    "impressions": ("impressions", "count"),
    "views": ("views", "count"),
    "reach": ("reach", "count"),
    "likes": ("likes", "count"),
    "reactions": ("reactions", "count"),
    "comments": ("comments", "count"),
    "shares": ("shares", "count"),
    "saves": ("saves", "count"),
    "clicks": ("clicks", "count"),
    "link_clicks": ("link_clicks", "count"),
    "profile_visits": ("profile_visits", "count"),
    "engagements": ("engagements", "count"),
    "video_views": ("video_views", "count"),
    "watch_time_s": ("watch_time_s", "duration"),
    "watch_time_h": ("watch_time_s", "hours"),
    "follows": ("follows", "count"),
    "engagement_rate": ("engagement_rate", "rate"),
    "ctr": ("ctr", "rate"),
}
FOLLOWER_FIELDS: dict[str, tuple[str, FieldType]] = {
    "day": ("day", "when"),
    "followers": ("followers", "count"),
    "change": ("change", "int"),
}
CAMPAIGN_FIELDS: dict[str, tuple[str, FieldType]] = {
    "campaign": ("campaign", "text"),
    "objective": ("objective", "text"),
    "status": ("status", "text"),
    "day": ("day", "when"),
    "start": ("start", "when"),
    "end": ("end", "when"),
    "spend": ("spend", "money"),
    "currency": ("currency", "text"),
    "impressions": ("impressions", "count"),
    "reach": ("reach", "count"),
    "clicks": ("clicks", "count"),
    "results": ("results", "number"),
    "result_type": ("result_type", "text"),
    "cost_per_result": ("cost_per_result", "money"),
    "revenue": ("revenue", "money"),
}
DAY_FIELDS: dict[str, tuple[str, FieldType]] = {
    "day": ("day", "when"),
    "external_id": ("external_id", "text"),
}
KIND_FIELDS: dict[Kind, dict[str, tuple[str, FieldType]]] = {
    "post_metrics": POST_FIELDS,
    "follower_history": FOLLOWER_FIELDS,
    "campaign_daily": CAMPAIGN_FIELDS,
    "account_daily": DAY_FIELDS,
    "post_daily": DAY_FIELDS,
}
DAILY_KINDS: frozenset[Kind] = frozenset({"account_daily", "post_daily"})


def field_of(kind: Kind, target: str) -> tuple[str, FieldType] | None:
    """The attribute and type for a mapping target; in daily kinds any other target is a metric
    (a number stored under that name); None for a target the kind does not know."""
    known = KIND_FIELDS[kind].get(target)
    if known is not None:
        return known
    if kind in DAILY_KINDS and target.replace("_", "").isalnum():
        return (target, "number")
    return None

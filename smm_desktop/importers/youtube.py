"""YouTube Studio's export zip: Table data.csv (per video; its first data row "Total" is the
channel total, kept apart), Chart data.csv (per day, per video when split) and Totals.csv."""

from __future__ import annotations

from smm_desktop.importers.spec import FormatSpec

_DAILY_METRICS = {
    "views": "views",
    "watch time (hours)": "watch_time_hours",
    "subscribers": "subscribers",
    "impressions": "impressions",
}

TABLE = FormatSpec(
    name="youtube_table",
    platform="youtube",
    kind="post_metrics",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("content", "video title", "video publish time"),
    columns={
        "content": "external_id",
        "video title": "title",
        "video publish time": "published_at",
        "duration": "duration_s",
        "views": "views",
        "watch time (hours)": "watch_time_h",
        "subscribers": "follows",
        "impressions": "impressions",
        "thumbnail impressions": "impressions",
        "impressions click-through rate (%)": "ctr",
        "thumbnail click-through rate (%)": "ctr",
    },
    total_label="total",
)
CHART_BY_VIDEO = FormatSpec(
    name="youtube_chart_by_video",
    platform="youtube",
    kind="post_daily",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("date", "content", "views"),
    columns={"date": "day", "content": "external_id", **_DAILY_METRICS},
    sources=("chart data.csv",),
)
CHART = FormatSpec(
    name="youtube_chart",
    platform="youtube",
    kind="account_daily",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("date", "views"),
    columns={"date": "day", **_DAILY_METRICS},
    sources=("chart data.csv",),
)
TOTALS = FormatSpec(
    name="youtube_totals",
    platform="youtube",
    kind="account_daily",
    date_order=None,  # the platform writes ISO or month-name dates, never 03/04
    keys=("date", "views"),
    columns={"date": "day", **_DAILY_METRICS},
    sources=("totals.csv",),
)
SPECS = (TABLE, CHART_BY_VIDEO, CHART, TOTALS)

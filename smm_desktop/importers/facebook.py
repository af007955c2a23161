"""Meta Business Suite, Facebook: the posts export and the page-level daily files (UTF-16,
`sep=,`, then blocks of a metric-name line followed by "Date","Primary" rows)."""

from __future__ import annotations

import re
from datetime import date

from smm_desktop.importers.build import Built, Rows, build
from smm_desktop.importers.headers import normalise
from smm_desktop.importers.spec import Column, FormatSpec
from smm_desktop.importers.text import Table

POSTS = FormatSpec(
    name="facebook_posts",
    platform="facebook",
    kind="post_metrics",
    keys=("post id", "page id", "publish time", "permalink"),
    columns={
        "post id": "external_id",
        "permalink": "permalink",
        "publish time": "published_at",
        "title": "title",
        "description": "text",
        "post type": "post_type",
        "page name": "account",
        "duration (sec)": "duration_s",
        "views": "views",
        "impressions": "impressions",
        "reach": "reach",
        "reactions": "reactions",
        "comments": "comments",
        "shares": "shares",
        "total clicks": "clicks",
        "link clicks": "link_clicks",
        "seconds viewed": "watch_time_s",
        "3-second video views": "video_views",
    },
)


def _read_daily(spec: FormatSpec, table: Table, header: int, latest: date | None = None
                ) -> Built:
    """Each block's metric is named by the line above its "Date","Primary" header."""
    rows = table.rows
    starts = [i for i, (_l, cells) in enumerate(rows) if _is_header(cells)] or [header]
    ends = [start - 1 for start in starts[1:]] + [len(rows)]
    built = [_block(spec, table, rows, start, end, latest)
             for start, end in zip(starts, ends, strict=True)]
    return Built(
        tuple(r for b in built for r in b.rows),
        tuple(p for b in built for p in b.problems),
        tuple(dict.fromkeys(a for b in built for a in b.ambiguous)),
    )


def _is_header(cells: tuple[object, ...]) -> bool:
    """The "Date","Primary" header row of a block."""
    return [normalise(c) for c in cells[:2]] == ["date", "primary"]  # type: ignore[arg-type]


def _block(spec: FormatSpec, table: Table, rows: Rows, start: int, end: int,
           latest: date | None) -> Built:
    """The rows of one metric block."""
    metric = metric_name(rows[start - 1][1][0]) if start > 0 and rows[start - 1][1] else "value"
    header = rows[start][1]
    columns = (Column(0, str(header[0]), "day"), Column(1, str(header[1]), metric))
    return build(spec.kind, rows[start + 1 : end], columns, delimiter=table.delimiter,
                 date_order=spec.date_order, width=2, latest=latest)


def metric_name(text: object) -> str:
    """A metric's key from its title line: "Facebook Page likes" -> "facebook_page_likes"."""
    name = re.sub(r"\W+", "_", normalise(text)).strip("_")  # type: ignore[arg-type]
    return name or "value"


PAGE_DAILY = FormatSpec(
    name="facebook_page_daily",
    platform="facebook",
    kind="account_daily",
    keys=("date", "primary"),
    columns={"date": "day", "primary": "value"},
    reader=_read_daily,
)
SPECS = (POSTS, PAGE_DAILY)

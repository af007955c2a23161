"""Planning an import of post metrics: each row of the export matched to what the database
holds (a metric of the account, a planned post by link or by time and text, else a new
published post) and turned into a RowPlan and the rows to write. Writes nothing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from difflib import SequenceMatcher
from typing import Any

from smm_desktop.db.base import utcnow
from smm_desktop.domain.enums import PostStatus, SnapshotSource
from smm_desktop.importers.records import PostMetricsRow
from smm_desktop.services.import_state import (
    METRIC_COLUMNS,
    Candidate,
    Row,
    State,
    Writes,
    link_key,
)
from smm_desktop.services.numbers_data import RowPlan

META = {"facebook", "instagram"}
TOPIC_MAX, EXTERNAL_MAX, LINK_MAX = 200, 100, 1000
TEXT_MATCH = 0.6
WINDOW = timedelta(hours=2)
# (an enum member's .value is a property: read once, not twice a row)
IMPORTED, PUBLISHED = SnapshotSource.IMPORT.value, PostStatus.PUBLISHED.value


def local_time(when: date | datetime | None, zone: tzinfo | None = None) -> datetime | None:
    """The publish time as the brand's wall time: aware times converted to `zone` (the
    brand's country's), else to this machine's zone; naive ones are the file's own."""
    if when is None:
        return None
    if not isinstance(when, datetime):
        return datetime.combine(when, time())
    if when.tzinfo is None:
        return when
    return when.astimezone(zone).replace(tzinfo=None)


def metric_values(row: PostMetricsRow, platform: str) -> dict[str, Any]:
    """The PostMetric columns a row gives (Meta's "Views" are its former impressions)."""
    meta_views = row.impressions is None and platform in META
    impressions = row.views if meta_views else row.impressions
    video_views = row.video_views if row.video_views is not None else (
        None if meta_views else row.views)
    return {
        "impressions": impressions, "reach": row.reach,
        "likes": row.likes if row.likes is not None else row.reactions,
        "comments": row.comments, "shares": row.shares, "saves": row.saves,
        "clicks": row.clicks if row.clicks is not None else row.link_clicks,
        "video_views": video_views, "watch_seconds": row.watch_time_s,
        "follows": row.follows, "profile_visits": row.profile_visits,
        "engagements": row.engagements,
    }


def describe(row: PostMetricsRow) -> str:
    """A short description of the post: its title or text, else its id."""
    text = (row.title or row.text or row.external_id or row.permalink or "").strip()
    return " ".join(text.split())[:80]


class PostPlanner:
    """Plans the post-metrics rows of one file against `state`, filling `writes`."""

    def __init__(self, state: State, writes: Writes) -> None:
        self._state, self._w = state, writes
        self._used: set[int] = set()  # planned posts already matched by a row
        self.plans: list[RowPlan] = []
        self._now = utcnow()

    def plan(self, row: PostMetricsRow) -> None:
        values = metric_values(row, self._state.platform)
        link = link_key(row.permalink)  # (once per row: it is looked up three times)
        ident = self._existing_metric(row, link)
        if ident is None:
            self._plan_new(row, values, link)
        elif ident < 0:
            self._repeat(row, -1 - ident, values)
        else:
            self._plan_update(row, ident, values)

    def _repeat(self, row: PostMetricsRow, index: int, values: dict[str, Any]) -> None:
        """The same post twice in one file: its last numbers win, the row is skipped."""
        self._w.metrics[index].update({c: v for c, v in values.items() if v is not None})
        self.plans.append(RowPlan(row.line, "skip", describe(row), "post_metric", None,
                                  "duplicate"))

    def _existing_metric(self, row: PostMetricsRow, link: str) -> int | None:
        st = self._state
        if row.external_id and row.external_id in st.metric_by_external:
            return st.metric_by_external[row.external_id]
        return st.metric_by_link.get(link) if link else None

    def _plan_update(self, row: PostMetricsRow, ident: int, values: dict[str, Any]) -> None:
        old = self._state.metrics[ident]
        changed = {c: v for c, v in values.items() if v is not None and v != old[c]}
        changed.update(self._ids(row, old))
        post_id = old["post_id"]
        if not changed:
            self.plans.append(RowPlan(row.line, "skip", describe(row), "post_metric",
                                      post_id, "same"))
            return
        if self._older(old, changed):
            self.plans.append(RowPlan(row.line, "skip", describe(row), "post_metric",
                                      post_id, "older_export"))
            return
        new = {**changed, "as_of": self._state.as_of, "source": IMPORTED,
               "import_id": None}
        before = {c: old[c] for c in new}
        self._w.metric_updates.append((ident, new, before))
        old.update(new)  # a second row of the same post in this file compares with this one
        self.plans.append(RowPlan(row.line, "update", describe(row), "post_metric", post_id,
                                  "newer"))

    def _older(self, old: Row, changed: Row) -> bool:
        """Lifetime counters only grow: a file lowering any of them is an older export,
        unless it is as of a later day than the numbers held (the platform corrected them)."""
        lower = any(old.get(c) is not None and v is not None and v < old[c]
                    for c, v in changed.items() if c in METRIC_COLUMNS)
        held = old.get("as_of")
        return lower and not (held is not None and self._state.as_of > held)

    def _ids(self, row: PostMetricsRow, old: Row) -> dict[str, str]:
        ids = {"external_id": (row.external_id or "")[:EXTERNAL_MAX],
               "permalink": (row.permalink or "")[:LINK_MAX]}
        return {c: v for c, v in ids.items() if v and not old[c]}

    def _plan_new(self, row: PostMetricsRow, values: dict[str, Any], link: str) -> None:
        post, reason = self._match(row, link)
        metric = self._new_metric(row, values)
        if post is None:
            metric["post_ref"] = len(self._w.posts)
            self._w.posts.append(self._new_post(row))
            self.plans.append(RowPlan(row.line, "add", describe(row), "post", None, reason))
        else:
            metric["post_ref"] = None
            metric["post_id"] = post.id
            self._publish(post, row)
            self.plans.append(RowPlan(row.line, "add", describe(row), "post_metric", post.id,
                                      reason))
        self._w.metrics.append(metric)
        self._index_new(row, len(self._w.metrics) - 1, link)

    def _index_new(self, row: PostMetricsRow, index: int, link: str) -> None:
        """A later row of this file with the same id or link updates nothing twice: it finds
        the metric this import adds (a negative id; `_repeat` merges into writes.metrics)."""
        st = self._state
        ident = -1 - index
        if row.external_id:
            st.metric_by_external[row.external_id] = ident
        if row.permalink:
            st.metric_by_link[link] = ident

    def _match(self, row: PostMetricsRow, link: str) -> tuple[Candidate | None, str]:
        st = self._state
        post = st.post_by_link.get(link) if link else None
        if post is not None and post.id not in self._used and post.id not in st.metric_by_post:
            self._used.add(post.id)
            return post, "matched_permalink"
        post = self._by_time_and_text(row) if st.posts_by_day else None
        if post is not None:
            self._used.add(post.id)
            return post, "matched_time_text"
        return None, "unplanned"

    def _by_time_and_text(self, row: PostMetricsRow) -> Candidate | None:
        if not self._state.posts_by_day:  # no planned post around the file's days
            return None
        when = local_time(row.published_at, self._state.zone)
        text = (row.text or row.title or "").casefold().strip()
        if when is None or not text:
            return None
        day_only = not isinstance(row.published_at, datetime)
        best, best_ratio = None, TEXT_MATCH
        for day in (when.date() - timedelta(days=1), when.date(), when.date() + timedelta(days=1)):
            for post in self._state.posts_by_day.get(day, ()):
                if not self._free(post) or not _near(post.at, when, day_only):
                    continue
                ratio = max(SequenceMatcher(None, text, t).ratio() for t in post.texts or ("",))
                if ratio >= best_ratio:
                    best, best_ratio = post, ratio
        return best

    def _free(self, post: Candidate) -> bool:
        return post.id not in self._used and post.id not in self._state.metric_by_post

    def _publish(self, post: Candidate, row: PostMetricsRow) -> None:
        """A matched planned post becomes published, with the export's link."""
        new: Row = {}
        if post.status != PUBLISHED:
            new["status"] = PUBLISHED
        if row.permalink and not post.published_url:
            new["published_url"] = row.permalink[:500]
        if new:
            before = {"status": post.status, "published_url": post.published_url}
            self._w.post_updates.append((post.id, new, {c: before[c] for c in new}))

    def _new_metric(self, row: PostMetricsRow, values: dict[str, Any]) -> Row:
        return {"account_id": self._state.account_id, "as_of": self._state.as_of,
                "external_id": (row.external_id or "")[:EXTERNAL_MAX],
                "permalink": (row.permalink or "")[:LINK_MAX], **values,
                "source": IMPORTED, "version": 1,
                "created_at": self._now, "updated_at": self._now}

    def _new_post(self, row: PostMetricsRow) -> Row:
        text = (row.text or "").strip()
        topic = " ".join((row.title or text or row.external_id or "").split())[:TOPIC_MAX]
        return {"brand_id": self._state.brand_id, "topic": topic,
                "status": PUBLISHED,
                "scheduled_at": local_time(row.published_at, self._state.zone), "caption": text,
                "published_url": (row.permalink or "")[:500], "origin": "import",
                "version": 1, "created_at": self._now, "updated_at": self._now}


def _near(at: datetime, when: datetime, day_only: bool) -> bool:
    if day_only:
        return at.date() == when.date()
    return abs(at - when) <= WINDOW

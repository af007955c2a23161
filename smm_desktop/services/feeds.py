"""The feeds the manager follows (a default list they edit) and the items read from them:
read marks, a refresh's result stored in one unit, and an item turned into an idea-bank post."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, Feed, FeedItem, Post
from smm_desktop.domain.errors import Conflict, FieldError, NotFound
from smm_desktop.domain.feeds import DEFAULT_FEEDS, FeedKind
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    refuse_invalid,
)
from smm_desktop.services.feed_fetch import FetchedItem, FetchError, FetchResult
from smm_desktop.services.post_data import MAX_LENGTHS, PostInput, apply_post, post_errors
from smm_desktop.services.posts import bank_end

TITLE_MAX, URL_MAX = 200, 1000
KEEP_PER_FEED = 300
SHOWN = 200  # the most items the list shows (and the unread count counts)
REFRESH_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class FeedInput:
    title: str
    url: str
    kind: FeedKind = FeedKind.NEWS
    enabled: bool = True


@dataclass(frozen=True)
class FeedData:
    """A stored feed; `key` names a default (None: the manager's own); `error` is the last
    refresh's failure in FetchError.stored form, "" when it worked."""

    id: int
    key: str | None
    title: str
    url: str
    kind: FeedKind
    enabled: bool
    position: int
    fetched_at: datetime | None
    etag: str
    modified: str
    error: str
    version: int

    def to_input(self) -> FeedInput:
        return FeedInput(self.title, self.url, self.kind, self.enabled)


@dataclass(frozen=True)
class ItemData:
    """An item with its feed's title and kind; times in UTC; `when` orders the list."""

    id: int
    feed_id: int
    feed_title: str
    kind: FeedKind
    guid: str
    title: str
    link: str
    summary: str
    published_at: datetime | None
    fetched_at: datetime
    read_at: datetime | None
    idea_post_id: int | None
    idea_live: bool = False  # the idea post is live (not in the trash): no second one

    @property
    def read(self) -> bool:
        return self.read_at is not None

    @property
    def when(self) -> datetime:
        return self.published_at or self.fetched_at


def _kind(value: str) -> FeedKind:
    return FeedKind(value) if value in set(FeedKind) else FeedKind.NEWS


def _to_data(row: Feed) -> FeedData:
    return FeedData(row.id, row.key, row.title, row.url, _kind(row.kind), row.enabled,
                    row.position, row.fetched_at, row.etag, row.modified, row.error, row.version)


def _data(_s: Session, row: Feed) -> FeedData:
    return _to_data(row)


def _item_data(row: FeedItem, feed: Feed, live: frozenset[int] = frozenset()) -> ItemData:
    return ItemData(row.id, row.feed_id, feed.title, _kind(feed.kind), row.guid, row.title,
                    row.link, row.summary, row.published_at, row.fetched_at, row.read_at,
                    row.idea_post_id, row.idea_post_id in live)


class AlreadyAnIdea(Conflict):
    """The item was made into an idea already and that post is live: `post_id` names it."""

    code = "already_an_idea"

    def __init__(self, item_id: int, post_id: int) -> None:
        super().__init__("FeedItem", item_id)
        self.post_id = post_id


def _live_posts(s: Session, ids: Sequence[int | None]) -> frozenset[int]:
    """Those of the post ids that are live (one query)."""
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return frozenset()
    return frozenset(s.scalars(select(Post.id).where(Post.id.in_(wanted),
                                                     Post.deleted_at.is_(None))))


def _newest(result: FetchResult, keep: int, now: datetime) -> list[FetchedItem]:
    """The `keep` newest entries of a fetch (undated ones count as fetched now), so a long
    feed does not re-add, on each refresh, the old entries the trim took away."""
    if len(result.items) <= keep:
        return list(result.items)
    return sorted(result.items, key=lambda i: i.published_at or now, reverse=True)[:keep]


def is_feed_url(url: str) -> bool:
    """http(s) with a host, or a local file (file://…)."""
    parts = urlsplit(url.strip())
    if parts.scheme in ("http", "https"):
        return bool(parts.netloc) and " " not in url.strip()
    return parts.scheme == "file" and bool(parts.path)


def feed_errors(data: FeedInput) -> list[FieldError]:
    errors = []
    title, url = data.title.strip(), data.url.strip()
    if not title:
        errors.append(FieldError("title", "required"))
    elif len(title) > TITLE_MAX:
        errors.append(FieldError("title", "too_long", {"max": str(TITLE_MAX)}))
    if not url:
        errors.append(FieldError("url", "required"))
    elif len(url) > URL_MAX:
        errors.append(FieldError("url", "too_long", {"max": str(URL_MAX)}))
    elif not is_feed_url(url):
        errors.append(FieldError("url", "bad_url"))
    return errors


def _apply(row: Feed, data: FeedInput) -> None:
    if row.url != data.url.strip():  # another address: its validators mean nothing there
        row.etag, row.modified, row.error = "", "", ""
    row.title, row.url = data.title.strip(), data.url.strip()
    row.kind, row.enabled = data.kind.value, data.enabled


def _next_position(s: Session) -> int:
    last = s.scalar(select(func.max(Feed.position)))
    return 0 if last is None else last + 1


def _items_query(kinds: Sequence[FeedKind] | None, unread_only: bool) -> Select[FeedItem, Feed]:
    when = func.coalesce(FeedItem.published_at, FeedItem.fetched_at)
    query = (select(FeedItem, Feed).join(Feed, Feed.id == FeedItem.feed_id)
             .where(Feed.deleted_at.is_(None)).order_by(when.desc(), FeedItem.id.desc()))
    if kinds is not None:
        query = query.where(Feed.kind.in_([k.value for k in kinds]))
    if unread_only:
        query = query.where(FeedItem.read_at.is_(None))
    return query


def _idea_notes(item: FeedItem, feed: Feed) -> str:
    """What the idea post carries of its source: the feed, the link, the gist."""
    lines = [f"{feed.title}: {item.title}".strip(), item.link, "", item.summary]
    return "\n".join(lines).strip()[:2000]


class FeedService:
    """The feeds of one workspace and their items."""

    def __init__(self, session_factory: sessionmaker[Session],
                 now: Callable[[], datetime] = utcnow) -> None:
        self._sf = session_factory
        self._now = now

    def ensure_defaults(self) -> None:
        """Add the default feeds missing by key (idempotent); a default the person deleted
        stays deleted (its trashed row counts)."""
        with self._sf.begin() as s:
            have = set(s.scalars(select(Feed.key).where(Feed.key.is_not(None))))
            position = _next_position(s)
            for default in DEFAULT_FEEDS:
                if default.key not in have:
                    s.add(Feed(key=default.key, title=default.title, url=default.url,
                               kind=default.kind.value, enabled=True, position=position,
                               etag="", modified="", error=""))
                    position += 1

    def list_feeds(self, include_disabled: bool = True) -> list[FeedData]:
        query = select(Feed).where(Feed.deleted_at.is_(None)).order_by(Feed.position, Feed.id)
        if not include_disabled:
            query = query.where(Feed.enabled.is_(True))
        with self._sf() as s:
            return [_to_data(row) for row in s.scalars(query)]

    def get(self, feed_id: int) -> FeedData:
        with self._sf() as s:
            return _to_data(load_live(s, Feed, feed_id))

    def validate(self, data: FeedInput) -> list[FieldError]:
        return feed_errors(data)

    def create(self, data: FeedInput) -> FeedData:
        refuse_invalid(feed_errors(data))
        with self._sf.begin() as s:
            row = Feed(key=None, position=_next_position(s), etag="", modified="", error="")
            _apply(row, data)
            s.add(row)
            s.flush()
            return _to_data(row)

    def update(self, feed_id: int, version: int, data: FeedInput) -> FeedData:
        refuse_invalid(feed_errors(data))
        return change(self._sf, Feed, feed_id, version, lambda r: _apply(r, data), _data)

    def set_enabled(self, feed_id: int, version: int, enabled: bool) -> FeedData:
        return change(self._sf, Feed, feed_id, version,
                      lambda row: setattr(row, "enabled", enabled), _data)

    def delete(self, feed_id: int, version: int) -> None:
        """To the trash (undo restores it); a deleted default is not added again."""
        change(self._sf, Feed, feed_id, version, mark_deleted, _data)

    def restore(self, feed_id: int) -> FeedData:
        with self._sf.begin() as s:
            row = load_deleted(s, Feed, feed_id)
            row.deleted_at = None
            s.flush()
            return _to_data(row)

    def purge_deleted(self) -> int:
        """Remove for good the trashed feeds of the manager's own and the items of every
        trashed feed. A trashed default keeps its (empty) row, so it is not added again."""
        with self._sf.begin() as s:
            gone = select(Feed.id).where(Feed.deleted_at.is_not(None))
            s.execute(delete(FeedItem).where(FeedItem.feed_id.in_(gone)))
            own = list(s.scalars(gone.where(Feed.key.is_(None))))
            s.execute(delete(Feed).where(Feed.id.in_(own)))
            return len(own)

    def reorder(self, ids: Sequence[int]) -> None:
        """The live feeds in the order of `ids` (a plain update: not an edit of the feed)."""
        with self._sf.begin() as s:
            for position, ident in enumerate(ids):
                s.execute(update(Feed).where(Feed.id == ident).values(position=position))

    def items(self, kinds: Sequence[FeedKind] | None = None, unread_only: bool = False,
              limit: int = SHOWN) -> list[ItemData]:
        """The items of the live feeds, newest first (published, else fetched)."""
        with self._sf() as s:
            rows = s.execute(_items_query(kinds, unread_only).limit(limit)).all()
            live = _live_posts(s, [item.idea_post_id for item, _ in rows])
            return [_item_data(item, feed, live) for item, feed in rows]

    def unread_count(self, limit: int = SHOWN) -> int:
        """The unread items the list can show (its "Unread" filter shows at most `limit`)."""
        shown = (select(FeedItem.id).join(Feed, Feed.id == FeedItem.feed_id)
                 .where(Feed.deleted_at.is_(None), FeedItem.read_at.is_(None)).limit(limit))
        with self._sf() as s:
            return s.scalar(select(func.count()).select_from(shown.subquery())) or 0

    def mark_read(self, item_ids: Sequence[int], read: bool = True) -> None:
        with self._sf.begin() as s:
            s.execute(update(FeedItem).where(FeedItem.id.in_(list(item_ids)))
                      .values(read_at=self._now() if read else None))

    def refresh_due(self, every: timedelta = REFRESH_EVERY) -> bool:
        """Some enabled feed was never read, or not within `every`."""
        oldest = self._now() - every
        with self._sf() as s:
            stale = s.scalar(select(func.count()).select_from(Feed).where(
                Feed.deleted_at.is_(None), Feed.enabled.is_(True),
                (Feed.fetched_at.is_(None)) | (Feed.fetched_at < oldest)))
        return bool(stale)

    def store(self, feed_id: int, result: FetchResult | FetchError) -> int:
        """A refresh's outcome in one unit: new items by guid, changed titles, the feed's
        validators and error; then the oldest read items past the cap go. The count of new
        items is returned."""
        now = self._now()
        with self._sf.begin() as s:
            feed = load_live(s, Feed, feed_id)
            feed.fetched_at = now
            if isinstance(result, FetchError):
                feed.error = result.stored
                return 0
            feed.error = ""
            if result.not_modified:
                return 0
            feed.etag, feed.modified = result.etag[:200], result.modified[:100]
            added = self._merge(s, feed_id, _newest(result, KEEP_PER_FEED, now), now)
            s.flush()
            self._trim(s, feed_id)
            return added

    @staticmethod
    def _merge(s: Session, feed_id: int, items: list[FetchedItem], now: datetime) -> int:
        known = {row.guid: row for row in s.scalars(
            select(FeedItem).where(FeedItem.feed_id == feed_id,
                                   FeedItem.guid.in_([i.guid for i in items])))}
        added = 0
        for item in items:
            row = known.get(item.guid)
            if row is None:
                s.add(FeedItem(feed_id=feed_id, guid=item.guid, title=item.title,
                               link=item.link, summary=item.summary,
                               published_at=item.published_at, fetched_at=now))
                added += 1
            elif row.title != item.title and item.title:
                row.title, row.summary = item.title, item.summary
        return added

    @staticmethod
    def _trim(s: Session, feed_id: int, keep: int = KEEP_PER_FEED) -> None:
        """Past `keep` items, the oldest go, read or not (a long feed must not pile up rows
        the list never shows); those made into ideas stay."""
        total = s.scalar(select(func.count()).select_from(FeedItem)
                         .where(FeedItem.feed_id == feed_id)) or 0
        if total <= keep:
            return
        when = func.coalesce(FeedItem.published_at, FeedItem.fetched_at)
        spare = s.scalars(select(FeedItem.id).where(
            FeedItem.feed_id == feed_id,
            FeedItem.idea_post_id.is_(None)).order_by(when, FeedItem.id).limit(total - keep))
        s.execute(delete(FeedItem).where(FeedItem.id.in_(list(spare))))

    def make_idea(self, item_id: int, brand_id: int) -> int:
        """An idea-bank post of `brand_id` from the item (its title the topic, the source and
        link in the notes), the item marked read and linked: one unit. The post id is returned.
        An item whose idea post is live -> AlreadyAnIdea (no second post)."""
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            item = s.get(FeedItem, item_id)
            if item is None:
                raise NotFound("FeedItem", item_id)
            if item.idea_post_id in _live_posts(s, [item.idea_post_id]):
                raise AlreadyAnIdea(item_id, item.idea_post_id or 0)
            feed = s.get_one(Feed, item.feed_id)
            data = PostInput(topic=item.title[:MAX_LENGTHS['topic']].strip() or feed.title,
                             notes_for_design=_idea_notes(item, feed))
            refuse_invalid(post_errors(s, brand_id, data))
            post = Post(brand_id=brand_id, position=bank_end(s, brand_id))
            apply_post(post, data)
            s.add(post)
            s.flush()
            item.idea_post_id, item.read_at = post.id, item.read_at or self._now()
            return post.id

    def unmake_idea(self, item_id: int, post_id: int, read_at: datetime | None) -> None:
        """Undo of make_idea, one unit: the post to the trash, the item unlinked and its read
        mark as it was before."""
        with self._sf.begin() as s:
            post = s.get(Post, post_id)
            if post is not None and post.deleted_at is None:
                mark_deleted(post)
            item = s.get(FeedItem, item_id)
            if item is not None and item.idea_post_id == post_id:
                item.idea_post_id, item.read_at = None, read_at

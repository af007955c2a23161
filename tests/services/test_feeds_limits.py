"""A long feed is trimmed to the cap whatever is read (ideas stay) and not re-added on the next
refresh; the unread count counts what the list can show; an item makes one idea only, and
the idea's undo unlinks it and puts its read mark back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import FeedItem, Post
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.feed_fetch import FetchedItem, FetchResult
from smm_desktop.services.feeds import KEEP_PER_FEED, SHOWN, AlreadyAnIdea, FeedInput, FeedService
from smm_desktop.services.posts import PostService
from smm_desktop.services.workspace import Workspace

NOW = datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def feeds(workspace: Workspace) -> FeedService:
    return FeedService(workspace.session_factory, now=lambda: NOW)


def _rows(workspace: Workspace) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(FeedItem)) or 0


def _big(count: int) -> FetchResult:
    start = datetime(2026, 1, 1)
    return FetchResult(tuple(FetchedItem(f"g{i}", f"Item {i}", "", "", start + timedelta(hours=i))
                             for i in range(count)))


def test_a_long_unread_feed_is_trimmed_and_not_re_added(workspace: Workspace,
                                                        feeds: FeedService) -> None:
    feed = feeds.create(FeedInput("Big", "file:///tmp/big.xml"))
    assert feeds.store(feed.id, _big(1000)) == KEEP_PER_FEED
    assert _rows(workspace) == KEEP_PER_FEED
    assert {i.guid for i in feeds.items(limit=1000)} == {f"g{i}" for i in range(700, 1000)}
    assert feeds.store(feed.id, _big(1000)) == 0  # the trimmed old ones do not come back
    assert _rows(workspace) == KEEP_PER_FEED
    assert feeds.unread_count() == SHOWN == len(feeds.items(unread_only=True))


def test_trim_goes_past_unread_items_but_keeps_ideas(workspace: Workspace,
                                                     feeds: FeedService) -> None:
    feed = feeds.create(FeedInput("Big", "file:///tmp/big.xml"))
    brand = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    feeds.store(feed.id, _big(KEEP_PER_FEED))
    oldest = feeds.items(limit=1000)[-1]
    feeds.make_idea(oldest.id, brand.id)
    newer = FetchResult(tuple(FetchedItem(f"n{i}", f"New {i}", "", "", NOW) for i in range(5)))
    feeds.store(feed.id, newer)  # nothing was read: the oldest unread go all the same
    kept = {i.guid for i in feeds.items(limit=1000)}
    assert len(kept) == KEEP_PER_FEED and "g0" in kept
    assert {f"g{i}" for i in range(1, 6)}.isdisjoint(kept)


def test_an_item_makes_one_idea_and_undo_puts_it_back(workspace: Workspace,
                                                      feeds: FeedService) -> None:
    feed = feeds.create(FeedInput("Big", "file:///tmp/big.xml"))
    brand = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    feeds.store(feed.id, _big(3))
    item = feeds.items()[0]
    post_id = feeds.make_idea(item.id, brand.id)
    assert feeds.items()[0].idea_live
    with pytest.raises(AlreadyAnIdea) as caught:
        feeds.make_idea(item.id, brand.id)
    assert caught.value.code == "already_an_idea" and caught.value.post_id == post_id
    feeds.unmake_idea(item.id, post_id, item.read_at)
    back = feeds.items()[0]
    assert (back.idea_post_id, back.read, back.idea_live) == (None, False, False)
    with workspace.session_factory() as s:
        assert s.get(Post, post_id).deleted_at is not None  # type: ignore[union-attr]
    again = feeds.make_idea(item.id, brand.id)  # redo: a new idea
    assert again != post_id and feeds.unread_count() == 2


def test_an_idea_whose_post_is_in_the_trash_can_be_made_again(workspace: Workspace,
                                                              feeds: FeedService) -> None:
    feed = feeds.create(FeedInput("Big", "file:///tmp/big.xml"))
    brand = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    feeds.store(feed.id, _big(1))
    item = feeds.items()[0]
    posts = PostService(workspace.session_factory)
    first = feeds.make_idea(item.id, brand.id)
    posts.delete(first, posts.get(first).version)
    assert not feeds.items()[0].idea_live
    assert feeds.make_idea(item.id, brand.id) != first

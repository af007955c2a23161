"""FeedService: the default list, edits and their validation, a refresh stored in one unit
(deduplicated by guid), read marks, trimming, and an item made into an idea-bank post."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Feed, FeedItem
from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.domain.feeds import DEFAULT_FEEDS, FeedKind
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.feed_fetch import FetchedItem, FetchError, FetchResult, fetch
from smm_desktop.services.feeds import KEEP_PER_FEED, FeedInput, FeedService
from smm_desktop.services.posts import PostService
from smm_desktop.services.workspace import Workspace

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
NOW = datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def feeds(workspace: Workspace) -> FeedService:
    return FeedService(workspace.session_factory, now=lambda: NOW)


def _own(feeds: FeedService, kind: FeedKind = FeedKind.NEWS) -> int:
    return feeds.create(FeedInput("Local", (FEEDS / "rss2.xml").as_uri(), kind)).id


def test_ensure_defaults_is_idempotent_and_a_deleted_default_stays_deleted(
        feeds: FeedService) -> None:
    feeds.ensure_defaults()
    feeds.ensure_defaults()
    listed = feeds.list_feeds()
    assert [f.key for f in listed] == [d.key for d in DEFAULT_FEEDS]
    assert [f.position for f in listed] == list(range(len(DEFAULT_FEEDS)))
    feeds.delete(listed[0].id, listed[0].version)
    feeds.purge_deleted()
    feeds.ensure_defaults()
    assert [f.key for f in feeds.list_feeds()] == [d.key for d in DEFAULT_FEEDS[1:]]


def test_validation(feeds: FeedService) -> None:
    assert feeds.validate(FeedInput(" ", "ftp://x.org/f")) == [
        FieldError("title", "required"), FieldError("url", "bad_url")]
    assert feeds.validate(FeedInput("x" * 201, "")) == [
        FieldError("title", "too_long", {"max": "200"}), FieldError("url", "required")]
    assert feeds.validate(FeedInput("Ok", "https://example.com/rss")) == []
    with pytest.raises(ValidationFailed):
        feeds.create(FeedInput("", "https://example.com/rss"))


def test_edit_disable_delete_restore_reorder(feeds: FeedService) -> None:
    one = feeds.create(FeedInput("One", "https://example.com/1"))
    two = feeds.create(FeedInput("Two", "https://example.com/2", FeedKind.PLATFORM))
    one = feeds.update(one.id, one.version, FeedInput("First", "https://example.com/one"))
    one = feeds.set_enabled(one.id, one.version, False)
    assert (one.title, one.enabled) == ("First", False)
    assert [f.id for f in feeds.list_feeds(include_disabled=False)] == [two.id]
    feeds.reorder([two.id, one.id])
    assert [f.id for f in feeds.list_feeds()] == [two.id, one.id]
    feeds.delete(two.id, two.version)
    assert [f.id for f in feeds.list_feeds()] == [one.id]
    feeds.restore(two.id)
    assert feeds.purge_deleted() == 0 and len(feeds.list_feeds()) == 2


def test_store_dedupes_by_guid_and_keeps_the_validators(feeds: FeedService) -> None:
    feed_id = _own(feeds)
    result = fetch(str(FEEDS / "rss2.xml"))
    assert feeds.store(feed_id, FetchResult(result.items, '"e1"', "Fri")) == 3
    renamed = FetchedItem("smt-2026-11-27-reels", "Renamed", "", "", None)
    assert feeds.store(feed_id, FetchResult((renamed, *result.items[1:]))) == 0
    items = feeds.items()
    assert len(items) == 3
    assert {i.title for i in items} >= {"Renamed"}
    assert [i.when for i in items] == sorted((i.when for i in items), reverse=True)
    assert items[0].feed_title == "Local" and items[0].kind is FeedKind.NEWS
    assert feeds.get(feed_id).fetched_at == NOW


def test_a_failed_refresh_keeps_the_items_and_notes_the_error(feeds: FeedService) -> None:
    feed_id = _own(feeds)
    feeds.store(feed_id, fetch(str(FEEDS / "rss2.xml")))
    feeds.store(feed_id, FetchError("x", "http", "404"))
    assert feeds.get(feed_id).error == "http: 404" and len(feeds.items()) == 3
    feeds.store(feed_id, FetchResult(not_modified=True))
    assert feeds.get(feed_id).error == ""


def test_mark_read_filters_and_kinds(feeds: FeedService) -> None:
    news = _own(feeds)
    platform = feeds.create(FeedInput("Ar", str((FEEDS / "atom_ar.xml").as_uri()),
                                      FeedKind.PLATFORM)).id
    feeds.store(news, fetch(str(FEEDS / "rss2.xml")))
    feeds.store(platform, fetch(str(FEEDS / "atom_ar.xml")))
    assert len(feeds.items(kinds=[FeedKind.PLATFORM])) == 2
    first = feeds.items()[0]
    feeds.mark_read([first.id])
    assert feeds.items()[0].read_at == NOW
    assert first.id not in {i.id for i in feeds.items(unread_only=True)}
    assert feeds.unread_count() == 4
    feeds.mark_read([first.id], read=False)
    assert feeds.unread_count() == 5


def test_refresh_due(feeds: FeedService) -> None:
    feed_id = _own(feeds)
    assert feeds.refresh_due()
    feeds.store(feed_id, FetchResult())
    assert not feeds.refresh_due()
    later = FeedService(feeds._sf, now=lambda: NOW + timedelta(hours=2))
    assert later.refresh_due()


def test_trimming_keeps_unread_and_idea_items(workspace: Workspace, feeds: FeedService) -> None:
    feed_id = _own(feeds)
    brand = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    start = datetime(2026, 1, 1)
    old = tuple(FetchedItem(f"g{i}", f"Item {i}", "", "", start + timedelta(hours=i))
                for i in range(KEEP_PER_FEED))
    feeds.store(feed_id, FetchResult(old))
    ids = [i.id for i in feeds.items(limit=1000)]
    oldest_first = ids[::-1]
    feeds.make_idea(oldest_first[0], brand.id)
    feeds.mark_read(oldest_first[:20])
    new = tuple(FetchedItem(f"n{i}", f"New {i}", "", "", NOW) for i in range(10))
    assert feeds.store(feed_id, FetchResult(new)) == 10
    kept = {i.guid for i in feeds.items(limit=1000)}
    assert len(kept) == KEEP_PER_FEED
    assert "g0" in kept  # made into an idea: kept though read
    assert {f"g{i}" for i in range(1, 11)}.isdisjoint(kept)  # the oldest read ones went
    assert {f"g{i}" for i in range(11, 20)} <= kept


def test_make_idea_is_an_idea_bank_post_with_the_link(workspace: Workspace,
                                                      feeds: FeedService) -> None:
    feed_id = _own(feeds)
    feeds.store(feed_id, fetch(str(FEEDS / "rss2.xml")))
    brand = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    item = feeds.items()[0]
    post_id = feeds.make_idea(item.id, brand.id)
    post = PostService(workspace.session_factory).get(post_id)
    assert post.topic == item.title and post.status is PostStatus.IDEA
    assert post.scheduled_at is None
    assert item.link in post.notes_for_design and "Local" in post.notes_for_design
    again = feeds.items()[0]
    assert again.idea_post_id == post_id and again.read
    assert [p.id for p in PostService(workspace.session_factory).idea_bank(brand.id)] == [post_id]


def test_make_idea_survives_a_reopen(workspace_location: Path, tmp_path: Path) -> None:
    workspace = Workspace.open(workspace_location, backup_dir=tmp_path / "backups")
    feeds = FeedService(workspace.session_factory, now=lambda: NOW)
    feed_id = _own(feeds)
    feeds.store(feed_id, fetch(str(FEEDS / "atom_ar.xml")))
    brand = BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))
    post_id = feeds.make_idea(feeds.items()[0].id, brand.id)
    workspace.close()
    reopened = Workspace.open(workspace_location, backup_dir=tmp_path / "backups")
    try:
        item = FeedService(reopened.session_factory).items()[0]
        assert item.idea_post_id == post_id and item.read_at == NOW
        post = PostService(reopened.session_factory).get(post_id)
        assert post.topic == "تيك توك تطلق أدوات جديدة للمعلنين في السعودية"
    finally:
        reopened.close()


def test_make_idea_of_a_long_title_cuts_the_topic(workspace: Workspace,
                                                  feeds: FeedService) -> None:
    feed_id = _own(feeds)
    feeds.store(feed_id, FetchResult((FetchedItem("g", "T" * 400, "https://x.org/a", "", None),)))
    brand = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    post_id = feeds.make_idea(feeds.items()[0].id, brand.id)
    assert len(PostService(workspace.session_factory).get(post_id).topic) == 200
    with workspace.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(FeedItem)) == 1
        assert s.scalar(select(func.count()).select_from(Feed)) == 1

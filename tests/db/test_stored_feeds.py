"""The feeds and items 0006_engagement_news stored read back through FeedService; workspaces
stored before it open with none, apart from the defaults ensure_defaults adds."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from smm_desktop.domain.feeds import DEFAULT_FEEDS, FeedKind
from smm_desktop.services.feeds import FeedService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
STORED_FILES = sorted(STORED.glob("*.smmws"))
HAS_FEEDS = "0006_engagement_news"


@pytest.fixture(params=STORED_FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param, workspace
    workspace.close()


def test_stored_feeds_read_back(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    feeds = FeedService(workspace.session_factory)
    if path.stem < HAS_FEEDS:
        assert feeds.list_feeds() == [] and feeds.items() == []
        feeds.ensure_defaults()
        assert [f.key for f in feeds.list_feeds()] == [d.key for d in DEFAULT_FEEDS]
        return
    assert [(f.id, f.key, f.title, f.url, f.kind, f.enabled, f.position, f.error)
            for f in feeds.list_feeds()] == [
        (1, "social_media_today", "Social Media Today",
         "https://www.socialmediatoday.com/feeds/news/", FeedKind.NEWS, True, 0, ""),
        (2, None, "مدونة التسويق", "https://example.org/ar/feed.xml", FeedKind.NEWS, False, 1,
         "HTTP 404")]
    first = feeds.get(1)
    assert (first.fetched_at, first.etag, first.modified) == (
        datetime(2026, 11, 28, 7), '"abc123"', "Sat, 28 Nov 2026 06:55:00 GMT")
    items = feeds.items()
    assert [(i.id, i.guid, i.title, i.feed_title, i.read_at, i.idea_post_id) for i in items] == [
        (2, "https://example.com/x-ads", "X changes ad formats", "Social Media Today", None, 3),
        (1, "smt-1", "Instagram tests longer Reels", "Social Media Today",
         datetime(2026, 11, 28, 7, 30), None)]
    assert items[1].published_at == datetime(2026, 11, 27, 15) and items[1].summary == (
        "Up to 3 minutes.")


def test_stored_defaults_are_completed_not_doubled(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    feeds = FeedService(workspace.session_factory)
    feeds.ensure_defaults()
    keys = [f.key for f in feeds.list_feeds() if f.key]
    assert sorted(keys) == sorted(d.key for d in DEFAULT_FEEDS)
    if path.stem >= HAS_FEEDS:
        assert feeds.list_feeds()[0].id == 1  # the stored default was kept, not added again

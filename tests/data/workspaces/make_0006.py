"""Write 0006_engagement_news.smmws: a workspace as revision 0006_engagement_news stored it.
Run once, keep it.

    .venv/bin/python tests/data/workspaces/make_0006.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
0005's sample again (its rows come from make_0005.py), and on top: engagement days for two
accounts (one with a response time, one with none and a note), a feed of the default list, one
of the manager's own (disabled, with its last error) and a trashed one, and items (one read, one
turned into an idea-bank post).
tests/db/test_stored_revisions.py opens every stored file with today's app and expects this sample.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from smm_desktop.db import migrate
from smm_desktop.db.engine import create_workspace_engine, sqlite_url

HERE = Path(__file__).resolve().parent
REVISION = "0006_engagement_news"
TARGET = HERE / f"{REVISION}.smmws"


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M5 = _load("make_0005")
STAMP = M5.STAMP

# (id, account_id, day, mentions, comments, messages, interactions, response_minutes, note)
ENGAGEMENT = [
    (1, 1, "2026-11-27", 4, 12, 3, 20, 35, ""),
    (2, 1, "2026-11-28", 1, 5, 0, 8, None, "ردود على مسابقة الجمعة"),
    (3, 3, "2026-11-27", 0, 9, 6, 15, 90, "Two complaints about a late delivery"),
]
# (id, key, title, url, kind, enabled, position, fetched_at, etag, modified, error, deleted_at)
FEEDS = [
    (1, "social_media_today", "Social Media Today", "https://www.socialmediatoday.com/feeds/news/",
     "news", 1, 0, "2026-11-28 07:00:00.000000", '"abc123"', "Sat, 28 Nov 2026 06:55:00 GMT",
     "", None),
    (2, None, "مدونة التسويق", "https://example.org/ar/feed.xml", "news", 0, 1, None, "", "",
     "HTTP 404", None),
    (3, None, "An old feed", "https://example.com/old.rss", "platform", 1, 2, None, "", "", "",
     STAMP),
]
# (id, feed_id, guid, title, link, summary, published_at, fetched_at, read_at, idea_post_id)
ITEMS = [
    (1, 1, "smt-1", "Instagram tests longer Reels", "https://example.com/reels", "Up to 3 minutes.",
     "2026-11-27 15:00:00.000000", "2026-11-28 07:00:00.000000",
     "2026-11-28 07:30:00.000000", None),
    (2, 1, "https://example.com/x-ads", "X changes ad formats", "https://example.com/x-ads", "",
     None, "2026-11-28 07:00:00.000000", None, 3),
]


def _insert_0006(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO engagement_day (id, account_id, day, mentions, comments, messages, "
        "interactions, response_minutes, note, version, created_at, updated_at, deleted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)",
        [(*e, STAMP, STAMP) for e in ENGAGEMENT])
    conn.executemany(
        "INSERT INTO feed (id, key, title, url, kind, enabled, position, fetched_at, etag, "
        "modified, error, version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, 1, ?, ?, ?)", [(*f[:11], STAMP, STAMP, f[11]) for f in FEEDS])
    conn.executemany(
        "INSERT INTO feed_item (id, feed_id, guid, title, link, summary, published_at, "
        "fetched_at, read_at, idea_post_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ITEMS)


def main() -> int:
    if TARGET.exists():
        print(f"{TARGET} exists; stored workspaces are written once.", file=sys.stderr)
        return 1
    engine = create_workspace_engine(sqlite_url(TARGET))
    migrate.upgrade(engine, REVISION)
    engine.dispose()
    with closing(sqlite3.connect(TARGET)) as conn:
        with conn:
            conn.execute("PRAGMA foreign_keys=ON")
            m4 = M5.M4
            m3, m2 = m4.M3, m4.M3.M2
            m2._insert_brands(conn)
            m2._insert_strategy(conn)
            m2._insert_audience(conn)
            m3._insert_0003(conn)
            m4._insert_0004(conn)
            M5._insert_0005(conn)
            _insert_0006(conn)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

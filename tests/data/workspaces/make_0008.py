"""Write 0008_numbers.smmws: a workspace as revision 0008_numbers stored it. Run once, keep it.

    .venv/bin/python tests/data/workspaces/make_0008.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
0007's sample again (its rows come from make_0007.py), and on top: a post found only in an export
(origin "import"), post metrics (one imported with the platform's id and link, one typed by hand
with numbers missing), two import logs (one undone) with the rows they wrote, a campaign with
three days of results (one imported), and a column mapping remembered for a file's header.
Posts made before 0008 read with origin "plan".
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
REVISION = "0008_numbers"
TARGET = HERE / f"{REVISION}.smmws"


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M7 = _load("make_0007")
STAMP = M7.STAMP

# (id, brand_id, account_id, file_name, file_hash, platform, kind, first_day, last_day,
#  imported_at, added, updated, skipped, undone_at, summary)
IMPORTS = [
    (1, 1, 1, "Nov-27-2026_Instagram_posts.csv", "a" * 64, "instagram", "post_metrics",
     "2026-11-01", "2026-11-27", "2026-11-28 07:10:00.000000", 2, 0, 1, None,
     '{"encoding": "utf-8-sig"}'),
    (2, 2, None, "ads.csv", "b" * 64, "meta_ads", "campaign_daily", "2026-11-20", "2026-11-21",
     "2026-11-28 07:20:00.000000", 1, 0, 0, "2026-11-28 07:25:00.000000", ""),
]
# A post found only in the export: published, never planned.
IMPORTED_POST = (5, 1, "مساء الجمعة في الفرع", "published", "2026-11-27 20:15:00.000000")
# (id, post_id, account_id, external_id, permalink, as_of, impressions, reach, likes, comments,
#  shares, saves, clicks, video_views, watch_seconds, follows, profile_visits, engagements,
#  source, import_id)
METRICS = [
    (1, 5, 1, "17890000000000001", "https://www.instagram.com/p/C0ffee/", "2026-11-27", 5400,
     4100, 380, 42, 12, 30, None, None, None, 6, 55, 464, "import", 1),
    (2, 1, 2, "", "", "2026-11-28", None, 900, 45, 3, None, None, None, None, None, None, None,
     None, "manual", None),
]
# (import_id, table_name, row_id, before)
CHANGES = [
    (1, "post", 5, None),
    (1, "post_metric", 1, None),
    (1, "snapshot", 1, '{"value": 1000.0, "source": "manual"}'),
]
# (id, brand_id, platform, name, external_name, objective, budget, currency, start_day, end_day,
#  status, social_goal_id, notes, deleted_at)
CAMPAIGNS = [
    (1, 2, "instagram", "Christmas wreaths", "XMAS_Wreaths_2026_Conv", "sales", 600.0, "GBP",
     "2026-11-20", "2026-12-20", "active", 2, "Retargeting site visitors", None),
    (2, 2, None, "Old test", "", "", None, "", None, None, "ended", None, "", STAMP),
]
# (id, campaign_id, day, spend, impressions, reach, clicks, conversions, revenue, import_id)
CAMPAIGN_DAYS = [
    (1, 1, "2026-11-20", 19.5, 8200, 6100, 95, 3, 135.0, 2),
    (2, 1, "2026-11-21", 21.0, 8900, 6400, 102, 4, None, None),
    (3, 1, "2026-11-22", None, None, None, None, None, None, None),
]
MAPPINGS = [
    (1, "c" * 64, "Shop analytics export", "instagram", "post_metrics",
     '{"Post link": "permalink", "Views": "impressions"}'),
]


def _insert_0008(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO import_log (id, brand_id, account_id, file_name, file_hash, platform, kind, "
        "first_day, last_day, imported_at, rows_added, rows_updated, rows_skipped, undone_at, "
        "summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", IMPORTS)
    conn.execute(
        "INSERT INTO post (id, brand_id, topic, status, scheduled_at, caption, hashtags, "
        "call_to_action, notes_for_design, asset_owner, occasion, experiment, approval, "
        "approval_note, published_url, lessons, position, origin, version, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, '', '', '', '', '', '', 0, 'not_needed', '', '', '', "
        "0, 'import', 1, ?, ?)", (*IMPORTED_POST, STAMP, STAMP))
    conn.execute("INSERT INTO post_account (post_id, account_id) VALUES (5, 1)")
    conn.executemany(
        "INSERT INTO post_metric (id, post_id, account_id, external_id, permalink, as_of, "
        "impressions, reach, likes, comments, shares, saves, clicks, video_views, watch_seconds, "
        "follows, profile_visits, engagements, source, import_id, version, created_at, "
        "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, 1, ?, ?, NULL)", [(*m, STAMP, STAMP) for m in METRICS])
    conn.executemany("INSERT INTO import_change (import_id, table_name, row_id, before) "
                     "VALUES (?, ?, ?, ?)", CHANGES)
    conn.executemany(
        "INSERT INTO campaign (id, brand_id, platform, name, external_name, objective, budget, "
        "currency, start_day, end_day, status, social_goal_id, notes, version, created_at, "
        "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
        [(*c[:13], STAMP, STAMP, c[13]) for c in CAMPAIGNS])
    conn.executemany(
        "INSERT INTO campaign_day (id, campaign_id, day, spend, impressions, reach, clicks, "
        "conversions, revenue, import_id, version, created_at, updated_at, deleted_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)", [(*d, STAMP, STAMP) for d in CAMPAIGN_DAYS])
    conn.executemany(
        "INSERT INTO column_mapping (id, signature, label, platform, kind, mapping, version, "
        "created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)",
        [(*m, STAMP, STAMP) for m in MAPPINGS])


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
            m6 = M7.M6
            m5 = m6.M5
            m4 = m5.M4
            m3, m2 = m4.M3, m4.M3.M2
            m2._insert_brands(conn)
            m2._insert_strategy(conn)
            m2._insert_audience(conn)
            m3._insert_0003(conn)
            m4._insert_0004(conn)
            m5._insert_0005(conn)
            m6._insert_0006(conn)
            M7._insert_0007(conn)
            _insert_0008(conn)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write 0004_content.smmws: a workspace as revision 0004_content stored it. Run once, keep it.

    .venv/bin/python tests/data/workspaces/make_0004.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
0003's sample again (its rows come from make_0003.py, which takes 0002's), and on top: pillars (one
trashed), posting slots, posts on the calendar and in the idea bank (one going to two accounts,
one with attachments, one trashed) and a brand occasion.
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
REVISION = "0004_content"
TARGET = HERE / f"{REVISION}.smmws"


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M3 = _load("make_0003")
STAMP = M3.STAMP

# (id, brand_id, name, colour, target_share, description, position, deleted_at)
PILLARS = [
    (1, 1, "أجواء المذاكرة", "#5B3A29", 40, "", 0, None),
    (2, 1, "القهوة المختصة", "#D9A441", 35, "", 1, None),
    (3, 2, "Weddings", "#2F5D50", 50, "Real weddings and planner tips", 0, None),
    (4, 2, "Old pillar", "", None, "", 1, STAMP),
]
# (account_id, weekday, time_of_day)
SLOTS = [(1, 6, "19:00:00.000000"), (1, 1, "19:00:00.000000"), (3, 3, "12:30:00.000000")]
# (id, brand_id, topic, status, scheduled_at, social_goal_id, content_type, purpose, persona_id,
#  pillar_id, call_to_action, caption, hashtags, approval, position, deleted_at)
POSTS = [
    (1, 1, "ركن المذاكرة الجديد", "scheduled", "2026-12-06 19:00:00.000000", 1, "short_video",
     "awareness", 1, 1, "احجز طاولتك", "ركن هادئ للمذاكرة حتى منتصف الليل", "#قهوة_مختصة",
     "approved", 0, None),
    (2, 2, "Bridal bouquet of the week", "ready", "2026-12-03 12:30:00.000000", 2, "carousel",
     "sales", 3, 3, "Order by Friday", "Peonies in December? Yes.", "#weddingflowers",
     "pending", 0, None),
    (3, 2, "Behind the scenes at 5am", "idea", None, None, None, None, None, None, "", "", "",
     "not_needed", 0, None),
    (4, 2, "A trashed draft", "draft", "2026-12-10 09:00:00.000000", None, "image", None, None,
     None, "", "", "", "not_needed", 1, STAMP),
]
# (post_id, account_id)
POST_ACCOUNTS = [(1, 1), (2, 3), (2, 4), (4, 3)]
# (post_id, path, position)
ATTACHMENTS = [(2, "/home/me/Pictures/bouquet-1.jpg", 0), (2, "/home/me/Pictures/gone.jpg", 1)]
# (brand_id, name, day, yearly, notes)
OCCASIONS = [(1, "ذكرى افتتاح المقهى", "2019-03-14", 1, ""),
             (2, "Second shop opens", "2027-02-01", 0, "Didsbury")]


def _insert_0004(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO pillar (id, brand_id, name, colour, target_share, description, position, "
        "version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
        [(*p[:7], STAMP, STAMP, p[7]) for p in PILLARS])
    conn.executemany("INSERT INTO posting_slot (account_id, weekday, time_of_day) "
                     "VALUES (?, ?, ?)", SLOTS)
    conn.executemany(
        "INSERT INTO post (id, brand_id, topic, status, scheduled_at, social_goal_id, "
        "content_type, purpose, persona_id, pillar_id, call_to_action, caption, hashtags, "
        "notes_for_design, asset_owner, asset_due, occasion, experiment, approval, "
        "approval_note, published_url, lessons, position, version, created_at, updated_at, "
        "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', NULL, '', 0, ?, '', "
        "'', '', ?, 1, ?, ?, ?)",
        [(*p[:15], STAMP, STAMP, p[15]) for p in POSTS])
    conn.executemany("INSERT INTO post_account (post_id, account_id) VALUES (?, ?)",
                     POST_ACCOUNTS)
    conn.executemany("INSERT INTO post_attachment (post_id, path, position) VALUES (?, ?, ?)",
                     ATTACHMENTS)
    conn.executemany(
        "INSERT INTO brand_occasion (brand_id, name, day, yearly, notes, version, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
        [(*o, STAMP, STAMP) for o in OCCASIONS])


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
            M3.M2._insert_brands(conn)
            M3.M2._insert_strategy(conn)
            M3.M2._insert_audience(conn)
            M3._insert_0003(conn)
            _insert_0004(conn)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write 0007_competitors.smmws: a workspace as revision 0007_competitors stored it. Run once,
keep it.

    .venv/bin/python tests/data/workspaces/make_0007.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
0006's sample again (its rows come from make_0006.py), and on top: two competitors of brand 1
(one archived, with a logo) and one of brand 2 (trashed), their accounts (one trashed), snapshots
(one with every count, one with counts missing, a notable post with a screenshot file), the
monitoring log and a strategy guess resting on two of its lines.
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
REVISION = "0007_competitors"
TARGET = HERE / f"{REVISION}.smmws"


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M6 = _load("make_0006")
STAMP = M6.STAMP
LOGO = M6.M5.M4.M3.M2.tiny_png()

# (id, brand_id, name, website, positioning, strengths, weaknesses, to_learn, to_avoid, notes,
#  archived, position, deleted_at)
COMPETITORS = [
    (1, 1, "بن الديرة", "https://example.com/bin", "قهوة مختصة للطلاب بأسعار أقل",
     "ردود سريعة على التعليقات", "صور متفاوتة الجودة", "مسابقات الجمعة", "الخصومات المبالغ فيها",
     "", 0, 0, None),
    (2, 1, "Old Roasters", "", "", "", "", "", "", "Closed in 2026", 1, 1, None),
    (3, 2, "Petal Post", "https://example.com/petal", "Same-day flowers in Manchester", "", "",
     "", "", "", 0, 0, STAMP),
]
# (id, competitor_id, platform, handle, profile_url, deleted_at)
ACCOUNTS = [
    (1, 1, "instagram", "bin.aldeira", "https://www.instagram.com/bin.aldeira/", None),
    (2, 1, "tiktok", "binaldeira", "", None),
    (3, 2, "instagram", "oldroasters", "", STAMP),
    (4, 3, "instagram", "petalpost", "", None),
]
# (id, account_id, day, period_days, followers, posts, likes, comments, shares, views, hashtags,
#  content_types, notable_link, notable_file, notable_note)
SNAPSHOTS = [
    (1, 1, "2026-11-21", 7, 18400, 5, 2300, 180, 40, 52000, "#قهوة #الرياض", "reel,carousel",
     "https://www.instagram.com/p/xyz/", "/home/m/shots/bin-reel.png", "ريل الباريستا نجح"),
    (2, 1, "2026-11-28", 7, 18650, 4, None, None, None, None, "#قهوة", "", "", "", ""),
    (3, 2, "2026-11-28", 7, 5200, 3, 900, 35, 12, 40000, "", "short_video", "", "", ""),
]
# (id, competitor_id, day, text, link, deleted_at)
OBSERVATIONS = [
    (1, 1, "2026-11-20", "أطلقوا سلسلة «قهوة الاختبارات» من اليوم الأول", "", None),
    (2, 1, "2026-11-25", "They answered comments within an hour", "https://example.com/a", None),
    (3, 1, "2026-11-26", "A line put in the trash", "", STAMP),
]
# (id, competitor_id, quarter, focus, frequency, formats, note, evidence)
GUESSES = [
    (1, 1, "2026-Q4", "الطلاب في موسم الاختبارات", "٤–٥ منشورات أسبوعيًا", "reel, carousel",
     "", "1,2"),
]


def _insert_0007(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO competitor (id, brand_id, name, website, logo_png, positioning, strengths, "
        "weaknesses, to_learn, to_avoid, notes, archived, position, version, created_at, "
        "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
        [(*c[:4], LOGO if c[0] == 2 else None, *c[4:12], STAMP, STAMP, c[12])
         for c in COMPETITORS])
    conn.executemany(
        "INSERT INTO competitor_account (id, competitor_id, platform, handle, handle_key, "
        "profile_url, version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, 1, "
        "?, ?, ?)", [(*a[:4], a[3].casefold(), a[4], STAMP, STAMP, a[5]) for a in ACCOUNTS])
    conn.executemany(
        "INSERT INTO competitor_snapshot (id, account_id, day, period_days, followers, posts, "
        "likes, comments, shares, views, hashtags, content_types, notable_link, notable_file, "
        "notable_note, version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)", [(*n, STAMP, STAMP) for n in SNAPSHOTS])
    conn.executemany(
        "INSERT INTO competitor_observation (id, competitor_id, day, text, link, version, "
        "created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
        [(*o[:5], STAMP, STAMP, o[5]) for o in OBSERVATIONS])
    conn.executemany(
        "INSERT INTO competitor_guess (id, competitor_id, quarter, focus, frequency, formats, "
        "note, evidence, version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, 1, ?, ?, NULL)", [(*g, STAMP, STAMP) for g in GUESSES])


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
            m5 = M6.M5
            m4 = m5.M4
            m3, m2 = m4.M3, m4.M3.M2
            m2._insert_brands(conn)
            m2._insert_strategy(conn)
            m2._insert_audience(conn)
            m3._insert_0003(conn)
            m4._insert_0004(conn)
            m5._insert_0005(conn)
            M6._insert_0006(conn)
            _insert_0007(conn)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

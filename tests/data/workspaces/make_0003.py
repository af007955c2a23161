"""Write 0003_review.smmws: a workspace as revision 0003_review stored it. Run once, keep it.

    .venv/bin/python tests/data/workspaces/make_0003.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
0002's sample again (its rows come from make_0002.py), and on top: chosen platforms, an account
audit with its checklist, a brand guide with bios and hashtag sets (one trashed), a consistency
check, a completed quarterly review with goal results and its experiments.
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
REVISION = "0003_review"
TARGET = HERE / f"{REVISION}.smmws"


def _load_0002():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_0002", HERE / "make_0002.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M2 = _load_0002()
STAMP = M2.STAMP

# (brand_id, platform, reason, position)
CHOSEN_PLATFORMS = [
    (1, "instagram", "طالبات الجامعة يقضين وقتهن على إنستغرام وسناب", 0),
    (1, "snapchat", "", 1),
    (2, "pinterest", "Wedding planners collect ideas there", 0),
]
# (id, account_id, audited_on, posts_last_90_days, best_posts, failed_before, notes)
AUDITS = [
    (1, 1, "2026-09-28", 24, "صور اللاتيه آرت", "العروض النصية الطويلة", "أول تدقيق"),
    (2, 4, "2026-11-01", None, "", "", ""),
]
# (audit_id, item, result, note)
AUDIT_CHECKS = [
    (1, "bio_link", "fix", "الرابط قديم"),
    (1, "images", "pass", ""),
    (1, "pinned", "unchecked", ""),
    (2, "bio_link", "pass", ""),
]
# (brand_id, voice, tone, words_to_use, words_to_avoid)
GUIDES = [
    (2, "A friendly florist next door", "Warm, light, never pushy", "fresh\nhand-tied",
     "cheap\ndiscount"),
]
# (brand_id, platform, display_name, bio, link)
BIOS = [
    (2, "instagram", "Bloom & Co.", "Same-day flowers in Manchester", "https://bloomandco.co.uk"),
    (1, "instagram", "مقهى النخيل", "مكانك الهادئ للمذاكرة", ""),
]
# (id, brand_id, name, tags, position, deleted_at)
HASHTAG_SETS = [
    (1, 2, "Weddings", "#weddingflowers\n#manchesterwedding", 0, None),
    (2, 2, "Old set", "#old", 1, STAMP),
    (3, 1, "القهوة", "#قهوة_مختصة\n#الرياض", 0, None),
]
# (id, brand_id, checked_on, notes)
CHECKS = [(1, 2, "2026-10-01", "Facebook picture is the old logo")]
# (check_id, account_id, aspect, result, note)
CHECK_ITEMS = [(1, 3, "name", "pass", ""), (1, 4, "picture", "fix", "old logo")]
# (id, brand_id, kind, period_start, period_end, what_worked, what_did_not, next_actions,
#  completed_at)
REVIEWS = [
    (1, 2, "quarterly", "2026-07-01", "2026-09-30", "Summer ads", "Stories", "More reels", STAMP),
    (2, 1, "quarterly", "2026-10-01", "2026-12-31", "", "", "", None),
]
# (review_id, goal_id, goal_title, metric, baseline_value, target_value, final_value, outcome,
#  notes)
RESULTS = [
    (1, 3, "Messages before Mother's Day", "messages", 50.0, 80.0, 86.0, "achieved", "Ads"),
    (1, None, "A deleted goal", "reach", 100.0, 200.0, 150.0, "missed", ""),
]
# (id, brand_id, review_id, idea, hypothesis, measure, status, result, start_date, end_date,
#  position)
EXPERIMENTS = [
    (1, 2, 1, "Live flower arranging", "Lives bring messages", "messages in the week", "done",
     "+12 messages", "2026-08-01", "2026-08-07", 0),
    (2, 1, None, "مسابقة أفضل ركن مذاكرة", "", "", "planned", "", None, None, 0),
]


def _versioned(rows: list[tuple], deleted_last: bool = False) -> list[tuple]:
    if deleted_last:
        return [(*r[:-1], STAMP, STAMP, r[-1]) for r in rows]
    return [(*r, STAMP, STAMP) for r in rows]


def _insert_0003(conn: sqlite3.Connection) -> None:
    stamps = "1, ?, ?"
    conn.executemany("INSERT INTO chosen_platform (brand_id, platform, reason, position, version, "
                     f"created_at, updated_at) VALUES (?, ?, ?, ?, {stamps})",
                     _versioned(CHOSEN_PLATFORMS))
    conn.executemany("INSERT INTO account_audit (id, account_id, audited_on, posts_last_90_days, "
                     "best_posts, failed_before, notes, version, created_at, updated_at) "
                     f"VALUES (?, ?, ?, ?, ?, ?, ?, {stamps})", _versioned(AUDITS))
    conn.executemany("INSERT INTO audit_check (audit_id, item, result, note) VALUES (?, ?, ?, ?)",
                     AUDIT_CHECKS)
    conn.executemany("INSERT INTO brand_guide (brand_id, voice, tone, words_to_use, "
                     f"words_to_avoid, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                     f"{stamps})", _versioned(GUIDES))
    conn.executemany("INSERT INTO platform_bio (brand_id, platform, display_name, bio, link, "
                     f"version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, {stamps})",
                     _versioned(BIOS))
    conn.executemany("INSERT INTO hashtag_set (id, brand_id, name, tags, position, version, "
                     f"created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, {stamps}, ?)",
                     _versioned(HASHTAG_SETS, deleted_last=True))
    conn.executemany("INSERT INTO consistency_check (id, brand_id, checked_on, notes, version, "
                     f"created_at, updated_at) VALUES (?, ?, ?, ?, {stamps})", _versioned(CHECKS))
    conn.executemany("INSERT INTO consistency_item (check_id, account_id, aspect, result, note) "
                     "VALUES (?, ?, ?, ?, ?)", CHECK_ITEMS)
    conn.executemany("INSERT INTO review (id, brand_id, kind, period_start, period_end, "
                     "what_worked, what_did_not, next_actions, completed_at, version, "
                     f"created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, {stamps})",
                     _versioned(REVIEWS))
    conn.executemany("INSERT INTO review_goal_result (review_id, goal_id, goal_title, metric, "
                     "baseline_value, target_value, final_value, outcome, notes) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", RESULTS)
    conn.executemany("INSERT INTO experiment (id, brand_id, review_id, idea, hypothesis, measure, "
                     "status, result, start_date, end_date, position, version, created_at, "
                     f"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {stamps})",
                     _versioned(EXPERIMENTS))


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
            M2._insert_brands(conn)
            M2._insert_strategy(conn)
            M2._insert_audience(conn)
            _insert_0003(conn)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

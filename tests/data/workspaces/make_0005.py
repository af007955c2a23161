"""Write 0005_agenda.smmws: a workspace as revision 0005_agenda stored it. Run once, keep it.

    .venv/bin/python tests/data/workspaces/make_0005.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
0004's sample again (its rows come from make_0004.py), and on top: two default routines (one
disabled) and one of the manager's own, check-offs for two brands over three periods, and tasks
(one done, one without a brand, one trashed).
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
REVISION = "0005_agenda"
TARGET = HERE / f"{REVISION}.smmws"


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M4 = _load("make_0004")
STAMP = M4.STAMP

# (id, key, title, why, cadence, weekday, month_day, screen, enabled, position, deleted_at)
ROUTINES = [
    (1, "daily_check_plan", "Check the plan is current", "Today's posts are ready", "daily",
     None, None, "calendar", 1, 0, None),
    (2, "weekly_review_strategy", "Review the strategy", "Keep the plan on the goals", "weekly",
     6, None, "strategy/goals", 0, 1, None),
    (3, None, "Call the café owner", "She wants a weekly word", "weekly", 3, None, "", 1, 2, None),
    (4, None, "An old routine", "", "monthly", None, 15, "", 1, 3, STAMP),
]
# (routine_id, brand_id, period, done_at, note)
CHECKS = [
    (1, 1, "2026-11-27", "2026-11-27 08:10:00.000000", ""),
    (1, 2, "2026-11-27", "2026-11-27 08:40:00.000000", "Two posts moved"),
    (3, 1, "W2026-11-22", "2026-11-25 16:00:00.000000", "تم الاتصال"),
]
# (id, brand_id, title, due, note, done_at, deleted_at)
TASKS = [
    (1, 1, "اطلب صور المنيو الجديد", "2026-12-01", "من المصمم", None, None),
    (2, None, "Renew the scheduling tool", "2026-12-15", "", None, None),
    (3, 2, "Send the November report", "2026-11-30", "", "2026-11-28 09:00:00.000000", None),
    (4, 2, "A trashed task", None, "", None, STAMP),
]


def _insert_0005(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO routine (id, key, title, why, cadence, weekday, month_day, screen, enabled, "
        "position, version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, 1, ?, ?, ?)", [(*r[:10], STAMP, STAMP, r[10]) for r in ROUTINES])
    conn.executemany("INSERT INTO routine_check (routine_id, brand_id, period, done_at, note) "
                     "VALUES (?, ?, ?, ?, ?)", CHECKS)
    conn.executemany(
        "INSERT INTO task (id, brand_id, title, due, note, done_at, version, created_at, "
        "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
        [(*t[:6], STAMP, STAMP, t[6]) for t in TASKS])


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
            m3, m2 = M4.M3, M4.M3.M2
            m2._insert_brands(conn)
            m2._insert_strategy(conn)
            m2._insert_audience(conn)
            m3._insert_0003(conn)
            M4._insert_0004(conn)
            _insert_0005(conn)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

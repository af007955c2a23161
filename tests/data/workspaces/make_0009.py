"""Write 0009_reports.smmws: a workspace as revision 0009_reports stored it. Run once, keep it.

    .venv/bin/python tests/data/workspaces/make_0009.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
0008's sample again (its rows come from make_0008.py), and on top: report templates of brand 1
(a weekly one with its sections, accounts and report day, a monthly one on Letter paper with the
app's name) and email templates in English and Arabic.
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
REVISION = "0009_reports"
TARGET = HERE / f"{REVISION}.smmws"


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M8 = _load("make_0008")
STAMP = M8.STAMP

# (id, brand_id, kind, sections, account_ids, paper, app_branding, report_day, deleted_at)
TEMPLATES = [
    (1, 1, "weekly", '["summary", "content", "campaigns", "notes"]', "[1]", "auto", 0, 6, None),
    (2, 1, "monthly", '["summary", "growth", "content", "competitors", "engagement", "next", '
     '"notes"]', "", "letter", 1, None, None),
]
# (id, language, subject, body)
EMAILS = [
    (1, "en", "{brand}: {kind} report, {period}", "Hello,\n\nThe {kind} report is attached."),
    (2, "ar", "{brand}: تقرير {period}", "مرحبًا،\n\nمرفق التقرير."),
]


def _insert_0009(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO report_template (id, brand_id, kind, sections, account_ids, paper, "
        "app_branding, report_day, version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, "
        "?, ?, ?, ?, ?, 1, ?, ?, ?)", [(*t[:8], STAMP, STAMP, t[8]) for t in TEMPLATES])
    conn.executemany(
        "INSERT INTO email_template (id, language, subject, body, version, created_at, "
        "updated_at, deleted_at) VALUES (?, ?, ?, ?, 1, ?, ?, NULL)",
        [(*e, STAMP, STAMP) for e in EMAILS])


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
            m7 = M8.M7
            m6 = m7.M6
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
            m7._insert_0007(conn)
            M8._insert_0008(conn)
            _insert_0009(conn)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

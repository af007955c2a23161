"""Write 0002_strategy.smmws: a workspace as revision 0002_strategy stored it. Run once, keep it.

    .venv/bin/python tests/data/workspaces/make_0002.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
The brands and accounts are 0001's sample again; on top: business and social goals (a draft, a
platform-wide one, one closed by hand, one whose business goal is in the trash), snapshots from
each source, and personas (Arabic text, an archived one, a deleted one) with platform shares.
tests/db/test_stored_revisions.py opens every stored file with today's app and expects this sample.
"""

from __future__ import annotations

import sqlite3
import struct
import sys
import zlib
from contextlib import closing
from pathlib import Path

from smm_desktop.db import migrate
from smm_desktop.db.engine import create_workspace_engine, sqlite_url

REVISION = "0002_strategy"
TARGET = Path(__file__).resolve().parent / f"{REVISION}.smmws"
STAMP = "2026-11-01 09:00:00.000000"

# As in make_0001.py: (id, name, country, languages, colours, report_recipients, archived, deleted)
BRANDS = [
    (1, "مقهى النخيل", "SA", "ar", "#5B3A29\n#D9A441", "marketing@nakheel-cafe.sa", 0, None),
    (2, "Bloom & Co.", "GB", "en", "#2F5D50", "owner@bloomandco.co.uk\nops@bloomandco.co.uk", 0,
     None),
    (3, "Old Client", "", "", "", "", 1, None),
]
# (id, brand_id, platform, handle, profile_url, archived, deleted_at)
ACCOUNTS = [
    (1, 1, "instagram", "nakheel.cafe", "https://www.instagram.com/nakheel.cafe/", 0, None),
    (2, 1, "x", "NakheelCafe", "", 1, None),
    (3, 2, "instagram", "bloomandco", "", 0, None),
    (4, 2, "facebook", "BloomAndCoFlorists", "", 0, None),
    (5, 2, "tiktok", "bloom.gone", "", 0, STAMP),
    (6, 3, "linkedin", "old-client", "", 0, None),
]
# (id, brand_id, kind, description, position, deleted_at)
BUSINESS_GOALS = [
    (1, 1, "awareness", "أن يعرف طلاب الجامعة أن المقهى مكان هادئ للمذاكرة", 0, None),
    (2, 2, "sales", "More same-day delivery orders from Instagram", 0, None),
    (3, 2, "new_audience", "Offices ordering weekly flowers", 1, STAMP),
]
# (id, brand_id, account_id, platform, title, metric, baseline_value, baseline_date,
#  target_kind, target_value, start_date, deadline, business_goal_id, why_realistic,
#  closed_as, notes)
SOCIAL_GOALS = [
    (1, 1, 1, "instagram", "متابعو إنستغرام +٣٠٪", "followers", 1000.0, "2026-10-01",
     "percent", 30.0, "2026-10-01", "2027-01-29", 1, "نمونا ١٠٪ في الربع الماضي ونضيف إعلانات",
     None, ""),
    (2, 2, None, "instagram", "Reach 100k on Instagram", "reach", 20000.0, "2026-09-01",
     "absolute", 100000.0, "2026-09-01", "2026-12-10", 2, "", None, "All our Instagram accounts"),
    (3, 2, 4, "facebook", "Messages before Mother's Day", "messages", 50.0, "2026-06-01",
     "absolute", 80.0, "2026-06-01", "2026-08-31", 3, "Ads ran all summer", "achieved", ""),
    (4, 1, None, None, "هدف تيك توك", None, None, None, "absolute", None, None, None, None, "",
     None, ""),
]
# (account_id, metric, day, value, source)
SNAPSHOTS = [
    (1, "followers", "2026-10-01", 1000.0, "manual"),
    (1, "followers", "2026-10-15", 1080.0, "import"),
    (1, "followers", "2026-11-01", 1150.0, "import"),
    (3, "reach", "2026-10-01", 15000.0, "import"),
    (4, "followers", "2026-11-01", 5400.0, "audit"),
]
# (id, brand_id, name, gender, age_min, age_max, locations, marital_status, education,
#  occupation, income_band, interests, pains, dreams, buying_habits, objections,
#  preferred_content, active_hours, position, archived, deleted_at)
PERSONAS = [
    (1, 1, "نورة الطالبة", "female", 19, 24, "الرياض\nحي الملقا", "عزباء", "جامعية", "طالبة",
     "أقل من ٣٠٠٠ ريال", "القهوة المختصة\nالمذاكرة الجماعية", "لا تجد مكانًا هادئًا",
     "التخرج بامتياز", "تشتري بعد المحاضرات", "الأسعار مرتفعة", "ريلز قصيرة", "٤-٩ مساءً", 0, 0,
     None),
    (2, 1, "Khalid the commuter", "male", 28, 40, "Riyadh", "married", "", "engineer", "", "", "",
     "", "", "", "", "7-8 am", 1, 1, None),
    (3, 2, "Emma, wedding planner", "female", 30, 45, "Manchester", "", "", "wedding planner",
     "", "weddings\nseasonal flowers", "late suppliers", "", "orders in bulk", "", "", "", 0, 0,
     None),
    (4, 2, "Gone persona", "any", None, None, "", "", "", "", "", "", "", "", "", "", "", "", 1,
     0, STAMP),
]
# (persona_id, platform, share)
PERSONA_PLATFORMS = [(1, "instagram", 80), (1, "tiktok", 60), (1, "snapchat", 90),
                     (3, "pinterest", 70), (3, "instagram", 50), (4, "facebook", 10)]


def tiny_png() -> bytes:
    """A 1x1 PNG, so a stored picture is a real one."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xd9\xa4\x41")) + chunk(b"IEND", b""))


def _insert_brands(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO brand (id, name, industry, country, languages, colours, notes, "
        "report_recipients, logo_png, archived, version, created_at, updated_at, "
        "deleted_at) VALUES (?, ?, '', ?, ?, ?, '', ?, NULL, ?, 1, ?, ?, ?)",
        [(*b[:7], STAMP, STAMP, b[7]) for b in BRANDS],
    )
    conn.executemany(
        "INSERT INTO social_account (id, brand_id, platform, handle, handle_key, "
        "profile_url, archived, notes, version, created_at, updated_at, deleted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '', 1, ?, ?, ?)",
        [(*a[:4], a[3].casefold(), a[4], a[5], STAMP, STAMP, a[6]) for a in ACCOUNTS],
    )


def _insert_strategy(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO business_goal (id, brand_id, kind, description, position, version, "
        "created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
        [(*g[:5], STAMP, STAMP, g[5]) for g in BUSINESS_GOALS],
    )
    conn.executemany(
        "INSERT INTO social_goal (id, brand_id, account_id, platform, title, metric, "
        "baseline_value, baseline_date, target_kind, target_value, start_date, deadline, "
        "business_goal_id, why_realistic, closed_as, notes, version, created_at, updated_at, "
        "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)",
        [(*g, STAMP, STAMP) for g in SOCIAL_GOALS],
    )
    conn.executemany(
        "INSERT INTO snapshot (account_id, metric, day, value, source, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(*s, STAMP) for s in SNAPSHOTS],
    )


def _insert_audience(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO persona (id, brand_id, name, picture_png, gender, age_min, age_max, "
        "locations, marital_status, education, occupation, income_band, interests, pains, "
        "dreams, buying_habits, objections, preferred_content, active_hours, notes, position, "
        "archived, version, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, 1, ?, ?, ?)",
        [(*p[:3], tiny_png() if p[0] == 1 else None, *p[3:20], STAMP, STAMP, p[20])
         for p in PERSONAS],
    )
    conn.executemany(
        "INSERT INTO persona_platform (persona_id, platform, share) VALUES (?, ?, ?)",
        PERSONA_PLATFORMS,
    )


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
            _insert_brands(conn)
            _insert_strategy(conn)
            _insert_audience(conn)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

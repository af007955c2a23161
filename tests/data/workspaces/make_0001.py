"""Write 0001_brands.smmws: a workspace as revision 0001_brands stored it. Run once, keep the file.

    .venv/bin/python tests/data/workspaces/make_0001.py

Plain SQL on purpose: the rows are what that revision's code wrote, whatever the models say later.
tests/db/test_stored_revisions.py opens every stored file with today's app and expects this sample.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from smm_desktop.db import migrate
from smm_desktop.db.engine import create_workspace_engine, sqlite_url

REVISION = "0001_brands"
TARGET = Path(__file__).resolve().parent / f"{REVISION}.smmws"
STAMP = "2026-11-01 09:00:00.000000"

# (id, name, country, languages, colours, report_recipients, archived, deleted_at)
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


def main() -> int:
    if TARGET.exists():
        print(f"{TARGET} exists; stored workspaces are written once.", file=sys.stderr)
        return 1
    engine = create_workspace_engine(sqlite_url(TARGET))
    migrate.upgrade(engine, REVISION)
    engine.dispose()
    with closing(sqlite3.connect(TARGET)) as conn:
        with conn:
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
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        conn.execute("VACUUM")
    print(f"Wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

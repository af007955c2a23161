"""Name the storage faults SQLite and PostgreSQL report, so people get a plain message."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from smm_desktop.domain.errors import StorageFault

_SQLITE_CODES = {
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_IOERR: "io",
    sqlite3.SQLITE_CANTOPEN: "io",
}
_PG_STATES = {"53100": "disk_full", "25006": "read_only", "55P03": "locked", "40P01": "locked"}


def classify(error: DBAPIError) -> StorageFault | None:
    """A StorageFault for a full disk, a read-only file, a lock or an I/O error; else None."""
    orig = error.orig
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        kind = _SQLITE_CODES.get(code & 0xFF)
    else:
        kind = _PG_STATES.get(str(getattr(orig, "sqlstate", "") or getattr(orig, "pgcode", "")))
    return StorageFault(kind, str(orig)) if kind else None

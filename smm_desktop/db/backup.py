"""Verified copies of a SQLite workspace, made with SQLite's backup API."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path


class BackupFailed(Exception):
    """The copy could not be made or did not pass its integrity check."""


def integrity_errors(path: Path, quick: bool = False) -> list[str]:
    """Problems SQLite finds in a database file; empty when sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(_connect_readonly(path)) as conn:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as err:
        return [str(err)]
    return [] if rows == ["ok"] else rows


def _connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def make_backup(source: Path, dest_dir: Path, reason: str) -> Path:
    """Copy `source` into `dest_dir`, verify the copy, and return its path."""
    if not source.is_file():
        raise BackupFailed(f"There is no workspace file at {source} to back up.")
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = dest_dir / f"{source.stem}-{stamp}-{reason}{source.suffix}"
    partial = target.with_name(target.name + ".partial")
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            # A backup is one self-contained file: no -wal/-shm beside it, ever.
            dst.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as err:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"Could not copy {source}: {err}") from err
    problems = integrity_errors(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"Backup of {source} failed its check: {problems[0]}")
    partial.replace(target)
    return target

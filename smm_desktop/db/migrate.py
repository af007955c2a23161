"""Bring a workspace's schema to this app's version, safely, at start-up.

The fast path (schema already current) reads one row and imports nothing from Alembic.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from smm_desktop.db import backup

if TYPE_CHECKING:
    from alembic.config import Config
from smm_desktop.db.engine import create_readonly_engine, is_postgres, is_sqlite

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Every revision this app knows, oldest first; a test checks it against the Alembic scripts.
KNOWN_REVISIONS = ("0001_brands", "0002_strategy", "0003_review", "0004_content",
                   "0005_agenda", "0006_engagement_news", "0007_competitors",
                   "0008_numbers", "0009_reports")
HEAD = KNOWN_REVISIONS[-1]
# A PostgreSQL advisory lock key ("SMM"), the same in every copy of the app: when two people open
# a new team database at once, the second waits for the first's migration and then finds it done.
MIGRATION_LOCK_KEY = 0x534D4D


class WorkspaceTooNew(Exception):
    """The workspace was written by a newer version of the app; it is left untouched."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This workspace was saved by a newer version of SMM Desktop (schema {revision}). "
            "Update the app to open it; the file was not changed."
        )
        self.revision = revision


class NotAWorkspace(Exception):
    """The file is a database, but not one of ours."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the workspace, or None for an empty database."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                if inspect(conn).get_table_names():
                    raise NotAWorkspace("This database is not an SMM Desktop workspace.")
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as err:
        if getattr(err.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise NotAWorkspace("This file is not an SMM Desktop workspace, or is damaged.") from err
        raise


def refuse_before_opening(path: Path) -> None:
    """Raise NotAWorkspace or WorkspaceTooNew without writing a byte to an existing file.

    Opening it for writing would already change it (the journal switches to WAL).
    """
    if not path.is_file():
        return
    probe = create_readonly_engine(path)
    try:
        revision = current_revision(probe)
    finally:
        probe.dispose()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise WorkspaceTooNew(revision)


def prepare(engine: Engine, backup_dir: Path | None) -> MigrationResult | None:
    """Create, check or upgrade the schema; None when it was already current."""
    revision = current_revision(engine)
    if revision == HEAD:
        return None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise WorkspaceTooNew(revision)
    saved = _backup_before(engine, backup_dir) if revision is not None else None
    upgrade(engine)
    _check_after(engine)
    log.info("Workspace migrated from %s to %s (backup: %s)", revision, HEAD, saved)
    return MigrationResult(revision, HEAD, saved)


def _backup_before(engine: Engine, backup_dir: Path | None) -> Path | None:
    where = engine.url.render_as_string(hide_password=True)
    if not is_sqlite(engine.url):
        log.info("No file backup before migrating %s: a database server (use pg_dump)", where)
        return None
    if backup_dir is None:
        log.info("No file backup before migrating %s: no backup folder", where)
        return None
    source = Path(engine.url.database or "")
    return backup.make_backup(source, backup_dir, "before-migration")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to `revision` in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        if is_postgres(engine.url):  # held until this transaction ends
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        command.upgrade(alembic_config(conn), revision)


def alembic_config(connection: object | None = None) -> Config:
    """An Alembic Config pointing at the migrations inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _check_after(engine: Engine) -> None:
    if not is_sqlite(engine.url):  # no integrity pragma on a server: the schema is what we check
        revision = current_revision(engine)
        if revision != HEAD:
            raise backup.BackupFailed(f"After migrating, the schema is {revision}, not {HEAD}")
        return
    problems = backup.integrity_errors(Path(engine.url.database or ""))
    if problems:
        raise backup.BackupFailed(f"Integrity check failed after migration: {problems[0]}")

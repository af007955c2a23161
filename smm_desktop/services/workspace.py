"""Open, create, check and close a workspace: the database behind everything else."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db import backup, migrate
from smm_desktop.db.engine import (
    create_readonly_engine,
    create_workspace_engine,
    is_sqlite,
    make_session_factory,
    to_url,
)
from smm_desktop.db.lock import WorkspaceLock, session_marker
from smm_desktop.db.models import Brand, SocialAccount

log = logging.getLogger(__name__)


class Workspace:
    """An open workspace: its engine, its session factory and, for a file, its lock."""

    def __init__(self, url: URL, engine: Engine, lock: WorkspaceLock | None) -> None:
        self.url = url
        self.engine = engine
        self.session_factory: sessionmaker[Session] = make_session_factory(engine)
        self._lock = lock
        self.migration: migrate.MigrationResult | None = None
        self.recovered = False  # the last session did not close cleanly (and the file was sound)

    @property
    def path(self) -> Path | None:
        """The workspace file, or None for a database server."""
        return Path(self.url.database or "") if is_sqlite(self.url) else None

    @property
    def label(self) -> str:
        path = self.path
        return path.name if path else self.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, target: str | Path | URL, backup_dir: Path | None = None) -> Workspace:
        """Open (creating when new) and migrate; raises WorkspaceBusy, WorkspaceTooNew, ..."""
        url = to_url(target)
        lock = _lock_for(url)
        try:
            unclean = _check_before_opening(lock.workspace) if lock else False
            engine = create_workspace_engine(url)
            workspace = cls(url, engine, lock)
            default_backups = workspace.path.parent / "backups" if workspace.path else None
            workspace.migration = migrate.prepare(engine, backup_dir or default_backups)
            workspace.recovered = unclean
            if lock:
                session_marker(lock.workspace).touch()
        except BaseException:
            if lock:
                lock.release()
            raise
        return workspace

    def close(self) -> None:
        """Close cleanly: the next start skips the quick check."""
        self.engine.dispose()
        if self._lock:
            session_marker(self._lock.workspace).unlink(missing_ok=True)
            self._lock.release()
            self._lock = None


class WorkspaceDamaged(Exception):
    """SQLite found damage in the workspace file; it was not opened for writing."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"The workspace {path} is damaged: {problems[0]}")
        self.path, self.problems = path, problems


def _check_before_opening(path: Path) -> bool:
    """Refuse foreign or newer files; after an unclean exit, quick_check first. True if unclean."""
    unclean = session_marker(path).exists() and path.exists()
    if unclean:
        problems = backup.integrity_errors(path, quick=True)
        if problems:
            raise WorkspaceDamaged(path, problems)
    try:
        migrate.refuse_before_opening(path)
    except DBAPIError as err:  # SQLite cannot read it: damage, not a foreign file
        raise WorkspaceDamaged(path, backup.integrity_errors(path) or [str(err.orig)]) from err
    return unclean


def _lock_for(url: URL) -> WorkspaceLock | None:
    if not is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    path = Path(url.database or "")
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = WorkspaceLock(path)
    lock.acquire()
    return lock


@dataclass(frozen=True)
class CheckReport:
    """What `smm check` prints: the schema and the health of the file."""

    location: str
    revision: str | None
    head: str
    problems: list[str]
    brands: int
    accounts: int

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def too_new(self) -> bool:
        """Written by a newer app: refused, not damaged."""
        return self.revision is not None and self.revision not in migrate.KNOWN_REVISIONS


def check(target: str | Path | URL) -> CheckReport:
    """Look at a workspace without changing it."""
    url = to_url(target)
    location = url.database or "" if is_sqlite(url) else url.render_as_string(hide_password=True)
    if is_sqlite(url) and not Path(url.database or "").is_file():
        return CheckReport(location, None, migrate.HEAD, ["no workspace file here"], 0, 0)
    path = Path(url.database or "")
    problems = backup.integrity_errors(path) if is_sqlite(url) else []
    engine = create_readonly_engine(path) if is_sqlite(url) else create_workspace_engine(url)
    try:
        return _check_schema(engine, location, problems)
    except DBAPIError as err:  # damage beyond what the integrity check could list
        return CheckReport(location, None, migrate.HEAD, [*problems, str(err.orig)], 0, 0)
    finally:
        engine.dispose()


def _check_schema(engine: Engine, location: str, problems: list[str]) -> CheckReport:
    try:
        revision = migrate.current_revision(engine)
    except migrate.NotAWorkspace as err:
        return CheckReport(location, None, migrate.HEAD, [*problems, str(err)], 0, 0)
    if revision is None:  # an empty database: a new team database the app has not opened yet
        problems = [*problems, "no SMM Desktop schema yet: the app creates it when it opens this"]
        return CheckReport(location, None, migrate.HEAD, problems, 0, 0)
    if revision != migrate.HEAD:
        state = "newer than this app" if revision not in migrate.KNOWN_REVISIONS else "older"
        problems = [*problems, f"schema {revision} is {state} (this app: {migrate.HEAD})"]
        return CheckReport(location, revision, migrate.HEAD, problems, 0, 0)
    with Session(engine) as s:
        brands = s.scalar(select(func.count()).where(Brand.deleted_at.is_(None))) or 0
        accounts = s.scalar(select(func.count()).where(SocialAccount.deleted_at.is_(None))) or 0
    return CheckReport(location, revision, migrate.HEAD, problems, brands, accounts)

"""Rolling verified backups of a workspace file: make, list, rotate and restore.

A backup is a copy made with SQLite's backup API and checked with integrity_check before any
older one is rotated out. Restoring never deletes: the current file is moved aside first.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from smm_desktop.db import backup
from smm_desktop.db.lock import WorkspaceLock, session_marker
from smm_desktop.domain.retention import RetentionPolicy, backups_to_keep

log = logging.getLogger(__name__)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)$")
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the Backups window lists it."""

    path: Path
    created: datetime
    reason: str
    size: int
    brands: int | None  # None when the file cannot be read
    accounts: int | None


def default_dir(workspace: Path) -> Path:
    return workspace.parent / "backups"


def backup_now(workspace: Path, folder: Path, reason: str = "auto",
               policy: RetentionPolicy = RetentionPolicy()) -> Path:  # noqa: B008
    """Make a verified backup, then rotate the older ones of this workspace out."""
    made = backup.make_backup(workspace, folder, reason)
    rotate(workspace, folder, policy)
    return made


def _parse(path: Path, stem: str) -> datetime | None:
    match = _NAME.match(path.stem)
    if not match or match["stem"] != stem:
        return None
    return datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")


def _own_backups(workspace: Path, folder: Path) -> dict[Path, datetime]:
    if not folder.is_dir():
        return {}
    found = {p: _parse(p, workspace.stem) for p in folder.glob(f"*{workspace.suffix}")}
    return {p: when for p, when in found.items() if when is not None}


def rotate(workspace: Path, folder: Path, policy: RetentionPolicy = RetentionPolicy(),  # noqa: B008
           now: datetime | None = None) -> list[Path]:
    """Delete this workspace's backups that the policy no longer keeps; returns them."""
    backups = _own_backups(workspace, folder)
    keep = backups_to_keep(backups.values(), now or datetime.now(), policy)
    doomed = [p for p, when in backups.items() if when not in keep]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def newest_time(workspace: Path, folder: Path) -> datetime | None:
    """When the newest backup of this workspace was made, from the file names alone."""
    return max(_own_backups(workspace, folder).values(), default=None)


def list_backups(workspace: Path, folder: Path) -> list[BackupInfo]:
    """This workspace's backups, newest first, with what each holds."""
    infos = [_info(p, when) for p, when in _own_backups(workspace, folder).items()]
    return sorted(infos, key=lambda info: info.created, reverse=True)


def _info(path: Path, created: datetime) -> BackupInfo:
    reason = _NAME.match(path.stem)["reason"]  # type: ignore[index]
    brands, accounts = _counts(path)
    return BackupInfo(path, created, reason, path.stat().st_size, brands, accounts)


def _counts(path: Path) -> tuple[int | None, int | None]:
    query = ("SELECT (SELECT count(*) FROM brand WHERE deleted_at IS NULL), "
             "(SELECT count(*) FROM social_account WHERE deleted_at IS NULL)")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            brands, accounts = conn.execute(query).fetchone()
    except sqlite3.Error:
        return None, None
    return int(brands), int(accounts)


def newest_good(workspace: Path, folder: Path) -> BackupInfo | None:
    """The newest backup that passes a full integrity check."""
    for info in list_backups(workspace, folder):
        if not backup.integrity_errors(info.path):
            return info
    return None


def move_aside(workspace: Path, label: str) -> Path:
    """Rename the workspace (and its WAL files) out of the way; nothing is deleted."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = workspace.with_name(f"{workspace.stem}.{label}-{stamp}{workspace.suffix}")
    for side in ("", *SIDE_FILES):
        source = Path(str(workspace) + side)
        if source.exists():
            os.replace(source, Path(str(target) + side))
    return target


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    moved_aside: Path | None
    safety_backup: Path | None


def restore(workspace: Path, chosen: Path, folder: Path) -> RestoreResult:
    """Put `chosen` in place of the (closed) workspace: verify, keep the current file, copy."""
    problems = backup.integrity_errors(chosen)
    if problems:
        raise backup.BackupFailed(f"The backup {chosen.name} is damaged: {problems[0]}")
    lock = WorkspaceLock(workspace)
    lock.acquire()
    try:
        partial = _verified_copy(chosen, workspace.with_name(workspace.name + ".restoring"))
        safety = _safety_copy(workspace, folder)
        aside = move_aside(workspace, "replaced") if workspace.exists() else None
        os.replace(partial, workspace)
        session_marker(workspace).unlink(missing_ok=True)  # a verified copy needs no quick check
    finally:
        lock.release()
    log.info("Restored %s from %s (previous file: %s)", workspace, chosen, aside)
    return RestoreResult(chosen, aside, safety)


def _safety_copy(workspace: Path, folder: Path) -> Path | None:
    """A backup of the current state before it is replaced, when it is readable at all."""
    if not workspace.exists():
        return None
    try:
        return backup.make_backup(workspace, folder, "before-restore")
    except backup.BackupFailed as err:
        log.warning("No safety copy before restore (%s); the file is still moved aside", err)
        return None


def _verified_copy(source: Path, partial: Path) -> Path:
    """Copy `source` beside the workspace and check the copy before anything is moved."""
    shutil.copyfile(source, partial)
    problems = backup.integrity_errors(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise backup.BackupFailed(f"The copy of {source.name} failed its check: {problems[0]}")
    return partial

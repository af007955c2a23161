"""`smm backup`, `smm backups` and `smm restore`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from smm_desktop.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, fail


def register(sub: Any) -> None:
    make = sub.add_parser("backup", help="make a verified backup of the workspace now")
    make.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace file")
    make.set_defaults(run=cmd_backup)
    listing = sub.add_parser("backups", help="list the workspace's backups, newest first")
    listing.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace file")
    listing.set_defaults(run=cmd_backups)
    restore = sub.add_parser("restore", help="put a backup in place of the workspace "
                             "(the current file is moved aside, never deleted)")
    restore.add_argument("backup", help="the backup file (see `smm backups`)")
    restore.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace file")
    restore.set_defaults(run=cmd_restore)


def _workspace_and_folder(args: argparse.Namespace, command: str) -> tuple[Path, Path] | None:
    from smm_desktop import settings
    from smm_desktop.cli import workspace_target
    from smm_desktop.services.backups import default_dir

    target = workspace_target(getattr(args, "workspace", None))
    if "://" in target:
        fail(command, "backups are made of workspace files; for a database server use its own "
             "tools (pg_dump for PostgreSQL)")
        return None
    path = Path(target).expanduser()
    folder = settings.load().backup_dir
    return path, Path(folder) if folder else default_dir(path)


def cmd_backup(args: argparse.Namespace) -> int:
    from smm_desktop.services.backups import backup_now

    found = _workspace_and_folder(args, "backup")
    if found is None:
        return EXIT_USAGE
    path, folder = found
    if not path.is_file():
        return fail("backup", f"no workspace file at {path}", EXIT_PROBLEM)
    from smm_desktop import settings

    made = backup_now(path, folder, "manual", settings.load().retention())
    print(f"Backup written and verified: {made}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from smm_desktop.services.backups import list_backups

    found = _workspace_and_folder(args, "backups")
    if found is None:
        return EXIT_USAGE
    path, folder = found
    backups = list_backups(path, folder)
    print(f"Backups of {path} in {folder}: {len(backups)}")
    for info in backups:
        counts = ("unreadable" if info.brands is None
                  else f"{info.brands} brands, {info.accounts} accounts")
        print(f"{info.created:%Y-%m-%d %H:%M:%S}  {info.reason:<16} {info.size / 1024:>8.0f} KiB"
              f"  {counts}  {info.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from smm_desktop.services.backups import restore

    found = _workspace_and_folder(args, "restore")
    if found is None:
        return EXIT_USAGE
    path, folder = found
    chosen = Path(args.backup).expanduser()
    if not chosen.is_file():
        return fail("restore", f"no backup file at {chosen}")
    result = restore(path, chosen, folder)
    print(f"Restored {path} from {chosen}.")
    if result.moved_aside:
        print(f"The previous file was moved aside, not deleted: {result.moved_aside}")
    return EXIT_OK

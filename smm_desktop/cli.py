"""The `smm` command line. Each area's subcommands live in smm_desktop/commands/."""

from __future__ import annotations

import argparse
import importlib
import sys

from smm_desktop import __version__, settings
from smm_desktop.commands import (  # re-exported: the exit codes are part of the CLI
    EXIT_BUSY,
    EXIT_CODES,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_REFUSED,
    EXIT_USAGE,
    MODULES,
)

__all__ = ["EXIT_BUSY", "EXIT_OK", "EXIT_PROBLEM", "EXIT_REFUSED", "EXIT_USAGE", "main"]


DATABASE_URL_HELP = "a team database instead of the file, e.g. postgresql://user@host/db"


def workspace_target(given: str | None) -> str:
    """The workspace named on the command line, else the settings' team database URL, else
    the settings' workspace, else the default."""
    if given:
        return given
    from smm_desktop import paths

    chosen = settings.load()
    return chosen.database_url or chosen.workspace or str(paths.default_workspace())


def database_url_error(url: str | None, workspace: str | None) -> str | None:
    """What is wrong with a --database-url next to a --workspace, if anything."""
    if url is None:
        return None
    if "://" not in url:
        return f"--database-url needs a URL such as postgresql://user@host/db, not {url!r}"
    if workspace:
        return "give --workspace or --database-url, not both"
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smm", description="SMM Desktop on the command line.",
                                     epilog=EXIT_CODES)
    parser.add_argument("--version", action="version", version=f"SMM Desktop {__version__}")
    parser.add_argument("--workspace", help="workspace file or database URL (default: your own)")
    parser.add_argument("--database-url", metavar="URL", help=DATABASE_URL_HELP)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in MODULES:
        importlib.import_module(f"smm_desktop.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    url = getattr(args, "database_url", None)
    problem = database_url_error(url, getattr(args, "workspace", None))
    if problem:
        parser.error(problem)
    if url:  # from here on the database is the workspace, for every command
        args.workspace = url
    from sqlalchemy.exc import OperationalError

    from smm_desktop.db.backup import BackupFailed
    from smm_desktop.db.engine import DriverMissing
    from smm_desktop.db.lock import WorkspaceBusy
    from smm_desktop.db.migrate import NotAWorkspace, WorkspaceTooNew

    try:
        code: int = args.run(args)
    except WorkspaceBusy as err:
        print(f"smm: {err}", file=sys.stderr)
        return EXIT_BUSY
    except (WorkspaceTooNew, NotAWorkspace) as err:
        print(f"smm: {err}", file=sys.stderr)
        return EXIT_REFUSED
    except (BackupFailed, DriverMissing) as err:
        print(f"smm: {err}", file=sys.stderr)
        return EXIT_PROBLEM
    except OperationalError as err:  # a database server that cannot be reached or refuses us
        print(f"smm: could not use the database: {err.orig}", file=sys.stderr)
        return EXIT_PROBLEM
    return code


if __name__ == "__main__":
    sys.exit(main())

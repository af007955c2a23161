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


def workspace_target(given: str | None) -> str:
    """The workspace named on the command line, else the one in settings, else the default."""
    if given:
        return given
    from smm_desktop import paths

    return settings.load().workspace or str(paths.default_workspace())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smm", description="SMM Desktop on the command line.",
                                     epilog=EXIT_CODES)
    parser.add_argument("--version", action="version", version=f"SMM Desktop {__version__}")
    parser.add_argument("--workspace", help="workspace file or database URL (default: your own)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in MODULES:
        importlib.import_module(f"smm_desktop.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from smm_desktop.db.backup import BackupFailed
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
    except BackupFailed as err:
        print(f"smm: {err}", file=sys.stderr)
        return EXIT_PROBLEM
    return code


if __name__ == "__main__":
    sys.exit(main())

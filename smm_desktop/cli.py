"""The `smm` command line: demo, check, and what later areas add. Exit codes are documented below."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smm_desktop import __version__, settings

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_BUSY, EXIT_REFUSED = 0, 1, 2, 3, 4
EPILOG = (
    "exit codes: 0 done; 1 the workspace has a problem; 2 wrong usage; "
    "3 the workspace is open in another process; 4 the workspace was refused (newer app, not a workspace)"
)


def workspace_target(given: str | None) -> str:
    """The workspace named on the command line, else the one in settings, else the default."""
    if given:
        return given
    from smm_desktop import paths

    return settings.load().workspace or str(paths.default_workspace())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smm", description="SMM Desktop on the command line.",
                                     epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"SMM Desktop {__version__}")
    parser.add_argument("--workspace", help="workspace file or database URL (default: your own)")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="write the sample workspace to a new file")
    demo.add_argument("--workspace", required=True, help="the new workspace file to write")
    demo.add_argument("--years", type=int, default=2, help="years of history (default 2)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    check = sub.add_parser("check", help="check the schema version and the file's integrity")
    check.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace to check")
    return parser


def cmd_demo(args: argparse.Namespace) -> int:
    from smm_desktop.services.demo import write_demo

    if args.years < 1:
        print("smm demo: --years must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = write_demo(Path(args.workspace), years=args.years, seed=args.seed)
    except FileExistsError as err:
        print(f"smm demo: {err}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Sample workspace written to {args.workspace}: "
          f"{summary.brands} brands, {summary.accounts} accounts.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from smm_desktop.services.workspace import check

    report = check(workspace_target(args.workspace))
    print(f"Workspace: {report.location}")
    print(f"Schema: {report.revision or 'none'} (this app: {report.head})")
    if report.sound:
        print(f"Integrity: ok ({report.brands} brands, {report.accounts} accounts)")
        return EXIT_OK
    for problem in report.problems:
        print(f"Problem: {problem}", file=sys.stderr)
    return EXIT_PROBLEM


COMMANDS = {"demo": cmd_demo, "check": cmd_check}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from smm_desktop.db.lock import WorkspaceBusy
    from smm_desktop.db.migrate import NotAWorkspace, WorkspaceTooNew

    try:
        return COMMANDS[args.command](args)
    except WorkspaceBusy as err:
        print(f"smm: {err}", file=sys.stderr)
        return EXIT_BUSY
    except (WorkspaceTooNew, NotAWorkspace) as err:
        print(f"smm: {err}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())

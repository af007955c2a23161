"""`smm demo` and `smm check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from smm_desktop.commands import EXIT_OK, EXIT_PROBLEM, EXIT_REFUSED, fail


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="write the sample workspace to a new file")
    demo.add_argument("--workspace", required=True, help="the new workspace file to write")
    demo.add_argument("--years", type=int, default=2, help="years of history (default 2)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.set_defaults(run=cmd_demo)
    check = sub.add_parser("check", help="check the schema version and the file's integrity")
    check.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace to check")
    check.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS,
                       help="team database to check, e.g. postgresql://user@host/db")
    check.set_defaults(run=cmd_check)


def cmd_demo(args: argparse.Namespace) -> int:
    from smm_desktop.services.demo import write_demo

    if args.years < 1:
        return fail("demo", "--years must be 1 or more")
    try:
        summary = write_demo(Path(args.workspace), years=args.years, seed=args.seed)
    except FileExistsError as err:
        return fail("demo", str(err))
    print(f"Sample workspace written to {args.workspace}: "
          f"{summary.brands} brands, {summary.accounts} accounts.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from smm_desktop.cli import workspace_target
    from smm_desktop.services.workspace import check

    report = check(workspace_target(args.workspace))
    print(f"Workspace: {report.location}")
    print(f"Schema: {report.revision or 'none'} (this app: {report.head})")
    if report.sound:
        print(f"Integrity: ok ({report.brands} brands, {report.accounts} accounts)")
        return EXIT_OK
    for problem in dict.fromkeys(report.problems):  # each problem once, in order
        print(f"Problem: {problem}", file=sys.stderr)
    if report.too_new:
        print("This workspace is from a newer SMM Desktop: update the app; the file was not "
              "changed.", file=sys.stderr)
        return EXIT_REFUSED
    print("To put a good copy in its place: `smm backups` lists the backups, "
          "`smm restore BACKUP` restores one.", file=sys.stderr)
    return EXIT_PROBLEM

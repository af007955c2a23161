"""`smm import FILE...`: import the platforms' analytics exports (preview, then commit).

Exit 0 when every row imported, 1 when a file was read but rows were rejected (nothing written
unless --accept-partial) or the import was refused, 2 when a file is unreadable or not
recognised. Messages are English (the CLI is not translated)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, fields, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smm_desktop.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, fail

if TYPE_CHECKING:
    from smm_desktop.services.imports import ImportService
    from smm_desktop.services.numbers_data import ImportPreview
    from smm_desktop.services.workspace import Workspace


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import analytics exports (Meta, X, LinkedIn, TikTok, "
                         "YouTube, Meta Ads): preview, then write all rows or none")
    imp.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace to import into")
    imp.add_argument("--brand", help="the brand the files belong to (its name)")
    imp.add_argument("--account", help="the account the files feed: its handle (@name) or id")
    imp.add_argument("--dry-run", action="store_true", help="preview only; write nothing")
    imp.add_argument("--json", action="store_true", help="print the preview as JSON")
    imp.add_argument("--accept-partial", action="store_true",
                     help="write the good rows of a file that has rejected rows")
    imp.add_argument("--date-order", choices=("mdy", "dmy"),
                     help="how to read ambiguous dates such as 03/04")
    imp.add_argument("files", metavar="FILE", nargs="+", help="export files")
    imp.set_defaults(run=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from smm_desktop.cli import workspace_target
    from smm_desktop.services.workspace import Workspace

    target = workspace_target(getattr(args, "workspace", None))
    if "://" not in target and not Path(target).expanduser().is_file():
        return fail("import", f"no workspace file at {target}", EXIT_PROBLEM)
    workspace = Workspace.open(target)
    try:
        return _run(workspace, args)
    finally:
        workspace.close()


def _run(workspace: Workspace, args: argparse.Namespace) -> int:
    from smm_desktop.services.imports import ImportService

    brand_id = None
    if args.brand is not None:
        from smm_desktop.commands.transfer import _brand_id

        brand_id = _brand_id(workspace, args.brand)
        if not brand_id:
            return fail("import", f"no brand named {args.brand!r} in {workspace.label}")
    if args.account is not None:
        found = _account_id(workspace, args.account, brand_id)
        if isinstance(found, str):
            return fail("import", found)
        args.account = found
    service = ImportService(workspace.session_factory)
    backed_up = args.dry_run or workspace.path is None
    worst = EXIT_OK
    for name in args.files:
        code, backed_up = _one(workspace, service, Path(name).expanduser(), brand_id, args,
                               backed_up)
        worst = max(worst, code)
    return worst


def _account_id(workspace: Workspace, given: str, brand_id: int | None) -> int | str:
    """The id of the live account named by its id or handle (within the brand when one is
    given), or why there is none."""
    from smm_desktop.domain.validation import handle_key
    from smm_desktop.services.accounts import AccountService
    from smm_desktop.services.brands import BrandService

    brands = BrandService(workspace.session_factory).list_brands()
    accounts = AccountService(workspace.session_factory)
    live = [a for b in brands if brand_id in (None, b.id) for a in accounts.list_accounts(b.id)]
    key = handle_key(given.strip().lstrip("@"))
    matches = [a for a in live if str(a.id) == given.strip() or handle_key(a.handle) == key]
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        return f"no account {given!r} in {workspace.label}"
    listed = ", ".join(f"{a.id} ({a.platform.value} @{a.handle})" for a in matches)
    return f"several accounts are {given!r}: {listed}; give the id or --brand"


def _one(workspace: Workspace, service: ImportService, path: Path, brand_id: int | None,
         args: argparse.Namespace, backed_up: bool) -> tuple[int, bool]:
    """Preview one file, print it, and commit it unless told not to."""
    preview = service.preview(path, brand_id=brand_id, account_id=args.account,
                              date_order=args.date_order)
    if args.json:
        print(json.dumps(preview_json(preview), ensure_ascii=False, indent=1))
    else:
        _print_preview(preview)
    if not preview.recognised:
        return fail("import", f"{path.name}: {_unrecognised(preview)}", EXIT_USAGE), backed_up
    refusal = _refusal(preview, args.accept_partial)
    if refusal:
        return fail("import", f"{path.name}: {refusal}; nothing written", EXIT_PROBLEM), backed_up
    if args.dry_run:
        return EXIT_OK, backed_up
    if not preview.adds and not preview.updates:  # no backup, no log entry: nothing to do
        if not args.json:
            print(f"Nothing to import from {path.name}: every row is already in the workspace.")
        return EXIT_OK, backed_up
    if not backed_up:
        from smm_desktop.commands.transfer import _backup_before_import

        made = _backup_before_import(workspace)
        if made is not None and not args.json:
            print(f"A verified backup was made first: {made}")
    log = service.commit(preview, accept_partial=args.accept_partial)
    if not args.json:
        print(f"Imported {path.name}: {log.rows_added} added, {log.rows_updated} updated, "
              f"{log.rows_skipped} skipped (import {log.id}).")
    return (EXIT_PROBLEM if preview.problems else EXIT_OK), True


def _unrecognised(preview: ImportPreview) -> str:
    """Why the file was not read: the required columns missing, or not an export at all."""
    missing = [p.column for p in preview.problems if p.code == "missing_column"]
    if missing:
        return (f"looks like a {preview.format} export, but the column(s) "
                f"{', '.join(repr(m) for m in missing)} are missing")
    return "not readable or not a recognised export"


def _refusal(preview: ImportPreview, accept_partial: bool) -> str:
    if preview.account_reason == "account_platform_mismatch":
        return f"the account given is not a {preview.platform} account"
    if preview.account_reason == "account_other_brand":
        return "the account given belongs to another brand than --brand"
    if preview.problems and not accept_partial:
        return f"{len(preview.problems)} rows rejected (add --accept-partial to import the rest)"
    if preview.ambiguous_dates:
        return "dates are ambiguous; say --date-order mdy or dmy"
    if preview.kind == "campaign_daily" and preview.brand_id is None:
        return "say which brand with --brand (or --account): " + _candidates(preview)
    if preview.kind != "campaign_daily" and preview.account_id is None:
        if preview.account_reason == "named_account_not_found":
            return (f"the file is for {preview.named_account}; none of your accounts is. If it "
                    "is one of them, say which with --account: " + _candidates(preview))
        return "several accounts fit; say which with --account: " + _candidates(preview)
    return ""


def _candidates(preview: ImportPreview) -> str:
    return ", ".join(f"{ident} ({label})" for ident, label in preview.accounts) or "none found"


def _print_preview(preview: ImportPreview) -> None:
    print(f"{preview.source}: {preview.platform} {preview.kind or '-'} "
          f"({preview.format or 'unknown format'}), days {preview.first_day} to "
          f"{preview.last_day}; account {preview.account_id}; {preview.adds} to add, "
          f"{preview.updates} to update, {preview.skips} to skip")
    again = preview.already_imported
    if again is not None:
        print(f"  already imported on {again.imported_at:%Y-%m-%d %H:%M} UTC (import {again.id})")
    for problem in preview.problems:
        print(f"  line {problem.line}, column {problem.column or '-'}: {problem.code} "
              f"({problem.raw[:60]})")


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def preview_json(preview: ImportPreview) -> dict[str, object]:
    """What the preview shows, as plain JSON (the read tables summarised, not their rows)."""
    data: dict[str, object] = {f.name: getattr(preview, f.name) for f in fields(preview)
                               if f.name != "results"}
    data["tables"] = [{"platform": r.platform, "format": r.format, "kind": r.kind,
                       "sheet": r.sheet, "rows": len(r.rows), "encoding": r.encoding}
                      for r in preview.results]
    plain: dict[str, object] = json.loads(json.dumps(data, default=_plain))
    return plain

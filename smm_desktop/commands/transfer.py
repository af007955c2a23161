"""`smm export-json` and `smm import-json`: a workspace (or one brand) as a JSON file, and back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smm_desktop.commands import EXIT_OK, EXIT_PROBLEM, fail

if TYPE_CHECKING:
    from smm_desktop.services.transfer import Document, ImportMode, ImportSummary
    from smm_desktop.services.workspace import Workspace


def register(sub: Any) -> None:
    export = sub.add_parser("export-json", help="write the workspace, or one brand, to a JSON "
                            "file: brands, accounts and each brand's whole strategy (goals, "
                            "snapshots, personas, audits, guide, reviews, …) and content plan "
                            "(posts, pillars, posting slots, occasions)")
    export.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace to export")
    export.add_argument("--brand", help="export only this brand (its name, in any case)")
    export.add_argument("--force", action="store_true", help="replace OUT.json if it exists")
    export.add_argument("out", metavar="OUT.json", help="the file to write")
    export.set_defaults(run=cmd_export)
    imp = sub.add_parser("import-json", help="add the brands, accounts, strategy and content plan of "
                         "a JSON export (format 1, 2 or 3) to the workspace, all or nothing (a verified "
                         "backup is made first)")
    imp.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace to import into")
    imp.add_argument("--mode", choices=("merge", "add"), default="merge",
                     help="a brand already in the workspace: merge adds its missing accounts "
                     "and strategy rows and changes none it has (default); add refuses the file")
    imp.add_argument("file", metavar="IN.json", help="a file written by `smm export-json`")
    imp.set_defaults(run=cmd_import)


def _target(args: argparse.Namespace) -> str:
    from smm_desktop.cli import workspace_target

    return workspace_target(getattr(args, "workspace", None))


def _is_missing_file(target: str) -> bool:
    return "://" not in target and not Path(target).expanduser().is_file()


def cmd_export(args: argparse.Namespace) -> int:
    from smm_desktop.services.workspace import Workspace

    target, out = _target(args), Path(args.out).expanduser()
    if out.exists() and not args.force:
        return fail("export-json", f"{out} already exists; add --force to replace it")
    if not out.parent.is_dir():
        return fail("export-json", f"no folder {out.parent} to write {out.name} in")
    if _is_missing_file(target):
        return fail("export-json", f"no workspace file at {target}", EXIT_PROBLEM)
    workspace = Workspace.open(target)
    try:
        return _export(workspace, args.brand, out)
    finally:
        workspace.close()


def _export(workspace: Workspace, brand: str | None, out: Path) -> int:
    from smm_desktop.services.transfer import export_workspace

    brand_id = _brand_id(workspace, brand) if brand is not None else None
    if brand_id == 0:
        return fail("export-json", f"no brand named {brand!r} in {workspace.label}")
    try:
        summary = export_workspace(workspace.session_factory, out, brand_id)
    except OSError as err:
        return fail("export-json", f"could not write {out}: {err.strerror or err}", EXIT_PROBLEM)
    print(f"Exported {summary.brands} brands, {summary.accounts} accounts to {out}")
    return EXIT_OK


def _brand_id(workspace: Workspace, name: str) -> int:
    """The live brand with this name (ignoring case), or 0."""
    from smm_desktop.services.brands import BrandService
    from smm_desktop.services.transfer.checks import brand_key

    brands = BrandService(workspace.session_factory).list_brands()
    return next((b.id for b in brands if brand_key(b.name) == brand_key(name)), 0)


def cmd_import(args: argparse.Namespace) -> int:
    from smm_desktop.services.transfer import TransferError, read_document
    from smm_desktop.services.workspace import Workspace

    source = Path(args.file).expanduser()
    try:
        document = read_document(source)
    except TransferError as err:
        return fail("import-json", str(err), EXIT_PROBLEM)
    target = _target(args)
    existed = not _is_missing_file(target) and "://" not in target
    workspace = Workspace.open(target)
    try:
        return _import(workspace, document, args.mode, source, existed)
    finally:
        workspace.close()


def _import(
    workspace: Workspace, document: Document, mode: ImportMode, source: Path, backup: bool
) -> int:
    from smm_desktop.services.transfer import TransferError, import_document, preview_import

    try:
        preview_import(workspace.session_factory, document, mode)  # refuse before any backup
        made = _backup_before_import(workspace) if backup else None
        summary = import_document(workspace.session_factory, document, mode)
    except TransferError as err:
        err.source = str(source)
        return fail("import-json", str(err), EXIT_PROBLEM)
    print(f"Imported {source} into {workspace.label}: {summary.brands_added} brands added, "
          f"{summary.brands_merged} merged, {summary.accounts_added} accounts added, "
          f"{summary.accounts_present} already there.")
    print(_strategy_line(summary))
    print(_content_line(summary))
    if made:
        print(f"A verified backup was made first: {made}")
    return EXIT_OK


def _strategy_line(summary: ImportSummary) -> str:
    """`Strategy rows added: business goals 2, …; 3 already there.`"""
    from smm_desktop.services.transfer import STRATEGY_COUNTS

    counts = ", ".join(f"{kind.replace('_', ' ')} {getattr(summary, kind + '_added')}"
                       for kind in STRATEGY_COUNTS)
    return f"Strategy rows added: {counts}; {summary.strategy_present} already there."


def _content_line(summary: ImportSummary) -> str:
    """`Content plan rows added: pillars 2, posting slots 3, occasions 1, posts 40; 0 already
    there.`"""
    from smm_desktop.services.transfer import CONTENT_COUNTS

    counts = ", ".join(f"{kind.replace('_', ' ')} {getattr(summary, kind + '_added')}"
                       for kind in CONTENT_COUNTS)
    return f"Content plan rows added: {counts}; {summary.content_present} already there."


def _backup_before_import(workspace: Workspace) -> Path | None:
    """A verified backup of a workspace file, in the folder the backups go to."""
    from smm_desktop import settings
    from smm_desktop.services.backups import backup_now, default_dir

    path = workspace.path
    if path is None:
        return None
    chosen = settings.load()
    folder = Path(chosen.backup_dir) if chosen.backup_dir else default_dir(path)
    return backup_now(path, folder, "before-import", chosen.retention())

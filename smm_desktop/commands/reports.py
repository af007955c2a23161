"""`smm report`: a brand's weekly, monthly, quarterly or custom-range report as a PDF, and
optionally its email draft (.eml), for scheduled runs. Messages are English (the CLI is not
translated); the PDF prints in the chosen language (its words loaded from the app's
translations by a small Qt-core helper in ui/, imported only here)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smm_desktop.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, fail

if TYPE_CHECKING:
    from smm_desktop.reports.report_data import ReportRequest
    from smm_desktop.services.workspace import Workspace

KINDS = ("weekly", "monthly", "quarterly", "range")


def register(sub: Any) -> None:
    rep = sub.add_parser("report", help="write a brand's report as a PDF (and an email draft)")
    rep.add_argument("--workspace", default=argparse.SUPPRESS, help="workspace to read")
    rep.add_argument("--brand", required=True, help="the brand (its name)")
    rep.add_argument("--kind", required=True, choices=KINDS, help="the report's period kind")
    rep.add_argument("--period", help="2026-W47 (weekly), 2026-11 (monthly), 2026-Q4 "
                     "(quarterly) or 2026-11-01..2026-11-15 (range); default: the last "
                     "complete one")
    rep.add_argument("--from", dest="first", help="first day of a range (YYYY-MM-DD)")
    rep.add_argument("--to", dest="last", help="last day of a range (YYYY-MM-DD)")
    rep.add_argument("--lang", choices=("en", "ar"), default="en", help="the report's language")
    rep.add_argument("--out", help="the PDF to write (default: BRAND PERIOD.pdf here)")
    rep.add_argument("--email", metavar="DIR", help="also write the PDF and an .eml draft "
                     "(To: the brand's report recipients) into DIR")
    rep.add_argument("--eml", help="also write the email draft to this .eml file")
    rep.set_defaults(run=cmd_report)


def _span(args: argparse.Namespace, today: date) -> tuple[date, date] | str:
    """The period's first and last day, or the message saying what is wrong."""
    from smm_desktop.reports.report_data import last_complete, parse_period

    if args.first or args.last:
        if args.kind != "range" or not (args.first and args.last):
            return "--from and --to go together, with --kind range"
        args.period = f"{args.first}..{args.last}"
    if not args.period:
        return last_complete(args.kind, today)
    try:
        return parse_period(args.kind, args.period)
    except ValueError:
        return f"{args.period!r} is not a {args.kind} period (e.g. {_example(args.kind)})"


def _example(kind: str) -> str:
    return {"weekly": "2026-W47", "monthly": "2026-11", "quarterly": "2026-Q4",
            "range": "2026-11-01..2026-11-15"}[kind]


def cmd_report(args: argparse.Namespace) -> int:
    from smm_desktop.cli import workspace_target
    from smm_desktop.services.workspace import Workspace

    span = _span(args, date.today())
    if isinstance(span, str):
        return fail("report", span)
    target = workspace_target(getattr(args, "workspace", None))
    if "://" not in target and not Path(target).expanduser().is_file():
        return fail("report", f"no workspace file at {target}", EXIT_PROBLEM)
    workspace = Workspace.open(target)
    try:
        return _run(workspace, args, span)
    finally:
        workspace.close()


def _run(workspace: Workspace, args: argparse.Namespace, span: tuple[date, date]) -> int:
    from smm_desktop.commands.transfer import _brand_id
    from smm_desktop.reports.report_data import ReportKind, ReportRequest
    from smm_desktop.services.reports import ReportService

    brand_id = _brand_id(workspace, args.brand)
    if not brand_id:
        return fail("report", f"no brand named {args.brand!r} in {workspace.label}")
    service = ReportService(workspace.session_factory)
    stored = service.template(brand_id, args.kind)
    request = ReportRequest(brand_id, ReportKind(args.kind), span[0], span[1], stored.sections,
                            stored.account_ids, args.lang)
    return _write(workspace, service, request, args)


def _write(workspace: Workspace, service: Any, request: ReportRequest,
           args: argparse.Namespace) -> int:
    from smm_desktop.domain.csv_safety import write_atomically
    from smm_desktop.reports.email import safe_name, write_draft, write_files
    from smm_desktop.reports.report_pdf import render
    from smm_desktop.ui.tabs.reports.report_texts import report_texts

    report = service.build(request)
    texts = report_texts(request.language)
    data = render(report, texts)
    name = safe_name(f"{report.brand_name} {report.period.text.replace('..', ' to ')}.pdf")
    out = Path(args.out).expanduser() if args.out else Path.cwd() / name
    try:
        write_atomically(out, data)
        print(f"wrote {out}")
        if args.email or args.eml:
            to, subject, body = _email(workspace, service, report, texts)
            if args.email:
                _pdf, eml = write_files(data, out.name, Path(args.email).expanduser(), to,
                                        subject, body)
                print(f"wrote {eml}")
            if args.eml:
                eml = Path(args.eml).expanduser()
                written = write_draft(data, out.name, eml.parent, to, subject, body)
                written.replace(eml)
                print(f"wrote {eml}")
    except OSError as error:
        return fail("report", f"could not write: {error}", EXIT_PROBLEM)
    return EXIT_OK


def _email(workspace: Workspace, service: Any, report: Any,
           texts: Any) -> tuple[list[str], str, str]:
    """The draft's recipients, subject and body (the language's template, filled in)."""
    from smm_desktop.services.brands import BrandService

    brand = BrandService(workspace.session_factory).get(report.request.brand_id)
    subject, body = service.email_template(report.request.language)
    values = {"{brand}": report.brand_name, "{period}": texts.period_title(report.period),
              "{kind}": texts.kind_title(report.request.kind)}
    for key, value in values.items():
        subject, body = subject.replace(key, value), body.replace(key, value)
    return list(brand.report_recipients), subject, body


__all__ = ["EXIT_USAGE", "register"]

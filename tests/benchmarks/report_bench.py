"""The Reports tab's preview and the report's PDF, measured in a child process (run.py starts
it, offscreen): a monthly report (all sections) of the brand with the most posts, for the last
complete month. The preview: the service's build, the charts and the HTML, and the
QTextDocument the tab shows; the PDF: the build and the PDF written to a file. One uncounted
warm-up each (matplotlib's and ReportLab's first import), then `--runs` samples. Prints
{"preview_s": […], "pdf_s": […]} on stdout.

    python report_bench.py WORKSPACE --runs 5
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from smm_desktop.db.models import Post
from smm_desktop.reports import report_data as rd
from smm_desktop.services.reports import ReportService
from smm_desktop.services.workspace import Workspace
from smm_desktop.ui.tabs.reports import report_texts
from smm_desktop.ui.tabs.reports.report_preview import build_preview, document


def busiest_brand(workspace: Workspace) -> int:
    with workspace.session_factory() as s:
        row = s.execute(select(Post.brand_id, func.count()).group_by(Post.brand_id)
                        .order_by(func.count().desc())).first()
    assert row is not None, "report_bench: the workspace has no posts"
    return int(row[0])


def timed(work: Callable[[], object], runs: int) -> list[float]:
    work()  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(round(time.perf_counter() - start, 4))
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="smm-report-bench-") as tmp:
        copy = Path(tmp) / "copy.smmws"
        shutil.copy2(args.workspace, copy)
        workspace = Workspace.open(copy)
        service = ReportService(workspace.session_factory)
        start, end = rd.last_complete(rd.ReportKind.MONTHLY, date.today())
        request = rd.ReportRequest(busiest_brand(workspace), rd.ReportKind.MONTHLY, start, end)
        texts = report_texts.report_texts("en")
        extra = {key: report_texts.extra("en", key) for key in report_texts.EXTRA}
        preview = timed(lambda: document(build_preview(service.build, request, texts, extra)),
                        args.runs)
        out = Path(tmp) / "report.pdf"

        def pdf() -> None:
            from smm_desktop.reports.report_pdf import render

            out.write_bytes(render(service.build(request), texts))

        pdf_s = timed(pdf, args.runs)
        workspace.close()
    del app
    print(json.dumps({"preview_s": preview, "pdf_s": pdf_s}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

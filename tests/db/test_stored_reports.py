"""The report templates and email texts 0009_reports stored read back through ReportService;
workspaces stored before it give the defaults, take new templates and build reports."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from smm_desktop.reports import report_data as rd
from smm_desktop.reports.report_data import ReportKind, ReportRequest
from smm_desktop.services.reports import ReportService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
STORED_FILES = sorted(STORED.glob("*.smmws"))
HAS_REPORTS = "0009_reports"
TODAY = date(2026, 11, 28)


@pytest.fixture(params=STORED_FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param, workspace
    workspace.close()


def test_stored_templates_read_back(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    service = ReportService(workspace.session_factory, today=lambda: TODAY)
    if path.stem < HAS_REPORTS:
        assert service.template(1, "weekly") == (rd.SECTIONS, (), "auto", False, None, 0)
        assert service.template(1, "quarterly").sections == rd.ALL_SECTIONS
        saved = service.save_template(1, "weekly", ("summary",), (), "a4", False, 2, 0)
        assert saved.version == 1  # the table is there
        return
    assert service.template(1, "weekly") == (
        ("summary", "content", "campaigns", "notes"), (1,), "auto", False, 6, 1)
    assert service.template(1, "monthly") == (
        ("summary", "growth", "content", "competitors", "engagement", "next", "notes"), (),
        "letter", True, None, 1)
    assert service.template(2, "monthly").version == 0  # brand 2 has none
    assert service.due([1], date(2026, 11, 29), 6)[0] == (
        1, ReportKind.WEEKLY, date(2026, 11, 22), date(2026, 11, 28))


def test_stored_email_texts(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    service = ReportService(workspace.session_factory, today=lambda: TODAY)
    if path.stem < HAS_REPORTS:
        assert service.email_template("en") == rd.DEFAULT_EMAIL["en"]
        assert service.email_template("ar") == rd.DEFAULT_EMAIL["ar"]
        return
    # 0009 stored the first default subject, which said "report" twice: it reads as today's;
    # the body the person wrote is kept as written.
    assert service.email_template("en") == (
        rd.DEFAULT_EMAIL["en"][0], "Hello,\n\nThe {kind} report is attached.")
    assert service.email_template("ar") == ("{brand}: تقرير {period}", "مرحبًا،\n\nمرفق التقرير.")


def test_a_report_builds_on_every_stored_file(opened: tuple[Path, Workspace]) -> None:
    _path, workspace = opened
    service = ReportService(workspace.session_factory, today=lambda: TODAY)
    start, end = rd.parse_period("quarterly", "2026-Q4")
    report = service.build(ReportRequest(1, ReportKind.QUARTERLY, start, end,
                                         rd.default_sections("quarterly")))
    assert list(report.sections) == list(rd.ALL_SECTIONS)
    review = service.save_notes(1, "monthly", date(2026, 10, 1), date(2026, 10, 31), "a", "b", "c")
    assert review > 0

"""The sample's reports: templates per brand and written reviews of past months and weeks in
the brand's language, quoting that period's own top and weakest posts."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

from smm_desktop.db.models import Brand, Review
from smm_desktop.reports import report_data as rd
from smm_desktop.reports.report_data import (
    CampaignSection,
    ContentSection,
    NotesSection,
    ReportKind,
    ReportRequest,
)
from smm_desktop.services.demo import write_demo
from smm_desktop.services.demo_report_notes import MONTHS, WEEKS
from smm_desktop.services.reports import ReportService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)


def test_sample_has_templates_and_reviews_tied_to_its_numbers(tmp_path: Path) -> None:
    path = tmp_path / "demo.smmws"
    write_demo(path, years=1, today=TODAY)
    workspace = Workspace.open(path, backup_dir=tmp_path / "backups")
    try:
        service = ReportService(workspace.session_factory, today=lambda: TODAY)
        with workspace.session_factory() as s:
            brands = {b.name: b.id for b in s.scalars(select(Brand))}
            kinds = [r.kind for r in s.scalars(select(Review).where(Review.kind != "quarterly"))]
        assert kinds.count("monthly") == MONTHS * 3 and kinds.count("weekly") == WEEKS * 3
        bloom, cafe = brands["Bloom & Co. Florists"], brands["مقهى النخيل"]
        assert service.template(bloom, "weekly").report_day == 0
        assert service.template(cafe, "weekly").report_day == 6
        assert service.template(cafe, "quarterly").sections == rd.ALL_SECTIONS
        october = rd.parse_period("monthly", "2026-10")
        for brand in (bloom, cafe):
            report = service.build(ReportRequest(brand, ReportKind.MONTHLY, *october,
                                                 ("content", "notes")))
            content, notes = report.sections["content"], report.sections["notes"]
            assert isinstance(content, ContentSection) and isinstance(notes, NotesSection)
            assert content.top[0].topic in notes.what_worked
            assert content.bottom[0].topic in notes.what_did_not
            assert notes.next_actions
        _notes_hold_for_their_period(workspace, service)
        arabic = service.build(ReportRequest(cafe, ReportKind.MONTHLY, *october, ("notes",)))
        text = arabic.sections["notes"]
        assert isinstance(text, NotesSection) and "٪" in text.what_worked
        assert not any(c.isdigit() and c.isascii() for c in text.what_worked)
    finally:
        workspace.close()


def _notes_hold_for_their_period(workspace: Workspace, service: ReportService) -> None:
    """Every written review (weeks, months, the last quarter) says only what its period had:
    {published} posts is every post out, "only X of the Y planned" the plan kept, a campaign
    only when one ran, no occasion of another season."""
    with workspace.session_factory() as s:
        reviews = [(r.brand_id, r.kind, r.period_start, r.period_end)
                   for r in s.scalars(select(Review))]
    assert any(kind == "quarterly" for _, kind, _, _ in reviews)
    for brand, kind, start, end in reviews:
        report = service.build(ReportRequest(brand, ReportKind(kind), start, end,
                                             ("content", "campaigns", "notes")))
        content, notes = report.sections["content"], report.sections["notes"]
        assert isinstance(notes, NotesSection)
        text = " ".join((notes.what_worked, notes.what_did_not, notes.next_actions))
        if not isinstance(report.sections["campaigns"], CampaignSection):
            assert "campaign" not in text.lower() and "حملة" not in text, (kind, start, text)
            assert "ads" not in text.split() and "ad budget" not in text, (kind, start, text)
        assert "Mother" not in text and "الأم" not in text, (kind, start, text)
        if not isinstance(content, ContentSection):
            continue
        kept = round((content.consistency or 0.0) * content.planned / 100)
        went = re.search(r"(\d+) posts went out", text)
        if went and not text.startswith("Only"):
            assert int(went.group(1)) == content.published, (kind, start, text)
        only = re.search(r"Only (\d+) of the (\d+) planned", text)
        if only:
            assert (int(only.group(1)), int(only.group(2))) == (kept, content.planned)

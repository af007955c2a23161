"""Client reports: gather a brand's numbers for a week, month, quarter or range into a Report
(reports.report_data), keep the brand's report template and the email texts, save the
manager's notes as the period's review, and say which reports are due."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import ReportTemplate
from smm_desktop.domain import report_rules
from smm_desktop.domain.enums import ReviewKind
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.reports import report_data as rd
from smm_desktop.reports.report_data import (
    DueReport,
    EmailTexts,
    Report,
    ReportKind,
    ReportRequest,
    TemplateData,
)
from smm_desktop.services import report_store as store
from smm_desktop.services.report_build import build_report


def _review_kind(kind: ReportKind | str) -> ReviewKind:
    """The review kind a report kind's notes are saved as; a range has none."""
    if ReportKind(kind) is ReportKind.RANGE:
        raise ValidationFailed([FieldError("kind", "no_notes")])
    return ReviewKind(ReportKind(kind).value)


class ReportService:
    """The reports of one workspace; `today` decides what is "so far" and what is due."""

    def __init__(self, session_factory: sessionmaker[Session],
                 today: Callable[[], date] = date.today) -> None:
        self._sf = session_factory
        self._today = today

    def build(self, request: ReportRequest) -> Report:
        """Everything the report prints, in a few queries (safe on a worker thread)."""
        report = build_report(self._sf, request, self._today())
        stored = self.template(request.brand_id, request.kind)
        return _with_template(report, stored)

    # Templates ------------------------------------------------------------------------------

    def template(self, brand_id: int, kind: ReportKind | str) -> TemplateData:
        """(sections, account_ids, paper, app_branding, report_day, version); the kind's
        defaults with version 0 when the brand has none stored."""
        with self._sf() as s:
            row = store.find_template(s, brand_id, ReportKind(kind))
            return store.template_data(row, ReportKind(kind))

    def save_template(self, brand_id: int, kind: ReportKind | str, sections: Sequence[str],
                      account_ids: Sequence[int], paper: str, app_branding: bool,
                      report_day: int | None, version: int) -> TemplateData:
        """Store the brand's choice for the kind at the version seen (0 when none was);
        ValidationFailed names the field, Conflict when it changed meanwhile."""
        data = TemplateData(tuple(sections), tuple(account_ids), paper, app_branding,
                            report_day, version)
        return store.save_template(self._sf, brand_id, ReportKind(kind), data)

    def email_template(self, language: str) -> EmailTexts:
        """(subject, body) with {brand} {period} {kind}; defaults when none is stored."""
        return store.email_texts(self._sf, language)

    def save_email_template(self, language: str, subject: str, body: str) -> EmailTexts:
        return store.save_email_texts(self._sf, language, subject, body)

    # Notes ----------------------------------------------------------------------------------

    def save_notes(self, brand_id: int, kind: ReportKind | str, start: date, end: date,
                   what_worked: str, what_did_not: str, next_actions: str,
                   version: int | None = None) -> int:
        """Save the notes as the period's review (the quarter's for quarterly); its id.
        With `version`, an edit of a review changed meanwhile raises Conflict."""
        return store.save_notes(self._sf, brand_id, _review_kind(kind), start, end,
                                (what_worked, what_did_not, next_actions), version)

    # Due reports ----------------------------------------------------------------------------

    def due(self, brand_ids: Sequence[int], today: date | None = None,
            week_start: int = 0) -> list[DueReport]:
        """The reports due today: weekly on the report day of a brand with a weekly template,
        monthly in the first days of a month, quarterly in the first days after a quarter."""
        today = today or self._today()
        weekly = self._weekly_days(brand_ids)
        found: list[DueReport] = []
        for brand_id in brand_ids:
            if brand_id in weekly and report_rules.weekly_due(today, weekly[brand_id],
                                                               week_start):
                found.append(DueReport(brand_id, ReportKind.WEEKLY,
                                       *rd.last_complete(ReportKind.WEEKLY, today, week_start)))
            if report_rules.monthly_due(today):
                found.append(DueReport(brand_id, ReportKind.MONTHLY,
                                       *rd.last_complete(ReportKind.MONTHLY, today)))
            first, _ = rd.period_of(ReportKind.QUARTERLY, today)
            if report_rules.quarterly_due(today, first):
                found.append(DueReport(brand_id, ReportKind.QUARTERLY,
                                       *rd.period_of(ReportKind.QUARTERLY,
                                                     first - timedelta(days=1))))
        return found

    def _weekly_days(self, brand_ids: Sequence[int]) -> dict[int, int | None]:
        """The brands with a weekly template, with its report day."""
        with self._sf() as s:
            rows = s.execute(select(ReportTemplate.brand_id, ReportTemplate.report_day).where(
                ReportTemplate.brand_id.in_(list(brand_ids)),
                ReportTemplate.kind == ReportKind.WEEKLY.value,
                ReportTemplate.deleted_at.is_(None)))
            return {brand_id: day for brand_id, day in rows}


def _with_template(report: Report, stored: TemplateData) -> Report:
    """The report with the template's paper and branding choice."""
    return replace(report, paper=stored.paper, app_branding=stored.app_branding)

"""What the Reports tab saves: a brand's template per kind, the email texts per language, and
the manager's notes of a period (a weekly, monthly or the quarter's Review)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, EmailTemplate, ReportTemplate, Review, SocialAccount
from smm_desktop.domain.enums import ReviewKind
from smm_desktop.domain.errors import Conflict, FieldError
from smm_desktop.domain.quarters import quarter_of
from smm_desktop.reports import report_data as rd
from smm_desktop.reports.report_data import EmailTexts, NotesSection, ReportKind, TemplateData
from smm_desktop.services._base import load_live, refuse_invalid
from smm_desktop.services.review_data import TEXT_MAX

SUBJECT_MAX, BODY_MAX = 300, 10_000


# ---- report templates -----------------------------------------------------------------------

def _json_list(text: str) -> list[object]:
    try:
        found = json.loads(text) if text else []
    except ValueError:
        return []
    return found if isinstance(found, list) else []


def template_data(row: ReportTemplate | None, kind: ReportKind) -> TemplateData:
    """The stored choice (unknown section keys dropped), or the kind's defaults."""
    if row is None:
        return TemplateData(rd.default_sections(kind), (), "auto", False, None, 0)
    sections = tuple(dict.fromkeys(k for k in _json_list(row.sections)
                                   if isinstance(k, str) and k in rd.ALL_SECTIONS))
    ids = tuple(i for i in _json_list(row.account_ids) if isinstance(i, int))
    paper = row.paper if row.paper in rd.PAPERS else "auto"
    return TemplateData(sections, ids, paper, bool(row.app_branding), row.report_day,
                        row.version)


def find_template(s: Session, brand_id: int, kind: ReportKind) -> ReportTemplate | None:
    return s.scalar(select(ReportTemplate).where(
        ReportTemplate.brand_id == brand_id, ReportTemplate.kind == kind.value,
        ReportTemplate.deleted_at.is_(None)))


def template_errors(s: Session, brand_id: int, data: TemplateData) -> list[FieldError]:
    """Unknown or repeated sections, another brand's accounts, a paper or day out of range."""
    errors = []
    if len(set(data.sections)) != len(data.sections) or any(
            k not in rd.ALL_SECTIONS for k in data.sections):
        errors.append(FieldError("sections", "unknown"))
    if data.account_ids:
        mine = set(s.scalars(select(SocialAccount.id).where(
            SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None))))
        if not set(data.account_ids) <= mine:
            errors.append(FieldError("account_ids", "unknown"))
    if data.paper not in rd.PAPERS:
        errors.append(FieldError("paper", "unknown"))
    if data.report_day is not None and not 0 <= data.report_day <= 6:
        errors.append(FieldError("report_day", "range", {"min": "0", "max": "6"}))
    return errors


def save_template(sf: sessionmaker[Session], brand_id: int, kind: ReportKind,
                  data: TemplateData) -> TemplateData:
    """Create or change the brand's template of the kind at the version seen (0 = none yet)."""
    try:
        with sf.begin() as s:
            refuse_invalid(template_errors(s, brand_id, data))
            row = find_template(s, brand_id, kind)
            if row is None and data.version:
                raise Conflict("ReportTemplate", 0)
            if row is not None and row.version != data.version:
                raise Conflict("ReportTemplate", row.id)
            if row is None:
                row = ReportTemplate(brand_id=brand_id, kind=kind.value)
                s.add(row)
            row.sections = json.dumps(list(data.sections))
            row.account_ids = json.dumps(list(data.account_ids)) if data.account_ids else ""
            row.paper, row.app_branding = data.paper, data.app_branding
            row.report_day = data.report_day
            s.flush()
            return template_data(row, kind)
    except StaleDataError as err:
        raise Conflict("ReportTemplate", 0) from err


# ---- email texts ----------------------------------------------------------------------------

def email_texts(sf: sessionmaker[Session], language: str) -> EmailTexts:
    """The language's stored subject and body, else the defaults (English for others); a
    stored copy of a first default ("{kind} report" around a title saying "report") reads
    as today's default, a template the person wrote is kept as written."""
    default = EmailTexts(*rd.DEFAULT_EMAIL.get(language, rd.DEFAULT_EMAIL["en"]))
    old = rd.OLD_DEFAULT_EMAIL.get(language, ("", ""))
    with sf() as s:
        row = s.scalar(select(EmailTemplate).where(EmailTemplate.language == language,
                                                   EmailTemplate.deleted_at.is_(None)))
        if row is not None:
            return EmailTexts(default.subject if row.subject == old[0] else row.subject,
                              default.body if row.body == old[1] else row.body)
    return default


def save_email_texts(sf: sessionmaker[Session], language: str, subject: str,
                     body: str) -> EmailTexts:
    """Store the language's subject and body (the latest save wins)."""
    errors = []
    if language not in rd.LANGUAGES:
        errors.append(FieldError("language", "unknown"))
    if len(subject) > SUBJECT_MAX or "\n" in subject or "\r" in subject:
        errors.append(FieldError("subject", "too_long" if len(subject) > SUBJECT_MAX
                                 else "one_line", {"max": str(SUBJECT_MAX)}))
    if len(body) > BODY_MAX:
        errors.append(FieldError("body", "too_long", {"max": str(BODY_MAX)}))
    refuse_invalid(errors)
    with sf.begin() as s:
        row = s.scalar(select(EmailTemplate).where(EmailTemplate.language == language))
        if row is None:
            row = EmailTemplate(language=language)
            s.add(row)
        row.subject, row.body, row.deleted_at = subject, body, None
        s.flush()
        return EmailTexts(row.subject, row.body)


# ---- notes ----------------------------------------------------------------------------------

def _review_query(brand_id: int, kind: ReviewKind, start: date, end: date) -> Select[Review]:
    """The period's review: a quarterly one by its quarter, others by their exact days."""
    query = select(Review).where(Review.brand_id == brand_id, Review.kind == kind.value,
                                 Review.deleted_at.is_(None))
    if kind is ReviewKind.QUARTERLY:
        return query.where(Review.period_start == quarter_of(start).first_day)
    return query.where(Review.period_start == start, Review.period_end == end)


def find_notes(sf: sessionmaker[Session], brand_id: int, kind: ReviewKind, start: date,
               end: date) -> NotesSection | None:
    with sf() as s:
        row = s.scalars(_review_query(brand_id, kind, start, end).order_by(Review.id)).first()
        if row is None:
            return None
        return NotesSection(row.what_worked, row.what_did_not, row.next_actions, row.id)


def save_notes(sf: sessionmaker[Session], brand_id: int, kind: ReviewKind, start: date,
               end: date, texts: Sequence[str], version: int | None = None) -> int:
    """Write the notes into the period's review (made when missing); the review's id."""
    names = ("what_worked", "what_did_not", "next_actions")
    refuse_invalid([FieldError(n, "too_long", {"max": str(TEXT_MAX)})
                    for n, t in zip(names, texts, strict=True) if len(t) > TEXT_MAX])
    try:
        with sf.begin() as s:
            row = s.scalars(_review_query(brand_id, kind, start, end)
                            .order_by(Review.id)).first()
            if row is None:
                row = _new_review(s, brand_id, kind, start, end)
            elif version is not None and row.version != version:
                raise Conflict("Review", row.id)
            for name, text in zip(names, texts, strict=True):
                setattr(row, name, text)
            row.updated_at = utcnow()
            s.flush()
            return row.id
    except StaleDataError as err:
        raise Conflict("Review", 0) from err


def _new_review(s: Session, brand_id: int, kind: ReviewKind, start: date,
                end: date) -> Review:
    """A weekly or monthly review is complete once written; a quarter's stays a draft for
    the quarterly review flow to finish."""
    load_live(s, Brand, brand_id)
    if kind is ReviewKind.QUARTERLY:
        start, end = quarter_of(start).first_day, quarter_of(start).last_day
    row = Review(brand_id=brand_id, kind=kind.value, period_start=start, period_end=end,
                 completed_at=None if kind is ReviewKind.QUARTERLY else utcnow())
    s.add(row)
    return row

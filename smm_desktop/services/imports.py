"""Importing the platforms' analytics exports: preview (read, find the account, plan every
row; writes nothing), commit (all or nothing, logged), undo, the import log and the column
mappings remembered for files the app does not recognise. Codes only, no user text."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.base import utcnow
from smm_desktop.db.models.numbers import ColumnMapping, ImportLog
from smm_desktop.domain.errors import FieldError, NotFound, ValidationFailed
from smm_desktop.importers.read import read_export, read_mapped
from smm_desktop.importers.records import (
    AccountDayRow,
    CampaignDayRow,
    DateOrder,
    FollowerRow,
    Kind,
    PostMetricsRow,
    Problem,
    ReadResult,
)
from smm_desktop.services import import_state as st
from smm_desktop.services.import_accounts import (
    ADS_PLATFORMS,
    choose_account,
    only_brand,
    platforms_of,
)
from smm_desktop.services.import_plan import PostPlanner
from smm_desktop.services.import_plan_days import DayPlanner
from smm_desktop.services.import_reuse import PlanCache, restamp, stamp
from smm_desktop.services.import_undo import undo as undo_import
from smm_desktop.services.import_write import write
from smm_desktop.services.numbers_data import ImportLogData, ImportPreview, RowPlan

MAX_BYTES = 200 * 1024 * 1024
# A chosen account refused: the file cannot be that account's.
ACCOUNT_REFUSALS = ("account_platform_mismatch", "account_other_brand")


@dataclass(frozen=True)
class _Planned:
    plans: tuple[RowPlan, ...]
    writes: st.Writes


def _log_data(row: ImportLog) -> ImportLogData:
    return ImportLogData(
        id=row.id, brand_id=row.brand_id, account_id=row.account_id, file_name=row.file_name,
        platform=row.platform, kind=row.kind, first_day=row.first_day, last_day=row.last_day,
        imported_at=row.imported_at, rows_added=row.rows_added, rows_updated=row.rows_updated,
        rows_skipped=row.rows_skipped, undone_at=row.undone_at)


def read_file(path: Path) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, or the problem at line 0 (missing, unreadable, too large)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, Problem(0, "", "too_large", path.name)
        return path.read_bytes(), None
    except OSError:
        return None, Problem(0, "", "unreadable", path.name)


def _span(results: Sequence[ReadResult]) -> tuple[date | None, date | None]:
    ranges = [r.date_range for r in results if r.date_range is not None]
    if not ranges:
        return None, None
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def _unreadable(path: Path, problem: Problem, brand_id: int | None) -> ImportPreview:
    return ImportPreview(
        source=path.name, file_hash="", results=(), platform="unknown", kind="", format="",
        encoding=None, brand_id=brand_id, account_id=None, accounts=(), first_day=None,
        last_day=None, plans=(), adds=0, updates=0, skips=0, problems=(problem,),
        ambiguous_dates=(), already_imported=None, recognised=False, signature="")


def plan_results(s: Session, results: Sequence[ReadResult], account_id: int | None,
                 brand_id: int | None, as_of: date) -> _Planned:
    """Every row of the recognised results planned against the database (loaded once)."""
    first, last = _span(results)
    platform = next((r.platform for r in results if r.recognised), "unknown")
    # lifetime numbers are as of the file's last day (else today): an older file is older
    state = st.State(platform, account_id, brand_id, min(last, as_of) if last else as_of)
    state.zone, state.today = st.brand_zone(s, brand_id), as_of
    kinds = {r.kind for r in results if r.recognised}
    if account_id is not None and "post_metrics" in kinds:
        st.load_metrics(s, state)
        st.load_posts(s, state, first, last)
    if account_id is not None and first is not None and last is not None and kinds & {
            "account_daily", "follower_history"}:
        st.load_snapshots(s, state, first, last)
    if brand_id is not None and "campaign_daily" in kinds:
        st.load_campaigns(s, state)
    writes = st.Writes()
    posts, days = PostPlanner(state, writes), DayPlanner(state, writes)
    for result in results:
        if result.recognised and _can_plan(result.kind, account_id, brand_id):
            _plan_rows(result, posts, days)
    return _Planned(tuple(posts.plans) + tuple(days.plans), writes)


def _can_plan(kind: Kind | None, account_id: int | None, brand_id: int | None) -> bool:
    return brand_id is not None if kind == "campaign_daily" else account_id is not None


def _plan_rows(result: ReadResult, posts: PostPlanner, days: DayPlanner) -> None:
    for row in result.rows:
        if isinstance(row, PostMetricsRow):
            posts.plan(row)
        elif isinstance(row, FollowerRow):
            days.followers(row)
        elif isinstance(row, CampaignDayRow):
            days.campaign_day(row)
        elif isinstance(row, AccountDayRow):
            days.post_day(row) if result.kind == "post_daily" else days.account_day(row)


class ImportService:
    """Imports of analytics exports into one workspace."""

    def __init__(self, session_factory: sessionmaker[Session],
                 now: Callable[[], datetime] = utcnow) -> None:
        self._sf = session_factory
        self._now = now
        self._plans: PlanCache[_Planned] = PlanCache()  # the previews' plans, for the commit

    def preview(self, path: Path, brand_id: int | None = None, account_id: int | None = None,
                date_order: DateOrder | None = None, mapping: Mapping[str, str] | None = None,
                kind: Kind | None = None) -> ImportPreview:
        """What committing the file would do; writes nothing."""
        data, problem = read_file(Path(path))
        if data is None:
            assert problem is not None
            return _unreadable(Path(path), problem, brand_id)
        results = self._read(data, Path(path).name, date_order, mapping, kind)
        with self._sf() as s:
            return self._preview(s, Path(path).name, data, results, brand_id, account_id)

    def _read(self, data: bytes, name: str, date_order: DateOrder | None,
              mapping: Mapping[str, str] | None, kind: Kind | None) -> tuple[ReadResult, ...]:
        """The file's tables; an unknown one through the mapping given or remembered."""
        latest = self._latest_day()
        results = read_export(data, name, date_order=date_order, latest=latest)
        if mapping is not None and kind is not None:
            return (read_mapped(data, name, mapping, kind, date_order=date_order,
                                latest=latest),)
        if results and not any(r.recognised for r in results):
            remembered = self._remembered(results[0].signature)
            if remembered is not None:
                saved_kind, saved = remembered
                return (read_mapped(data, name, saved, saved_kind, date_order=date_order,
                                    latest=latest),)
        return results

    def _latest_day(self) -> date:
        """Today where it is latest on Earth (UTC+14): a row dated after it is in the future
        wherever the file was made."""
        return (self._now() + timedelta(hours=14)).date()

    def _remembered(self, signature: str) -> tuple[Kind, dict[str, str]] | None:
        with self._sf() as s:
            row = s.scalar(select(ColumnMapping).where(ColumnMapping.signature == signature,
                                                       ColumnMapping.deleted_at.is_(None)))
            if row is None or row.kind not in st.KINDS:
                return None
            return row.kind, json.loads(row.mapping or "{}")  # type: ignore[return-value]

    def _preview(self, s: Session, name: str, data: bytes, results: tuple[ReadResult, ...],
                 brand_id: int | None, account_id: int | None) -> ImportPreview:
        known = [r for r in results if r.recognised]
        platform = known[0].platform if known else (results[0].platform if results else "unknown")
        kind = known[0].kind or "" if known else ""
        choice = choose_account(s, platform, known, brand_id, account_id)
        brand = choice.brand_id if choice.brand_id is not None else brand_id
        if brand is None and kind == "campaign_daily" and not choice.candidates:
            brand = only_brand(s)
        as_of = self._now().date()
        planned = plan_results(s, known, choice.account_id, brand, as_of)
        made = stamp(s)
        preview = _make_preview(s, name, data, results, platform, kind, brand, choice, planned)
        self._plans.keep(preview, planned, (choice.account_id, brand, as_of), made)
        return preview

    def commit(self, preview: ImportPreview, accept_partial: bool = False) -> ImportLogData:
        """Write the planned rows in one unit of work, logged; refused (ValidationFailed)
        with problems unless accept_partial, without an account, or unrecognised."""
        _refuse(preview, accept_partial)
        with self._sf.begin() as s:
            account_id, brand_id = _target(s, preview)
            planned = self._plan_again(s, preview, account_id, brand_id)
            log = _new_log(preview, account_id, brand_id, planned.plans, self._now())
            s.add(log)
            s.flush()
            write(s, planned.writes, log.id, account_id)
            return _log_data(log)

    def _plan_again(self, s: Session, preview: ImportPreview, account_id: int | None,
                    brand_id: int | None) -> _Planned:
        """The preview's plan when the database did not change since (and it was made for
        this account, brand and day), else the rows planned again."""
        as_of = self._now().date()
        planned = self._plans.take(s, preview, (account_id, brand_id, as_of))
        if planned is not None:
            restamp(planned.writes)
            return planned
        known = [r for r in preview.results if r.recognised]
        return plan_results(s, known, account_id, brand_id, as_of)

    def undo(self, import_id: int, force: bool = False) -> ImportLogData:
        """Take back what the import added (posts and campaigns to the trash) and restore what
        it changed; Conflict "later_import" when a later import still in force changed the
        same rows; ChangedSince ("changed_since", with counts) when rows were edited after
        the import, unless `force`: then those rows are kept as they are and the rest undone."""
        with self._sf.begin() as s:
            return _log_data(undo_import(s, import_id, force))

    def log(self, brand_id: int | None = None) -> list[ImportLogData]:
        """The imports, newest first (of one brand when given)."""
        query = select(ImportLog).order_by(ImportLog.imported_at.desc(), ImportLog.id.desc())
        if brand_id is not None:
            query = query.where(ImportLog.brand_id == brand_id)
        with self._sf() as s:
            return [_log_data(row) for row in s.scalars(query)]

    def get_log(self, import_id: int) -> ImportLogData:
        with self._sf() as s:
            row = s.get(ImportLog, import_id)
            if row is None:
                raise NotFound("ImportLog", import_id)
            return _log_data(row)

    def mapping_for(self, signature: str) -> dict[str, str] | None:
        """The column mapping remembered for files with this header signature."""
        with self._sf() as s:
            row = s.scalar(select(ColumnMapping).where(ColumnMapping.signature == signature,
                                                       ColumnMapping.deleted_at.is_(None)))
            return None if row is None else dict(json.loads(row.mapping or "{}"))

    def save_mapping(self, signature: str, label: str, platform: str, kind: Kind,
                     mapping: Mapping[str, str]) -> None:
        """Remember (or replace) the mapping of files with this header signature."""
        if kind not in st.KINDS:
            raise ValidationFailed([FieldError("kind", "unknown_kind")])
        with self._sf.begin() as s:
            row = s.scalar(select(ColumnMapping).where(ColumnMapping.signature == signature))
            if row is None:
                row = ColumnMapping(signature=signature)
                s.add(row)
            row.label, row.platform, row.kind = label[:200], platform[:30], kind
            row.mapping, row.deleted_at = json.dumps(dict(mapping), ensure_ascii=False), None


def _refuse(preview: ImportPreview, accept_partial: bool) -> None:
    errors: list[FieldError] = []
    if not preview.recognised:
        errors.append(FieldError("file", "not_recognised"))
    elif preview.problems and not accept_partial:
        errors.append(FieldError("file", "has_problems", {"count": str(len(preview.problems))}))
    if preview.recognised and preview.ambiguous_dates:
        errors.append(FieldError("date_order", "ambiguous_dates"))
    if preview.account_reason in ACCOUNT_REFUSALS:
        errors.append(FieldError("account_id", preview.account_reason))
    elif preview.recognised and preview.kind != "campaign_daily" and preview.account_id is None:
        errors.append(FieldError("account_id", "account_required"))
    if preview.recognised and preview.kind == "campaign_daily" and preview.brand_id is None:
        errors.append(FieldError("brand_id", "brand_required"))
    if errors:
        raise ValidationFailed(errors)


def _target(s: Session, preview: ImportPreview) -> tuple[int | None, int | None]:
    """The chosen account (still there) and the brand it belongs to."""
    from smm_desktop.db.models import SocialAccount

    if preview.account_id is None:
        return None, preview.brand_id
    row = s.get(SocialAccount, preview.account_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("SocialAccount", preview.account_id)
    platforms = platforms_of(preview.platform)
    if platforms and row.platform not in platforms:
        raise ValidationFailed([FieldError("account_id", "account_platform_mismatch")])
    return row.id, row.brand_id


def _counts(plans: Sequence[RowPlan]) -> tuple[int, int, int]:
    adds = sum(1 for p in plans if p.action == "add")
    updates = sum(1 for p in plans if p.action == "update")
    return adds, updates, len(plans) - adds - updates


def _new_log(preview: ImportPreview, account_id: int | None, brand_id: int | None,
             plans: Sequence[RowPlan], now: datetime) -> ImportLog:
    adds, updates, skips = _counts(plans)
    summary = {"encoding": preview.encoding, "format": preview.format,
               "problems": len(preview.problems)}
    return ImportLog(
        brand_id=brand_id, account_id=account_id, file_name=preview.source[:500],
        file_hash=preview.file_hash, platform=preview.platform[:30], kind=preview.kind[:30],
        first_day=preview.first_day, last_day=preview.last_day, imported_at=now,
        rows_added=adds, rows_updated=updates, rows_skipped=skips, summary=json.dumps(summary))


def _make_preview(s: Session, name: str, data: bytes, results: tuple[ReadResult, ...],
                  platform: str, kind: str, brand: int | None, choice: object,
                  planned: _Planned) -> ImportPreview:
    from smm_desktop.services.import_accounts import AccountChoice

    assert isinstance(choice, AccountChoice)
    digest = hashlib.sha256(data).hexdigest()
    first, last = _span([r for r in results if r.recognised])
    adds, updates, skips = _counts(planned.plans)
    known = [r for r in results if r.recognised]
    return ImportPreview(
        source=name, file_hash=digest, results=results, platform=platform, kind=kind,
        format=known[0].format if known else (results[0].format if results else ""),
        encoding=results[0].encoding if results else None, brand_id=brand,
        account_id=choice.account_id, accounts=choice.candidates, first_day=first,
        account_reason=choice.reason, named_account=choice.named,
        last_day=last, plans=planned.plans, adds=adds, updates=updates, skips=skips,
        problems=tuple(p for r in results for p in r.problems),
        ambiguous_dates=tuple(dict.fromkeys(c for r in results for c in r.ambiguous_dates)),
        already_imported=_already(s, digest), recognised=bool(known),
        signature=results[0].signature if results else "")


def _already(s: Session, digest: str) -> ImportLogData | None:
    row = s.scalar(select(ImportLog).where(ImportLog.file_hash == digest,
                                           ImportLog.undone_at.is_(None))
                   .order_by(ImportLog.id.desc()).limit(1))
    return None if row is None else _log_data(row)


__all__ = ["ADS_PLATFORMS", "ImportService", "read_file"]

"""Competitor snapshots from a tracking sheet (CSV or XLSX): a preview that writes nothing (rows
to add, update or skip per account and day, the competitors and accounts the file names that
the brand does not have, the bad cells), then a commit in ONE unit of work, all or nothing,
checked by the same rules as the competitors service. Re-importing a file changes nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.models import Brand, Competitor, CompetitorAccount, CompetitorSnapshot
from smm_desktop.domain import competitors as rules
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.importers.competitor_sheet import CompetitorRow, read_competitor_sheet
from smm_desktop.importers.records import DateOrder, Problem
from smm_desktop.services import _ordering
from smm_desktop.services import competitor_rows as conv
from smm_desktop.services._base import load_live
from smm_desktop.services.competitor_data import (
    CompetitorAccountInput,
    CompetitorInput,
    SnapshotInput,
)

MAX_BYTES = 200 * 1024 * 1024
Action = Literal["add", "update", "skip"]
_ORDERED = cast(Any, Competitor)
# Snapshot field -> the sheet field that feeds it (the note is the notable piece's note).
_SOURCE = {"notable_note": "note"}


@dataclass(frozen=True, slots=True)
class FieldProblem(Problem):
    """A row the competitors' rules refuse: a Problem with the FieldError's parameters."""

    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MissingAccount:
    """An account the file names that the brand's competitors do not have; `competitor_id` is
    None when the competitor is new too."""

    competitor: str
    platform: Platform
    handle: str
    profile_url: str
    competitor_id: int | None
    lines: tuple[int, ...]


@dataclass(frozen=True)
class RowPlan:
    """What the commit would do with one good row. reason: "new", "new_account", "same",
    "recorded" (the day has other values: updated only when replacing), "duplicate" (the
    same account and day again further down: the last one counts)."""

    line: int
    action: Action
    reason: str
    competitor: str
    platform: Platform
    handle: str
    day: date
    account_id: int | None
    changes: tuple[str, ...] = ()  # the fields an update would change


@dataclass(frozen=True)
class CompetitorImportPreview:
    """Everything the dialog shows before importing; `rows` are the sheet's good rows (the
    commit plans them again against the database as it is then)."""

    path: Path
    source: str
    brand_id: int | None
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    columns: dict[str, str]
    missing_columns: tuple[str, ...]
    rows: tuple[CompetitorRow, ...]
    plans: tuple[RowPlan, ...]
    missing: tuple[MissingAccount, ...]
    problems: tuple[Problem, ...]
    ambiguous_dates: tuple[str, ...]
    date_order: DateOrder | None

    @property
    def recognised(self) -> bool:
        return not self.missing_columns and not any(p.line == 0 for p in self.problems)

    def count(self, action: Action) -> int:
        return sum(1 for p in self.plans if p.action == action)

    @property
    def days(self) -> tuple[date, date] | None:
        found = [p.day for p in self.plans]
        return (min(found), max(found)) if found else None


@dataclass(frozen=True)
class ImportOutcome:
    """What a commit wrote."""

    added: int
    updated: int
    skipped: int
    competitors_created: int
    accounts_created: int


@dataclass
class _Known:
    """The brand's competitors and their live accounts, keyed as the matching needs them."""

    accounts: dict[tuple[str, str], tuple[int, int, str]]  # (platform, key) -> ids, name
    competitors: dict[str, int]  # casefolded name -> id


class CompetitorImportService:
    """Preview and commit of competitor tracking sheets for one brand."""

    def __init__(self, session_factory: sessionmaker[Session],
                 today: Callable[[], date] = date.today) -> None:
        self._sf = session_factory
        self._today = today

    def preview(self, path: Path, brand_id: int | None,
                date_order: DateOrder | None = None) -> CompetitorImportPreview:
        """Read the file and plan every row against the database; writes NOTHING."""
        sheet = read_competitor_sheet(_bytes(path), path.name, date_order=date_order)
        rows, problems = self._checked(sheet.rows, sheet.columns)
        with self._sf() as s:
            known = _known(s, brand_id) if brand_id else _Known({}, {})
            plans, missing = _plan(s, known, rows)
        return CompetitorImportPreview(
            path, path.name, brand_id, sheet.encoding, sheet.delimiter, sheet.sheet,
            sheet.columns, sheet.missing_columns, rows, tuple(plans), tuple(missing),
            tuple(sorted(sheet.problems + problems, key=lambda p: p.line)),
            sheet.ambiguous_dates, date_order or sheet.date_order)

    def commit(self, preview: CompetitorImportPreview, create_missing: bool = False,
               replace: bool = False, accept_partial: bool = False) -> ImportOutcome:
        """All or nothing in one unit of work; refuses (ValidationFailed on "file") a file not
        recognised, with unanswered ambiguous dates, or with bad rows unless accept_partial."""
        refuse = _refusal(preview, accept_partial)
        if refuse:
            raise ValidationFailed([FieldError("file", refuse)])
        assert preview.brand_id is not None
        with self._sf.begin() as s:
            load_live(s, Brand, preview.brand_id)
            return _write(s, preview, create_missing, replace)

    def _checked(self, rows: Sequence[CompetitorRow], columns: dict[str, str],
                 ) -> tuple[tuple[CompetitorRow, ...], tuple[Problem, ...]]:
        """The rows that pass the competitors' own checks, and the problems of the others."""
        kept: list[CompetitorRow] = []
        problems: list[Problem] = []
        for row in rows:
            errors = row_errors(row, self._today())
            problems += [_problem(row, e, columns) for e in errors]
            if not errors:
                kept.append(row)
        return tuple(kept), tuple(problems)


def _bytes(path: Path) -> bytes:
    """The file's bytes; b"" (read as "no table") when it is missing, unreadable or too big."""
    try:
        return b"" if path.stat().st_size > MAX_BYTES else path.read_bytes()
    except OSError:
        return b""


def snapshot_of(row: CompetitorRow, base: SnapshotInput | None = None) -> SnapshotInput:
    """The row's values over `base` (only the fields the row has), or a new snapshot."""
    start = base or SnapshotInput(row.day)
    values: dict[str, Any] = {}
    for name in row.given():
        value = getattr(row, name)
        if name == "hashtags":
            value = rules.split_hashtags(value)
        values["notable_note" if name == "note" else name] = value
    return dataclasses.replace(start, day=row.day, **values)


def row_errors(row: CompetitorRow, today: date) -> list[FieldError]:
    """The competitors service's checks: the snapshot, the account and the competitor's name."""
    errors = conv.snapshot_errors(snapshot_of(row), today)
    errors += conv.account_errors(CompetitorAccountInput(row.platform, row.handle,
                                                         row.profile_url))
    if row.competitor:
        errors += conv.competitor_errors(CompetitorInput(row.competitor))
    return errors


def _problem(row: CompetitorRow, error: FieldError, columns: dict[str, str]) -> Problem:
    """A FieldError of a row as a Problem at its line and column (the header as written)."""
    field = {"notable_note": "note", "profile_url": "handle", "name": "competitor"}.get(
        error.field, error.field)
    value = getattr(row, field, "")
    raw = row.profile_url or row.handle if field == "handle" else value
    params = dict(error.params)
    if error.code == "wrong_site":
        params.setdefault("platform", row.platform.value)
    return FieldProblem(row.line, columns.get(field, field), error.code,
                        "" if raw is None else str(raw), tuple(params.items()))


def _known(s: Session, brand_id: int) -> _Known:
    """The brand's live competitors (archived too: no duplicate is made of them)."""
    query = (select(Competitor, CompetitorAccount)
             .outerjoin(CompetitorAccount, (CompetitorAccount.competitor_id == Competitor.id)
                        & CompetitorAccount.deleted_at.is_(None))
             .where(Competitor.brand_id == brand_id, Competitor.deleted_at.is_(None))
             .order_by(Competitor.position, Competitor.id))
    known = _Known({}, {})
    for competitor, account in s.execute(query):
        known.competitors.setdefault(competitor.name.strip().casefold(), competitor.id)
        if account is not None:
            key = (account.platform, account.handle_key)
            known.accounts.setdefault(key, (account.id, competitor.id, competitor.name))
    return known


def _key(row: CompetitorRow) -> tuple[str, str]:
    return row.platform.value, conv.v.handle_key(row.handle)


def _plan(s: Session, known: _Known, rows: Sequence[CompetitorRow],
          ) -> tuple[list[RowPlan], list[MissingAccount]]:
    """A plan per row against the stored snapshots, and the accounts to create."""
    last = {(_key(r), r.day): r.line for r in rows}
    stored = _stored(s, [known.accounts[_key(r)][0] for r in rows if _key(r) in known.accounts])
    plans: list[RowPlan] = []
    missing: dict[tuple[str, str], MissingAccount] = {}
    for row in rows:
        found = known.accounts.get(_key(row))
        name = found[2] if found else row.competitor or row.handle
        if found is None:
            _note_missing(missing, known, row)
        action, reason, changes = _decide(row, found, stored, last)
        plans.append(RowPlan(row.line, action, reason, name, row.platform, row.handle,
                             row.day, found[0] if found else None, changes))
    return plans, list(missing.values())


def _note_missing(missing: dict[tuple[str, str], MissingAccount], known: _Known,
                  row: CompetitorRow) -> None:
    key = _key(row)
    name = row.competitor or row.handle
    old = missing.get(key)
    if old is None:
        missing[key] = MissingAccount(name, row.platform, row.handle, row.profile_url,
                                      known.competitors.get(name.strip().casefold()), (row.line,))
    else:
        missing[key] = dataclasses.replace(old, lines=(*old.lines, row.line))


def _stored(s: Session, account_ids: Sequence[int],
            ) -> dict[tuple[int, date], CompetitorSnapshot]:
    """The snapshots (live and trashed) of these accounts, by account and day."""
    if not account_ids:
        return {}
    rows = s.scalars(select(CompetitorSnapshot).where(
        CompetitorSnapshot.account_id.in_(set(account_ids))))
    return {(r.account_id, r.day): r for r in rows}


def _decide(row: CompetitorRow, found: tuple[int, int, str] | None,
            stored: dict[tuple[int, date], CompetitorSnapshot],
            last: dict[tuple[tuple[str, str], date], int]) -> tuple[Action, str, tuple[str, ...]]:
    if last[(_key(row), row.day)] != row.line:
        return "skip", "duplicate", ()
    if found is None:
        return "add", "new_account", ()
    existing = stored.get((found[0], row.day))
    if existing is None or existing.deleted_at is not None:
        return "add", "new", ()
    changes = _changes(existing, row)
    return ("update", "recorded", changes) if changes else ("skip", "same", ())


def _changes(existing: CompetitorSnapshot, row: CompetitorRow) -> tuple[str, ...]:
    """The columns a merge of `row` into `existing` would change."""
    base = conv.snapshot_data(existing, None).to_input()
    merged = conv.snapshot_values(snapshot_of(row, base))
    return tuple(k for k, value in merged.items() if getattr(existing, k) != value)


def _refusal(preview: CompetitorImportPreview, accept_partial: bool) -> str | None:
    if preview.brand_id is None:
        return "brand_required"
    if not preview.recognised:
        return "not_recognised"
    if preview.ambiguous_dates and preview.date_order is None:
        return "ambiguous_dates"
    if preview.problems and not accept_partial:
        return "has_problems"
    return None


def _write(s: Session, preview: CompetitorImportPreview, create_missing: bool,
           replace: bool) -> ImportOutcome:
    """Plan again against the database as it is now, create what is missing, write the rows."""
    assert preview.brand_id is not None
    known = _known(s, preview.brand_id)
    plans, missing = _plan(s, known, preview.rows)
    made = _create(s, preview.brand_id, known, missing) if create_missing else (0, 0)
    stored = _stored(s, [a for a, _, _ in known.accounts.values()])
    by_line = {row.line: row for row in preview.rows}
    added = updated = 0
    for plan in plans:
        account = known.accounts.get(_key(by_line[plan.line]))
        if plan.action == "skip" or account is None or (plan.action == "update" and not replace):
            continue
        row = by_line[plan.line]
        existing = stored.get((account[0], row.day))
        _put(s, account[0], row, existing)
        added, updated = (added, updated + 1) if plan.action == "update" else (added + 1, updated)
    s.flush()
    return ImportOutcome(added, updated, len(plans) - added - updated, *made)


def _put(s: Session, account_id: int, row: CompetitorRow,
         existing: CompetitorSnapshot | None) -> None:
    """Insert, bring back from the trash (the file's values only) or merge into the day."""
    if existing is None:
        existing = CompetitorSnapshot(account_id=account_id)
        s.add(existing)
    live = existing.deleted_at is None and existing.id is not None
    base = conv.snapshot_data(existing, None).to_input() if live else None
    existing.deleted_at = None
    conv.apply_snapshot(existing, snapshot_of(row, base))


def _create(s: Session, brand_id: int, known: _Known,
            missing: Sequence[MissingAccount]) -> tuple[int, int]:
    """The missing competitors (last in the order) and accounts; `known` learns them."""
    competitors = accounts = 0
    for item in missing:
        key = item.competitor.strip().casefold()
        competitor_id = known.competitors.get(key)
        if competitor_id is None:
            competitor = Competitor(brand_id=brand_id,
                                    position=_ordering.next_position(s, _ORDERED, brand_id))
            conv.apply_competitor(competitor, CompetitorInput(item.competitor))
            s.add(competitor)
            s.flush()
            competitor_id = known.competitors[key] = competitor.id
            competitors += 1
        account = CompetitorAccount(competitor_id=competitor_id)
        conv.apply_account(account, CompetitorAccountInput(item.platform, item.handle,
                                                           item.profile_url))
        s.add(account)
        s.flush()
        known.accounts[(item.platform.value, account.handle_key)] = (
            account.id, competitor_id, item.competitor)
        accounts += 1
    return competitors, accounts

"""Competitor snapshots: one per account and day (a second asks "update or keep?"), the weekly
check of all a brand's competitors on one screen, saved all or nothing, and the last check day."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Competitor, CompetitorAccount, CompetitorSnapshot
from smm_desktop.domain.errors import Conflict, NotFound
from smm_desktop.services import competitor_rows as conv
from smm_desktop.services._base import load_deleted, load_live, mark_deleted, refuse_invalid
from smm_desktop.services.competitor_data import (
    DuplicateConflict,
    SnapshotData,
    SnapshotInput,
    WeeklyRow,
)

_LIVE = CompetitorSnapshot.deleted_at.is_(None)


def _live_account(s: Session, account_id: int) -> CompetitorAccount:
    """The account, NotFound when it or its competitor is in the trash."""
    account = load_live(s, CompetitorAccount, account_id)
    load_live(s, Competitor, account.competitor_id)
    return account


def _previous_followers(s: Session, account_id: int, before: date) -> int | None:
    """The follower count of the account's last live snapshot before the day that has one."""
    return s.scalar(select(CompetitorSnapshot.followers).where(
        CompetitorSnapshot.account_id == account_id, _LIVE, CompetitorSnapshot.day < before,
        CompetitorSnapshot.followers.is_not(None)).order_by(CompetitorSnapshot.day.desc())
        .limit(1))


def _data(s: Session, row: CompetitorSnapshot) -> SnapshotData:
    return conv.snapshot_data(row, _previous_followers(s, row.account_id, row.day))


def _on_day(s: Session, account_id: int, day: date) -> CompetitorSnapshot | None:
    """The row of that day, live or in the trash (the table allows one)."""
    return s.scalar(select(CompetitorSnapshot).where(
        CompetitorSnapshot.account_id == account_id, CompetitorSnapshot.day == day))


def _brand_accounts(s: Session, brand_id: int) -> list[tuple[CompetitorAccount, Competitor]]:
    """Live accounts of the brand's live, unarchived competitors, in the competitors' order."""
    query = (select(CompetitorAccount, Competitor)
             .join(Competitor, Competitor.id == CompetitorAccount.competitor_id)
             .where(Competitor.brand_id == brand_id, Competitor.deleted_at.is_(None),
                    Competitor.archived.is_(False), CompetitorAccount.deleted_at.is_(None))
             .order_by(Competitor.position, Competitor.id, CompetitorAccount.platform,
                       CompetitorAccount.handle_key, CompetitorAccount.id))
    return [(account, competitor) for account, competitor in s.execute(query)]


def _history(s: Session, account_ids: Sequence[int],
             until: date) -> dict[int, list[CompetitorSnapshot]]:
    """The live snapshots of these accounts up to a day, per account by day: one query."""
    found: dict[int, list[CompetitorSnapshot]] = {i: [] for i in account_ids}
    if account_ids:
        query = (select(CompetitorSnapshot)
                 .where(CompetitorSnapshot.account_id.in_(account_ids), _LIVE,
                        CompetitorSnapshot.day <= until)
                 .order_by(CompetitorSnapshot.account_id, CompetitorSnapshot.day))
        for row in s.scalars(query):
            found[row.account_id].append(row)
    return found


def _weekly_row(account: CompetitorAccount, competitor: Competitor,
                rows: list[CompetitorSnapshot], day: date) -> WeeklyRow:
    series = conv.snapshot_series(rows)
    current = series[-1] if series and series[-1].day == day else None
    earlier = [d for d in series if d.day < day]
    return WeeklyRow(account.id, competitor.id, competitor.name,
                     conv.platform_of(account.platform), account.handle,
                     earlier[-1] if earlier else None, current)


_COUNTS = ("followers", "posts", "likes", "comments", "shares", "views")
_TEXTS = ("hashtags", "content_types", "notable_link", "notable_file", "notable_note")


def merged(stored: SnapshotInput, typed: SnapshotInput) -> SnapshotInput:
    """`stored` with what `typed` filled (counts not None, lists and texts not empty); the
    period stays the stored one (the weekly form has no period field)."""
    changes: dict[str, object] = {"day": typed.day}
    changes.update({f: getattr(typed, f) for f in _COUNTS if getattr(typed, f) is not None})
    changes.update({f: getattr(typed, f) for f in _TEXTS if getattr(typed, f)})
    return dataclasses.replace(stored, **changes)  # type: ignore[arg-type]


class SnapshotMixin:
    """The snapshot part of CompetitorService (it sets `_sf` and `_today`)."""

    _sf: sessionmaker[Session]
    _today: Callable[[], date]

    def snapshots(self, account_id: int, start: date | None = None,
                  end: date | None = None) -> list[SnapshotData]:
        """The account's live snapshots from `start` to `end` (both optional), by day, each
        with its growth since the one before (before `start` too)."""
        query = select(CompetitorSnapshot).where(
            CompetitorSnapshot.account_id == account_id, _LIVE)
        if start is not None:
            query = query.where(CompetitorSnapshot.day >= start)
        if end is not None:
            query = query.where(CompetitorSnapshot.day <= end)
        with self._sf() as s:
            rows = list(s.scalars(query.order_by(CompetitorSnapshot.day)))
            before = _previous_followers(s, account_id, rows[0].day) if rows else None
            return conv.snapshot_series(rows, before)

    def snapshot_on(self, account_id: int, day: date) -> SnapshotData | None:
        """The live snapshot of that day, if any (the UI asks "update or keep?")."""
        with self._sf() as s:
            row = _on_day(s, account_id, day)
            return _data(s, row) if row is not None and row.deleted_at is None else None

    def save_snapshot(self, account_id: int, data: SnapshotInput,
                      replace: bool = False) -> SnapshotData:
        """A new snapshot; a live one that day -> DuplicateConflict "duplicate_day" unless
        `replace`; a trashed one that day is replaced silently."""
        refuse_invalid(conv.snapshot_errors(data, self._today()))
        try:
            with self._sf.begin() as s:
                _live_account(s, account_id)
                row = _on_day(s, account_id, data.day)
                if row is not None and row.deleted_at is None and not replace:
                    raise DuplicateConflict("CompetitorSnapshot", row.id, "duplicate_day")
                if row is None:
                    row = CompetitorSnapshot(account_id=account_id)
                    s.add(row)
                row.deleted_at = None
                conv.apply_snapshot(row, data)
                s.flush()
                return _data(s, row)
        except IntegrityError as err:  # saved elsewhere at the same moment
            raise DuplicateConflict("CompetitorSnapshot", 0, "duplicate_day") from err
        except StaleDataError as err:
            raise Conflict("CompetitorSnapshot", account_id) from err

    def update_snapshot(self, snapshot_id: int, version: int,
                        data: SnapshotInput) -> SnapshotData:
        """Change a snapshot (its day too: onto another live one's day -> "duplicate_day")."""
        refuse_invalid(conv.snapshot_errors(data, self._today()))
        try:
            with self._sf.begin() as s:
                row = load_live(s, CompetitorSnapshot, snapshot_id, version)
                other = _on_day(s, row.account_id, data.day)
                if other is not None and other.id != row.id:
                    if other.deleted_at is None:
                        raise DuplicateConflict("CompetitorSnapshot", other.id, "duplicate_day")
                    s.delete(other)
                    s.flush()
                conv.apply_snapshot(row, data)
                s.flush()
                return _data(s, row)
        except StaleDataError as err:
            raise Conflict("CompetitorSnapshot", snapshot_id) from err

    def delete_snapshot(self, snapshot_id: int, version: int) -> None:
        try:
            with self._sf.begin() as s:
                mark_deleted(load_live(s, CompetitorSnapshot, snapshot_id, version))
        except StaleDataError as err:
            raise Conflict("CompetitorSnapshot", snapshot_id) from err

    def restore_snapshot(self, snapshot_id: int) -> SnapshotData:
        """Back from the trash (a save on its day since would have reused this very row)."""
        with self._sf.begin() as s:
            row = load_deleted(s, CompetitorSnapshot, snapshot_id)
            row.deleted_at = None
            s.flush()
            return _data(s, row)

    def weekly_check(self, brand_id: int, day: date) -> list[WeeklyRow]:
        """One row per live account of the brand's live, unarchived competitors: the last
        snapshot before `day` and the one on `day`. Two queries."""
        with self._sf() as s:
            pairs = _brand_accounts(s, brand_id)
            history = _history(s, [a.id for a, _ in pairs], day)
            return [_weekly_row(a, c, history[a.id], day) for a, c in pairs]

    def save_weekly(self, brand_id: int, day: date, rows: Sequence[tuple[int, SnapshotInput]],
                    replace: bool) -> list[SnapshotData]:
        """The weekly form in ONE unit of work: every row checked first (FieldError fields
        "row{i}.{field}"), nothing saved when one is bad; rows left blank are skipped. Each
        row's day is `day`. A live snapshot already on `day` -> "duplicate_day" unless
        `replace`, which MERGES: the fields left empty keep their stored values. Bulk
        writes: one insert and one update."""
        filled = [(i, a, d) for i, (a, d) in enumerate(rows) if not conv.is_blank(d)]
        last = {account_id: i for i, account_id, _ in filled}  # a repeat: the last one wins
        wanted = [(i, a, dataclasses.replace(d, day=day)) for i, a, d in filled if last[a] == i]
        refuse_invalid([e for i, _, data in wanted
                        for e in conv.snapshot_errors(data, self._today(), f"row{i}.")])
        try:
            with self._sf.begin() as s:
                return self._write_weekly(s, brand_id, day, wanted, replace)
        except IntegrityError as err:
            raise DuplicateConflict("CompetitorSnapshot", 0, "duplicate_day") from err

    def _write_weekly(self, s: Session, brand_id: int, day: date,
                      wanted: list[tuple[int, int, SnapshotInput]],
                      replace: bool) -> list[SnapshotData]:
        ours = {a.id for a, _ in _brand_accounts(s, brand_id)}
        missing = [account_id for _, account_id, _ in wanted if account_id not in ours]
        if missing:
            raise NotFound("CompetitorAccount", missing[0])
        ids = [account_id for _, account_id, _ in wanted]
        existing = {row.account_id: row for row in s.scalars(select(CompetitorSnapshot).where(
            CompetitorSnapshot.account_id.in_(ids), CompetitorSnapshot.day == day))}
        taken = [row for row in existing.values() if row.deleted_at is None]
        if taken and not replace:
            raise DuplicateConflict("CompetitorSnapshot", taken[0].id, "duplicate_day")
        now = utcnow()
        fresh = [{"account_id": a, **conv.snapshot_values(d), "created_at": now,
                  "updated_at": now, "version": 1} for _, a, d in wanted if a not in existing]
        if fresh:
            s.execute(insert(CompetitorSnapshot), fresh)
        self._overwrite(s, [(existing[a], d) for _, a, d in wanted if a in existing])
        history = _history(s, ids, day)
        return [conv.snapshot_series(history[a])[-1] for _, a, _ in wanted]

    @staticmethod
    def _overwrite(s: Session, pairs: list[tuple[CompetitorSnapshot, SnapshotInput]]) -> None:
        """Update the day's existing rows: a live one keeps what the form left empty (merge);
        one in the trash comes back with the form's values only. The version moves on, so
        an open edit of one of them becomes stale."""
        for row, data in pairs:
            if row.deleted_at is None:
                data = merged(conv.snapshot_data(row, None).to_input(), data)
            row.deleted_at = None
            conv.apply_snapshot(row, data)
        s.flush()

    def last_checked(self, brand_id: int) -> date | None:
        """The newest snapshot day of the brand's live, unarchived competitors' accounts."""
        query = (select(func.max(CompetitorSnapshot.day))
                 .join(CompetitorAccount, CompetitorAccount.id == CompetitorSnapshot.account_id)
                 .join(Competitor, Competitor.id == CompetitorAccount.competitor_id)
                 .where(Competitor.brand_id == brand_id, Competitor.deleted_at.is_(None),
                        Competitor.archived.is_(False), CompetitorAccount.deleted_at.is_(None),
                        _LIVE))
        with self._sf() as s:
            return s.scalar(query)

    def accounts_unchecked(self, brand_id: int, since: date) -> tuple[int, int]:
        """(left, total): the live accounts of the brand's live, unarchived competitors with no
        live snapshot on or after `since` (the week's first day), and all of them."""
        checked = (select(CompetitorSnapshot.account_id).where(
            _LIVE, CompetitorSnapshot.day >= since).distinct())
        with self._sf() as s:
            ids = [a.id for a, _ in _brand_accounts(s, brand_id)]
            done = set(s.scalars(checked.where(CompetitorSnapshot.account_id.in_(ids)))) \
                if ids else set()
            return len(ids) - len(done), len(ids)

"""Snapshots: a metric's value for an account on a day, typed by hand, imported or audited.

One value per (account, metric, day): recording again replaces it (the latest write wins). The
upsert is done in Python, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import Select, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Snapshot, SocialAccount
from smm_desktop.domain.enums import SnapshotSource
from smm_desktop.domain.errors import FieldError, NotFound
from smm_desktop.domain.metrics import Metric, value_problem
from smm_desktop.services._base import load_live, refuse_invalid

T = TypeVar("T")
Key = tuple[int, str, date]


@dataclass(frozen=True)
class SnapshotData:
    account_id: int
    metric: Metric
    day: date
    value: float
    source: SnapshotSource = SnapshotSource.MANUAL


@dataclass(frozen=True)
class LatestReading:
    """An account's newest value of a metric, with what goal progress needs of the account."""

    account_id: int
    platform: str
    archived: bool
    metric: str
    day: date
    value: float


def _to_data(row: Snapshot) -> SnapshotData:
    return SnapshotData(row.account_id, Metric(row.metric), row.day, row.value,
                        SnapshotSource(row.source))


def snapshot_errors(data: SnapshotData, row: int | None = None) -> list[FieldError]:
    """A negative count, a rate over 100 percent, a value that is not a number."""
    problem = value_problem(data.metric, data.value)
    if problem is None:
        return []
    return [FieldError("value", problem, {} if row is None else {"row": str(row)})]


def latest_query(brand_id: int, on_or_before: date) -> Select:
    """The newest snapshot of each (account, metric) of a brand's live accounts, up to a day."""
    live = and_(SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None))
    newest = (
        select(Snapshot.account_id, Snapshot.metric, func.max(Snapshot.day).label("day"))
        .join(SocialAccount, SocialAccount.id == Snapshot.account_id)
        .where(live, Snapshot.day <= on_or_before)
        .group_by(Snapshot.account_id, Snapshot.metric)
        .subquery()
    )
    return (
        select(Snapshot, SocialAccount.platform, SocialAccount.archived)
        .join(newest, and_(Snapshot.account_id == newest.c.account_id,
                           Snapshot.metric == newest.c.metric, Snapshot.day == newest.c.day))
        .join(SocialAccount, SocialAccount.id == Snapshot.account_id)
    )


def latest_readings(s: Session, brand_id: int, on_or_before: date) -> list[LatestReading]:
    return [LatestReading(row.account_id, platform, archived, row.metric, row.day, row.value)
            for row, platform, archived in s.execute(latest_query(brand_id, on_or_before))]


def history_points(
    s: Session, account_id: int, metric: Metric, since: date | None, until: date | None
) -> list[Snapshot]:
    query = select(Snapshot).where(Snapshot.account_id == account_id,
                                   Snapshot.metric == metric.value)
    if since is not None:
        query = query.where(Snapshot.day >= since)
    if until is not None:
        query = query.where(Snapshot.day <= until)
    return list(s.scalars(query.order_by(Snapshot.day)))


class SnapshotService:
    """The measured numbers of the accounts of one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def record(self, account_id: int, metric: Metric, day: date, value: float,
               source: SnapshotSource = SnapshotSource.MANUAL) -> SnapshotData:
        """Store the value, replacing the one of that day; FieldError on a bad value."""
        data = SnapshotData(account_id, metric, day, float(value), source)
        refuse_invalid(snapshot_errors(data))
        return _twice_on_race(lambda: self._record(data))

    def _record(self, data: SnapshotData) -> SnapshotData:
        with self._sf.begin() as s:
            load_live(s, SocialAccount, data.account_id)
            row = s.scalar(select(Snapshot).where(
                Snapshot.account_id == data.account_id, Snapshot.metric == data.metric.value,
                Snapshot.day == data.day))
            if row is None:
                row = Snapshot(account_id=data.account_id, metric=data.metric.value, day=data.day)
                s.add(row)
            row.value, row.source, row.recorded_at = data.value, data.source.value, utcnow()
            s.flush()
            return _to_data(row)

    def record_many(self, rows: Sequence[SnapshotData]) -> int:
        """Store many values at once, all or none (a later row for the same day wins).

        In bulk: one query for what exists, one insert and one update for the rest.
        """
        refuse_invalid([e for i, data in enumerate(rows) for e in snapshot_errors(data, i)])
        wanted = {(r.account_id, r.metric.value, r.day): r for r in rows}
        if wanted:
            _twice_on_race(lambda: self._record_many(wanted))
        return len(wanted)

    def _record_many(self, wanted: dict[Key, SnapshotData]) -> None:
        with self._sf.begin() as s:
            _refuse_missing_accounts(s, {key[0] for key in wanted})
            existing = _existing_ids(s, wanted)
            now = utcnow()
            fresh = [_values(d, now) for k, d in wanted.items() if k not in existing]
            if fresh:
                s.execute(insert(Snapshot), fresh)
            changed = [{"id": existing[k], **_values(d, now)} for k, d in wanted.items()
                       if k in existing]
            if changed:
                s.execute(update(Snapshot), changed)

    def history(self, account_id: int, metric: Metric, since: date | None = None,
                until: date | None = None) -> list[SnapshotData]:
        """The account's values of the metric, oldest first."""
        with self._sf() as s:
            return [_to_data(row) for row in history_points(s, account_id, metric, since, until)]

    def latest(self, brand_id: int, on_or_before: date | None = None
               ) -> dict[tuple[int, Metric], SnapshotData]:
        """The newest value of each (account, metric) of the brand's live accounts."""
        day = on_or_before or date.max
        with self._sf() as s:
            return {(row.account_id, Metric(row.metric)): _to_data(row)
                    for row, _, _ in s.execute(latest_query(brand_id, day))
                    if row.metric in set(Metric)}

    def last_days(self, brand_id: int) -> dict[int, date]:
        """Each live account of the brand that has numbers to the day of its newest one: one
        grouped query (the to-do asks which accounts need this week's numbers)."""
        query = (select(Snapshot.account_id, func.max(Snapshot.day))
                 .join(SocialAccount, SocialAccount.id == Snapshot.account_id)
                 .where(SocialAccount.brand_id == brand_id, SocialAccount.deleted_at.is_(None))
                 .group_by(Snapshot.account_id))
        with self._sf() as s:
            return {account_id: day for account_id, day in s.execute(query)}

    def delete(self, account_id: int, metric: Metric, day: date) -> bool:
        """Remove the value of that day; False when there was none."""
        with self._sf.begin() as s:
            row = s.scalar(select(Snapshot).where(
                Snapshot.account_id == account_id, Snapshot.metric == metric.value,
                Snapshot.day == day))
            if row is not None:
                s.delete(row)
            return row is not None


def _values(data: SnapshotData, now: datetime) -> dict[str, object]:
    return {"account_id": data.account_id, "metric": data.metric.value, "day": data.day,
            "value": float(data.value), "source": data.source.value, "recorded_at": now}


def _refuse_missing_accounts(s: Session, account_ids: Iterable[int]) -> None:
    wanted = set(account_ids)
    found = set(s.scalars(select(SocialAccount.id).where(
        SocialAccount.id.in_(sorted(wanted)), SocialAccount.deleted_at.is_(None))))
    missing = sorted(wanted - found)
    if missing:
        raise NotFound("SocialAccount", missing[0])


def _existing_ids(s: Session, wanted: dict[Key, SnapshotData]) -> dict[Key, int]:
    days = [key[2] for key in wanted]
    query = select(Snapshot.id, Snapshot.account_id, Snapshot.metric, Snapshot.day).where(
        Snapshot.account_id.in_(sorted({key[0] for key in wanted})),
        Snapshot.metric.in_(sorted({key[1] for key in wanted})),
        Snapshot.day.between(min(days), max(days)),
    )
    return {(a, m, d): ident for ident, a, m, d in s.execute(query) if (a, m, d) in wanted}


def _twice_on_race(work: Callable[[], T]) -> T:
    """Run `work`; once more if another writer inserted the same day in between."""
    try:
        return work()
    except IntegrityError:
        return work()

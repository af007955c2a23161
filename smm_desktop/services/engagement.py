"""The engagement log: per account and day, the mentions handled, comments replied, messages
answered and interactions with others' posts, with the day's response time and a note.
Quick steps (+1/−1) add to the day's row; a typed edit carries the version it saw; the
reports read the totals."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.models import Brand, EngagementDay, SocialAccount
from smm_desktop.domain import engagement as rules
from smm_desktop.domain.engagement import Counter, Counts
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, NotFound
from smm_desktop.services._base import purge_deleted, refuse_invalid

RETRIES = 3  # a quick step that met another one on the same row tries again


@dataclass(frozen=True)
class EngagementEntry:
    """One account's log of one day; `id` None and `version` 0 while nothing is stored."""

    account_id: int
    brand_id: int
    brand_name: str
    platform: Platform
    handle: str
    day: date
    counts: Counts
    response_minutes: int | None
    note: str
    version: int
    id: int | None = None

    @property
    def mentions(self) -> int:
        return self.counts.mentions

    @property
    def comments(self) -> int:
        return self.counts.comments

    @property
    def messages(self) -> int:
        return self.counts.messages

    @property
    def interactions(self) -> int:
        return self.counts.interactions


@dataclass(frozen=True)
class StepResult:
    """The row after a step and how far it really moved (less than asked at 0 or the max)."""

    entry: EngagementEntry
    applied: int


@dataclass(frozen=True)
class PeriodTotals:
    """An account's (or a whole set's) sums over a period; `days_logged` counts days with a
    stored log (for a set: distinct days); the median is of the recorded response times."""

    counts: Counts
    days_logged: int
    median_response_minutes: float | None
    account_id: int | None = None


@dataclass(frozen=True)
class EngagementTotals:
    """Per account (live accounts of the brand, plus archived ones with logs) and overall."""

    start: date
    end: date
    accounts: tuple[PeriodTotals, ...]
    overall: PeriodTotals


def _counts(row: EngagementDay | None) -> Counts:
    if row is None:
        return Counts()
    return Counts(row.mentions, row.comments, row.messages, row.interactions)


def _platform(value: str) -> Platform:
    return Platform(value) if value in set(Platform) else Platform.OTHER


def _entry(account: SocialAccount, brand: Brand, day: date,
           row: EngagementDay | None) -> EngagementEntry:
    return EngagementEntry(
        account.id, brand.id, brand.name, _platform(account.platform), account.handle, day,
        _counts(row), row.response_minutes if row else None, row.note if row else "",
        row.version if row else 0, row.id if row else None)


def _live_rows() -> Select[EngagementDay]:
    return select(EngagementDay).where(EngagementDay.deleted_at.is_(None))


def _period_totals(rows: Sequence[EngagementDay], account_id: int | None) -> PeriodTotals:
    return PeriodTotals(rules.total(_counts(r) for r in rows), len({r.day for r in rows}),
                        rules.median(r.response_minutes for r in rows), account_id)


class EngagementService:
    """The engagement log of one workspace."""

    def __init__(self, session_factory: sessionmaker[Session],
                 today: Callable[[], date] = date.today) -> None:
        self._sf = session_factory
        self._today = today

    def day(self, brand_ids: Sequence[int], day: date) -> list[EngagementEntry]:
        """Each live, not archived account of the live brands named, with its log of `day`
        (zeros when none), by brand name then platform and handle."""
        query = (select(SocialAccount, Brand).join(Brand, SocialAccount.brand_id == Brand.id)
                 .where(Brand.id.in_(list(brand_ids)), Brand.deleted_at.is_(None),
                        SocialAccount.deleted_at.is_(None), SocialAccount.archived.is_(False))
                 .order_by(Brand.name, Brand.id, SocialAccount.platform,
                           SocialAccount.handle_key, SocialAccount.id))
        with self._sf() as s:
            pairs = [(a, b) for a, b in s.execute(query).all()]
            ids = [account.id for account, _brand in pairs]
            rows = {r.account_id: r for r in s.scalars(_live_rows().where(
                EngagementDay.account_id.in_(ids), EngagementDay.day == day))}
            return [_entry(a, b, day, rows.get(a.id)) for a, b in pairs]

    def entry(self, account_id: int, day: date) -> EngagementEntry:
        """One account's log of one day (zeros when none)."""
        with self._sf() as s:
            account, brand = self._account(s, account_id)
            return _entry(account, brand, day, self._find(s, account_id, day))

    def add(self, account_id: int, day: date, field: Counter, step: int) -> EngagementEntry:
        """Add `step` (say +1 or −1) to one counter of the day, never below 0."""
        return self.step(account_id, day, field, step).entry

    def step(self, account_id: int, day: date, field: Counter, step: int) -> StepResult:
        """As `add`, telling how far the counter really moved (what an undo takes back).
        Two quick clicks at once, or one beside another person's, both count: the one that
        finds the row made or changed meanwhile tries again."""
        refuse_invalid(rules.day_errors(day, self._today()))
        for attempt in range(RETRIES):
            try:
                return self._step(account_id, day, Counter(field), step)
            except (IntegrityError, StaleDataError):
                if attempt == RETRIES - 1:
                    raise Conflict("EngagementDay", account_id) from None
        raise AssertionError("unreachable")

    def _step(self, account_id: int, day: date, field: Counter, step: int) -> StepResult:
        with self._sf.begin() as s:
            account, brand = self._account(s, account_id)
            row = self._find(s, account_id, day) or self._new_row(s, account_id, day)
            before = getattr(row, field.value)
            setattr(row, field.value, rules.stepped(before, step))
            s.flush()
            return StepResult(_entry(account, brand, day, row), getattr(row, field.value) - before)

    def save_day(self, account_id: int, day: date, counts: Counts, response_minutes: int | None,
                 note: str, version: int) -> EngagementEntry:
        """A typed edit of the whole day over the version seen (0 = none was stored then);
        a stale one raises Conflict, bad values ValidationFailed, nothing saved."""
        refuse_invalid(rules.entry_errors(counts, response_minutes, note, day, self._today()))
        try:
            with self._sf.begin() as s:
                account, brand = self._account(s, account_id)
                row = self._find(s, account_id, day)
                if (row.version if row else 0) != version:
                    raise Conflict("EngagementDay", account_id)
                row = row or self._new_row(s, account_id, day)
                self._apply(row, counts, response_minutes, note)
                s.flush()
                return _entry(account, brand, day, row)
        except (IntegrityError, StaleDataError) as err:
            raise Conflict("EngagementDay", account_id) from err

    def history(self, account_id: int, start: date, end: date) -> list[EngagementEntry]:
        """The logged days of one account from `start` to `end` (both included), oldest first;
        days without a log are not listed."""
        with self._sf() as s:
            account, brand = self._account(s, account_id, archived_too=True)
            rows = s.scalars(_live_rows().where(
                EngagementDay.account_id == account_id, EngagementDay.day >= start,
                EngagementDay.day <= end).order_by(EngagementDay.day))
            return [_entry(account, brand, r.day, r) for r in rows]

    def totals(self, brand_id: int, start: date, end: date,
               account_ids: Sequence[int] | None = None) -> EngagementTotals:
        """A brand's sums from `start` to `end` (both included), per account and overall:
        the live accounts (archived ones too when they have logs), or those of `account_ids`."""
        return self.totals_of([brand_id], start, end, account_ids)

    def totals_of(self, brand_ids: Sequence[int], start: date, end: date,
                  account_ids: Sequence[int] | None = None) -> EngagementTotals:
        """As `totals`, over several brands at once (the Today dock's week so far)."""
        with self._sf() as s:
            accounts = self._brand_accounts(s, brand_ids, account_ids)
            rows = s.scalars(_live_rows().where(
                EngagementDay.account_id.in_([a.id for a in accounts]),
                EngagementDay.day >= start, EngagementDay.day <= end)).all()
        by_account: dict[int, list[EngagementDay]] = defaultdict(list)
        for row in rows:
            by_account[row.account_id].append(row)
        shown = [a for a in accounts if not a.archived or by_account.get(a.id)]
        per_account = tuple(_period_totals(by_account.get(a.id, []), a.id) for a in shown)
        return EngagementTotals(start, end, per_account, _period_totals(rows, None))

    def purge_deleted(self) -> int:
        """Remove trashed logs for good (the log itself never trashes one: normally 0)."""
        return purge_deleted(self._sf, EngagementDay)

    # Helpers ------------------------------------------------------------------------------

    @staticmethod
    def _account(s: Session, account_id: int,
                 archived_too: bool = False) -> tuple[SocialAccount, Brand]:
        """The live account and its live brand; NotFound otherwise."""
        account = s.get(SocialAccount, account_id)
        if account is None or account.deleted_at is not None or (
                account.archived and not archived_too):
            raise NotFound("SocialAccount", account_id)
        brand = s.get(Brand, account.brand_id)
        if brand is None or brand.deleted_at is not None:
            raise NotFound("SocialAccount", account_id)
        return account, brand

    @staticmethod
    def _brand_accounts(s: Session, brand_ids: Sequence[int],
                        account_ids: Sequence[int] | None) -> list[SocialAccount]:
        query = (select(SocialAccount).join(Brand, SocialAccount.brand_id == Brand.id)
                 .where(Brand.id.in_(list(brand_ids)), Brand.deleted_at.is_(None),
                        SocialAccount.deleted_at.is_(None))
                 .order_by(Brand.id, SocialAccount.platform, SocialAccount.handle_key,
                           SocialAccount.id))
        if account_ids is not None:
            query = query.where(SocialAccount.id.in_(list(account_ids)))
        return list(s.scalars(query))

    @staticmethod
    def _find(s: Session, account_id: int, day: date) -> EngagementDay | None:
        """The day's row; a trashed one is not the day's log (it is purged before reuse)."""
        return s.scalars(_live_rows().where(EngagementDay.account_id == account_id,
                                            EngagementDay.day == day)).first()

    @staticmethod
    def _new_row(s: Session, account_id: int, day: date) -> EngagementDay:
        """A zero row for the day, inserted now, so that a row made meanwhile elsewhere fails
        here (IntegrityError) rather than at commit."""
        row = EngagementDay(account_id=account_id, day=day, mentions=0, comments=0, messages=0,
                            interactions=0, response_minutes=None, note="")
        s.add(row)
        s.flush()
        return row

    @staticmethod
    def _apply(row: EngagementDay, counts: Counts, minutes: int | None, note: str) -> None:
        for counter in Counter:
            setattr(row, counter.value, counts.get(counter))
        row.response_minutes = minutes
        row.note = note.strip()


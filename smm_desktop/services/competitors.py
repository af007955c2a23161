"""A brand's competitors: profiles and accounts (archive, delete with undo, order), the monitoring
log and the strategy guesses per quarter. Snapshots, the weekly check, the comparison with our
accounts and the hashtags are in the base classes (competitor_snapshots, competitor_compare)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.base import Versioned
from smm_desktop.db.models import (
    Brand,
    Competitor,
    CompetitorAccount,
    CompetitorGuess,
    CompetitorObservation,
    CompetitorSnapshot,
)
from smm_desktop.domain.errors import FieldError
from smm_desktop.services import _ordering
from smm_desktop.services import competitor_rows as conv
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)
from smm_desktop.services.competitor_compare import CompareMixin
from smm_desktop.services.competitor_data import (
    CompetitorAccountData,
    CompetitorAccountInput,
    CompetitorData,
    CompetitorInput,
    DuplicateConflict,
    GuessData,
    GuessInput,
    ObservationData,
    ObservationInput,
)
from smm_desktop.services.competitor_snapshots import SnapshotMixin

RowT = TypeVar("RowT", bound=Versioned)
_ORDERED = cast(Any, Competitor)  # _ordering's helpers work on any model with brand & position


def _with_accounts(s: Session, rows: Sequence[Competitor]) -> list[CompetitorData]:
    """The competitors with their live accounts: one query for all the accounts."""
    ids = [row.id for row in rows]
    accounts: dict[int, list[CompetitorAccount]] = {i: [] for i in ids}
    if ids:
        for account in s.scalars(select(CompetitorAccount).where(
                CompetitorAccount.competitor_id.in_(ids), CompetitorAccount.deleted_at.is_(None))):
            accounts[account.competitor_id].append(account)
    return [conv.competitor_data(row, accounts[row.id]) for row in rows]


def _one(s: Session, row: Competitor) -> CompetitorData:
    return _with_accounts(s, [row])[0]


def _duplicate_account(s: Session, competitor_id: int, data: CompetitorAccountInput,
                       skip: int | None = None) -> list[FieldError]:
    """The same platform and handle already on this competitor (live)."""
    taken = s.scalar(select(CompetitorAccount.id).where(
        CompetitorAccount.competitor_id == competitor_id,
        CompetitorAccount.platform == data.platform.value,
        CompetitorAccount.handle_key == conv.v.handle_key(data.handle),
        CompetitorAccount.deleted_at.is_(None), CompetitorAccount.id != (skip or 0)))
    return [FieldError("handle", "duplicate")] if taken is not None else []


def _repeats(accounts: Sequence[CompetitorAccountInput]) -> list[FieldError]:
    seen: set[tuple[str, str]] = set()
    errors: list[FieldError] = []
    for i, account in enumerate(accounts):
        key = (account.platform.value, conv.v.handle_key(account.handle))
        if key in seen:
            errors.append(FieldError(f"account{i}.handle", "duplicate"))
        seen.add(key)
    return errors


def _restore(sf: sessionmaker[Session], model: type[RowT], ident: int,
             to_data: Callable[[Session, RowT], Any]) -> Any:
    with sf.begin() as s:
        row = load_deleted(s, model, ident)
        row.deleted_at = None
        s.flush()
        return to_data(s, row)


class CompetitorService(SnapshotMixin, CompareMixin):
    """The competitors of the brands in one workspace. `today` dates what "the future" is."""

    def __init__(self, session_factory: sessionmaker[Session],
                 today: Callable[[], date] = date.today) -> None:
        self._sf = session_factory
        self._today = today

    # Competitors

    def list_competitors(self, brand_id: int,
                         include_archived: bool = False) -> list[CompetitorData]:
        """In the order the person chose (archived ones last when included)."""
        query = (select(Competitor)
                 .where(Competitor.brand_id == brand_id, Competitor.deleted_at.is_(None))
                 .order_by(Competitor.archived, Competitor.position, Competitor.id))
        if not include_archived:
            query = query.where(Competitor.archived.is_(False))
        with self._sf() as s:
            return _with_accounts(s, list(s.scalars(query)))

    def get(self, competitor_id: int) -> CompetitorData:
        with self._sf() as s:
            return _one(s, load_live(s, Competitor, competitor_id))

    def count_competitors(self, brand_id: int) -> int:
        """Live, unarchived competitors of the brand (the to-do asks only when there are)."""
        with self._sf() as s:
            return s.scalar(select(func.count()).where(
                Competitor.brand_id == brand_id, Competitor.deleted_at.is_(None),
                Competitor.archived.is_(False))) or 0

    def create(self, brand_id: int, data: CompetitorInput,
               accounts: Sequence[CompetitorAccountInput] = ()) -> CompetitorData:
        """A new competitor, last in the order, with its accounts: all or nothing."""
        refuse_invalid(conv.competitor_errors(data) + _repeats(accounts) + [
            e for i, a in enumerate(accounts) for e in conv.account_errors(a, f"account{i}.")])
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            row = Competitor(brand_id=brand_id,
                             position=_ordering.next_position(s, _ORDERED, brand_id))
            conv.apply_competitor(row, data)
            s.add(row)
            s.flush()
            for account in accounts:
                link = CompetitorAccount(competitor_id=row.id)
                conv.apply_account(link, account)
                s.add(link)
            s.flush()
            return _one(s, row)

    def update(self, competitor_id: int, version: int, data: CompetitorInput) -> CompetitorData:
        refuse_invalid(conv.competitor_errors(data))
        return change(self._sf, Competitor, competitor_id, version,
                      lambda row: conv.apply_competitor(row, data), _one)

    def set_archived(self, competitor_id: int, version: int, archived: bool) -> CompetitorData:
        return change(self._sf, Competitor, competitor_id, version,
                      lambda row: setattr(row, "archived", archived), _one)

    def delete(self, competitor_id: int, version: int) -> None:
        """To the trash with everything recorded of it: restore() brings it back whole."""
        change(self._sf, Competitor, competitor_id, version, mark_deleted, _one)

    def restore(self, competitor_id: int) -> CompetitorData:
        return cast(CompetitorData, _restore(self._sf, Competitor, competitor_id, _one))

    def reorder(self, brand_id: int, ids: Sequence[int]) -> list[CompetitorData]:
        """Put the brand's competitors (archived too) in the order of `ids`; Conflict when that
        is not exactly the brand's live competitors."""
        with self._sf.begin() as s:
            _ordering.reorder(s, _ORDERED, brand_id, ids)
        return self.list_competitors(brand_id, include_archived=True)

    def purge_deleted(self) -> int:
        """Empty the trash (at close): competitors, accounts, snapshots, log lines, guesses."""
        models: tuple[type[Versioned], ...] = (
            Competitor, CompetitorAccount, CompetitorSnapshot, CompetitorObservation,
            CompetitorGuess)
        return sum(purge_deleted(self._sf, model) for model in models)

    # Accounts

    def add_account(self, competitor_id: int,
                    data: CompetitorAccountInput) -> CompetitorAccountData:
        refuse_invalid(conv.account_errors(data))
        with self._sf.begin() as s:
            load_live(s, Competitor, competitor_id)
            refuse_invalid(_duplicate_account(s, competitor_id, data))
            row = CompetitorAccount(competitor_id=competitor_id)
            conv.apply_account(row, data)
            s.add(row)
            s.flush()
            return conv.account_data(row)

    def update_account(self, account_id: int, version: int,
                       data: CompetitorAccountInput) -> CompetitorAccountData:
        refuse_invalid(conv.account_errors(data))

        def mutate(row: CompetitorAccount) -> None:
            refuse_invalid(_duplicate_account(cast(Session, Session.object_session(row)),
                                              row.competitor_id, data, skip=row.id))
            conv.apply_account(row, data)
        return change(self._sf, CompetitorAccount, account_id, version, mutate,
                      lambda _s, row: conv.account_data(row))

    def delete_account(self, account_id: int, version: int) -> None:
        change(self._sf, CompetitorAccount, account_id, version, mark_deleted,
               lambda _s, row: conv.account_data(row))

    def restore_account(self, account_id: int) -> CompetitorAccountData:
        return cast(CompetitorAccountData, _restore(
            self._sf, CompetitorAccount, account_id, lambda _s, row: conv.account_data(row)))

    # Monitoring log

    def observations(self, competitor_id: int) -> list[ObservationData]:
        """The competitor's log, newest first."""
        query = (select(CompetitorObservation)
                 .where(CompetitorObservation.competitor_id == competitor_id,
                        CompetitorObservation.deleted_at.is_(None))
                 .order_by(CompetitorObservation.day.desc(), CompetitorObservation.id.desc()))
        with self._sf() as s:
            return [conv.observation_data(row) for row in s.scalars(query)]

    def add_observation(self, competitor_id: int, data: ObservationInput) -> ObservationData:
        refuse_invalid(conv.observation_errors(data, self._today()))
        with self._sf.begin() as s:
            load_live(s, Competitor, competitor_id)
            row = CompetitorObservation(competitor_id=competitor_id)
            conv.apply_observation(row, data)
            s.add(row)
            s.flush()
            return conv.observation_data(row)

    def update_observation(self, observation_id: int, version: int,
                           data: ObservationInput) -> ObservationData:
        refuse_invalid(conv.observation_errors(data, self._today()))
        return change(self._sf, CompetitorObservation, observation_id, version,
                      lambda row: conv.apply_observation(row, data),
                      lambda _s, row: conv.observation_data(row))

    def delete_observation(self, observation_id: int, version: int) -> None:
        change(self._sf, CompetitorObservation, observation_id, version, mark_deleted,
               lambda _s, row: conv.observation_data(row))

    def restore_observation(self, observation_id: int) -> ObservationData:
        return cast(ObservationData, _restore(
            self._sf, CompetitorObservation, observation_id,
            lambda _s, row: conv.observation_data(row)))

    def recent_observations(self, brand_id: int, start: date,
                            end: date) -> list[tuple[str, ObservationData]]:
        """The log lines of the brand's live competitors from `start` to `end`, newest first,
        each with its competitor's name (the monthly report quotes them)."""
        query = (select(Competitor.name, CompetitorObservation)
                 .join(Competitor, Competitor.id == CompetitorObservation.competitor_id)
                 .where(Competitor.brand_id == brand_id, Competitor.deleted_at.is_(None),
                        CompetitorObservation.deleted_at.is_(None),
                        CompetitorObservation.day >= start, CompetitorObservation.day <= end)
                 .order_by(CompetitorObservation.day.desc(), CompetitorObservation.id.desc()))
        with self._sf() as s:
            return [(name, conv.observation_data(row)) for name, row in s.execute(query)]

    # Strategy guesses

    def guesses(self, competitor_id: int) -> list[GuessData]:
        """The competitor's guesses, newest quarter first."""
        with self._sf() as s:
            live = self._live_log_ids(s, competitor_id)
            rows = s.scalars(select(CompetitorGuess).where(
                CompetitorGuess.competitor_id == competitor_id,
                CompetitorGuess.deleted_at.is_(None)).order_by(CompetitorGuess.quarter.desc()))
            return [conv.guess_data(row, live) for row in rows]

    def save_guess(self, competitor_id: int, data: GuessInput, version: int | None = None,
                   guess_id: int | None = None) -> GuessData:
        """version None: a new guess (Conflict "duplicate_quarter" when that quarter has one; a
        trashed one is replaced). Otherwise an edit of `guess_id` (default: the quarter's)."""
        try:
            with self._sf.begin() as s:
                load_live(s, Competitor, competitor_id)
                live = self._live_log_ids(s, competitor_id)
                refuse_invalid(conv.guess_errors(data, live))
                row = self._guess_row(s, competitor_id, data, version, guess_id)
                conv.apply_guess(row, data)
                s.flush()
                return conv.guess_data(row, live)
        except IntegrityError as err:
            raise DuplicateConflict("CompetitorGuess", 0, "duplicate_quarter") from err

    def delete_guess(self, guess_id: int, version: int) -> None:
        change(self._sf, CompetitorGuess, guess_id, version, mark_deleted,
               lambda _s, row: conv.guess_data(row))

    def restore_guess(self, guess_id: int) -> GuessData:
        def data(s: Session, row: CompetitorGuess) -> GuessData:
            return conv.guess_data(row, self._live_log_ids(s, row.competitor_id))
        return cast(GuessData, _restore(self._sf, CompetitorGuess, guess_id, data))

    @staticmethod
    def _live_log_ids(s: Session, competitor_id: int) -> set[int]:
        return set(s.scalars(select(CompetitorObservation.id).where(
            CompetitorObservation.competitor_id == competitor_id,
            CompetitorObservation.deleted_at.is_(None))))

    @staticmethod
    def _guess_row(s: Session, competitor_id: int, data: GuessInput, version: int | None,
                   guess_id: int | None) -> CompetitorGuess:
        """The row to write: the edited one, or a new one (a trashed guess of the quarter is
        reused); a live guess of the same quarter elsewhere is a Conflict."""
        quarter = conv.rules.parse_quarter(data.quarter)
        key = f"{quarter.year}-Q{quarter.number}" if quarter else data.quarter
        same = s.scalar(select(CompetitorGuess).where(
            CompetitorGuess.competitor_id == competitor_id, CompetitorGuess.quarter == key))
        if version is not None and guess_id is None and same is not None:
            guess_id = same.id
        if version is not None and guess_id is not None:
            row = load_live(s, CompetitorGuess, guess_id, version)
            if same is not None and same.id != row.id:
                if same.deleted_at is None:
                    raise DuplicateConflict("CompetitorGuess", same.id, "duplicate_quarter")
                s.delete(same)
                s.flush()
            return row
        if same is not None and same.deleted_at is None:
            raise DuplicateConflict("CompetitorGuess", same.id, "duplicate_quarter")
        if same is not None:
            same.deleted_at = None
            return same
        row = CompetitorGuess(competitor_id=competitor_id, quarter=key)
        s.add(row)
        return row

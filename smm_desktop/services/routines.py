"""The job's routines: the default set and the manager's own, what is open today for each
brand, and the check-offs per period that make the history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, Routine, RoutineCheck
from smm_desktop.domain import routines as rules
from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.domain.routines import (
    DEFAULT_ROUTINES,
    SCREENS,
    Cadence,
    ItemState,
    RoutineItem,
    RoutineRule,
)
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)

TITLE_MAX = 200
WHY_MAX = 1000
NOTE_MAX = 2000
HISTORY_LIMIT = 200


@dataclass(frozen=True)
class RoutineInput:
    """What a person edits of a routine; `weekday` 0 Monday … 6 Sunday (weekly ones),
    `month_day` 1-31 (monthly and quarterly ones)."""

    title: str
    why: str = ""
    cadence: Cadence = Cadence.DAILY
    weekday: int | None = None
    month_day: int | None = None
    screen: str = ""
    enabled: bool = True


@dataclass(frozen=True)
class RoutineData:
    """A stored routine; `key` names a default of the shipped set (None = the manager's own)."""

    id: int
    key: str | None
    title: str
    why: str
    cadence: Cadence
    weekday: int | None
    month_day: int | None
    screen: str
    enabled: bool
    position: int
    version: int
    created_at: datetime

    def to_input(self) -> RoutineInput:
        return RoutineInput(self.title, self.why, self.cadence, self.weekday, self.month_day,
                            self.screen, self.enabled)

    def rule(self) -> RoutineRule:
        return RoutineRule(self.id, self.cadence, self.weekday, self.month_day, self.enabled)


@dataclass(frozen=True)
class CheckData:
    """A routine done for a brand in one period (`done_at` in UTC)."""

    routine_id: int
    brand_id: int
    period: str
    done_at: datetime
    note: str


def _cadence(value: str) -> Cadence:
    return Cadence(value) if value in set(Cadence) else Cadence.DAILY


def _to_data(row: Routine) -> RoutineData:
    return RoutineData(row.id, row.key, row.title, row.why, _cadence(row.cadence), row.weekday,
                       row.month_day, row.screen, row.enabled, row.position, row.version,
                       row.created_at)


def _data(_s: Session, row: Routine) -> RoutineData:
    return _to_data(row)


def _check_data(row: RoutineCheck) -> CheckData:
    return CheckData(row.routine_id, row.brand_id, row.period, row.done_at, row.note)


def routine_errors(data: RoutineInput) -> list[FieldError]:
    """The rules a routine's fields follow; the day's range comes from the domain."""
    errors = []
    title = data.title.strip()
    if not title:
        errors.append(FieldError("title", "required"))
    elif len(title) > TITLE_MAX:
        errors.append(FieldError("title", "too_long", {"max": str(TITLE_MAX)}))
    if len(data.why.strip()) > WHY_MAX:
        errors.append(FieldError("why", "too_long", {"max": str(WHY_MAX)}))
    if data.screen not in SCREENS:
        errors.append(FieldError("screen", "unknown_reference"))
    rule = RoutineRule(0, data.cadence, data.weekday, data.month_day)
    return errors + rules.rule_errors(rule)


def _apply(row: Routine, data: RoutineInput) -> None:
    """Store the fields; a day that does not fit the cadence is dropped, not kept unseen."""
    row.title, row.why = data.title.strip(), data.why.strip()
    row.cadence, row.screen, row.enabled = data.cadence.value, data.screen, data.enabled
    row.weekday = data.weekday if data.cadence is Cadence.WEEKLY else None
    monthly = data.cadence in (Cadence.MONTHLY, Cadence.QUARTERLY)
    row.month_day = data.month_day if monthly else None


def _next_position(s: Session) -> int:
    last = s.scalar(select(func.max(Routine.position)))
    return 0 if last is None else last + 1


def _period_errors(period: str, cadence: Cadence) -> list[FieldError]:
    """A check's period must be a key of the routine's own cadence."""
    try:
        parsed, _first = rules.parse_period_key(period)
    except ValueError:
        return [FieldError("period", "invalid")]
    return [] if parsed is cadence else [FieldError("period", "invalid")]


def _link_screens(s: Session) -> None:
    """Default routines stored before their screen existed get it (a screen the person set is
    kept)."""
    for default in DEFAULT_ROUTINES:
        if default.screen:
            s.execute(update(Routine).where(Routine.key == default.key, Routine.screen == "")
                      .values(screen=default.screen))


def _period_keys(today: date, week_start: int) -> set[str]:
    """The current and previous period keys of every cadence: all open_items looks at."""
    keys = set()
    for cadence in Cadence:
        keys.add(rules.period_key(cadence, today, week_start))
        first, _ = rules.previous_period(cadence, today, week_start)
        keys.add(rules.period_key(cadence, first, week_start))
    return keys


def _too_new(item: RoutineItem, routine_born: dict[int, date],
             brand_born: dict[int, date]) -> bool:
    """An overdue item due before its routine or brand existed (a fresh start is not red)."""
    if item.state is not ItemState.OVERDUE:
        return False
    return item.due < routine_born[item.routine_id] or item.due < brand_born[item.brand_id]


class RoutineService:
    """The routines of one workspace and their check-offs per brand and period."""

    def __init__(self, session_factory: sessionmaker[Session],
                 today: Callable[[], date] = date.today) -> None:
        self._sf = session_factory
        self._today = today

    def ensure_defaults(self, week_start: int = 0) -> None:
        """Insert the shipped routines missing by key (idempotent); a weekly default's day is
        stored as the weekday it falls on for `week_start`."""
        with self._sf.begin() as s:
            have = set(s.scalars(select(Routine.key).where(Routine.key.is_not(None))))
            _link_screens(s)
            position = _next_position(s)
            for default in DEFAULT_ROUTINES:
                if default.key in have:
                    continue
                rule = default.rule(0, week_start)
                s.add(Routine(key=default.key, title=default.title, why=default.why,
                              cadence=default.cadence.value, weekday=rule.weekday,
                              month_day=rule.month_day, screen=default.screen,
                              enabled=True, position=position))
                position += 1

    def list_routines(self, include_disabled: bool = True) -> list[RoutineData]:
        """The live routines in the person's order."""
        query = (select(Routine).where(Routine.deleted_at.is_(None))
                 .order_by(Routine.position, Routine.id))
        if not include_disabled:
            query = query.where(Routine.enabled.is_(True))
        with self._sf() as s:
            return [_to_data(row) for row in s.scalars(query)]

    def get(self, routine_id: int) -> RoutineData:
        with self._sf() as s:
            return _to_data(load_live(s, Routine, routine_id))

    def validate(self, data: RoutineInput) -> list[FieldError]:
        return routine_errors(data)

    def create(self, data: RoutineInput) -> RoutineData:
        """A routine of the manager's own, placed last."""
        refuse_invalid(routine_errors(data))
        with self._sf.begin() as s:
            row = Routine(key=None, position=_next_position(s))
            _apply(row, data)
            s.add(row)
            s.flush()
            return _to_data(row)

    def update(self, routine_id: int, version: int, data: RoutineInput) -> RoutineData:
        refuse_invalid(routine_errors(data))
        return change(self._sf, Routine, routine_id, version, lambda r: _apply(r, data), _data)

    def set_enabled(self, routine_id: int, version: int, enabled: bool) -> RoutineData:
        return change(self._sf, Routine, routine_id, version,
                      lambda row: setattr(row, "enabled", enabled), _data)

    def delete(self, routine_id: int, version: int) -> None:
        """To the trash (undo restores it); a default is disabled instead, never deleted."""
        def mutate(row: Routine) -> None:
            if row.key is not None:
                raise ValidationFailed([FieldError("key", "default")])
            mark_deleted(row)

        change(self._sf, Routine, routine_id, version, mutate, _data)

    def restore(self, routine_id: int) -> RoutineData:
        with self._sf.begin() as s:
            row = load_deleted(s, Routine, routine_id)
            row.deleted_at = None
            s.flush()
            return _to_data(row)

    def purge_deleted(self) -> int:
        """Remove the trashed routines for good; their check-offs go with them."""
        with self._sf.begin() as s:
            gone = select(Routine.id).where(Routine.deleted_at.is_not(None))
            for check in s.scalars(select(RoutineCheck).where(RoutineCheck.routine_id.in_(gone))):
                s.delete(check)
        return purge_deleted(self._sf, Routine)

    def open_items(self, brand_ids: Sequence[int], week_start: int) -> list[RoutineItem]:
        """Each brand's items of the enabled routines for today, most urgent first; overdue
        items due before the routine or the brand existed are dropped."""
        today = self._today()
        with self._sf() as s:
            routines = s.scalars(select(Routine).where(Routine.deleted_at.is_(None),
                                                       Routine.enabled.is_(True))).all()
            brands = s.execute(select(Brand.id, Brand.created_at).where(
                Brand.id.in_(brand_ids), Brand.deleted_at.is_(None))).all()
            brand_born = {ident: created.date() for ident, created in brands}
            checks = s.execute(select(RoutineCheck.routine_id, RoutineCheck.brand_id,
                                      RoutineCheck.period).where(
                RoutineCheck.brand_id.in_(list(brand_born)),
                RoutineCheck.period.in_(_period_keys(today, week_start)))).all()
        routine_born = {row.id: row.created_at.date() for row in routines}
        found = rules.open_items([_to_data(row).rule() for row in routines],
                                 {(r, b, p) for r, b, p in checks}, today, week_start,
                                 [ident for ident in brand_ids if ident in brand_born])
        return [item for item in found if not _too_new(item, routine_born, brand_born)]

    def check(self, routine_id: int, brand_id: int, period: str, note: str = "") -> CheckData:
        """Mark the routine done for the brand in `period`; checking it again changes nothing
        (a note given then replaces the stored one)."""
        try:
            return self._check(routine_id, brand_id, period, note)
        except IntegrityError:  # checked at the same moment elsewhere: it is done either way
            return self._check(routine_id, brand_id, period, note)

    def _check(self, routine_id: int, brand_id: int, period: str, note: str) -> CheckData:
        if len(note) > NOTE_MAX:
            raise ValidationFailed([FieldError("note", "too_long", {"max": str(NOTE_MAX)})])
        with self._sf.begin() as s:
            routine = load_live(s, Routine, routine_id)
            load_live(s, Brand, brand_id)
            refuse_invalid(_period_errors(period, _cadence(routine.cadence)))
            row = self._find_check(s, routine_id, brand_id, period)
            if row is None:
                row = RoutineCheck(routine_id=routine_id, brand_id=brand_id, period=period,
                                   done_at=utcnow(), note=note.strip())
                s.add(row)
            elif note.strip():
                row.note = note.strip()
            s.flush()
            return _check_data(row)

    def uncheck(self, routine_id: int, brand_id: int, period: str) -> None:
        """Take a check back (undo of check); nothing happens when it is not there."""
        with self._sf.begin() as s:
            row = self._find_check(s, routine_id, brand_id, period)
            if row is not None:
                s.delete(row)

    def history(self, brand_id: int | None, routine_id: int | None = None,
                limit: int = HISTORY_LIMIT) -> list[CheckData]:
        """What was done when, latest first; `brand_id` None = every brand."""
        query = (select(RoutineCheck).join(Routine, RoutineCheck.routine_id == Routine.id)
                 .where(Routine.deleted_at.is_(None))
                 .order_by(RoutineCheck.done_at.desc(), RoutineCheck.id.desc()).limit(limit))
        if brand_id is not None:
            query = query.where(RoutineCheck.brand_id == brand_id)
        if routine_id is not None:
            query = query.where(RoutineCheck.routine_id == routine_id)
        with self._sf() as s:
            return [_check_data(row) for row in s.scalars(query)]

    @staticmethod
    def _find_check(s: Session, routine_id: int, brand_id: int,
                    period: str) -> RoutineCheck | None:
        return s.scalars(select(RoutineCheck).where(
            RoutineCheck.routine_id == routine_id, RoutineCheck.brand_id == brand_id,
            RoutineCheck.period == period)).first()

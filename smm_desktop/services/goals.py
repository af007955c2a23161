"""A brand's goals: business goals, SMART social goals, and how far each social goal got."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.models import Brand, BusinessGoal, SocialAccount, SocialGoal
from smm_desktop.domain import smart
from smm_desktop.domain.enums import BusinessGoalKind
from smm_desktop.domain.errors import Conflict, FieldError
from smm_desktop.domain.smart import SmartReport
from smm_desktop.services import _ordering
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)
from smm_desktop.services.goal_data import (
    SocialGoalData,
    SocialGoalInput,
    apply_goal,
    goal_data,
    goal_errors,
)
from smm_desktop.services.goal_progress import GoalProgress, compute_progress
from smm_desktop.services.snapshots import history_points, latest_readings

DESCRIPTION_MAX = 2000


@dataclass(frozen=True)
class BusinessGoalInput:
    kind: BusinessGoalKind
    description: str = ""


@dataclass(frozen=True)
class BusinessGoalData(BusinessGoalInput):
    id: int = 0
    brand_id: int = 0
    version: int = 0
    position: int = 0

    def to_input(self) -> BusinessGoalInput:
        return BusinessGoalInput(self.kind, self.description)


def _business_data(_s: Session, row: BusinessGoal) -> BusinessGoalData:
    kind = BusinessGoalKind(row.kind) if row.kind in set(BusinessGoalKind) else (
        BusinessGoalKind.OTHER)
    return BusinessGoalData(kind, row.description, row.id, row.brand_id, row.version,
                            row.position)


def business_goal_errors(data: BusinessGoalInput) -> list[FieldError]:
    """An "other" goal needs words; any description stays readable in a list."""
    text = data.description.strip()
    if data.kind is BusinessGoalKind.OTHER and not text:
        return [FieldError("description", "required")]
    if len(text) > DESCRIPTION_MAX:
        return [FieldError("description", "too_long", {"max": str(DESCRIPTION_MAX)})]
    return []


def _apply_business(row: BusinessGoal, data: BusinessGoalInput) -> None:
    row.kind, row.description = data.kind.value, data.description.strip()


class GoalService:
    """Business and social goals of the brands in one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    # Business goals

    def list_business_goals(self, brand_id: int) -> list[BusinessGoalData]:
        query = (select(BusinessGoal)
                 .where(BusinessGoal.brand_id == brand_id, BusinessGoal.deleted_at.is_(None))
                 .order_by(BusinessGoal.position, BusinessGoal.id))
        with self._sf() as s:
            return [_business_data(s, row) for row in s.scalars(query)]

    def create_business_goal(self, brand_id: int, data: BusinessGoalInput) -> BusinessGoalData:
        refuse_invalid(business_goal_errors(data))
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            row = BusinessGoal(brand_id=brand_id,
                               position=_ordering.next_position(s, BusinessGoal, brand_id))
            _apply_business(row, data)
            s.add(row)
            s.flush()
            return _business_data(s, row)

    def update_business_goal(
        self, goal_id: int, version: int, data: BusinessGoalInput
    ) -> BusinessGoalData:
        refuse_invalid(business_goal_errors(data))
        return change(self._sf, BusinessGoal, goal_id, version,
                      lambda row: _apply_business(row, data), _business_data)

    def reorder_business_goals(self, brand_id: int, ids: list[int]) -> list[BusinessGoalData]:
        with self._sf.begin() as s:
            _ordering.reorder(s, BusinessGoal, brand_id, ids)
        return self.list_business_goals(brand_id)

    def delete_business_goal(self, goal_id: int, version: int) -> None:
        """To the trash: its social goals show no business goal until undo brings it back."""
        change(self._sf, BusinessGoal, goal_id, version, mark_deleted, _business_data)

    def undelete_business_goal(self, goal_id: int) -> BusinessGoalData:
        with self._sf.begin() as s:
            row = load_deleted(s, BusinessGoal, goal_id)
            row.deleted_at = None
            s.flush()
            return _business_data(s, row)

    # Social goals

    def list_goals(self, brand_id: int) -> list[SocialGoalData]:
        """The brand's live goals (a goal of an account in the trash is hidden with it)."""
        with self._sf() as s:
            return [goal_data(row, linked) for row, linked in _live_goals(s, brand_id)]

    def get_goal(self, goal_id: int) -> SocialGoalData:
        with self._sf() as s:
            row = load_live(s, SocialGoal, goal_id)
            return goal_data(row, _business_goal_live(s, row.business_goal_id))

    def validate_goal(self, brand_id: int, data: SocialGoalInput) -> list[FieldError]:
        """What refuses the goal: bad numbers or dates, an account or business goal not of
        this brand. Missing parts are not errors: `smart_check` lists them."""
        with self._sf() as s:
            return goal_errors(s, brand_id, data)

    def smart_check(self, brand_id: int, data: SocialGoalInput,
                    today: date | None = None) -> SmartReport:
        """The SMART findings; for A, the past growth of the account (one of the brand's) from
        its snapshots of the PAST_WINDOW_DAYS before the start (or before `today`)."""
        with self._sf() as s:
            past = _past_growth(s, brand_id, data, today or date.today())
        return smart.check_smart(data.to_draft(), past)

    def create_goal(self, brand_id: int, data: SocialGoalInput) -> SocialGoalData:
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            refuse_invalid(goal_errors(s, brand_id, data))
            row = SocialGoal(brand_id=brand_id)
            apply_goal(row, data, _account_platform(s, data.account_id))
            s.add(row)
            s.flush()
            return goal_data(row, data.business_goal_id is not None)

    def update_goal(self, goal_id: int, version: int, data: SocialGoalInput) -> SocialGoalData:
        try:
            with self._sf.begin() as s:
                row = load_live(s, SocialGoal, goal_id, version)
                refuse_invalid(goal_errors(s, row.brand_id, data))
                apply_goal(row, data, _account_platform(s, data.account_id))
                s.flush()
                return goal_data(row, data.business_goal_id is not None)
        except StaleDataError as err:
            raise Conflict("SocialGoal", goal_id) from err

    def delete_goal(self, goal_id: int, version: int) -> None:
        change(self._sf, SocialGoal, goal_id, version, mark_deleted, lambda _s, _r: None)

    def undelete_goal(self, goal_id: int) -> SocialGoalData:
        with self._sf.begin() as s:
            row = load_deleted(s, SocialGoal, goal_id)
            row.deleted_at = None
            s.flush()
            return goal_data(row, _business_goal_live(s, row.business_goal_id))

    def progress(self, brand_id: int, today: date) -> list[GoalProgress]:
        """Every live goal of the brand with its current value, pace and status on `today`.

        Two queries whatever the number of goals: the goals, then the newest snapshots.
        """
        with self._sf() as s:
            goals = [goal_data(row, linked) for row, linked in _live_goals(s, brand_id)]
            readings = latest_readings(s, brand_id, today) if goals else []
        return compute_progress(goals, readings, today)

    def purge_deleted(self) -> int:
        """Remove for good the business and social goals in the trash."""
        return purge_deleted(self._sf, SocialGoal) + purge_deleted(self._sf, BusinessGoal)


def _live_goals(s: Session, brand_id: int) -> list[tuple[SocialGoal, bool]]:
    """The brand's live goals, each with whether its business goal is live."""
    query = (
        select(SocialGoal, BusinessGoal.id.is_not(None))
        .outerjoin(SocialAccount, SocialAccount.id == SocialGoal.account_id)
        .outerjoin(BusinessGoal, (BusinessGoal.id == SocialGoal.business_goal_id)
                   & BusinessGoal.deleted_at.is_(None))
        .where(SocialGoal.brand_id == brand_id, SocialGoal.deleted_at.is_(None),
               SocialAccount.deleted_at.is_(None))
        .order_by(SocialGoal.deadline.is_(None), SocialGoal.deadline, SocialGoal.id)
    )
    return [(row, bool(linked)) for row, linked in s.execute(query)]


def _business_goal_live(s: Session, goal_id: int | None) -> bool:
    row = None if goal_id is None else s.get(BusinessGoal, goal_id)
    return row is not None and row.deleted_at is None


def _account_platform(s: Session, account_id: int | None) -> str | None:
    return None if account_id is None else s.scalar(
        select(SocialAccount.platform).where(SocialAccount.id == account_id))


def _past_growth(s: Session, brand_id: int, data: SocialGoalInput, today: date) -> float | None:
    """The account's growth a day (percent) over the window before the goal starts."""
    if data.account_id is None or data.metric is None:
        return None
    if _account_brand(s, data.account_id) != brand_id:
        return None
    until = data.start or today
    rows = history_points(s, data.account_id, data.metric,
                          until - timedelta(days=smart.PAST_WINDOW_DAYS), until)
    return smart.past_daily_growth([(row.day, row.value) for row in rows])


def _account_brand(s: Session, account_id: int) -> int | None:
    return s.scalar(select(SocialAccount.brand_id).where(SocialAccount.id == account_id))

"""What a social goal looks like outside the database, and the rules checked before saving it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from smm_desktop.db.models import BusinessGoal, SocialAccount, SocialGoal
from smm_desktop.domain import kpi, smart
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.goal_templates import GoalTemplate
from smm_desktop.domain.kpi import CLOSING_STATUSES, GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric, metric_or_none

TITLE_MAX = 200
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class SocialGoalInput:
    """The fields a person edits. The scope is an account, or a platform with no account
    (the sum over the brand's accounts on it). Anything may be missing in a draft."""

    account_id: int | None = None
    platform: Platform | None = None
    metric: Metric | None = None
    baseline_value: float | None = None
    baseline_date: date | None = None
    target_kind: TargetKind = TargetKind.ABSOLUTE
    target_value: float | None = None
    start: date | None = None
    deadline: date | None = None
    business_goal_id: int | None = None
    why_realistic: str = ""
    title: str = ""
    notes: str = ""
    closed_as: GoalStatus | None = None  # ACHIEVED or MISSED set by hand; None: computed

    @classmethod
    def from_template(cls, template: GoalTemplate, start: date,
                      account_id: int | None = None) -> SocialGoalInput:
        """A form filled from one of the job's examples, starting on `start`."""
        return cls(account_id=account_id, platform=template.platform, metric=template.metric,
                   target_kind=template.target_kind, target_value=template.value,
                   start=start, deadline=template.deadline(start))

    def to_draft(self) -> smart.GoalDraft:
        return smart.GoalDraft(
            metric=self.metric, has_scope=self.account_id is not None or self.platform is not None,
            baseline=self.baseline_value, target_kind=self.target_kind,
            target_value=self.target_value, start=self.start, deadline=self.deadline,
            has_business_goal=self.business_goal_id is not None,
            why_realistic=self.why_realistic,
        )


@dataclass(frozen=True)
class SocialGoalData(SocialGoalInput):
    """A stored goal. `business_goal_id` is None while its business goal is in the trash."""

    id: int = 0
    brand_id: int = 0
    version: int = 0

    @property
    def target(self) -> float | None:
        """The number to reach (a percent target worked out from the baseline)."""
        return self.to_draft().target

    def plan(self) -> kpi.Plan | None:
        return kpi.make_plan(self.baseline_value, self.target, self.start, self.deadline)

    def to_input(self) -> SocialGoalInput:
        return SocialGoalInput(**{f.name: getattr(self, f.name)
                                  for f in dataclasses.fields(SocialGoalInput)})


def _enum_or_none(kind: type[E], value: str | None) -> E | None:
    return kind(value) if value in set(kind) else None


def goal_data(row: SocialGoal, business_goal_live: bool) -> SocialGoalData:
    return SocialGoalData(
        account_id=row.account_id, platform=_enum_or_none(Platform, row.platform),
        metric=metric_or_none(row.metric), baseline_value=row.baseline_value,
        baseline_date=row.baseline_date,
        target_kind=_enum_or_none(TargetKind, row.target_kind) or TargetKind.ABSOLUTE,
        target_value=row.target_value, start=row.start_date, deadline=row.deadline,
        business_goal_id=row.business_goal_id if business_goal_live else None,
        why_realistic=row.why_realistic, title=row.title, notes=row.notes,
        closed_as=_enum_or_none(GoalStatus, row.closed_as),
        id=row.id, brand_id=row.brand_id, version=row.version,
    )


def apply_goal(row: SocialGoal, data: SocialGoalInput, account_platform: str | None) -> None:
    """Store `data`; a goal on an account keeps the account's platform too."""
    row.account_id = data.account_id
    row.platform = account_platform if data.account_id is not None else (
        data.platform.value if data.platform else None)
    row.metric = data.metric.value if data.metric else None
    row.baseline_value, row.baseline_date = data.baseline_value, data.baseline_date
    row.target_kind, row.target_value = data.target_kind.value, data.target_value
    row.start_date, row.deadline = data.start, data.deadline
    row.business_goal_id = data.business_goal_id
    row.why_realistic, row.notes = data.why_realistic.strip(), data.notes
    row.title = data.title.strip()
    row.closed_as = data.closed_as.value if data.closed_as else None


def goal_errors(s: Session, brand_id: int, data: SocialGoalInput) -> list[FieldError]:
    """Every reason to refuse `data` for a goal of `brand_id`."""
    errors = smart.validate_goal(data.to_draft()) + _account_errors(s, brand_id, data)
    if data.business_goal_id is not None and not _owned_business_goal(s, brand_id,
                                                                      data.business_goal_id):
        errors.append(FieldError("business_goal_id", "not_found"))
    if len(data.title.strip()) > TITLE_MAX:
        errors.append(FieldError("title", "too_long", {"max": str(TITLE_MAX)}))
    if data.closed_as is not None and data.closed_as not in CLOSING_STATUSES:
        errors.append(FieldError("closed_as", "bad_status"))
    return errors


def _account_errors(s: Session, brand_id: int, data: SocialGoalInput) -> list[FieldError]:
    if data.account_id is None:
        return []
    account = s.get(SocialAccount, data.account_id)
    if account is None or account.deleted_at is not None or account.brand_id != brand_id:
        return [FieldError("account_id", "not_found")]
    if data.platform is not None and data.platform.value != account.platform:
        return [FieldError("platform", "not_the_account_platform",
                           {"platform": account.platform})]
    return []


def _owned_business_goal(s: Session, brand_id: int, goal_id: int) -> bool:
    row = s.get(BusinessGoal, goal_id)
    return row is not None and row.deleted_at is None and row.brand_id == brand_id

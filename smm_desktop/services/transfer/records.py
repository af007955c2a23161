"""The strategy records of a brand in an export document (format_version 2).

Rows point at each other inside the brand only: an account by its platform and handle, a business
goal, social goal or review by its `ref` (a whole number unique among its kind in the brand).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from smm_desktop.domain.enums import (
    AuditItem,
    BusinessGoalKind,
    CheckResult,
    ConsistencyAspect,
    ExperimentStatus,
    Gender,
    GoalOutcome,
    Platform,
    ReviewKind,
    SnapshotSource,
)
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric


@dataclass(frozen=True)
class AccountRef:
    """An account of the same brand: its platform and handle (compared as handles are)."""

    platform: Platform
    handle: str


@dataclass(frozen=True)
class SnapshotRecord:
    metric: Metric
    day: date
    value: float
    source: SnapshotSource = SnapshotSource.MANUAL


@dataclass(frozen=True)
class BusinessGoalRecord:
    ref: int
    kind: BusinessGoalKind
    description: str = ""


@dataclass(frozen=True)
class SocialGoalRecord:
    """A SMART goal on an account, or on a platform (account None: all the brand's accounts)."""

    ref: int
    title: str = ""
    account: AccountRef | None = None
    platform: Platform | None = None
    metric: Metric | None = None
    baseline_value: float | None = None
    baseline_date: date | None = None
    target_kind: TargetKind = TargetKind.ABSOLUTE
    target_value: float | None = None
    start_date: date | None = None
    deadline: date | None = None
    business_goal: int | None = None
    why_realistic: str = ""
    closed_as: GoalStatus | None = None
    notes: str = ""


@dataclass(frozen=True)
class PersonaRecord:
    name: str
    picture_png: bytes | None = None
    gender: Gender = Gender.ANY
    age_min: int | None = None
    age_max: int | None = None
    locations: tuple[str, ...] = ()
    marital_status: str = ""
    education: str = ""
    occupation: str = ""
    income_band: str = ""
    interests: tuple[str, ...] = ()
    pains: tuple[str, ...] = ()
    dreams: tuple[str, ...] = ()
    buying_habits: tuple[str, ...] = ()
    objections: tuple[str, ...] = ()
    preferred_content: tuple[str, ...] = ()
    active_hours: str = ""
    notes: str = ""
    archived: bool = False
    platforms: tuple[tuple[Platform, int], ...] = ()  # (platform, share 0-100)


@dataclass(frozen=True)
class ChosenPlatformRecord:
    platform: Platform
    reason: str = ""


@dataclass(frozen=True)
class AuditCheckRecord:
    item: AuditItem
    result: CheckResult = CheckResult.UNCHECKED
    note: str = ""


@dataclass(frozen=True)
class AuditRecord:
    account: AccountRef
    audited_on: date
    posts_last_90_days: int | None = None
    best_posts: str = ""
    failed_before: str = ""
    notes: str = ""
    checks: tuple[AuditCheckRecord, ...] = ()


@dataclass(frozen=True)
class GuideRecord:
    voice: str = ""
    tone: str = ""
    words_to_use: tuple[str, ...] = ()
    words_to_avoid: tuple[str, ...] = ()


@dataclass(frozen=True)
class BioRecord:
    platform: Platform
    display_name: str = ""
    bio: str = ""
    link: str = ""


@dataclass(frozen=True)
class HashtagSetRecord:
    name: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConsistencyItemRecord:
    account: AccountRef
    aspect: ConsistencyAspect
    result: CheckResult = CheckResult.UNCHECKED
    note: str = ""


@dataclass(frozen=True)
class ConsistencyCheckRecord:
    checked_on: date
    notes: str = ""
    items: tuple[ConsistencyItemRecord, ...] = ()


@dataclass(frozen=True)
class GoalResultRecord:
    """A goal's result in a review; `goal` is the social goal's ref while that goal exists."""

    outcome: GoalOutcome
    goal: int | None = None
    goal_title: str = ""
    metric: Metric | None = None
    baseline_value: float | None = None
    target_value: float | None = None
    final_value: float | None = None
    notes: str = ""


@dataclass(frozen=True)
class ReviewRecord:
    ref: int
    kind: ReviewKind
    period_start: date
    period_end: date
    what_worked: str = ""
    what_did_not: str = ""
    next_actions: str = ""
    completed_at: datetime | None = None
    goal_results: tuple[GoalResultRecord, ...] = ()


@dataclass(frozen=True)
class ExperimentRecord:
    idea: str
    review: int | None = None
    hypothesis: str = ""
    measure: str = ""
    status: ExperimentStatus = ExperimentStatus.PLANNED
    result: str = ""
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class StrategyRecords:
    """Everything of a brand's strategy but the snapshots (those are on their accounts)."""

    business_goals: tuple[BusinessGoalRecord, ...] = ()
    social_goals: tuple[SocialGoalRecord, ...] = ()
    personas: tuple[PersonaRecord, ...] = ()
    chosen_platforms: tuple[ChosenPlatformRecord, ...] = ()
    audits: tuple[AuditRecord, ...] = ()
    guide: GuideRecord | None = None
    platform_bios: tuple[BioRecord, ...] = ()
    hashtag_sets: tuple[HashtagSetRecord, ...] = ()
    consistency_checks: tuple[ConsistencyCheckRecord, ...] = ()
    reviews: tuple[ReviewRecord, ...] = ()
    experiments: tuple[ExperimentRecord, ...] = ()


# The strategy lists in document order: (field of StrategyRecords, JSON key), the same names.
STRATEGY_LISTS = (
    "business_goals", "social_goals", "personas", "chosen_platforms", "audits",
    "platform_bios", "hashtag_sets", "consistency_checks", "reviews", "experiments",
)


"""Which strategy rows of a brand an import adds: all of them for a new brand; for a brand that
is already in the workspace ("merge"), those it does not hold yet, compared by what names them:

- a snapshot by account, metric and day (the workspace's value is kept);
- a business goal by kind and description; a social goal by title, metric, scope, start and
  deadline; a review by kind and period (a row already there stands in for the file's own in
  the references of the rows added);
- a persona or hashtag set by name (ignoring case); a chosen platform or bio by platform;
- an audit by account and day; a consistency check by day; an experiment by idea;
- the guide, when the brand has none.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from smm_desktop.db.models import (
    AccountAudit,
    BrandGuide,
    BusinessGoal,
    ChosenPlatform,
    ConsistencyCheck,
    Experiment,
    HashtagSet,
    Persona,
    PlatformBio,
    Review,
    Snapshot,
    SocialAccount,
    SocialGoal,
)
from smm_desktop.domain import validation as v
from smm_desktop.services.transfer.document import BrandRecord
from smm_desktop.services.transfer.records import (
    AccountRef,
    BusinessGoalRecord,
    ReviewRecord,
    SnapshotRecord,
    SocialGoalRecord,
)

AccountKey = tuple[str, str]
T = TypeVar("T")


def account_key_of(ref: AccountRef) -> AccountKey:
    return ref.platform.value, v.handle_key(ref.handle)


def name_key(name: str) -> str:
    return name.strip().casefold()


# -- keys ------------------------------------------------------------------------------------


def business_key(kind: str, description: str) -> Hashable:
    return kind, description.strip()


def goal_key(title: str, metric: str | None, account: AccountKey | None, platform: str | None,
             start: Any, deadline: Any) -> Hashable:
    return title.strip(), metric, account, None if account else platform, start, deadline


def _record_goal_key(goal: SocialGoalRecord) -> Hashable:
    account = account_key_of(goal.account) if goal.account else None
    return goal_key(goal.title, goal.metric.value if goal.metric else None, account,
                    goal.platform.value if goal.platform else None, goal.start_date,
                    goal.deadline)


def _review_key(review: ReviewRecord) -> Hashable:
    return review.kind.value, review.period_start, review.period_end


# -- what a brand holds ----------------------------------------------------------------------


@dataclass
class Existing:
    """The keys of what a brand in the workspace already holds (empty for a new brand)."""

    snapshots: set[Hashable] = field(default_factory=set)
    business_goals: dict[Hashable, int] = field(default_factory=dict)
    social_goals: dict[Hashable, int] = field(default_factory=dict)
    reviews: dict[Hashable, int] = field(default_factory=dict)
    personas: set[Hashable] = field(default_factory=set)
    chosen_platforms: set[Hashable] = field(default_factory=set)
    audits: set[Hashable] = field(default_factory=set)
    guide: bool = False
    platform_bios: set[Hashable] = field(default_factory=set)
    hashtag_sets: set[Hashable] = field(default_factory=set)
    consistency_checks: set[Hashable] = field(default_factory=set)
    experiments: set[Hashable] = field(default_factory=set)


def _rows(s: Session, model: Any, brand_id: int, live: bool = True) -> list[Any]:
    query = select(model).where(model.brand_id == brand_id)
    return list(s.scalars(query.where(model.deleted_at.is_(None)) if live else query))


def load_existing(s: Session, brand_id: int) -> Existing:
    """What the brand holds; platforms of chosen platforms and bios count even in the trash
    (one row per platform whatever its state)."""
    keys = {a.id: (a.platform, a.handle_key) for a in _rows(s, SocialAccount, brand_id)}
    return Existing(
        snapshots=_snapshot_keys(s, keys),
        business_goals={business_key(r.kind, r.description): r.id
                        for r in _rows(s, BusinessGoal, brand_id)},
        social_goals={goal_key(r.title, r.metric, keys.get(r.account_id or 0), r.platform,
                               r.start_date, r.deadline): r.id
                      for r in _rows(s, SocialGoal, brand_id)},
        reviews={(r.kind, r.period_start, r.period_end): r.id for r in _rows(s, Review, brand_id)},
        personas={name_key(r.name) for r in _rows(s, Persona, brand_id)},
        chosen_platforms={r.platform for r in _rows(s, ChosenPlatform, brand_id, live=False)},
        audits=_audit_keys(s, keys),
        guide=bool(_rows(s, BrandGuide, brand_id, live=False)),
        platform_bios={r.platform for r in _rows(s, PlatformBio, brand_id, live=False)},
        hashtag_sets={name_key(r.name) for r in _rows(s, HashtagSet, brand_id)},
        consistency_checks={r.checked_on for r in _rows(s, ConsistencyCheck, brand_id)},
        experiments={r.idea.strip() for r in _rows(s, Experiment, brand_id)},
    )


def _snapshot_keys(s: Session, accounts: dict[int, AccountKey]) -> set[Hashable]:
    query = select(Snapshot.account_id, Snapshot.metric, Snapshot.day).where(
        Snapshot.account_id.in_(list(accounts)))
    return {(accounts[a], metric, day) for a, metric, day in s.execute(query)}


def _audit_keys(s: Session, accounts: dict[int, AccountKey]) -> set[Hashable]:
    query = select(AccountAudit.account_id, AccountAudit.audited_on).where(
        AccountAudit.account_id.in_(list(accounts)), AccountAudit.deleted_at.is_(None))
    return {(accounts[a], day) for a, day in s.execute(query)}


# -- what an import adds ---------------------------------------------------------------------


@dataclass
class StrategyAdds:
    """The strategy rows an import adds to one brand, and the refs of rows already there."""

    snapshots: list[tuple[AccountKey, SnapshotRecord]] = field(default_factory=list)
    business_goals: list[Any] = field(default_factory=list)
    social_goals: list[Any] = field(default_factory=list)
    personas: list[Any] = field(default_factory=list)
    chosen_platforms: list[Any] = field(default_factory=list)
    audits: list[Any] = field(default_factory=list)
    guides: list[Any] = field(default_factory=list)
    platform_bios: list[Any] = field(default_factory=list)
    hashtag_sets: list[Any] = field(default_factory=list)
    consistency_checks: list[Any] = field(default_factory=list)
    reviews: list[Any] = field(default_factory=list)
    experiments: list[Any] = field(default_factory=list)
    present: int = 0  # rows of the file the brand already holds: left as they are
    business_ids: dict[int, int] = field(default_factory=dict)  # ref -> id of a row there
    goal_ids: dict[int, int] = field(default_factory=dict)
    review_ids: dict[int, int] = field(default_factory=dict)
    persona_ids: dict[int, int] = field(default_factory=dict)  # index among those added -> id

    def counts(self) -> dict[str, int]:
        """How many rows of each kind are added."""
        return {f.name: len(getattr(self, f.name)) for f in fields(self)
                if isinstance(getattr(self, f.name), list)}


def plan_strategy(brand: BrandRecord, existing: Existing) -> StrategyAdds:
    """The rows of `brand` to add, given what the workspace's brand of that name holds."""
    adds, records = StrategyAdds(), brand.strategy
    snapshots = [(account_key_of(AccountRef(a.platform, a.handle)), snap)
                 for a in brand.accounts for snap in a.snapshots]
    adds.snapshots = _keep(adds, snapshots, existing.snapshots,
                           lambda p: (p[0], p[1].metric.value, p[1].day))
    adds.business_goals = _keep_ref(adds, records.business_goals, existing.business_goals,
                                    _business_record_key, adds.business_ids)
    adds.social_goals = _keep_ref(adds, records.social_goals, existing.social_goals,
                                  _record_goal_key, adds.goal_ids)
    adds.reviews = _keep_ref(adds, records.reviews, existing.reviews, _review_key,
                             adds.review_ids)
    _plan_the_rest(adds, brand, existing)
    return adds


def _plan_the_rest(adds: StrategyAdds, brand: BrandRecord, existing: Existing) -> None:
    records = brand.strategy
    adds.personas = _keep(adds, records.personas, existing.personas, lambda r: name_key(r.name))
    adds.chosen_platforms = _keep(adds, records.chosen_platforms, existing.chosen_platforms,
                                  lambda r: r.platform.value)
    adds.audits = _keep(adds, records.audits, existing.audits,
                        lambda r: (account_key_of(r.account), r.audited_on))
    guides = [records.guide] if records.guide is not None else []
    adds.guides = _keep(adds, guides, {True} if existing.guide else set(), lambda r: True)
    adds.platform_bios = _keep(adds, records.platform_bios, existing.platform_bios,
                               lambda r: r.platform.value)
    adds.hashtag_sets = _keep(adds, records.hashtag_sets, existing.hashtag_sets,
                              lambda r: name_key(r.name))
    adds.consistency_checks = _keep(adds, records.consistency_checks,
                                    existing.consistency_checks, lambda r: r.checked_on)
    adds.experiments = _keep(adds, records.experiments, existing.experiments,
                             lambda r: r.idea.strip())


def _business_record_key(goal: BusinessGoalRecord) -> Hashable:
    return business_key(goal.kind.value, goal.description)


def _keep(adds: StrategyAdds, records: Iterable[T], there: Any,
          key: Callable[[T], Hashable]) -> list[T]:
    """The records whose key the brand does not hold; the others are counted as present."""
    items = list(records)
    kept = [r for r in items if key(r) not in there]
    adds.present += len(items) - len(kept)
    return kept


def _keep_ref(adds: StrategyAdds, records: Iterable[Any], there: dict[Hashable, int],
              key: Callable[[Any], Hashable], ids: dict[int, int]) -> list[Any]:
    """As `_keep`, noting for each record left out the id of the row that stands in for it."""
    items = list(records)
    ids.update({r.ref: there[key(r)] for r in items if key(r) in there})
    return _keep(adds, items, there, key)

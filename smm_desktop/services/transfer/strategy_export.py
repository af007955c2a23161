"""Read a brand's live strategy rows as records, in a fixed order (the order an import keeps).

Rows in the trash stay behind, and so do rows of an account in the trash. A reference to a row
that stays behind (a goal's business goal, a result's goal, an experiment's review) becomes null.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
    SocialGoal,
)
from smm_desktop.domain.enums import Platform
from smm_desktop.services.transfer.records import (
    AccountRef,
    AuditCheckRecord,
    AuditRecord,
    BioRecord,
    BusinessGoalRecord,
    ChosenPlatformRecord,
    ConsistencyCheckRecord,
    ConsistencyItemRecord,
    ExperimentRecord,
    GoalResultRecord,
    GuideRecord,
    HashtagSetRecord,
    PersonaRecord,
    ReviewRecord,
    SnapshotRecord,
    SocialGoalRecord,
    StrategyRecords,
)
from smm_desktop.services.transfer.strategy_rows import to_record

Accounts = dict[int, AccountRef]  # the brand's exported accounts by id, in document order


def _live(s: Session, model: Any, brand_id: int, *order: Any) -> Sequence[Any]:
    query = select(model).where(model.brand_id == brand_id, model.deleted_at.is_(None))
    return s.scalars(query.order_by(*order, model.id)).all()


def _refs(rows: Sequence[Any]) -> dict[int, int]:
    """Row id to ref: 1, 2, … in document order."""
    return {row.id: i for i, row in enumerate(rows, start=1)}


def snapshot_records(s: Session, account_ids: list[int]) -> dict[int, tuple[SnapshotRecord, ...]]:
    """Each account's snapshots, by metric then day."""
    query = (select(Snapshot).where(Snapshot.account_id.in_(account_ids))
             .order_by(Snapshot.account_id, Snapshot.metric, Snapshot.day))
    grouped: dict[int, list[SnapshotRecord]] = {}
    for row in s.scalars(query):
        grouped.setdefault(row.account_id, []).append(to_record(SnapshotRecord, row))
    return {account: tuple(records) for account, records in grouped.items()}


def strategy_records(s: Session, brand_id: int, accounts: Accounts) -> StrategyRecords:
    """Everything of the brand's strategy, with references inside the brand."""
    business = _live(s, BusinessGoal, brand_id, BusinessGoal.position)
    goals = [g for g in _live(s, SocialGoal, brand_id)
             if g.account_id is None or g.account_id in accounts]
    reviews = _live(s, Review, brand_id, Review.period_start, Review.period_end)
    business_refs, goal_refs, review_refs = _refs(business), _refs(goals), _refs(reviews)
    return StrategyRecords(
        business_goals=tuple(to_record(BusinessGoalRecord, r, ref=i)
                             for i, r in enumerate(business, start=1)),
        social_goals=tuple(_goal(g, goal_refs[g.id], accounts, business_refs) for g in goals),
        personas=tuple(_persona(p) for p in _live(s, Persona, brand_id, Persona.position)),
        chosen_platforms=tuple(to_record(ChosenPlatformRecord, r) for r in _live(
            s, ChosenPlatform, brand_id, ChosenPlatform.position)),
        audits=_audits(s, accounts), guide=_guide(s, brand_id),
        platform_bios=tuple(to_record(BioRecord, r) for r in _live(
            s, PlatformBio, brand_id, PlatformBio.platform)),
        hashtag_sets=tuple(to_record(HashtagSetRecord, r) for r in _live(
            s, HashtagSet, brand_id, HashtagSet.position)),
        consistency_checks=_consistency(s, brand_id, accounts),
        reviews=tuple(_review(r, review_refs[r.id], goal_refs) for r in reviews),
        experiments=tuple(_experiment(r, review_refs) for r in _live(
            s, Experiment, brand_id, Experiment.position)),
    )


def _goal(row: SocialGoal, ref: int, accounts: Accounts,
          business: dict[int, int]) -> SocialGoalRecord:
    account = accounts[row.account_id] if row.account_id is not None else None
    return to_record(SocialGoalRecord, row, ref=ref, account=account,
                     business_goal=business.get(row.business_goal_id or 0))


def _persona(row: Persona) -> PersonaRecord:
    shares = tuple(sorted((Platform(p.platform), p.share) for p in row.platforms))
    return to_record(PersonaRecord, row, platforms=shares)


def _audits(s: Session, accounts: Accounts) -> tuple[AuditRecord, ...]:
    query = select(AccountAudit).where(AccountAudit.account_id.in_(list(accounts)),
                                       AccountAudit.deleted_at.is_(None))
    order = {ident: i for i, ident in enumerate(accounts)}
    rows = sorted(s.scalars(query), key=lambda r: (order[r.account_id], r.audited_on, r.id))
    return tuple(to_record(AuditRecord, r, account=accounts[r.account_id], checks=tuple(
        to_record(AuditCheckRecord, c) for c in r.checks)) for r in rows)


def _guide(s: Session, brand_id: int) -> GuideRecord | None:
    row = s.scalar(select(BrandGuide).where(BrandGuide.brand_id == brand_id,
                                            BrandGuide.deleted_at.is_(None)))
    return None if row is None else to_record(GuideRecord, row)


def _consistency(s: Session, brand_id: int, accounts: Accounts
                 ) -> tuple[ConsistencyCheckRecord, ...]:
    rows = _live(s, ConsistencyCheck, brand_id, ConsistencyCheck.checked_on)
    return tuple(to_record(ConsistencyCheckRecord, r, items=tuple(
        to_record(ConsistencyItemRecord, item, account=accounts[item.account_id])
        for item in r.items if item.account_id in accounts)) for r in rows)


def _review(row: Review, ref: int, goals: dict[int, int]) -> ReviewRecord:
    results = tuple(to_record(GoalResultRecord, r, goal=goals.get(r.goal_id or 0))
                    for r in row.results)
    return to_record(ReviewRecord, row, ref=ref, goal_results=results)


def _experiment(row: Experiment, reviews: dict[int, int]) -> ExperimentRecord:
    return to_record(ExperimentRecord, row, review=reviews.get(row.review_id or 0))

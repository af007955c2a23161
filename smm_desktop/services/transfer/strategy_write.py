"""Write the strategy rows an import adds to one brand, inside the import's transaction.

References inside the brand become ids: accounts by platform and handle, refs through the rows
added (or the rows already there that stand in for them). Forms' tidying applies (goals,
personas); rows that keep an order go after the brand's own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smm_desktop.db.models import (
    AccountAudit,
    AuditCheck,
    BrandGuide,
    BusinessGoal,
    ChosenPlatform,
    ConsistencyCheck,
    ConsistencyItem,
    Experiment,
    HashtagSet,
    Persona,
    PersonaPlatform,
    PlatformBio,
    Review,
    ReviewGoalResult,
    Snapshot,
    SocialAccount,
    SocialGoal,
)
from smm_desktop.services.goal_data import SocialGoalInput, apply_goal
from smm_desktop.services.personas import _apply as apply_persona
from smm_desktop.services.transfer.records import SocialGoalRecord
from smm_desktop.services.transfer.strategy_plan import AccountKey, StrategyAdds, account_key_of
from smm_desktop.services.transfer.strategy_rows import fill_row, persona_input


def write_strategy(s: Session, brand_id: int, adds: StrategyAdds) -> None:
    """Add the planned rows; the brand's accounts (old and new) are already flushed."""
    accounts = account_ids(s, brand_id)
    s.add_all(Snapshot(account_id=accounts[key], metric=r.metric.value, day=r.day, value=r.value,
                       source=r.source.value) for key, r in adds.snapshots)
    _add_ordered(s, BusinessGoal, brand_id, adds.business_goals, adds.business_ids)
    for goal in adds.social_goals:
        adds.goal_ids[goal.ref] = _add_goal(s, brand_id, goal, accounts, adds.business_ids)
    _add_personas(s, brand_id, adds)
    _add_ordered(s, ChosenPlatform, brand_id, adds.chosen_platforms)
    _add_audits(s, adds, accounts)
    s.add_all(fill_row(BrandGuide(brand_id=brand_id), r) for r in adds.guides)
    s.add_all(fill_row(PlatformBio(brand_id=brand_id), r) for r in adds.platform_bios)
    _add_ordered(s, HashtagSet, brand_id, adds.hashtag_sets)
    _add_consistency(s, brand_id, adds, accounts)
    _add_reviews(s, brand_id, adds)
    for i, r in enumerate(adds.experiments, start=next_position(s, Experiment, brand_id)):
        s.add(fill_row(Experiment(brand_id=brand_id, position=i,
                                  review_id=adds.review_ids.get(r.review or 0)), r))
    s.flush()


def account_ids(s: Session, brand_id: int) -> dict[AccountKey, int]:
    rows = s.execute(select(SocialAccount.platform, SocialAccount.handle_key, SocialAccount.id)
                     .where(SocialAccount.brand_id == brand_id,
                            SocialAccount.deleted_at.is_(None)))
    return {(platform, key): ident for platform, key, ident in rows}


def next_position(s: Session, model: Any, brand_id: int) -> int:
    """After the brand's last row (the trash included, as the services number them)."""
    last = s.scalar(select(func.max(model.position)).where(model.brand_id == brand_id))
    return 0 if last is None else last + 1


def _add_ordered(s: Session, model: Any, brand_id: int, records: list[Any],
                 ids: dict[int, int] | None = None) -> None:
    """Rows in the file's order after the brand's own; with `ids`, note each ref's new id."""
    start = next_position(s, model, brand_id)
    rows = [fill_row(model(brand_id=brand_id, position=i), r)
            for i, r in enumerate(records, start=start)]
    s.add_all(rows)
    if ids is not None:
        s.flush()
        ids.update({r.ref: row.id for r, row in zip(records, rows, strict=True)})


def _add_goal(s: Session, brand_id: int, goal: SocialGoalRecord,
              accounts: dict[AccountKey, int], business: dict[int, int]) -> int:
    account = accounts[account_key_of(goal.account)] if goal.account else None
    row = SocialGoal(brand_id=brand_id)
    apply_goal(row, SocialGoalInput(
        account_id=account, platform=goal.platform, metric=goal.metric,
        baseline_value=goal.baseline_value, baseline_date=goal.baseline_date,
        target_kind=goal.target_kind, target_value=goal.target_value, start=goal.start_date,
        deadline=goal.deadline, business_goal_id=business.get(goal.business_goal or 0),
        why_realistic=goal.why_realistic, title=goal.title, notes=goal.notes,
        closed_as=goal.closed_as,
    ), goal.account.platform.value if goal.account else None)
    s.add(row)
    s.flush()
    return row.id


def _add_personas(s: Session, brand_id: int, adds: StrategyAdds) -> None:
    """The personas in the file's order; each one's id noted by its index among those added."""
    rows = []
    for i, record in enumerate(adds.personas, start=next_position(s, Persona, brand_id)):
        row = Persona(brand_id=brand_id, position=i, archived=record.archived)
        apply_persona(row, persona_input(record))
        row.platforms = [PersonaPlatform(platform=p.value, share=share)
                         for p, share in sorted(record.platforms) if share > 0]
        rows.append(row)
    s.add_all(rows)
    s.flush()
    adds.persona_ids.update({index: row.id for index, row in enumerate(rows)})


def _add_audits(s: Session, adds: StrategyAdds, accounts: dict[AccountKey, int]) -> None:
    for record in adds.audits:
        row = fill_row(AccountAudit(account_id=accounts[account_key_of(record.account)]), record)
        row.checks = [fill_row(AuditCheck(), c) for c in record.checks]
        s.add(row)


def _add_consistency(s: Session, brand_id: int, adds: StrategyAdds,
                     accounts: dict[AccountKey, int]) -> None:
    for record in adds.consistency_checks:
        row = fill_row(ConsistencyCheck(brand_id=brand_id), record)
        row.items = [fill_row(ConsistencyItem(account_id=accounts[account_key_of(i.account)]), i)
                     for i in record.items]
        s.add(row)


def _add_reviews(s: Session, brand_id: int, adds: StrategyAdds) -> None:
    for record in adds.reviews:
        row = fill_row(Review(brand_id=brand_id), record)
        row.results = [fill_row(ReviewGoalResult(goal_id=adds.goal_ids.get(r.goal or 0)), r)
                       for r in record.goal_results]
        s.add(row)
        s.flush()
        adds.review_ids[record.ref] = row.id

"""The rules of a brand's strategy in a document: references inside the brand, no duplicates, and
the field rules the app's forms apply (SMART values, shares, pictures, dates in order)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING

from smm_desktop.domain import smart
from smm_desktop.domain import validation as v
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.metrics import value_problem
from smm_desktop.services.persona_rules import persona_errors
from smm_desktop.services.transfer.document_base import TransferError
from smm_desktop.services.transfer.records import (
    AccountRef,
    PersonaRecord,
    SocialGoalRecord,
    StrategyRecords,
)
from smm_desktop.services.transfer.strategy_rows import persona_input

if TYPE_CHECKING:
    from smm_desktop.services.transfer.document import AccountRecord, BrandRecord

MESSAGES = {
    "required": "must not be empty",
    "too_long": "is longer than {max} characters",
    "not_a_number": "is not a number",
    "negative": "must not be negative",
    "over_100_percent": "is a rate above 100 percent",
    "percent_too_high": "is a change above {max} percent",
    "equals_baseline": "equals the baseline: the goal would change nothing",
    "before_start": "is before the start date",
    "not_png": "is not a PNG image",
    "too_large": "is larger than {max_kb} KB",
    "age_out_of_range": "is not an age from {min} to {max}",
    "below_age_min": "is below the lowest age",
}


def fail(at: str, problem: str, code: str = "invalid_value") -> None:
    raise TransferError(problem, code=code, pointer=at)


def refuse_fields(errors: list[FieldError], at: str) -> None:
    """The first field error, at the field it names."""
    if errors:
        error = errors[0]
        fail(f"{at}/{error.field}", MESSAGES.get(error.code, error.code).format(**error.params))


def first_repeat(keys: Iterable[Hashable]) -> tuple[int, int] | None:
    """(first index, repeated index) of the first key seen twice, or None."""
    seen: dict[Hashable, int] = {}
    for i, key in enumerate(keys):
        first = seen.setdefault(key, i)
        if first != i:
            return first, i
    return None


def refuse_repeats(keys: Iterable[Hashable], at: str, field: str, what: str) -> None:
    """`at/N/field` for the second of two items with the same key."""
    repeat = first_repeat(keys)
    if repeat is not None:
        fail(f"{at}/{repeat[1]}/{field}", f"{what} is already at {at}/{repeat[0]}",
             code="duplicate")


def account_index(accounts: tuple[AccountRecord, ...]) -> dict[tuple[str, str], str]:
    """Each account of the brand by its key: platform and handle as the app compares them."""
    return {(a.platform.value, v.handle_key(a.handle)): a.handle for a in accounts}


def refuse_unknown_account(
    ref: AccountRef, accounts: dict[tuple[str, str], str], at: str
) -> None:
    if (ref.platform.value, v.handle_key(ref.handle)) not in accounts:
        fail(f"{at}/handle", f"no account {ref.handle!r} on {ref.platform.value} among this "
             "brand's accounts", code="unknown_reference")


def refuse_unknown_ref(ref: int | None, known: set[int], at: str, what: str) -> None:
    if ref is not None and ref not in known:
        fail(at, f"no {what} with ref {ref} in this brand", code="unknown_reference")


# -- per brand -------------------------------------------------------------------------------


def check_strategy(brand: BrandRecord, at: str) -> None:
    """Raise TransferError for the first problem of the brand's snapshots and strategy."""
    for j, account in enumerate(brand.accounts):
        _check_snapshots(account, f"{at}/accounts/{j}/snapshots")
    accounts, records = account_index(brand.accounts), brand.strategy
    _check_business_goals(records, at)
    _check_social_goals(records, accounts, f"{at}/social_goals")
    _check_personas(records.personas, f"{at}/personas")
    refuse_repeats((c.platform for c in records.chosen_platforms), f"{at}/chosen_platforms",
                   "platform", "this platform")
    _check_audits(records, accounts, f"{at}/audits")
    refuse_repeats((b.platform for b in records.platform_bios), f"{at}/platform_bios",
                   "platform", "a bio for this platform")
    for i, tags in enumerate(records.hashtag_sets):
        refuse_fields(v.check_name(tags.name, "name"), f"{at}/hashtag_sets/{i}")
    _check_consistency(records, accounts, f"{at}/consistency_checks")
    _check_reviews(records, f"{at}/reviews")
    _check_experiments(records, f"{at}/experiments")


def _check_snapshots(account: AccountRecord, at: str) -> None:
    for k, snap in enumerate(account.snapshots):
        problem = value_problem(snap.metric, snap.value)
        if problem:
            fail(f"{at}/{k}/value", MESSAGES[problem])
    refuse_repeats(((s.metric, s.day) for s in account.snapshots), at, "day",
                   "a snapshot of this metric on this day for this account")


def _check_business_goals(records: StrategyRecords, at: str) -> None:
    refuse_repeats((g.ref for g in records.business_goals), f"{at}/business_goals", "ref",
                   "a business goal with this ref")


def _check_social_goals(
    records: StrategyRecords, accounts: dict[tuple[str, str], str], at: str
) -> None:
    refuse_repeats((g.ref for g in records.social_goals), at, "ref", "a social goal with this ref")
    business = {g.ref for g in records.business_goals}
    for i, goal in enumerate(records.social_goals):
        _check_goal_scope(goal, accounts, f"{at}/{i}")
        refuse_unknown_ref(goal.business_goal, business, f"{at}/{i}/business_goal",
                           "business goal")
        refuse_fields(smart.validate_goal(goal_draft(goal)), f"{at}/{i}")


def _check_goal_scope(
    goal: SocialGoalRecord, accounts: dict[tuple[str, str], str], at: str
) -> None:
    if goal.account is None:
        return
    refuse_unknown_account(goal.account, accounts, f"{at}/account")
    if goal.platform is not None and goal.platform != goal.account.platform:
        fail(f"{at}/platform", f"is not the platform of the goal's account "
             f"({goal.account.platform.value})")


def goal_draft(goal: SocialGoalRecord) -> smart.GoalDraft:
    return smart.GoalDraft(
        metric=goal.metric, has_scope=goal.account is not None or goal.platform is not None,
        baseline=goal.baseline_value, target_kind=goal.target_kind,
        target_value=goal.target_value, start=goal.start_date, deadline=goal.deadline,
        has_business_goal=goal.business_goal is not None, why_realistic=goal.why_realistic,
    )


def _check_personas(personas: tuple[PersonaRecord, ...], at: str) -> None:
    for i, persona in enumerate(personas):
        refuse_fields(persona_errors(persona_input(persona)), f"{at}/{i}")
        for k, (_platform, share) in enumerate(persona.platforms):
            if not 0 <= share <= 100:
                fail(f"{at}/{i}/platforms/{k}/share", f"{share} is not a share from 0 to 100")
        refuse_repeats((p for p, _ in persona.platforms), f"{at}/{i}/platforms", "platform",
                       "a share for this platform")


def _check_audits(
    records: StrategyRecords, accounts: dict[tuple[str, str], str], at: str
) -> None:
    for i, audit in enumerate(records.audits):
        refuse_unknown_account(audit.account, accounts, f"{at}/{i}/account")
        if audit.posts_last_90_days is not None and audit.posts_last_90_days < 0:
            fail(f"{at}/{i}/posts_last_90_days", MESSAGES["negative"])
        refuse_repeats((c.item for c in audit.checks), f"{at}/{i}/checks", "item",
                       "this checklist point")


def _check_consistency(
    records: StrategyRecords, accounts: dict[tuple[str, str], str], at: str
) -> None:
    for i, check in enumerate(records.consistency_checks):
        for k, item in enumerate(check.items):
            refuse_unknown_account(item.account, accounts, f"{at}/{i}/items/{k}/account")
        keys = ((it.account.platform, v.handle_key(it.account.handle), it.aspect)
                for it in check.items)
        refuse_repeats(keys, f"{at}/{i}/items", "aspect", "this account and aspect")


def _check_reviews(records: StrategyRecords, at: str) -> None:
    refuse_repeats((r.ref for r in records.reviews), at, "ref", "a review with this ref")
    goals = {g.ref for g in records.social_goals}
    for i, review in enumerate(records.reviews):
        if review.period_end < review.period_start:
            fail(f"{at}/{i}/period_end", "is before the period's start")
        for k, result in enumerate(review.goal_results):
            refuse_unknown_ref(result.goal, goals, f"{at}/{i}/goal_results/{k}/goal",
                               "social goal")


def _check_experiments(records: StrategyRecords, at: str) -> None:
    reviews = {r.ref for r in records.reviews}
    for i, experiment in enumerate(records.experiments):
        refuse_unknown_ref(experiment.review, reviews, f"{at}/{i}/review", "review")
        start, end = experiment.start_date, experiment.end_date
        if start is not None and end is not None and end < start:
            fail(f"{at}/{i}/end_date", "is before the start date")

"""The sample's strategy and audience: business goals, SMART goals in every status, the weekly
snapshots that move them, and personas with their platforms.

Snapshots are generated first (followers grow every week, with noise); each goal's target is then
set from them, so that on `today` the sample shows each status whatever the seed.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from smm_desktop.domain.enums import Platform, SnapshotSource
from smm_desktop.domain.goal_templates import template
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.demo_texts import (
    BUSINESS_GOALS,
    GOAL_TITLES,
    PERSONAS,
    REACH_TITLE,
    REASONS,
)
from smm_desktop.services.goals import GoalService, SocialGoalInput
from smm_desktop.services.personas import PersonaService
from smm_desktop.services.snapshots import SnapshotData, SnapshotService
from smm_desktop.services.workspace import Workspace

Series = list[tuple[date, float]]


@dataclass(frozen=True)
class Recipe:
    """A goal meant to show `status`: on account `account` (or, `platform_wide`, on all the
    brand's accounts of its platform), from `start` days from today, for `days` days."""

    status: GoalStatus
    account: int
    start: int
    days: int
    platform_wide: bool = False


# The share of the way each in-flight goal has made by today, halfway through its time.
_DONE_BY_STATUS = {GoalStatus.ON_TRACK: 0.62, GoalStatus.AT_RISK: 0.44,
                   GoalStatus.OFF_TRACK: 0.2}
_HALFWAY = (-60, 120)
# Per brand, in the order of SAMPLE_BRANDS; accounts by their index in the brand.
RECIPES: tuple[tuple[Recipe, ...], ...] = (
    (Recipe(GoalStatus.ON_TRACK, 0, *_HALFWAY), Recipe(GoalStatus.ACHIEVED, 2, -200, 120),
     Recipe(GoalStatus.NOT_STARTED, 1, 14, 120)),
    (Recipe(GoalStatus.ON_TRACK, 0, *_HALFWAY, platform_wide=True),
     Recipe(GoalStatus.AT_RISK, 1, *_HALFWAY), Recipe(GoalStatus.MISSED, 2, -150, 120),
     Recipe(GoalStatus.OFF_TRACK, 3, *_HALFWAY)),
    (Recipe(GoalStatus.OFF_TRACK, 0, *_HALFWAY), Recipe(GoalStatus.AT_RISK, 2, *_HALFWAY),
     Recipe(GoalStatus.ACHIEVED, 1, -220, 90), Recipe(GoalStatus.MISSED, 3, -130, 100)),
)


@dataclass(frozen=True)
class SampleBrand:
    index: int
    id: int
    onboarded: date
    accounts: tuple[AccountData, ...]


def write_strategy(workspace: Workspace, rng: random.Random, brands: Sequence[SampleBrand],
                   today: date) -> None:
    sf = workspace.session_factory
    rows: list[SnapshotData] = []
    for brand in brands:
        history = {a.id: _history(rng, brand.onboarded, today) for a in brand.accounts}
        rows += [SnapshotData(account_id, metric, day, value, SnapshotSource.IMPORT)
                 for account_id, metrics in history.items()
                 for metric, series in metrics.items() for day, value in series]
        business = [GoalService(sf).create_business_goal(brand.id, goal).id
                    for goal in BUSINESS_GOALS[brand.index]]
        _write_goals(GoalService(sf), brand, history, business, today)
        _write_personas(PersonaService(sf), brand)
    SnapshotService(sf).record_many(rows)


def _history(rng: random.Random, first: date, today: date) -> dict[Metric, Series]:
    """Weekly followers from onboarding to today (growth every week, never a loss), and the
    week's reach: a few times the followers, up and down."""
    value, growth = float(rng.randint(800, 30_000)), rng.uniform(0.001, 0.006)
    followers, reach, day = [], [], first
    while day <= today:
        followers.append((day, value))
        reach.append((day, float(round(value * rng.uniform(0.8, 3.0)))))
        value += max(1.0, round(value * growth * rng.uniform(0.2, 1.8)))
        day += timedelta(days=7)
    return {Metric.FOLLOWERS: followers, Metric.REACH: reach}


def _value_on(series: Series, day: date) -> float:
    """The newest value on or before `day` (the first one before the history starts)."""
    at = bisect_right(series, (day, float("inf")))
    return series[max(at - 1, 0)][1]


def _target(recipe: Recipe, baseline: float, at_deadline: float, current: float) -> float:
    if recipe.status is GoalStatus.ACHIEVED:
        return round(baseline + 0.9 * (at_deadline - baseline))
    if recipe.status is GoalStatus.MISSED:
        return round(baseline + 1.6 * (current - baseline))
    return round(baseline + (current - baseline) / _DONE_BY_STATUS[recipe.status])


def _write_goals(goals: GoalService, brand: SampleBrand,
                 history: dict[int, dict[Metric, Series]], business: list[int],
                 today: date) -> None:
    for n, recipe in enumerate(RECIPES[brand.index]):
        account = brand.accounts[recipe.account]
        goal = _goal(recipe, account, history[account.id][Metric.FOLLOWERS], today)
        goals.create_goal(brand.id, replace(
            goal, business_goal_id=business[n % len(business)],
            why_realistic=REASONS[brand.index], title=GOAL_TITLES[brand.index][n]))
    if brand.index == 0:
        _write_reach_goal(goals, brand, history, business[0], today)


def _goal(recipe: Recipe, account: AccountData, series: Series, today: date) -> SocialGoalInput:
    """A followers goal whose target makes it show the recipe's status on `today`."""
    start = today + timedelta(days=recipe.start)
    deadline = start + timedelta(days=recipe.days)
    measured = min(start, today)
    baseline = _value_on(series, measured)
    goal = SocialGoalInput(
        account_id=None if recipe.platform_wide else account.id, platform=account.platform,
        metric=Metric.FOLLOWERS, baseline_value=baseline, baseline_date=measured,
        start=start, deadline=deadline)
    if recipe.status is GoalStatus.NOT_STARTED:
        return replace(goal, target_kind=TargetKind.PERCENT, target_value=20.0)
    target = _target(recipe, baseline, _value_on(series, deadline), _value_on(series, today))
    return replace(goal, target_value=float(target))


def _write_reach_goal(goals: GoalService, brand: SampleBrand,
                      history: dict[int, dict[Metric, Series]], business_goal_id: int,
                      today: date) -> None:
    """The job's own example, "reach 100k people on X in 100 days", as a template fills it."""
    x = next(a for a in brand.accounts if a.platform is Platform.X)
    form = SocialGoalInput.from_template(template("x_reach_100k_100_days"),
                                         today - timedelta(days=30), account_id=x.id)
    assert form.start is not None and form.target_value is not None
    baseline = _value_on(history[x.id][Metric.REACH], form.start)
    target = max(form.target_value, round(baseline * 1.3, -3))
    goals.create_goal(brand.id, replace(
        form, baseline_value=baseline, baseline_date=form.start, target_value=target,
        title=REACH_TITLE, why_realistic=REASONS[brand.index],
        business_goal_id=business_goal_id))


def _write_personas(personas: PersonaService, brand: SampleBrand) -> None:
    for persona, shares in PERSONAS[brand.index]:
        personas.create(brand.id, persona, shares)


"""The sample's paid campaigns: two to four a year per brand (seasonal ones at their season,
evergreen ones any time), one running now and half spent, the next season's planned, each with
its results every day up to today at believable rates (CTR about 1 to 2 %, ROAS 2 to 4.5)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from smm_desktop.db.models import Campaign, CampaignDay, SocialGoal
from smm_desktop.domain.campaigns import CampaignObjective, CampaignStatus
from smm_desktop.domain.enums import Platform
from smm_desktop.services.demo_numbers_texts import NUMBERS, RAMADAN, BrandNumbers, CampaignPlan
from smm_desktop.services.demo_strategy import SampleBrand

Obj = CampaignObjective
PLANNED_AHEAD = 45  # a campaign starting within this many days is already set up
# Click-through rate (percent) by objective; what counts as a result, per click or impression.
CTR = {Obj.AWARENESS: (0.8, 1.1), Obj.VIDEO_VIEWS: (0.8, 1.0), Obj.ENGAGEMENT: (1.0, 1.8),
       Obj.TRAFFIC: (1.2, 2.0), Obj.LEADS: (0.9, 1.6), Obj.SALES: (0.9, 1.7)}
PER_CLICK = {Obj.TRAFFIC: (0.7, 0.9), Obj.LEADS: (0.06, 0.14), Obj.SALES: (0.02, 0.05)}
PER_IMPRESSION = {Obj.VIDEO_VIEWS: (0.15, 0.3)}  # ThruPlays
CPM_FACTOR = {Obj.AWARENESS: 0.7, Obj.VIDEO_VIEWS: 0.6, Obj.SALES: 1.3, Obj.LEADS: 1.2}
Goal = tuple[int, str | None, date | None, date | None]


@dataclass(frozen=True)
class Run:
    """One campaign of a brand as the sample runs it."""

    plan: CampaignPlan
    platform: Platform
    start: date
    end: date
    status: CampaignStatus


@dataclass(frozen=True)
class Pace:
    """A campaign's rates: spend per day, cost per thousand impressions, CTR (a fraction),
    results per click or impression, revenue per result."""

    daily: float
    cpm: float
    ctr: float
    per_result: float
    order_value: float


def write_campaigns(s: Session, rng: random.Random, sample: Sequence[SampleBrand],
                    today: date) -> None:
    """Every brand's campaigns and their days: two bulk inserts."""
    goals = _goals(s)
    made: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for brand in sample:
        numbers = NUMBERS[brand.index % len(NUMBERS)]
        for run in _schedule(rng, brand, numbers, goals.get(brand.id, []), today):
            made.append(_campaign(rng, brand.id, numbers, run, goals.get(brand.id, []), today))
    table = cast(Table, Campaign.__table__)
    before = s.scalar(select(func.max(table.c.id))) or 0
    s.execute(insert(table), [row for row, _ in made])
    ids = s.scalars(select(table.c.id).where(table.c.id > before).order_by(table.c.id)).all()
    days = [{**day, "campaign_id": i} for i, (_, rows) in zip(ids, made, strict=True)
            for day in rows]
    if days:
        s.execute(insert(cast(Table, CampaignDay.__table__)), days)


def _goals(s: Session) -> dict[int, list[Goal]]:
    found: dict[int, list[Goal]] = {}
    rows = s.execute(select(SocialGoal.brand_id, SocialGoal.id, SocialGoal.platform,
                            SocialGoal.start_date, SocialGoal.deadline)
                     .where(SocialGoal.deleted_at.is_(None)).order_by(SocialGoal.id))
    for brand_id, *goal in rows:
        found.setdefault(brand_id, []).append(cast(Goal, tuple(goal)))
    return found


def _schedule(rng: random.Random, brand: SampleBrand, numbers: BrandNumbers, goals: list[Goal],
              today: date) -> list[Run]:
    """The one running now (on a platform with a goal running too, when there is one), then
    two to four a year since the brand came on board."""
    platforms = [a.platform for a in brand.accounts]
    current, elapsed = numbers.campaigns[0], rng.randint(7, 14)
    start = today - timedelta(days=elapsed)
    served = [p for p in current.platforms if p in platforms and _overlaps(p, today, today, goals)]
    runs = [Run(current, served[0] if served else _platform(rng, current, platforms), start,
                start + timedelta(days=2 * elapsed), CampaignStatus.ACTIVE)]
    for year in range(brand.onboarded.year, today.year + 2):
        for plan in rng.sample(numbers.campaigns, rng.randint(2, 4)):
            start = _start(rng, plan, year)
            end = start + timedelta(days=rng.randint(10, 28) - 1)
            status = _status(start, end, today)
            if start >= brand.onboarded + timedelta(days=14) and status is not None:
                runs.append(Run(plan, _platform(rng, plan, platforms), start, end, status))
    return sorted(runs, key=lambda r: r.start)


def _start(rng: random.Random, plan: CampaignPlan, year: int) -> date:
    if plan.starts == "ramadan":
        return RAMADAN.get(year, date(year, 3, 1)) - timedelta(days=rng.randint(3, 7))
    if isinstance(plan.starts, tuple):
        return date(year, *plan.starts) + timedelta(days=rng.randint(-5, 5))
    return date(year, 1, 1) + timedelta(days=rng.randrange(365))


def _status(start: date, end: date, today: date) -> CampaignStatus | None:
    """Ended when over, planned when close ahead; None for one that would run now (the sample
    keeps one running campaign per brand) or is too far ahead."""
    if end < today:
        return CampaignStatus.ENDED
    if today < start <= today + timedelta(days=PLANNED_AHEAD):
        return CampaignStatus.PLANNED
    return None


def _platform(rng: random.Random, plan: CampaignPlan, platforms: list[Platform]) -> Platform:
    usable = [p for p in plan.platforms if p in platforms]
    return rng.choice(usable) if usable else platforms[0]


def _campaign(rng: random.Random, brand_id: int, numbers: BrandNumbers, run: Run,
              goals: list[Goal], today: date) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The campaign's row and its days' rows."""
    plan, length = run.plan, (run.end - run.start).days + 1
    pace = _pace(rng, numbers, plan.objective)
    budget = _round_budget(pace.daily * length)
    seasonal = plan.starts is not None
    created = datetime.combine(min(run.start - timedelta(days=rng.randint(2, 6)), today),
                               time(rng.randint(9, 17), rng.randrange(60)))
    row = {
        "brand_id": brand_id, "platform": run.platform.value,
        "name": f"{plan.name} {run.start.year}" if seasonal else f"{plan.name} {run.start:%Y-%m}",
        "external_name": f"{numbers.prefix}_{plan.stem}_"
                         + (f"{run.start.year}" if seasonal else f"{run.start:%Y%m}"),
        "objective": plan.objective.value, "budget": budget, "currency": numbers.currency,
        "start_day": run.start, "end_day": run.end, "status": run.status.value,
        "social_goal_id": _overlaps(run.platform, run.start, run.end, goals), "notes": "", "version": 1,
        "created_at": created, "updated_at": created, "deleted_at": None}
    running = min(length, (today - run.start).days + 1)
    weights = [rng.uniform(0.85, 1.15) for _ in range(running)]
    share = rng.uniform(0.9, 1.0) if run.status is CampaignStatus.ENDED else running / length
    total = budget * share / sum(weights) if weights else 0.0
    days = [_day(rng, plan.objective, pace, round(total * w, 2), run.start + timedelta(n))
            for n, w in enumerate(weights)]
    return row, days


def _pace(rng: random.Random, numbers: BrandNumbers, objective: CampaignObjective) -> Pace:
    cpm = rng.uniform(*numbers.cpm) * CPM_FACTOR.get(objective, 1.0)
    ctr = rng.uniform(*CTR.get(objective, (0.9, 1.5))) / 100
    span = PER_CLICK.get(objective) or PER_IMPRESSION.get(objective)
    per_result = rng.uniform(*span) if span else 0.0
    # The order value that makes the campaign's ROAS come out at 2 to 4.5.
    cost_per_result = cpm / 1000 / ctr / per_result if per_result else 0.0
    order_value = rng.uniform(2.0, 4.5) * cost_per_result if objective is Obj.SALES else 0.0
    return Pace(rng.uniform(*numbers.daily), cpm, ctr, per_result, order_value)


def _round_budget(value: float) -> float:
    return float(round(value, -2) if value >= 5000 else round(value, -1))


def _day(rng: random.Random, objective: CampaignObjective, pace: Pace, spend: float,
         day: date) -> dict[str, Any]:
    """A day's results as the ads manager's export gives them."""
    impressions = round(spend / pace.cpm * 1000 * rng.uniform(0.9, 1.1))
    clicks = _whole(rng, impressions * pace.ctr * rng.uniform(0.85, 1.15))
    conversions: int | None = None
    if objective in PER_CLICK:
        conversions = _whole(rng, clicks * pace.per_result * rng.uniform(0.8, 1.2))
    elif objective in PER_IMPRESSION:
        conversions = _whole(rng, impressions * pace.per_result)
    revenue = None
    if objective is Obj.SALES and conversions is not None:
        revenue = round(conversions * pace.order_value * rng.uniform(0.85, 1.15), 2)
    return {"day": day, "spend": spend, "impressions": impressions,
            "reach": round(impressions / rng.uniform(1.15, 1.6)), "clicks": clicks,
            "conversions": conversions, "revenue": revenue, "import_id": None, "version": 1,
            "created_at": datetime.combine(day, time(23)),
            "updated_at": datetime.combine(day, time(23)), "deleted_at": None}


def _whole(rng: random.Random, value: float) -> int:
    """`value` rounded up or down at random by its fraction: small days still add up right."""
    return int(value + rng.random())


def _overlaps(platform: Platform, start: date, end: date, goals: list[Goal]) -> int | None:
    """The first of the brand's social goals on `platform` running some day in [start, end]."""
    for goal_id, on, first, deadline in goals:
        if (on == platform.value and first is not None and deadline is not None
                and first <= end and start <= deadline):
            return goal_id
    return None

"""A brand with a quarter to review, shared by the review section and wizard tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smm_desktop.domain.enums import Platform, SnapshotSource
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.quarters import Quarter
from smm_desktop.services.accounts import AccountData, AccountInput
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.services.goals import SocialGoalData, SocialGoalInput
from smm_desktop.services.snapshots import SnapshotData
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.review_pages import WizardEnv

Q3 = Quarter(2026, 3)
TODAY = date(2026, 10, 10)


@dataclass(frozen=True)
class Shop:
    brand: BrandData
    account: AccountData
    ended: SocialGoalData  # ended in Q3, target reached (1000 -> 1300, now 1350)
    running: SocialGoalData  # runs past Q3's end, far from its target


def make_shop(ctx: UiContext) -> Shop:
    services = ctx.services
    brand = services.brands.create(BrandInput("Bloom & Co."))
    account = services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))
    services.snapshots.record_many([SnapshotData(
        account.id, Metric.FOLLOWERS, date(2026, 9, 20), 1350.0, SnapshotSource.MANUAL)])

    def goal(title: str, start: date, deadline: date, target: float) -> SocialGoalData:
        return services.goals.create_goal(brand.id, SocialGoalInput(
            account_id=account.id, metric=Metric.FOLLOWERS, baseline_value=1000.0,
            baseline_date=start, target_value=target, start=start, deadline=deadline,
            title=title, why_realistic="Two reels a week"))

    ended = goal("Summer followers", date(2026, 6, 1), date(2026, 9, 15), 1300.0)
    running = goal("Autumn followers", date(2026, 8, 1), date(2026, 11, 30), 2000.0)
    ctx.scope.set_brand(brand.id)
    return Shop(brand, account, ended, running)


def shop_env(ctx: UiContext, shop: Shop) -> WizardEnv:
    service = ctx.services.reviews
    draft = service.find(shop.brand.id, Q3)
    return WizardEnv(shop.brand.id, Q3, service.quarter_goals(shop.brand.id, Q3, TODAY),
                     ctx.services.accounts.list_accounts(shop.brand.id), ctx.fmt, TODAY, draft,
                     service.experiments.list_experiments(shop.brand.id, draft.id) if draft
                     else [])

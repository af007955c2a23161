"""A brand with two competitors (an Instagram account each) and the Competitors tab's pieces."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from smm_desktop.domain.enums import Platform
from smm_desktop.services.brands import BrandInput
from smm_desktop.services.competitor_data import (
    CompetitorAccountInput,
    CompetitorData,
    CompetitorInput,
    SnapshotInput,
)
from smm_desktop.ui.context import UiContext

from .goal_helpers import english_numbers

TODAY = date.today()
LAST_WEEK = TODAY - timedelta(days=7)


@dataclass(frozen=True)
class Rivals:
    brand_id: int
    noir: CompetitorData
    brew: CompetitorData

    @property
    def noir_account(self) -> int:
        return self.noir.accounts[0].id

    @property
    def brew_account(self) -> int:
        return self.brew.accounts[0].id


def make_rivals(ctx: UiContext) -> Rivals:
    """Café Noir (checked last week: 1,000 followers) and Brew Lab (never checked)."""
    brand = ctx.services.brands.create(BrandInput(name="Bloom & Co."))
    ctx.scope.set_brand(brand.id)
    service = ctx.services.competitors
    noir = service.create(brand.id, CompetitorInput("Café Noir", positioning="Premium"),
                          [CompetitorAccountInput(Platform.INSTAGRAM, "cafenoir")])
    brew = service.create(brand.id, CompetitorInput("Brew Lab"),
                          [CompetitorAccountInput(Platform.INSTAGRAM, "brewlab")])
    service.save_snapshot(noir.accounts[0].id, SnapshotInput(
        LAST_WEEK, followers=1000, posts=4, likes=300, comments=20, shares=5,
        hashtags=("#coffee", "#latte")))
    return Rivals(brand.id, service.get(noir.id), service.get(brew.id))


def rivals_in(ctx: UiContext) -> Iterator[Rivals]:
    """For each test module's `rivals` fixture: the rivals, with en_US numbers."""
    with english_numbers():
        yield make_rivals(ctx)

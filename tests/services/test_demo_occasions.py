"""The sample's own occasions: two per brand (a yearly anniversary, a launch coming up), in the
brand's language, the same for the same seed."""

from __future__ import annotations

import random
from datetime import date, timedelta

from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.demo import SAMPLE_BRANDS
from smm_desktop.services.demo_occasions import write_occasions
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.occasions import BrandOccasionData, OccasionService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)
ARABIC = range(0x0600, 0x0700)


def _written(workspace: Workspace, seed: int, tag: str = "") -> list[list[BrandOccasionData]]:
    brands = BrandService(workspace.session_factory)
    sample = [SampleBrand(i, brands.create(BrandInput(f"{b.name}{tag}", country=b.country)).id,
                          TODAY, ()) for i, (b, _handles) in enumerate(SAMPLE_BRANDS)]
    write_occasions(workspace, random.Random(seed), sample, TODAY)
    service = OccasionService(workspace.session_factory)
    return [service.list_occasions(b.id) for b in sample]


def _arabic(text: str) -> bool:
    return any(ord(c) in ARABIC for c in text)


def test_each_brand_gets_an_anniversary_and_a_coming_launch(workspace: Workspace) -> None:
    for own in _written(workspace, 7):
        assert [o.yearly for o in own] == [True, False]
        assert own[0].day.year < TODAY.year
        assert TODAY < own[1].day <= TODAY + timedelta(days=90)


def test_arabic_brands_get_arabic_names(workspace: Workspace) -> None:
    cafe, bloom, nabd = _written(workspace, 7)
    assert all(_arabic(o.name) for o in cafe + nabd)
    assert not any(_arabic(o.name) for o in bloom)


def test_the_same_seed_gives_the_same_occasions(workspace: Workspace) -> None:
    first, again = _written(workspace, 3), _written(workspace, 3, " again")
    assert [[(o.name, o.day) for o in own] for own in first] == [
        [(o.name, o.day) for o in own] for own in again]

"""The sample's competitors: three per brand on the brand's platforms, a year of weekly
snapshots that grow differently, a log of a few dozen lines and two quarters of guesses citing
it; the same every time from the same seed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.quarters import quarter_of
from smm_desktop.services import demo_competitors
from smm_desktop.services.accounts import AccountService
from smm_desktop.services.brands import BrandService
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.demo import write_demo
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("demo") / "demo.smmws"
    write_demo(target, years=1, today=TODAY)
    return target


def _service(path: Path) -> tuple[Workspace, CompetitorService]:
    workspace = Workspace.open(path)
    return workspace, CompetitorService(workspace.session_factory, today=lambda: TODAY)


def test_three_competitors_per_brand_on_its_platforms(sample: Path) -> None:
    workspace, service = _service(sample)
    try:
        for brand in BrandService(workspace.session_factory).list_brands():
            ours = {a.platform for a in AccountService(workspace.session_factory)
                    .list_accounts(brand.id)}
            competitors = service.list_competitors(brand.id)
            assert len(competitors) == 3
            assert all(c.strengths and c.to_learn and c.accounts for c in competitors)
            assert {a.platform for c in competitors for a in c.accounts} <= ours
            log = [line for c in competitors for line in service.observations(c.id)]
            assert 24 <= len(log) <= 60
            quarter = quarter_of(TODAY)
            for competitor in competitors:
                guesses = service.guesses(competitor.id)
                assert [g.quarter for g in guesses] == [
                    f"{q.year}-Q{q.number}" for q in (quarter, quarter.previous())]
                ids = {o.id for o in service.observations(competitor.id)}
                assert all(g.evidence and set(g.evidence) <= ids for g in guesses)
    finally:
        workspace.close()


def test_a_year_of_weekly_snapshots_growing_differently(sample: Path) -> None:
    workspace, service = _service(sample)
    try:
        brand = next(b for b in BrandService(workspace.session_factory).list_brands()
                     if b.name == "مقهى النخيل")
        competitors = service.list_competitors(brand.id)
        assert competitors[0].name == "بن الديرة"
        gains = []
        for competitor in competitors:
            snaps = service.snapshots(competitor.accounts[0].id)
            assert 45 <= len(snaps) <= 52 and snaps[-1].day <= TODAY
            assert snaps[-1].day - snaps[0].day == timedelta(days=7 * 51)
            assert all((b.day - a.day).days in (7, 14, 21) for a, b in pairwise(snaps))
            assert any(s.engagement_rate is None for s in snaps)  # not every week counted
            assert any(s.notable_note for s in snaps) and all(s.hashtags for s in snaps)
            half = len(snaps) // 2
            gains.append((snaps[half].followers / snaps[0].followers,  # type: ignore[operator]
                          snaps[-1].followers / snaps[half].followers))  # type: ignore[operator]
        steady, plateau, surge = gains
        assert plateau[1] < 1.05 < plateau[0]
        assert surge[1] > steady[1] > plateau[1]
        assert service.last_checked(brand.id) == TODAY - timedelta(days=1)
    finally:
        workspace.close()


def test_same_seed_same_sample() -> None:
    texts = demo_competitors.TEXTS[1]

    def year() -> list[dict[str, object]]:
        return demo_competitors._snapshots(random.Random(3), 1, Platform.INSTAGRAM, 1000,
                                           texts.competitors[0], texts, TODAY)
    assert year() == year()

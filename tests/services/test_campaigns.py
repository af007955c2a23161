"""Campaigns: create, update (stale refused), trash and restore, checked fields; daily results
(add, edit, delete, a day taken); totals, rates and pacing; a period's totals for reports."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain.campaigns import CampaignObjective, CampaignStatus
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, NotFound, ValidationFailed
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.campaigns import CampaignService
from smm_desktop.services.goal_data import SocialGoalInput
from smm_desktop.services.goals import GoalService
from smm_desktop.services.numbers_data import CampaignData, CampaignDayInput, CampaignInput
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 10)
SPRING = CampaignInput(name="Spring sale", platform=Platform.INSTAGRAM,
                       objective=CampaignObjective.SALES, budget=3000.0, currency="sar",
                       start_day=date(2026, 11, 1), end_day=date(2026, 11, 30))


@pytest.fixture
def campaigns(workspace: Workspace) -> CampaignService:
    return CampaignService(workspace.session_factory, today=lambda: TODAY)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


@pytest.fixture
def spring(campaigns: CampaignService, brand: BrandData) -> CampaignData:
    return campaigns.create(brand.id, SPRING)


def test_create_and_read_back(campaigns: CampaignService, spring: CampaignData,
                              brand: BrandData) -> None:
    assert spring.to_input() == CampaignInput(**{**SPRING.__dict__, "currency": "SAR"})
    assert spring.brand_id == brand.id and spring.spend is None and spring.ctr is None
    assert campaigns.list_campaigns(brand.id) == [spring]
    assert campaigns.get(spring.id) == spring


def test_days_give_totals_rates_and_pacing(campaigns: CampaignService,
                                           spring: CampaignData) -> None:
    for day, spend, clicks in ((1, 100.0, 50), (2, 100.0, 30)):
        campaigns.save_day(spring.id, CampaignDayInput(
            date(2026, 11, day), spend=spend, impressions=10_000, clicks=clicks,
            conversions=4, revenue=800.0), None)
    got = campaigns.get(spring.id)
    assert (got.spend, got.impressions, got.clicks, got.conversions, got.revenue, got.reach) == (
        200.0, 20_000, 80, 8, 1600.0, None)
    assert got.ctr == pytest.approx(0.4)
    assert got.cpc == pytest.approx(2.5)
    assert got.cpm == pytest.approx(10.0)
    assert got.cpa == pytest.approx(25.0)
    assert got.roas == pytest.approx(8.0)
    assert got.pacing == pytest.approx(200 / (3000 * 10 / 30) * 100)


def test_a_day_is_added_edited_and_deleted(campaigns: CampaignService,
                                           spring: CampaignData) -> None:
    first = campaigns.save_day(spring.id, CampaignDayInput(date(2026, 11, 3), spend=50.0), None)
    with pytest.raises(ValidationFailed) as caught:
        campaigns.save_day(spring.id, CampaignDayInput(date(2026, 11, 3), spend=60.0), None)
    assert caught.value.errors[0].code == "taken"
    edited = campaigns.save_day(spring.id, CampaignDayInput(date(2026, 11, 3), spend=60.0,
                                                            clicks=7), first.version)
    assert edited.version > first.version and edited.clicks == 7
    with pytest.raises(Conflict):
        campaigns.save_day(spring.id, CampaignDayInput(date(2026, 11, 3)), first.version)
    assert campaigns.days(spring.id) == [edited]
    with pytest.raises(Conflict):
        campaigns.delete_day(edited.id, first.version)
    campaigns.delete_day(edited.id, edited.version)
    assert campaigns.days(spring.id) == []


def test_negative_results_are_refused(campaigns: CampaignService, spring: CampaignData) -> None:
    with pytest.raises(ValidationFailed) as caught:
        campaigns.save_day(spring.id, CampaignDayInput(date(2026, 11, 3), spend=-1.0,
                                                       clicks=-2), None)
    assert {e.field for e in caught.value.errors} == {"spend", "clicks"}
    assert campaigns.days(spring.id) == []


def test_bad_fields_are_named(campaigns: CampaignService, brand: BrandData) -> None:
    bad = CampaignInput(name=" ", budget=-5.0, currency="riyal", start_day=date(2026, 11, 5),
                        end_day=date(2026, 11, 1))
    with pytest.raises(ValidationFailed) as caught:
        campaigns.create(brand.id, bad)
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("name", "required"), ("budget", "negative"), ("currency", "bad_currency"),
        ("end_day", "end_before_start")}
    assert campaigns.list_campaigns(brand.id) == []


def test_the_goal_must_be_the_brands(campaigns: CampaignService, workspace: Workspace,
                                     brand: BrandData) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    goals = GoalService(workspace.session_factory)
    theirs = goals.create_goal(other.id, SocialGoalInput(platform=Platform.X,
                                                         metric=Metric.FOLLOWERS))
    ours = goals.create_goal(brand.id, SocialGoalInput(platform=Platform.X,
                                                       metric=Metric.FOLLOWERS))
    assert campaigns.validate(brand.id, CampaignInput("A", social_goal_id=theirs.id))
    with pytest.raises(ValidationFailed):
        campaigns.create(brand.id, CampaignInput("A", social_goal_id=theirs.id))
    assert campaigns.create(brand.id, CampaignInput("A", social_goal_id=ours.id)).social_goal_id


def test_update_delete_restore(campaigns: CampaignService, spring: CampaignData,
                               brand: BrandData) -> None:
    ended = campaigns.update(spring.id, spring.version,
                             CampaignInput(**{**SPRING.__dict__, "status": CampaignStatus.ENDED}))
    assert ended.status is CampaignStatus.ENDED
    with pytest.raises(Conflict):
        campaigns.update(spring.id, spring.version, SPRING)
    assert campaigns.list_campaigns(brand.id, include_ended=False) == []
    campaigns.delete(spring.id, ended.version)
    assert campaigns.list_campaigns(brand.id) == []
    with pytest.raises(NotFound):
        campaigns.get(spring.id)
    assert campaigns.restore(spring.id).name == "Spring sale"
    campaigns.delete(spring.id, campaigns.get(spring.id).version)
    assert campaigns.purge_deleted() == 1


def test_period_totals(campaigns: CampaignService, spring: CampaignData,
                       brand: BrandData) -> None:
    other = campaigns.create(brand.id, CampaignInput("Ramadan reach", budget=500.0))
    campaigns.create(brand.id, CampaignInput("No days yet"))
    campaigns.save_day(spring.id, CampaignDayInput(date(2026, 11, 1), spend=100.0,
                                                   impressions=1000, clicks=10), None)
    campaigns.save_day(spring.id, CampaignDayInput(date(2026, 11, 9), spend=999.0), None)
    campaigns.save_day(other.id, CampaignDayInput(date(2026, 11, 2), spend=50.0,
                                                  impressions=4000, clicks=30), None)
    totals = campaigns.totals(brand.id, date(2026, 11, 1), date(2026, 11, 5))
    assert sorted(c.name for c in totals.campaigns) == ["Ramadan reach", "Spring sale"]
    assert (totals.spend, totals.impressions, totals.clicks, totals.revenue) == (
        150.0, 5000, 40, None)
    assert totals.ctr == pytest.approx(0.8)
    assert totals.roas is None

"""The weekly check's "Update" merges: what the form left empty keeps its stored value."""

from __future__ import annotations

from datetime import date

import pytest

from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.competitor_data import (
    CompetitorAccountInput,
    CompetitorData,
    CompetitorInput,
    SnapshotInput,
)
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 20)


@pytest.fixture
def service(workspace: Workspace) -> CompetitorService:
    return CompetitorService(workspace.session_factory, today=lambda: TODAY)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))


@pytest.fixture
def rival(service: CompetitorService, brand: BrandData) -> CompetitorData:
    return service.create(brand.id, CompetitorInput("Petal Post"), [
        CompetitorAccountInput(Platform.INSTAGRAM, "petalpost")])


FULL = SnapshotInput(TODAY, followers=100, posts=5, likes=50, comments=5, shares=1, views=None,
                     period_days=14, hashtags=("#a",), content_types=(ContentType.IMAGE,),
                     notable_link="https://x.com/1", notable_note="why")


def test_weekly_update_keeps_what_the_form_left_empty(service: CompetitorService,
                                                      brand: BrandData,
                                                      rival: CompetitorData) -> None:
    account = rival.accounts[0].id
    full = service.save_snapshot(account, FULL)
    typed = SnapshotInput(TODAY, followers=120, views=900, hashtags=("#b",))
    saved = service.save_weekly(brand.id, TODAY, [(account, typed)], replace=True)[0]
    assert (saved.followers, saved.views, saved.hashtags) == (120, 900, ("#b",))
    assert (saved.posts, saved.likes, saved.comments, saved.shares) == (5, 50, 5, 1)
    assert saved.period_days == 14 and saved.content_types == (ContentType.IMAGE,)
    assert (saved.notable_link, saved.notable_note) == (full.notable_link, "why")
    # undo puts the stored values back exactly
    back = service.update_snapshot(saved.id, saved.version, full.to_input())
    assert back.to_input() == full.to_input()


def test_a_trashed_row_that_day_comes_back_with_the_form_values_only(
        service: CompetitorService, brand: BrandData, rival: CompetitorData) -> None:
    account = rival.accounts[0].id
    full = service.save_snapshot(account, FULL)
    service.delete_snapshot(full.id, full.version)
    saved = service.save_weekly(brand.id, TODAY, [(account, SnapshotInput(
        TODAY, followers=120))], replace=False)[0]
    assert (saved.followers, saved.posts, saved.notable_note, saved.period_days) == (
        120, None, "", 7)

"""Every stored workspace read back through MetricsService and CampaignService: 0008's post
metrics (imported and typed), its campaign and days with totals and rates (the one in the trash
hidden), the imported post's origin; older files have none of them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from smm_desktop.domain.campaigns import CampaignObjective, CampaignStatus
from smm_desktop.domain.enums import Platform, SnapshotSource
from smm_desktop.services.campaigns import CampaignService
from smm_desktop.services.metrics import MetricsService
from smm_desktop.services.posts import PostService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
FILES = sorted(STORED.glob("*.smmws"))
WITH_NUMBERS = "0008"
TODAY = date(2026, 11, 28)


@pytest.fixture(params=FILES, ids=lambda p: p.stem)
def stored(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Workspace]]:
    copy = tmp_path / "old.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param.stem, workspace
    workspace.close()


def test_post_metrics_read_back(stored: tuple[str, Workspace]) -> None:
    stem, workspace = stored
    metrics = MetricsService(workspace.session_factory, today=lambda: TODAY)
    found = metrics.post_metrics_for([1, 5])
    if stem[:4] < WITH_NUMBERS:
        assert found == {}
        return
    imported, typed = found[5][0], found[1][0]
    assert (imported.account_id, imported.external_id, imported.permalink, imported.as_of,
            imported.reach, imported.likes, imported.engagements, imported.source,
            imported.import_id) == (
        1, "17890000000000001", "https://www.instagram.com/p/C0ffee/", date(2026, 11, 27),
        4100, 380, 464, SnapshotSource.IMPORT, 1)
    assert imported.engagement_total == 380 + 42 + 12 + 30
    assert (typed.account_id, typed.reach, typed.likes, typed.impressions, typed.source) == (
        2, 900, 45, None, SnapshotSource.MANUAL)
    assert PostService(workspace.session_factory).get(5).origin == "import"
    assert PostService(workspace.session_factory).get(1).origin == "plan"


def test_campaigns_read_back(stored: tuple[str, Workspace]) -> None:
    stem, workspace = stored
    campaigns = CampaignService(workspace.session_factory, today=lambda: TODAY)
    listed = campaigns.list_campaigns(2) if stem[:4] >= "0002" else []
    if stem[:4] < WITH_NUMBERS:
        assert listed == []
        return
    assert [c.name for c in listed] == ["Christmas wreaths"]
    wreaths = listed[0]
    assert (wreaths.platform, wreaths.objective, wreaths.status, wreaths.budget,
            wreaths.currency, wreaths.social_goal_id, wreaths.external_name) == (
        Platform.INSTAGRAM, CampaignObjective.SALES, CampaignStatus.ACTIVE, 600.0, "GBP", 2,
        "XMAS_Wreaths_2026_Conv")
    assert (wreaths.spend, wreaths.impressions, wreaths.clicks, wreaths.conversions,
            wreaths.revenue) == (40.5, 17100, 197, 7, 135.0)
    assert wreaths.cpc == pytest.approx(40.5 / 197)
    assert wreaths.pacing == pytest.approx(40.5 / (600 * 9 / 31) * 100)
    days = campaigns.days(wreaths.id)
    assert [(d.day, d.spend, d.import_id) for d in days] == [
        (date(2026, 11, 20), 19.5, 2), (date(2026, 11, 21), 21.0, None),
        (date(2026, 11, 22), None, None)]

"""The engagement days 0006_engagement_news stored read back through EngagementService;
workspaces stored before it open with an empty log that takes new counts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from smm_desktop.domain.engagement import Counter, Counts
from smm_desktop.domain.enums import Platform
from smm_desktop.services.engagement import EngagementService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
STORED_FILES = sorted(STORED.glob("*.smmws"))
HAS_ENGAGEMENT = "0006_engagement_news"
TODAY = date(2026, 11, 28)
FRIDAY, SATURDAY = date(2026, 11, 27), date(2026, 11, 28)


@pytest.fixture(params=STORED_FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param, workspace
    workspace.close()


def test_stored_days_read_back(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    log = EngagementService(workspace.session_factory, today=lambda: TODAY)
    if path.stem < HAS_ENGAGEMENT:
        assert log.history(1, FRIDAY, SATURDAY) == []
        assert all(e.version == 0 for e in log.day([1, 2], FRIDAY))
        assert log.add(1, SATURDAY, Counter.COMMENTS, 1).comments == 1  # the table is there
        return
    cafe = log.history(1, FRIDAY, SATURDAY)
    assert [(e.day, e.counts, e.response_minutes, e.note, e.version) for e in cafe] == [
        (FRIDAY, Counts(4, 12, 3, 20), 35, "", 1),
        (SATURDAY, Counts(1, 5, 0, 8), None, "ردود على مسابقة الجمعة", 1)]
    friday = log.day([1, 2], FRIDAY)  # the archived X account of the café is not listed
    assert [(e.brand_name, e.platform, e.handle, e.counts, e.response_minutes, e.note)
            for e in friday] == [
        ("Bloom & Co.", Platform.FACEBOOK, "BloomAndCoFlorists", Counts(), None, ""),
        ("Bloom & Co.", Platform.INSTAGRAM, "bloomandco", Counts(0, 9, 6, 15), 90,
         "Two complaints about a late delivery"),
        ("مقهى النخيل", Platform.INSTAGRAM, "nakheel.cafe", Counts(4, 12, 3, 20), 35, "")]


def test_stored_totals(opened: tuple[Path, Workspace]) -> None:
    path, workspace = opened
    log = EngagementService(workspace.session_factory, today=lambda: TODAY)
    totals = log.totals(1, FRIDAY, SATURDAY)
    if path.stem < HAS_ENGAGEMENT:
        assert totals.overall.counts == Counts() and totals.overall.days_logged == 0
        return
    assert totals.overall.counts == Counts(5, 17, 3, 28)
    assert totals.overall.days_logged == 2 and totals.overall.median_response_minutes == 35.0
    assert [t.account_id for t in totals.accounts] == [1]  # the archived X logged nothing
    saturday = log.entry(1, SATURDAY)
    again = log.add(1, SATURDAY, Counter.MENTIONS, 1)
    assert again.mentions == 2 and again.version == saturday.version + 1

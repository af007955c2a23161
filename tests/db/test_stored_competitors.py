"""Competitors stored by revision 0007 (make_0007.py) read back through CompetitorService after
the upgrade; the files of older revisions have none."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
FILES = sorted(STORED.glob("*.smmws"))
WITH_COMPETITORS = "0007"  # this revision and the later ones hold make_0007's rows
BEN, OLD = 1, 2  # brand 1's competitors; brand 2's one is in the trash


@pytest.fixture(params=FILES, ids=lambda p: p.stem)
def stored(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Workspace]]:
    copy = tmp_path / "old.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param.stem, workspace
    workspace.close()


def _has_rows(stem: str) -> bool:
    return stem[:4] >= WITH_COMPETITORS


def test_competitors_read_back(stored: tuple[str, Workspace]) -> None:
    stem, workspace = stored
    service = CompetitorService(workspace.session_factory, today=lambda: date(2026, 11, 28))
    every = service.list_competitors(1, include_archived=True)
    if not _has_rows(stem):
        assert every == [] and service.last_checked(1) is None
        return
    assert [(c.id, c.name, c.archived) for c in every] == [
        (BEN, "بن الديرة", False), (OLD, "Old Roasters", True)]
    ben, old = every
    assert ben.positioning == "قهوة مختصة للطلاب بأسعار أقل" and ben.to_avoid.startswith("الخصومات")
    assert old.logo_png is not None and old.logo_png.startswith(b"\x89PNG")
    assert old.accounts == ()  # its only account is in the trash
    assert [(a.platform, a.handle) for a in ben.accounts] == [
        (Platform.INSTAGRAM, "bin.aldeira"), (Platform.TIKTOK, "binaldeira")]
    assert service.list_competitors(2, include_archived=True) == []  # trashed
    assert service.last_checked(1) == date(2026, 11, 28)


def test_snapshots_log_and_guess_read_back(stored: tuple[str, Workspace]) -> None:
    stem, workspace = stored
    if not _has_rows(stem):
        pytest.skip("no competitors before 0007")
    service = CompetitorService(workspace.session_factory, today=lambda: date(2026, 11, 28))
    first, second = service.snapshots(1)
    assert (first.followers, first.posts, first.views, first.hashtags) == (
        18400, 5, 52000, ("#قهوة", "#الرياض"))
    assert first.content_types == (ContentType.SHORT_VIDEO, ContentType.CAROUSEL)
    assert first.notable_file == "/home/m/shots/bin-reel.png"
    assert first.engagement_rate == pytest.approx((2300 + 180 + 40) / 5 / 18400 * 100)
    assert (second.likes, second.engagement_rate, second.growth) == (None, None, 250)
    rows = service.weekly_check(1, date(2026, 11, 28))
    assert [(r.handle, r.last is not None, r.current is not None) for r in rows] == [
        ("bin.aldeira", True, True), ("binaldeira", False, True)]
    log = service.observations(BEN)
    assert [o.id for o in log] == [2, 1]  # newest first, the trashed line left out
    (guess,) = service.guesses(BEN)
    assert (guess.quarter, guess.evidence) == ("2026-Q4", (1, 2))

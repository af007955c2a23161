"""Brand guides stored by every released revision read back through GuideService: 0003's sample
whole (its trashed hashtag set left out), older files as empty guides."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from smm_desktop.domain.enums import CheckResult, ConsistencyAspect, Platform
from smm_desktop.services.guides import GuideService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
FILES = sorted(STORED.glob("*.smmws"))
WITH_GUIDES = "0003_review"


@pytest.fixture(params=FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, GuideService]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    try:
        yield request.param.stem, GuideService(workspace.session_factory)
    finally:
        workspace.close()


def test_the_guides_read_back(opened: tuple[str, GuideService]) -> None:
    stem, guides = opened
    bloom = guides.get_guide(2)
    if stem < WITH_GUIDES:
        assert (bloom.id, bloom.voice, guides.get_guide(1).voice) == (0, "", "")
        return
    assert (bloom.voice, bloom.tone) == ("A friendly florist next door", "Warm, light, never pushy")
    assert (bloom.words_to_use, bloom.words_to_avoid) == (("fresh", "hand-tied"),
                                                          ("cheap", "discount"))
    assert guides.get_guide(1).id == 0  # the café wrote no guide, only a bio and a set


def test_the_bios_read_back(opened: tuple[str, GuideService]) -> None:
    stem, guides = opened
    bloom, cafe = guides.list_bios(2), guides.list_bios(1)
    if stem < WITH_GUIDES:
        assert bloom == cafe == []
        return
    assert [(b.platform, b.display_name, b.bio, b.link) for b in bloom] == [
        (Platform.INSTAGRAM, "Bloom & Co.", "Same-day flowers in Manchester",
         "https://bloomandco.co.uk")]
    assert [(b.platform, b.display_name, b.bio) for b in cafe] == [
        (Platform.INSTAGRAM, "مقهى النخيل", "مكانك الهادئ للمذاكرة")]


def test_the_hashtag_sets_read_back_without_the_trashed_one(
        opened: tuple[str, GuideService]) -> None:
    stem, guides = opened
    bloom, cafe = guides.list_sets(2), guides.list_sets(1)
    if stem < WITH_GUIDES:
        assert bloom == cafe == []
        return
    assert [(s.name, s.tags) for s in bloom] == [
        ("Weddings", ("#weddingflowers", "#manchesterwedding"))]
    assert [(s.name, s.text) for s in cafe] == [("القهوة", "#قهوة_مختصة #الرياض")]
    guides.undelete_set(2)  # the trashed "Old set" comes back on undo
    assert [s.name for s in guides.list_sets(2)] == ["Weddings", "Old set"]


def test_the_consistency_check_reads_back(opened: tuple[str, GuideService]) -> None:
    stem, guides = opened
    checks = guides.list_checks(2)
    if stem < WITH_GUIDES:
        assert checks == [] and guides.latest_check_date(2) is None
        return
    (check,) = checks
    assert (check.checked_on, check.notes, check.fixes, check.passes) == (
        date(2026, 10, 1), "Facebook picture is the old logo", 1, 1)
    assert check.item(4, ConsistencyAspect.PICTURE).result == CheckResult.FIX
    assert check.item(4, ConsistencyAspect.PICTURE).note == "old logo"
    assert check.item(3, ConsistencyAspect.NAME).result == CheckResult.PASS
    assert not guides.consistency_due(2, date(2026, 12, 1))
    assert guides.consistency_due(1, date(2026, 12, 1))


def test_a_stored_check_can_be_edited(opened: tuple[str, GuideService]) -> None:
    stem, guides = opened
    if stem < WITH_GUIDES:
        pytest.skip("no check stored before 0003")
    check = guides.get_check(1)
    sheet = guides.check_sheet(2, check.id)
    assert {r.handle for r in sheet.rows} >= {"bloomandco"}
    updated = guides.update_check(check.id, check.version, check.to_input())
    assert updated.recorded() == check.recorded()

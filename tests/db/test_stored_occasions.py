"""Brand occasions stored by every released revision read back through OccasionService: 0004's
two (the café's yearly anniversary, Bloom's one-off opening), older files as none."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from smm_desktop.domain.occasions import OccasionKind
from smm_desktop.services.occasions import BrandOccasionInput, OccasionService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
FILES = sorted(STORED.glob("*.smmws"))
WITH_OCCASIONS = "0004_content"
CAFE, BLOOM = 1, 2


@pytest.fixture(params=FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest,
           tmp_path: Path) -> Iterator[tuple[str, OccasionService]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    try:
        yield request.param.stem, OccasionService(workspace.session_factory)
    finally:
        workspace.close()


def test_the_occasions_read_back(opened: tuple[str, OccasionService]) -> None:
    stem, occasions = opened
    cafe, bloom = occasions.list_occasions(CAFE), occasions.list_occasions(BLOOM)
    if stem < WITH_OCCASIONS:
        assert cafe == bloom == []
        return
    assert [(o.name, o.day, o.yearly, o.notes, o.version) for o in cafe] == [
        ("ذكرى افتتاح المقهى", date(2019, 3, 14), True, "", 1)]
    assert [(o.name, o.day, o.yearly, o.notes) for o in bloom] == [
        ("Second shop opens", date(2027, 2, 1), False, "Didsbury")]


def test_the_calendar_shows_them_among_the_country_s_occasions(
        opened: tuple[str, OccasionService]) -> None:
    stem, occasions = opened
    march = occasions.between(CAFE, date(2027, 3, 1), date(2027, 3, 31), today=date(2026, 1, 1))
    own = [(o.day, o.name) for o in march if o.kind is OccasionKind.BRAND]
    assert own == ([] if stem < WITH_OCCASIONS else [(date(2027, 3, 14), "ذكرى افتتاح المقهى")])
    assert "eid_al_fitr" in {o.key for o in march}  # the café is in SA: 9 March 2027


def test_a_stored_occasion_can_be_edited_and_a_new_one_added(
        opened: tuple[str, OccasionService]) -> None:
    stem, occasions = opened
    made = occasions.create(BLOOM, BrandOccasionInput("Mother's Day rush", date(2027, 3, 7)))
    assert made.version == 1
    if stem >= WITH_OCCASIONS:
        stored = occasions.list_occasions(BLOOM)[0]
        changed = occasions.update(stored.id, stored.version,
                                   BrandOccasionInput("Second shop opens", date(2027, 2, 8)))
        assert (changed.day, changed.version) == (date(2027, 2, 8), 2)

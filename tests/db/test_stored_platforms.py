"""Chosen platforms stored by revision 0003 read back through today's service; older files,
which had no such table, read as none chosen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from smm_desktop.domain.enums import Platform
from smm_desktop.services.brands import BrandService
from smm_desktop.services.platform_choice import ChosenInput, PlatformChoiceService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
STORED_FILES = sorted(STORED.glob("*.smmws"))
# What make_0003.py stored, by brand name: (platform, reason), in the brand's order.
EXPECTED = {
    "مقهى النخيل": [(Platform.INSTAGRAM, "طالبات الجامعة يقضين وقتهن على إنستغرام وسناب"),
                    (Platform.SNAPCHAT, "")],
    "Bloom & Co.": [(Platform.PINTEREST, "Wedding planners collect ideas there")],
    "Old Client": [],
}


@pytest.fixture(params=STORED_FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, Workspace]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param, workspace
    workspace.close()


def test_stored_chosen_platforms_read_back(opened: tuple[Path, Workspace]) -> None:
    stored, workspace = opened
    service = PlatformChoiceService(workspace.session_factory)
    brands = {b.name: b.id for b in BrandService(workspace.session_factory).list_brands()}
    got = {name: [(c.platform, c.reason) for c in service.list(ident)]
           for name, ident in brands.items()}
    if stored.stem < "0003":
        assert all(choices == [] for choices in got.values())
    else:
        assert got == EXPECTED
        assert [c.position for c in service.list(brands["مقهى النخيل"])] == [0, 1]
        assert {c.version for c in service.list(brands["مقهى النخيل"])} == {1}


def test_a_stored_workspace_takes_new_choices_and_refuses_duplicates(
        opened: tuple[Path, Workspace]) -> None:
    stored, workspace = opened
    service = PlatformChoiceService(workspace.session_factory)
    nakheel = next(b for b in BrandService(workspace.session_factory).list_brands()
                   if b.name == "مقهى النخيل")
    made = service.choose(nakheel.id, ChosenInput(Platform.TIKTOK, "جديد"))
    assert made.position == (2 if stored.stem >= "0003" else 0)
    expected_errors = [] if stored.stem < "0003" else ["platform_already_chosen"]
    assert [e.code for e in service.validate(nakheel.id, ChosenInput(Platform.SNAPCHAT))] == (
        expected_errors)

"""Every stored workspace exports to format 3 and comes back whole: 0004's content plan (its
trashed post and pillar left out) travels with its brands; older files have none."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest

from smm_desktop.domain.enums import Platform
from smm_desktop.services.transfer import (
    BrandRecord,
    Document,
    export_workspace,
    import_document,
    read_document,
)
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
FILES = sorted(STORED.glob("*.smmws"))
WITH_POSTS = "0004_content"


@pytest.fixture(params=FILES, ids=lambda p: p.stem)
def stored(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Workspace]]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    try:
        yield request.param.stem, workspace
    finally:
        workspace.close()


def _export(workspace: Workspace, path: Path) -> Document:
    export_workspace(workspace.session_factory, path)
    return read_document(path)


def _brand_with(document: Document, topic: str) -> BrandRecord:
    return next(b for b in document.brands if any(p.topic == topic for p in b.content.posts))


def _without_time(path: Path) -> Any:
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["exported_at"]
    return data


def test_the_content_plan_is_exported(stored: tuple[str, Workspace], tmp_path: Path) -> None:
    stem, workspace = stored
    document = _export(workspace, tmp_path / "out.json")
    if stem < WITH_POSTS:
        assert all(not b.content.posts and not b.content.pillars for b in document.brands)
        return
    bloom = _brand_with(document, "Bridal bouquet of the week")
    assert [p.topic for p in bloom.content.posts] == [
        "Bridal bouquet of the week", "Behind the scenes at 5am"]  # the trashed draft stays
    assert [p.name for p in bloom.content.pillars] == ["Weddings"]
    bouquet = bloom.content.posts[0]
    assert bouquet.scheduled_at == datetime(2026, 12, 3, 12, 30)
    assert len(bouquet.accounts) == 2 and bouquet.pillar == 1
    assert None not in (bouquet.social_goal, bouquet.persona)
    assert bouquet.attachments == ("/home/me/Pictures/bouquet-1.jpg",
                                   "/home/me/Pictures/gone.jpg")
    assert [o.name for o in bloom.content.occasions] == ["Second shop opens"]
    cafe = _brand_with(document, "ركن المذاكرة الجديد")
    insta = next(a for a in cafe.accounts if a.platform is Platform.INSTAGRAM)
    assert [s.time_of_day for s in insta.posting_slots] == [time(19, 0), time(19, 0)]


def test_it_comes_back_whole_and_only_once(stored: tuple[str, Workspace], tmp_path: Path) -> None:
    _, workspace = stored
    first = _export(workspace, tmp_path / "first.json")
    assert not import_document(workspace.session_factory, first).adds_anything
    empty = Workspace.open(tmp_path / "empty.smmws")
    try:
        import_document(empty.session_factory, first)
        export_workspace(empty.session_factory, tmp_path / "second.json")
    finally:
        empty.close()
    assert _without_time(tmp_path / "second.json") == _without_time(tmp_path / "first.json")

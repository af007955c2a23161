"""Every stored workspace read back through ImportService: 0008's import log (one import in
force, one undone) and undo of import 1; older files have no log and their posts are "plan"."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from smm_desktop.db.models import Post, Snapshot
from smm_desktop.db.models.numbers import PostMetric
from smm_desktop.domain.errors import Conflict
from smm_desktop.services.imports import ImportService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
FILES = sorted(STORED.glob("*.smmws"))
WITH_NUMBERS = "0008"


@pytest.fixture(params=FILES, ids=lambda p: p.stem)
def stored(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Workspace]]:
    copy = tmp_path / "old.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    yield request.param.stem, workspace
    workspace.close()


def test_import_log_reads_back(stored: tuple[str, Workspace]) -> None:
    stem, workspace = stored
    log = ImportService(workspace.session_factory).log()
    if stem[:4] < WITH_NUMBERS:
        assert log == []
        with workspace.session_factory() as s:
            assert set(s.scalars(select(Post.origin))) <= {"plan"}
        return
    assert [(e.id, e.file_name, e.platform, e.kind) for e in log] == [
        (2, "ads.csv", "meta_ads", "campaign_daily"),
        (1, "Nov-27-2026_Instagram_posts.csv", "instagram", "post_metrics")]
    first = log[1]
    assert (first.brand_id, first.account_id, first.first_day, first.last_day,
            first.rows_added, first.rows_skipped, first.undone_at) == (
        1, 1, date(2026, 11, 1), date(2026, 11, 27), 2, 1, None)
    assert log[0].undone_at == datetime(2026, 11, 28, 7, 25)


def test_undo_of_the_stored_import(stored: tuple[str, Workspace]) -> None:
    stem, workspace = stored
    if stem[:4] < WITH_NUMBERS:
        return
    imports = ImportService(workspace.session_factory)
    with pytest.raises(Conflict):
        imports.undo(2)  # already undone
    done = imports.undo(1)
    assert done.undone_at is not None
    with workspace.session_factory() as s:
        post, metric = s.get(Post, 5), s.get(PostMetric, 1)  # the imported post: to the trash
        assert post is not None and post.deleted_at is not None
        assert metric is not None and metric.deleted_at is not None
        assert s.get(PostMetric, 2) is not None  # typed by hand: kept
        snapshot = s.get(Snapshot, 1)
        assert snapshot is not None and (snapshot.value, snapshot.source) == (1000.0, "manual")
        assert s.scalar(select(Post.origin).where(Post.id == 1)) == "plan"

"""The commit carries out the preview's plan only while the database is as the preview saw
it (SQLite: same connection, data_version and total_changes); after any change, by this
process or another, it plans the rows again, so nothing is written twice or from stale rows."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smm_desktop.db.engine import create_workspace_engine
from smm_desktop.db.models import Post
from smm_desktop.db.models.numbers import PostMetric
from smm_desktop.services import imports as imports_module
from smm_desktop.services.import_reuse import restamp
from smm_desktop.services.import_state import Writes
from smm_desktop.services.imports import ImportService
from smm_desktop.services.posts import PostService
from smm_desktop.services.workspace import Workspace
from tests.services.test_imports import EXPORTS, NOW, Sample, imports, sample, state

__all__ = ["imports", "sample"]  # fixtures


@pytest.fixture
def plannings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per time the rows are planned against the database."""
    calls: list[int] = []
    real = imports_module.plan_results

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(imports_module, "plan_results", counted)
    return calls


def is_sqlite(workspace: Workspace) -> bool:
    return workspace.engine.dialect.name == "sqlite"


def post_count(workspace: Workspace) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Post)) or 0


def test_an_unchanged_database_commits_the_previews_plan(
        workspace: Workspace, sample: Sample, imports: ImportService,
        plannings: list[int]) -> None:
    preview = imports.preview(EXPORTS / "facebook_posts.csv")
    log = imports.commit(preview)
    assert (log.rows_added, log.rows_updated, log.rows_skipped) == (
        preview.adds, preview.updates, preview.skips)
    assert len(plannings) == (1 if is_sqlite(workspace) else 2)  # a server plans again


def test_the_same_result_as_planning_again(
        workspace: Workspace, sample: Sample, imports: ImportService,
        workspace_path: Path, tmp_path: Path) -> None:
    """A reused plan writes exactly what a fresh plan writes (a second workspace, same file)."""
    imports.commit(imports.preview(EXPORTS / "facebook_posts.csv"))
    reused = state(workspace)
    other = Workspace.open(tmp_path / "other.smmws")
    try:
        Sample(other)
        fresh = ImportService(other.session_factory, now=lambda: NOW)
        preview = fresh.preview(EXPORTS / "facebook_posts.csv")
        fresh._plans = type(fresh._plans)()  # forget it: the commit must plan again
        fresh.commit(preview)
        assert state(other) == reused
    finally:
        other.close()


def test_a_change_after_the_preview_is_planned_again(
        workspace: Workspace, sample: Sample, imports: ImportService,
        plannings: list[int]) -> None:
    """The same file committed in between (another service): the old preview's rows are now
    all there, so its commit adds nothing instead of duplicating posts."""
    stale = imports.preview(EXPORTS / "facebook_posts.csv")
    ImportService(workspace.session_factory, now=lambda: NOW).commit(
        imports.preview(EXPORTS / "facebook_posts.csv"))
    added = post_count(workspace)
    log = imports.commit(stale)
    assert (log.rows_added, log.rows_skipped) == (0, stale.adds)
    assert post_count(workspace) == added


def test_an_edit_by_another_service_is_seen(
        workspace: Workspace, sample: Sample, imports: ImportService,
        plannings: list[int]) -> None:
    """A post deleted after the preview (this process, same connection): planned again."""
    imports.commit(imports.preview(EXPORTS / "facebook_posts.csv"))
    newer = imports.preview(EXPORTS / "facebook_posts.csv")
    with workspace.session_factory() as s:
        post = s.scalars(select(Post).order_by(Post.id)).first()
        assert post is not None
        ident, version = post.id, post.version
    PostService(workspace.session_factory).delete(ident, version)
    before = len(plannings)
    imports.commit(newer)
    assert len(plannings) == before + 1


@pytest.mark.sqlite_only
def test_a_write_from_another_connection_is_seen(
        workspace: Workspace, sample: Sample, imports: ImportService,
        plannings: list[int]) -> None:
    """Another program (another engine on the file) imports the file after the preview."""
    stale = imports.preview(EXPORTS / "facebook_posts.csv")
    engine = create_workspace_engine(workspace.url)
    try:
        from sqlalchemy.orm import sessionmaker

        other = ImportService(sessionmaker(engine, expire_on_commit=False), now=lambda: NOW)
        other.commit(other.preview(EXPORTS / "facebook_posts.csv"))
    finally:
        engine.dispose()
    log = imports.commit(stale)
    assert log.rows_added == 0 and len(plannings) == 3
    with workspace.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(PostMetric)) == stale.adds


def test_a_preview_given_another_account_is_planned_for_it(
        workspace: Workspace, sample: Sample, imports: ImportService,
        plannings: list[int]) -> None:
    """The caller chose the account after the preview (a copy of it): planned again."""
    preview = imports.preview(EXPORTS / "facebook_posts.csv")
    chosen = replace(preview, account_id=sample.accounts["fb"].id)
    imports.commit(chosen)
    assert len(plannings) == 2


def test_a_plan_is_carried_out_once(
        workspace: Workspace, sample: Sample, imports: ImportService,
        plannings: list[int]) -> None:
    """Committing the same preview twice: the second commit plans again (all skipped)."""
    preview = imports.preview(EXPORTS / "facebook_posts.csv")
    imports.commit(preview)
    again = imports.commit(preview)
    assert (again.rows_added, again.rows_skipped) == (0, preview.adds)
    assert len(plannings) == (2 if is_sqlite(workspace) else 3)


def test_a_forgotten_preview_drops_its_plan(
        workspace: Workspace, sample: Sample, imports: ImportService) -> None:
    imports.preview(EXPORTS / "facebook_posts.csv")
    gc.collect()
    assert not imports._plans._kept


def test_restamp_gives_the_rows_the_commits_time() -> None:
    then, now = datetime(2026, 1, 1), datetime(2026, 1, 2)
    writes = Writes(posts=[{"created_at": then, "updated_at": then, "topic": "x"}],
                    metrics=[{"created_at": then, "updated_at": then}],
                    snapshots=[{"recorded_at": then}],
                    snapshot_updates=[(1, {"value": 2.0, "recorded_at": then},
                                       {"value": 1.0, "recorded_at": then})])
    restamp(writes, now=lambda: now)
    assert writes.posts == [{"created_at": now, "updated_at": now, "topic": "x"}]
    assert writes.metrics == [{"created_at": now, "updated_at": now}]
    assert writes.snapshots == [{"recorded_at": now}]
    assert writes.snapshot_updates == [(1, {"value": 2.0, "recorded_at": now},
                                        {"value": 1.0, "recorded_at": then})]

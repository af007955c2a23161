"""An import does not record the metrics of the posts it adds one by one in ImportChange
(they are the new post's, on the import's account): undo finds them by their post, takes
them to the trash with it, reports them edited since, and refuses when a later import
changed them, exactly as when they were recorded (as older imports and the sample did)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select, update

from smm_desktop.db.models import Post
from smm_desktop.db.models.numbers import ImportChange, PostMetric
from smm_desktop.domain.errors import Conflict
from smm_desktop.services.import_undo import ChangedSince
from smm_desktop.services.imports import ImportService
from smm_desktop.services.workspace import Workspace
from tests.services.test_imports import EXPORTS, Sample, imports, live_counts, sample

__all__ = ["imports", "sample"]  # fixtures


def recorded(workspace: Workspace, import_id: int, table: str) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(ImportChange).where(
            ImportChange.import_id == import_id, ImportChange.table_name == table)) or 0


def test_the_metrics_of_added_posts_are_not_recorded_one_by_one(
        workspace: Workspace, sample: Sample, imports: ImportService) -> None:
    preview = imports.preview(EXPORTS / "facebook_posts.csv")
    log = imports.commit(preview)
    assert recorded(workspace, log.id, "post") == preview.adds
    assert recorded(workspace, log.id, "post_metric") == 0


@pytest.mark.parametrize("legacy", [False, True])
def test_undo_trashes_them_with_their_posts(
        workspace: Workspace, sample: Sample, imports: ImportService, legacy: bool) -> None:
    before = live_counts(workspace)
    log = imports.commit(imports.preview(EXPORTS / "facebook_posts.csv"))
    if legacy:  # recorded as older imports (and the sample workspace) did
        with workspace.session_factory.begin() as s:
            ids = s.scalars(select(PostMetric.id).where(PostMetric.import_id == log.id)).all()
            s.execute(insert(ImportChange), [
                {"import_id": log.id, "table_name": "post_metric", "row_id": i, "before": None}
                for i in ids])
    imports.undo(log.id)
    assert live_counts(workspace) == before
    with workspace.session_factory() as s:
        metrics = s.scalars(select(PostMetric)).all()
        assert metrics and all(m.deleted_at is not None for m in metrics)  # trash, not gone


def test_an_edited_one_is_reported_and_kept(
        workspace: Workspace, sample: Sample, imports: ImportService) -> None:
    log = imports.commit(imports.preview(EXPORTS / "facebook_posts.csv"))
    with workspace.session_factory.begin() as s:
        metric = s.scalars(select(PostMetric).order_by(PostMetric.id)).first()
        assert metric is not None
        s.execute(update(PostMetric).where(PostMetric.id == metric.id).values(
            reach=1, version=PostMetric.version + 1))
        ident = metric.id
    with pytest.raises(ChangedSince) as err:
        imports.undo(log.id)
    assert err.value.counts == {"post_metric": 1}
    imports.undo(log.id, force=True)
    with workspace.session_factory() as s:
        kept = s.get(PostMetric, ident)
        assert kept is not None and (kept.deleted_at, kept.reach) == (None, 1)
        assert s.scalar(select(func.count()).select_from(Post).where(
            Post.deleted_at.is_(None))) == 0


def test_a_later_import_that_changed_one_refuses_the_undo(
        workspace: Workspace, sample: Sample, imports: ImportService) -> None:
    """The later import is found through the metric it changed, though the first one did
    not record that metric; undone in order, both go."""
    first = imports.commit(imports.preview(EXPORTS / "facebook_posts.csv"))
    with workspace.session_factory.begin() as s:  # a newer file: lower the numbers held
        s.execute(update(PostMetric).values(reach=1, as_of=PostMetric.as_of))
    later = imports.commit(imports.preview(EXPORTS / "facebook_posts.csv"))
    assert later.rows_updated
    with pytest.raises(Conflict) as err:
        imports.undo(first.id)
    assert err.value.kind == "later_import"
    imports.undo(later.id)
    imports.undo(first.id, force=True)  # (the metrics the later one restored count as edited)
    assert imports.get_log(first.id).undone_at is not None
    with workspace.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Post).where(
            Post.deleted_at.is_(None))) == 0

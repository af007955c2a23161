"""Post metrics typed by hand (read, save, stale edits, delete) and the month grid of snapshots
(read, save in one unit, None deletes, a bad cell refuses the lot)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Snapshot
from smm_desktop.domain.enums import Platform, PostStatus, SnapshotSource
from smm_desktop.domain.errors import Conflict, ValidationFailed
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.metrics import MetricsService
from smm_desktop.services.numbers_data import PostMetricsInput
from smm_desktop.services.post_data import PostData, PostInput
from smm_desktop.services.posts import PostService
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 20)
F, R, ER = Metric.FOLLOWERS, Metric.REACH, Metric.ENGAGEMENT_RATE


@pytest.fixture
def metrics(workspace: Workspace) -> MetricsService:
    return MetricsService(workspace.session_factory, today=lambda: TODAY)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))


@pytest.fixture
def account(workspace: Workspace, brand: BrandData) -> AccountData:
    return AccountService(workspace.session_factory).create(
        brand.id, AccountInput(Platform.INSTAGRAM, "bloom.co"))


def _post(workspace: Workspace, brand: BrandData, account: AccountData, day: int = 3) -> PostData:
    return PostService(workspace.session_factory).create(brand.id, PostInput(
        topic="Spring bouquets", status=PostStatus.PUBLISHED,
        scheduled_at=datetime(2026, 11, day, 19), account_ids=(account.id,)))


@pytest.fixture
def post(workspace: Workspace, brand: BrandData, account: AccountData) -> PostData:
    return _post(workspace, brand, account)


def test_save_and_read_back_post_metrics(metrics: MetricsService, post: PostData,
                                         account: AccountData) -> None:
    typed = PostMetricsInput(as_of=TODAY, impressions=5000, reach=4000, likes=300, comments=40,
                             shares=20, saves=40, permalink="https://instagram.com/p/abc")
    saved = metrics.save_post_metrics(post.id, account.id, typed, None)
    assert saved.to_input() == typed
    assert saved.source is SnapshotSource.MANUAL and saved.import_id is None
    assert saved.engagement_total == 400
    assert saved.engagement_rate_reach == pytest.approx(10.0)
    assert metrics.post_metrics(post.id) == [saved]


def test_post_metrics_for_many_posts_in_one_query(
    metrics: MetricsService, workspace: Workspace, brand: BrandData, account: AccountData,
    sql_log: Callable[[], AbstractContextManager[list[str]]],
) -> None:
    posts = [_post(workspace, brand, account, day) for day in (1, 2, 3)]
    for p in posts[:2]:
        metrics.save_post_metrics(p.id, account.id, PostMetricsInput(TODAY, reach=p.id), None)
    with sql_log() as log:
        found = metrics.post_metrics_for([p.id for p in posts])
    assert len(log) == 1
    assert sorted(found) == [posts[0].id, posts[1].id]
    assert found[posts[1].id][0].reach == posts[1].id
    assert metrics.post_metrics_for([]) == {}


def test_a_stale_or_missing_version_conflicts(metrics: MetricsService, post: PostData,
                                              account: AccountData) -> None:
    first = metrics.save_post_metrics(post.id, account.id, PostMetricsInput(TODAY, reach=1), None)
    with pytest.raises(Conflict):
        metrics.save_post_metrics(post.id, account.id, PostMetricsInput(TODAY, reach=2), None)
    second = metrics.save_post_metrics(post.id, account.id, PostMetricsInput(TODAY, reach=2),
                                       first.version)
    with pytest.raises(Conflict):
        metrics.save_post_metrics(post.id, account.id, PostMetricsInput(TODAY, reach=3),
                                  first.version)
    assert metrics.post_metrics(post.id)[0].reach == 2
    with pytest.raises(Conflict):
        metrics.delete_post_metrics(second.id, first.version)
    metrics.delete_post_metrics(second.id, second.version)
    assert metrics.post_metrics(post.id) == []


def test_negative_numbers_and_a_future_day_are_refused(
    metrics: MetricsService, post: PostData, account: AccountData
) -> None:
    bad = PostMetricsInput(date(2026, 12, 1), likes=-1, reach=3_000_000_000)
    with pytest.raises(ValidationFailed) as caught:
        metrics.save_post_metrics(post.id, account.id, bad, None)
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("as_of", "in_future"), ("likes", "negative"), ("reach", "out_of_range")}
    assert metrics.post_metrics(post.id) == []


def test_an_account_of_another_brand_is_refused(
    metrics: MetricsService, workspace: Workspace, post: PostData
) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("نبض للياقة"))
    theirs = AccountService(workspace.session_factory).create(
        other.id, AccountInput(Platform.X, "nabd"))
    with pytest.raises(ValidationFailed):
        metrics.save_post_metrics(post.id, theirs.id, PostMetricsInput(TODAY, reach=1), None)


def _count(workspace: Workspace) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Snapshot)) or 0


def test_month_grid_saves_reads_and_deletes(metrics: MetricsService, account: AccountData,
                                            workspace: Workspace) -> None:
    SnapshotService(workspace.session_factory).record(
        account.id, F, date(2026, 11, 2), 900, SnapshotSource.IMPORT)
    SnapshotService(workspace.session_factory).record(account.id, F, date(2026, 10, 31), 800)
    assert metrics.month_grid(account.id, [F, R], 2026, 11) == {(F, date(2026, 11, 2)): 900.0}
    written = metrics.save_grid(account.id, {
        (F, date(2026, 11, 1)): 1000, (R, date(2026, 11, 1)): 4321,
        (F, date(2026, 11, 2)): None, (ER, date(2026, 11, 1)): 4.5})
    assert written == 4
    assert metrics.month_grid(account.id, [F, R, ER], 2026, 11) == {
        (F, date(2026, 11, 1)): 1000.0, (R, date(2026, 11, 1)): 4321.0,
        (ER, date(2026, 11, 1)): 4.5}
    history = SnapshotService(workspace.session_factory).history(account.id, F)
    assert [(h.day, h.source) for h in history] == [
        (date(2026, 10, 31), SnapshotSource.MANUAL), (date(2026, 11, 1), SnapshotSource.MANUAL)]


def test_a_bad_cell_refuses_the_whole_grid(metrics: MetricsService, account: AccountData,
                                           workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as caught:
        metrics.save_grid(account.id, {
            (F, date(2026, 11, 1)): 1000, (F, date(2026, 11, 2)): -5,
            (ER, date(2026, 11, 3)): 140, (R, date(2026, 11, 25)): 10})
    assert [(e.field, e.code, e.params["day"]) for e in caught.value.errors] == [
        ("followers", "negative", "2026-11-02"),
        ("engagement_rate", "over_100_percent", "2026-11-03"),
        ("reach", "in_future", "2026-11-25")]
    assert _count(workspace) == 0
    assert metrics.validate_grid({(F, date(2026, 11, 2)): -5})[0].code == "negative"
    assert metrics.save_grid(account.id, {}) == 0


def test_history_by_day(metrics: MetricsService, account: AccountData) -> None:
    metrics.save_grid(account.id, {(F, date(2026, 11, 2)): 10, (R, date(2026, 11, 2)): 5,
                                   (F, date(2026, 11, 1)): 9})
    assert metrics.history(account.id, [F, R]) == {
        date(2026, 11, 1): {F: 9.0}, date(2026, 11, 2): {F: 10.0, R: 5.0}}
    assert list(metrics.history(account.id, [F])) == [date(2026, 11, 1), date(2026, 11, 2)]

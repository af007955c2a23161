"""Snapshots: one value per account, metric and day (the latest write wins), checked values,
bulk recording all or nothing, history and the newest values."""

from __future__ import annotations

import math
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Snapshot
from smm_desktop.domain.enums import Platform, SnapshotSource
from smm_desktop.domain.errors import FieldError, NotFound, ValidationFailed
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.snapshots import SnapshotData, SnapshotService
from smm_desktop.services.workspace import Workspace

DAY = date(2026, 11, 1)
F = Metric.FOLLOWERS


@pytest.fixture
def snapshots(workspace: Workspace) -> SnapshotService:
    return SnapshotService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


@pytest.fixture
def account(workspace: Workspace, brand: BrandData) -> AccountData:
    return AccountService(workspace.session_factory).create(
        brand.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe"))


def _stored(workspace: Workspace) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Snapshot)) or 0


def test_record_and_read_back(snapshots: SnapshotService, account: AccountData) -> None:
    stored = snapshots.record(account.id, F, DAY, 1200)
    assert stored == SnapshotData(account.id, F, DAY, 1200.0, SnapshotSource.MANUAL)
    assert snapshots.history(account.id, F) == [stored]


def test_recording_the_same_day_again_replaces_it(
    snapshots: SnapshotService, account: AccountData, workspace: Workspace
) -> None:
    snapshots.record(account.id, F, DAY, 1200, SnapshotSource.MANUAL)
    snapshots.record(account.id, F, DAY, 1250, SnapshotSource.IMPORT)
    assert snapshots.history(account.id, F) == [
        SnapshotData(account.id, F, DAY, 1250.0, SnapshotSource.IMPORT)]
    assert _stored(workspace) == 1


def test_history_is_per_metric_oldest_first_within_bounds(
    snapshots: SnapshotService, account: AccountData
) -> None:
    for offset in (14, 0, 7):
        snapshots.record(account.id, F, DAY + timedelta(days=offset), 1000 + offset)
    snapshots.record(account.id, Metric.REACH, DAY, 9000)
    assert [s.value for s in snapshots.history(account.id, F)] == [1000, 1007, 1014]
    within = snapshots.history(account.id, F, since=DAY + timedelta(days=1),
                               until=DAY + timedelta(days=7))
    assert [s.day for s in within] == [DAY + timedelta(days=7)]


@pytest.mark.parametrize(("metric", "value", "code"), [
    (Metric.FOLLOWERS, -1, "negative"),
    (Metric.REACH, math.nan, "not_a_number"),
    (Metric.ENGAGEMENT_RATE, 100.1, "over_100_percent"),
    (Metric.VIEW_RATE, 101, "over_100_percent"),
])
def test_bad_values_refused_and_nothing_saved(
    snapshots: SnapshotService, account: AccountData, workspace: Workspace,
    metric: Metric, value: float, code: str,
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        snapshots.record(account.id, metric, DAY, value)
    assert caught.value.errors == [FieldError("value", code)]
    assert _stored(workspace) == 0


def test_a_rate_of_exactly_100_percent_is_fine(
    snapshots: SnapshotService, account: AccountData
) -> None:
    assert snapshots.record(account.id, Metric.VIEW_RATE, DAY, 100).value == 100


def test_an_account_in_the_trash_takes_no_snapshots(
    snapshots: SnapshotService, account: AccountData, workspace: Workspace
) -> None:
    AccountService(workspace.session_factory).delete(account.id, account.version)
    with pytest.raises(NotFound):
        snapshots.record(account.id, F, DAY, 10)
    with pytest.raises(NotFound):
        snapshots.record(99999, F, DAY, 10)


def test_record_many_inserts_and_replaces_in_a_few_statements(
    snapshots: SnapshotService, account: AccountData,
    sql_log: Callable[[], AbstractContextManager[list[str]]],
) -> None:
    snapshots.record(account.id, F, DAY, 1)
    rows = [SnapshotData(account.id, F, DAY + timedelta(days=i), 1000.0 + i,
                         SnapshotSource.IMPORT) for i in range(300)]
    with sql_log() as log:
        assert snapshots.record_many(rows) == 300
    assert len(log) <= 6, log
    history = snapshots.history(account.id, F)
    assert len(history) == 300
    assert history[0] == SnapshotData(account.id, F, DAY, 1000.0, SnapshotSource.IMPORT)


def test_record_many_a_later_row_for_the_same_day_wins(
    snapshots: SnapshotService, account: AccountData
) -> None:
    rows = [SnapshotData(account.id, F, DAY, 10), SnapshotData(account.id, F, DAY, 12)]
    assert snapshots.record_many(rows) == 1
    assert [s.value for s in snapshots.history(account.id, F)] == [12]


def test_record_many_is_all_or_nothing(
    snapshots: SnapshotService, account: AccountData, workspace: Workspace
) -> None:
    good = SnapshotData(account.id, F, DAY, 10)
    with pytest.raises(ValidationFailed) as caught:
        snapshots.record_many([good, SnapshotData(account.id, F, DAY, -3)])
    assert caught.value.errors == [FieldError("value", "negative", {"row": "1"})]
    with pytest.raises(NotFound):
        snapshots.record_many([good, SnapshotData(424242, F, DAY, 3)])
    assert _stored(workspace) == 0
    assert snapshots.record_many([]) == 0


def test_latest_per_account_and_metric_up_to_a_day(
    snapshots: SnapshotService, account: AccountData, brand: BrandData, workspace: Workspace
) -> None:
    other = AccountService(workspace.session_factory).create(
        brand.id, AccountInput(Platform.X, "NakheelCafe"))
    snapshots.record(account.id, F, DAY, 100)
    snapshots.record(account.id, F, DAY + timedelta(days=7), 110)
    snapshots.record(account.id, Metric.REACH, DAY, 5000)
    snapshots.record(other.id, F, DAY + timedelta(days=3), 40)
    latest = snapshots.latest(brand.id)
    assert {k: v.value for k, v in latest.items()} == {
        (account.id, F): 110, (account.id, Metric.REACH): 5000, (other.id, F): 40}
    earlier = snapshots.latest(brand.id, on_or_before=DAY + timedelta(days=6))
    assert earlier[(account.id, F)].value == 100


def test_delete_one_value(snapshots: SnapshotService, account: AccountData) -> None:
    snapshots.record(account.id, F, DAY, 100)
    assert snapshots.delete(account.id, F, DAY) is True
    assert snapshots.delete(account.id, F, DAY) is False
    assert snapshots.history(account.id, F) == []


def test_purging_an_account_takes_its_snapshots(
    snapshots: SnapshotService, account: AccountData, workspace: Workspace
) -> None:
    snapshots.record(account.id, F, DAY, 100)
    accounts = AccountService(workspace.session_factory)
    accounts.delete(account.id, account.version)
    assert accounts.purge_deleted() == 1
    assert _stored(workspace) == 0


def test_last_days_gives_each_live_account_its_newest_day(workspace: Workspace) -> None:
    """The to-do's "import this week's numbers": one day per account, any metric."""
    brand = BrandService(workspace.session_factory).create(BrandInput("Last days"))
    accounts = AccountService(workspace.session_factory)
    first = accounts.create(brand.id, AccountInput(Platform.X, "first"))
    second = accounts.create(brand.id, AccountInput(Platform.TIKTOK, "second"))
    accounts.create(brand.id, AccountInput(Platform.YOUTUBE, "none"))
    service = SnapshotService(workspace.session_factory)
    service.record(first.id, Metric.FOLLOWERS, date(2026, 11, 2), 1)
    service.record(first.id, Metric.REACH, date(2026, 11, 9), 1)
    service.record(second.id, Metric.FOLLOWERS, date(2026, 10, 1), 1)
    assert service.last_days(brand.id) == {first.id: date(2026, 11, 9),
                                           second.id: date(2026, 10, 1)}
    accounts.delete(second.id, second.version)
    assert service.last_days(brand.id) == {first.id: date(2026, 11, 9)}

"""Account audits: the checklist whole, baseline numbers as audit snapshots on the audit day
(moved, rewritten, removed and brought back with the audit), the rules, and the prefill."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import AccountAudit, Snapshot
from smm_desktop.domain.enums import AuditItem, CheckResult, Platform, SnapshotSource
from smm_desktop.domain.errors import Conflict, NotFound, ValidationFailed
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.audits import AuditInput, AuditService, CheckEntry
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.snapshots import SnapshotData, SnapshotService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 20)
DAY = date(2026, 11, 2)
F, ER, REACH = Metric.FOLLOWERS, Metric.ENGAGEMENT_RATE, Metric.REACH
AUDIT = SnapshotSource.AUDIT


@pytest.fixture
def audits(workspace: Workspace) -> AuditService:
    return AuditService(workspace.session_factory, today=lambda: TODAY)


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


def _input(day: date = DAY, **baseline: float) -> AuditInput:
    return AuditInput(
        day, checks=(CheckEntry(AuditItem.BIO_LINK, CheckResult.FIX, " The link is the old menu "),
                     CheckEntry(AuditItem.IMAGES, CheckResult.PASS)),
        posts_last_90_days=24, best_posts="Latte art reels", failed_before="Long text offers",
        notes="First audit", baseline={Metric(k): v for k, v in baseline.items()})


def _snaps(workspace: Workspace, account_id: int) -> set[tuple[str, date, float, str]]:
    with workspace.session_factory() as s:
        return {(r.metric, r.day, r.value, r.source) for r in s.scalars(
            select(Snapshot).where(Snapshot.account_id == account_id))}


def test_create_stores_every_point_and_the_numbers_as_audit_snapshots(
        audits: AuditService, account: AccountData, workspace: Workspace) -> None:
    made = audits.create(account.id, _input(followers=1200, engagement_rate=3.5))
    assert [c.item for c in made.checks] == list(AuditItem)
    assert made.check(AuditItem.BIO_LINK) == CheckEntry(
        AuditItem.BIO_LINK, CheckResult.FIX, "The link is the old menu")
    assert made.check(AuditItem.PINNED).result is CheckResult.UNCHECKED
    assert made.baseline == {F: 1200.0, ER: 3.5}
    assert (made.summary.to_fix, made.summary.passed, made.summary.unchecked) == (1, 1, 5)
    assert _snaps(workspace, account.id) == {("followers", DAY, 1200.0, "audit"),
                                             ("engagement_rate", DAY, 3.5, "audit")}
    assert audits.get(made.id) == made


def test_list_is_newest_first_and_leaves_out_deleted_accounts(
        audits: AuditService, account: AccountData, brand: BrandData,
        workspace: Workspace) -> None:
    older = audits.create(account.id, _input(DAY - timedelta(days=60)))
    newer = audits.create(account.id, _input(DAY))
    assert [a.id for a in audits.list_audits(brand.id)] == [newer.id, older.id]
    assert [a.id for a in audits.account_audits(account.id)] == [newer.id, older.id]
    AccountService(workspace.session_factory).delete(account.id, account.version)
    assert audits.list_audits(brand.id) == []


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"audited_on": TODAY + timedelta(days=1)}, "audited_on", "in_future"),
    ({"posts_last_90_days": -1}, "posts_last_90_days", "posts_out_of_range"),
    ({"posts_last_90_days": 10_001}, "posts_last_90_days", "posts_out_of_range"),
    ({"baseline": {F: -5.0}}, "baseline:followers", "negative"),
    ({"baseline": {ER: 140.0}}, "baseline:engagement_rate", "over_100_percent"),
    ({"baseline": {REACH: float("nan")}}, "baseline:reach", "not_a_number"),
    ({"notes": "x" * 4001}, "notes", "too_long"),
])
def test_bad_input_is_refused_and_nothing_is_saved(
        audits: AuditService, account: AccountData, workspace: Workspace,
        change: dict[str, object], field: str, code: str) -> None:
    bad = dataclasses.replace(_input(followers=1200), **change)  # type: ignore[arg-type]
    assert [(e.field, e.code) for e in audits.validate(account.id, bad)] == [(field, code)]
    with pytest.raises(ValidationFailed) as refused:
        audits.create(account.id, bad)
    assert [(e.field, e.code) for e in refused.value.errors] == [(field, code)]
    assert audits.account_audits(account.id) == []
    assert _snaps(workspace, account.id) == set()


def test_limits_are_accepted(audits: AuditService, account: AccountData) -> None:
    edge = dataclasses.replace(_input(TODAY, engagement_rate=100.0, followers=0),
                               posts_last_90_days=10_000)
    assert audits.validate(account.id, edge) == []
    assert audits.create(account.id, edge).posts_last_90_days == 10_000


def test_one_audit_a_day_per_account(audits: AuditService, account: AccountData) -> None:
    first = audits.create(account.id, _input())
    with pytest.raises(ValidationFailed) as refused:
        audits.create(account.id, _input())
    assert refused.value.errors[0].code == "duplicate_day"
    assert audits.validate(account.id, _input(), first.id) == []


def test_moving_the_day_moves_the_numbers_and_keeps_other_sources(
        audits: AuditService, account: AccountData, snapshots: SnapshotService,
        workspace: Workspace) -> None:
    made = audits.create(account.id, _input(followers=1200, reach=9000))
    snapshots.record(account.id, Metric.SAVES, DAY, 40)  # typed by hand that day
    later = DAY + timedelta(days=3)
    moved = audits.update(made.id, made.version, dataclasses.replace(
        made.to_input(), audited_on=later, baseline={F: 1210.0}))
    assert moved.version > made.version and moved.baseline == {F: 1210.0}
    assert _snaps(workspace, account.id) == {("followers", later, 1210.0, "audit"),
                                             ("saves", DAY, 40.0, "manual")}


def test_changing_only_the_numbers_moves_the_version(
        audits: AuditService, account: AccountData) -> None:
    made = audits.create(account.id, _input(followers=1200))
    changed = audits.update(made.id, made.version,
                            dataclasses.replace(made.to_input(), baseline={F: 1300.0}))
    assert changed.version == made.version + 1 and changed.baseline == {F: 1300.0}
    with pytest.raises(Conflict):
        audits.update(made.id, made.version, made.to_input())


def test_a_refused_update_changes_nothing(
        audits: AuditService, account: AccountData, workspace: Workspace) -> None:
    made = audits.create(account.id, _input(followers=1200))
    other = audits.create(account.id, _input(DAY - timedelta(days=1)))
    with pytest.raises(ValidationFailed):
        audits.update(made.id, made.version,
                      dataclasses.replace(made.to_input(), audited_on=other.audited_on))
    assert audits.get(made.id) == made
    assert ("followers", DAY, 1200.0, "audit") in _snaps(workspace, account.id)


def test_delete_takes_the_numbers_off_and_restore_brings_them_back(
        audits: AuditService, account: AccountData, workspace: Workspace,
        snapshots: SnapshotService) -> None:
    made = audits.create(account.id, _input(followers=1200))
    audits.delete(made.id, made.version)
    assert audits.account_audits(account.id) == []
    assert snapshots.history(account.id, F) == []
    with pytest.raises(NotFound):
        audits.get(made.id)
    back = audits.restore(made.id, made.baseline)
    assert back.to_input() == made.to_input()
    assert snapshots.history(account.id, F) == [SnapshotData(account.id, F, DAY, 1200.0, AUDIT)]


def test_delete_with_a_stale_version_is_refused(
        audits: AuditService, account: AccountData) -> None:
    made = audits.create(account.id, _input())
    audits.update(made.id, made.version, dataclasses.replace(made.to_input(), notes="edited"))
    with pytest.raises(Conflict):
        audits.delete(made.id, made.version)


def test_purge_removes_the_trashed_audits_for_good(
        audits: AuditService, account: AccountData, workspace: Workspace) -> None:
    made = audits.create(account.id, _input())
    audits.delete(made.id, made.version)
    assert audits.purge_deleted() == 1
    with workspace.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(AccountAudit)) == 0


def test_prefill_suggests_latest_numbers_and_carries_points_to_fix(
        audits: AuditService, account: AccountData, snapshots: SnapshotService) -> None:
    snapshots.record(account.id, F, DAY - timedelta(days=7), 1100)
    snapshots.record(account.id, F, DAY + timedelta(days=7), 1180)
    snapshots.record(account.id, F, TODAY + timedelta(days=7), 9999)  # after today: not known
    first = audits.prefill(account.id)
    assert first.data.audited_on == TODAY and first.previous_on is None
    assert first.data.baseline == {F: 1180.0}
    assert first.known_on == {F: DAY + timedelta(days=7)}
    assert all(c.result is CheckResult.UNCHECKED for c in first.data.checks)
    audits.create(account.id, _input())
    again = audits.prefill(account.id)
    assert again.previous_on == DAY
    assert again.data.check(AuditItem.BIO_LINK) == CheckEntry(
        AuditItem.BIO_LINK, CheckResult.FIX, "The link is the old menu")
    assert again.data.check(AuditItem.IMAGES).result is CheckResult.UNCHECKED
    assert again.data.failed_before == "Long text offers"


def test_an_audit_of_a_missing_account_is_refused(audits: AuditService) -> None:
    with pytest.raises(NotFound):
        audits.create(999, _input())
    with pytest.raises(NotFound):
        audits.prefill(999)


def test_an_audit_never_takes_over_a_number_recorded_that_day(
        audits: AuditService, account: AccountData, snapshots: SnapshotService,
        workspace: Workspace) -> None:
    """Same metric, same day: the typed number stays typed, and deleting the audit keeps it."""
    snapshots.record(account.id, F, DAY, 1200)  # typed by hand on the audit day
    made = audits.create(account.id, _input(followers=1200, reach=9000))
    assert made.baseline == {F: 1200.0, REACH: 9000.0}  # shown from the typed number
    assert ("followers", DAY, 1200.0, "manual") in _snaps(workspace, account.id)
    audits.delete(made.id, made.version)
    assert _snaps(workspace, account.id) == {("followers", DAY, 1200.0, "manual")}
    audits.restore(made.id, made.baseline)
    moved = audits.get(made.id)
    audits.update(moved.id, moved.version, dataclasses.replace(
        moved.to_input(), audited_on=DAY + timedelta(days=1)))
    assert ("followers", DAY, 1200.0, "manual") in _snaps(workspace, account.id)


def test_a_different_number_for_a_recorded_day_is_refused_on_its_field(
        audits: AuditService, account: AccountData, snapshots: SnapshotService,
        workspace: Workspace) -> None:
    snapshots.record(account.id, F, DAY, 1200, SnapshotSource.IMPORT)
    errors = audits.validate(account.id, _input(followers=1250))
    assert [(e.field, e.code, e.params) for e in errors] == [
        ("baseline:followers", "recorded_that_day", {"value": "1200"})]
    with pytest.raises(ValidationFailed):
        audits.create(account.id, _input(followers=1250))
    made = audits.create(account.id, _input(DAY + timedelta(days=1), followers=1250))
    with pytest.raises(ValidationFailed):
        audits.update(made.id, made.version, dataclasses.replace(made.to_input(), audited_on=DAY))
    assert ("followers", DAY, 1200.0, "import") in _snaps(workspace, account.id)

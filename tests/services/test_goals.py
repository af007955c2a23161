"""Business goals and SMART social goals: CRUD with undo, refusals that save nothing, stale
edits refused, and progress from snapshots in two queries."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import BusinessGoal, SocialGoal
from smm_desktop.domain.enums import BusinessGoalKind, Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.domain.goal_templates import template
from smm_desktop.domain.kpi import GoalStatus, TargetKind
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.smart import Letter
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.goals import (
    BusinessGoalInput,
    GoalService,
    SocialGoalData,
    SocialGoalInput,
)
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace

START = date(2026, 9, 1)
DEADLINE = START + timedelta(days=100)
TODAY = START + timedelta(days=50)
SqlLog = Callable[[], AbstractContextManager[list[str]]]


@pytest.fixture
def goals(workspace: Workspace) -> GoalService:
    return GoalService(workspace.session_factory)


@pytest.fixture
def snapshots(workspace: Workspace) -> SnapshotService:
    return SnapshotService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))


@pytest.fixture
def accounts(workspace: Workspace) -> AccountService:
    return AccountService(workspace.session_factory)


@pytest.fixture
def insta(accounts: AccountService, brand: BrandData) -> AccountData:
    return accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))


def followers_goal(account_id: int | None, **changes: object) -> SocialGoalInput:
    """+1000 followers (1000 -> 2000) over 100 days: halfway on TODAY."""
    goal = SocialGoalInput(
        account_id=account_id, metric=Metric.FOLLOWERS, baseline_value=1000,
        baseline_date=START, target_value=2000, start=START, deadline=DEADLINE,
        title="Double the followers", why_realistic="Giveaways every week",
    )
    return dataclasses.replace(goal, **changes)


def _count(workspace: Workspace, model: type) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# Business goals


def test_business_goals_keep_the_order_they_were_made_in(
    goals: GoalService, brand: BrandData
) -> None:
    first = goals.create_business_goal(brand.id, BusinessGoalInput(BusinessGoalKind.SALES,
                                                                   " More orders "))
    second = goals.create_business_goal(brand.id, BusinessGoalInput(BusinessGoalKind.AWARENESS))
    assert first.description == "More orders" and first.version == 1
    assert goals.list_business_goals(brand.id) == [first, second]
    reordered = goals.reorder_business_goals(brand.id, [second.id, first.id])
    assert [g.id for g in reordered] == [second.id, first.id]


def test_business_goal_other_needs_words_and_nothing_is_saved(
    goals: GoalService, brand: BrandData, workspace: Workspace
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        goals.create_business_goal(brand.id, BusinessGoalInput(BusinessGoalKind.OTHER, "  "))
    assert caught.value.errors == [FieldError("description", "required")]
    assert _count(workspace, BusinessGoal) == 0


def test_business_goal_stale_edit_refused(goals: GoalService, brand: BrandData) -> None:
    made = goals.create_business_goal(brand.id, BusinessGoalInput(BusinessGoalKind.SALES))
    edited = goals.update_business_goal(made.id, made.version,
                                        BusinessGoalInput(BusinessGoalKind.SALES, "Gift boxes"))
    assert edited.version == 2
    with pytest.raises(Conflict):
        goals.update_business_goal(made.id, made.version, made.to_input())


def test_deleting_a_business_goal_unlinks_its_social_goals_until_undo(
    goals: GoalService, brand: BrandData, insta: AccountData
) -> None:
    business = goals.create_business_goal(brand.id, BusinessGoalInput(BusinessGoalKind.SALES))
    social = goals.create_goal(brand.id, followers_goal(insta.id, business_goal_id=business.id))
    goals.delete_business_goal(business.id, business.version)
    assert goals.list_business_goals(brand.id) == []
    assert goals.get_goal(social.id).business_goal_id is None
    assert goals.undelete_business_goal(business.id).id == business.id
    assert goals.list_goals(brand.id)[0].business_goal_id == business.id


# Social goals: saving


def test_create_a_goal_on_an_account(goals: GoalService, brand: BrandData,
                                     insta: AccountData) -> None:
    made = goals.create_goal(brand.id, followers_goal(insta.id))
    assert (made.brand_id, made.account_id, made.platform) == (brand.id, insta.id,
                                                               Platform.INSTAGRAM)
    assert (made.target, made.version) == (2000, 1)
    assert goals.list_goals(brand.id) == [made]
    assert goals.get_goal(made.id) == made


def test_a_percent_target_is_worked_out_from_the_baseline(
    goals: GoalService, brand: BrandData, insta: AccountData
) -> None:
    made = goals.create_goal(brand.id, followers_goal(
        insta.id, target_kind=TargetKind.PERCENT, target_value=30))
    assert made.target == pytest.approx(1300)
    assert made.to_input().target_value == 30


def test_a_draft_goal_is_saved_and_is_incomplete(
    goals: GoalService, brand: BrandData
) -> None:
    draft = goals.create_goal(brand.id, SocialGoalInput(title="TikTok, some day"))
    [progress] = goals.progress(brand.id, TODAY)
    assert progress.goal == draft
    assert progress.status is GoalStatus.INCOMPLETE
    assert goals.smart_check(brand.id, draft.to_input(), TODAY).codes() >= {"no_scope",
                                                                           "no_metric"}


@pytest.mark.parametrize(("changes", "error"), [
    ({"baseline_value": -5}, FieldError("baseline_value", "negative")),
    ({"target_value": -1}, FieldError("target_value", "negative")),
    ({"target_value": 1000}, FieldError("target_value", "equals_baseline")),
    ({"deadline": START - timedelta(days=1)}, FieldError("deadline", "before_start")),
    ({"target_kind": TargetKind.PERCENT, "target_value": 1500},
     FieldError("target_value", "percent_too_high", {"max": "1000"})),
    ({"account_id": 987654}, FieldError("account_id", "not_found")),
    ({"platform": Platform.X}, FieldError("platform", "not_the_account_platform",
                                          {"platform": "instagram"})),
    ({"business_goal_id": 987654}, FieldError("business_goal_id", "not_found")),
    ({"closed_as": GoalStatus.ON_TRACK}, FieldError("closed_as", "bad_status")),
    ({"title": "x" * 201}, FieldError("title", "too_long", {"max": "200"})),
])
def test_invalid_goal_refused_and_nothing_saved(
    goals: GoalService, brand: BrandData, insta: AccountData, workspace: Workspace,
    changes: dict[str, object], error: FieldError,
) -> None:
    data = dataclasses.replace(followers_goal(insta.id), **changes)
    assert goals.validate_goal(brand.id, data) == [error]
    with pytest.raises(ValidationFailed) as caught:
        goals.create_goal(brand.id, data)
    assert caught.value.errors == [error]
    assert _count(workspace, SocialGoal) == 0


def test_an_account_or_business_goal_of_another_brand_is_refused(
    goals: GoalService, brand: BrandData, accounts: AccountService, workspace: Workspace
) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))
    theirs = accounts.create(other.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe"))
    their_goal = goals.create_business_goal(other.id, BusinessGoalInput(BusinessGoalKind.SALES))
    errors = goals.validate_goal(brand.id, followers_goal(theirs.id,
                                                          business_goal_id=their_goal.id))
    assert errors == [FieldError("account_id", "not_found"),
                      FieldError("business_goal_id", "not_found")]


def test_an_invalid_update_changes_nothing(
    goals: GoalService, brand: BrandData, insta: AccountData
) -> None:
    made = goals.create_goal(brand.id, followers_goal(insta.id))
    with pytest.raises(ValidationFailed):
        goals.update_goal(made.id, made.version, followers_goal(insta.id, baseline_value=-1))
    assert goals.get_goal(made.id) == made


def test_a_stale_edit_is_refused(goals: GoalService, brand: BrandData,
                                 insta: AccountData) -> None:
    made = goals.create_goal(brand.id, followers_goal(insta.id))
    edited = goals.update_goal(made.id, made.version, followers_goal(insta.id, notes="hello"))
    assert edited.version == 2 and edited.notes == "hello"
    with pytest.raises(Conflict):
        goals.update_goal(made.id, made.version, followers_goal(insta.id, notes="mine"))
    with pytest.raises(Conflict):
        goals.delete_goal(made.id, made.version)


def test_delete_and_undo_and_purge(goals: GoalService, brand: BrandData, insta: AccountData,
                                   workspace: Workspace) -> None:
    made = goals.create_goal(brand.id, followers_goal(insta.id))
    goals.delete_goal(made.id, made.version)
    assert goals.list_goals(brand.id) == []
    with pytest.raises(NotFound):
        goals.get_goal(made.id)
    assert goals.undelete_goal(made.id).id == made.id
    goals.delete_goal(made.id, goals.get_goal(made.id).version)
    business = goals.create_business_goal(brand.id, BusinessGoalInput(BusinessGoalKind.SALES))
    goals.delete_business_goal(business.id, business.version)
    assert goals.purge_deleted() == 2
    assert _count(workspace, SocialGoal) == _count(workspace, BusinessGoal) == 0


def test_goals_of_an_account_in_the_trash_are_hidden_with_it(
    goals: GoalService, brand: BrandData, insta: AccountData, accounts: AccountService
) -> None:
    made = goals.create_goal(brand.id, followers_goal(insta.id))
    accounts.delete(insta.id, insta.version)
    assert goals.list_goals(brand.id) == [] and goals.progress(brand.id, TODAY) == []
    accounts.undelete(insta.id)
    assert goals.list_goals(brand.id) == [made]


def test_a_template_fills_the_form(goals: GoalService, brand: BrandData,
                                   accounts: AccountService) -> None:
    x = accounts.create(brand.id, AccountInput(Platform.X, "BloomCo"))
    form = SocialGoalInput.from_template(template("x_followers_30_percent_4_months"), START,
                                         account_id=x.id)
    assert (form.platform, form.metric, form.target_kind, form.target_value) == (
        Platform.X, Metric.FOLLOWERS, TargetKind.PERCENT, 30)
    assert form.deadline == START + timedelta(days=120)
    made = goals.create_goal(brand.id, dataclasses.replace(form, baseline_value=1000))
    assert made.target == pytest.approx(1300)


# Social goals: progress


@pytest.mark.parametrize(("current", "status"), [
    (None, GoalStatus.NO_DATA),
    (2100, GoalStatus.ACHIEVED),
    (1500, GoalStatus.ON_TRACK),
    (1450, GoalStatus.AT_RISK),
    (1100, GoalStatus.OFF_TRACK),
])
def test_progress_from_the_newest_snapshot(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData,
    current: float | None, status: GoalStatus,
) -> None:
    goal = goals.create_goal(brand.id, followers_goal(insta.id))
    if current is not None:
        snapshots.record(insta.id, Metric.FOLLOWERS, START, 1000)
        snapshots.record(insta.id, Metric.FOLLOWERS, TODAY - timedelta(days=2), current)
    snapshots.record(insta.id, Metric.FOLLOWERS, TODAY + timedelta(days=5), 5000)  # not yet
    [progress] = goals.progress(brand.id, TODAY)
    assert progress.goal == goal and progress.status is status
    assert progress.expected == pytest.approx(1500) and progress.target == 2000
    if current is not None:
        assert progress.current == current
        assert progress.current_day == TODAY - timedelta(days=2)
        assert progress.percent_raw == pytest.approx((current - 1000) / 10)


def test_progress_before_the_start_and_after_the_deadline(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData
) -> None:
    goals.create_goal(brand.id, followers_goal(insta.id))
    snapshots.record(insta.id, Metric.FOLLOWERS, START - timedelta(days=10), 1900)
    assert goals.progress(brand.id, START - timedelta(days=1))[0].status is (
        GoalStatus.NOT_STARTED)
    [late] = goals.progress(brand.id, DEADLINE + timedelta(days=1))
    assert (late.status, late.percent, late.percent_raw) == (
        GoalStatus.MISSED, pytest.approx(90), pytest.approx(90))


def test_progress_of_a_goal_to_bring_a_number_down(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData
) -> None:
    goals.create_goal(brand.id, followers_goal(
        insta.id, metric=Metric.MESSAGES, baseline_value=200, target_value=100))
    snapshots.record(insta.id, Metric.MESSAGES, TODAY, 150)
    [progress] = goals.progress(brand.id, TODAY)
    assert (progress.status, progress.percent) == (GoalStatus.ON_TRACK, pytest.approx(50))


def test_a_goal_closed_by_hand_keeps_that_status(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData
) -> None:
    goals.create_goal(brand.id, followers_goal(insta.id, closed_as=GoalStatus.ACHIEVED))
    snapshots.record(insta.id, Metric.FOLLOWERS, TODAY, 1001)
    assert goals.progress(brand.id, TODAY)[0].status is GoalStatus.ACHIEVED


def test_a_platform_goal_sums_the_brands_active_accounts_on_it(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData,
    accounts: AccountService,
) -> None:
    second = accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloom.weddings"))
    shelved = accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloom.old"))
    accounts.set_archived(shelved.id, shelved.version, True)
    facebook = accounts.create(brand.id, AccountInput(Platform.FACEBOOK, "BloomAndCo"))
    goals.create_goal(brand.id, followers_goal(None, platform=Platform.INSTAGRAM))
    snapshots.record(insta.id, Metric.FOLLOWERS, TODAY - timedelta(days=3), 900)
    snapshots.record(second.id, Metric.FOLLOWERS, TODAY - timedelta(days=1), 600)
    snapshots.record(shelved.id, Metric.FOLLOWERS, TODAY, 10_000)
    snapshots.record(facebook.id, Metric.FOLLOWERS, TODAY, 20_000)
    [progress] = goals.progress(brand.id, TODAY)
    assert progress.current == 1500 and progress.current_day == TODAY - timedelta(days=1)
    assert progress.status is GoalStatus.ON_TRACK


def test_a_platform_goal_on_a_rate_takes_the_mean(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData,
    accounts: AccountService,
) -> None:
    second = accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloom.weddings"))
    goals.create_goal(brand.id, followers_goal(None, platform=Platform.INSTAGRAM,
                                               metric=Metric.ENGAGEMENT_RATE,
                                               baseline_value=2, target_value=4))
    snapshots.record(insta.id, Metric.ENGAGEMENT_RATE, TODAY, 2.5)
    snapshots.record(second.id, Metric.ENGAGEMENT_RATE, TODAY, 3.5)
    assert goals.progress(brand.id, TODAY)[0].current == pytest.approx(3)


def test_progress_takes_two_queries_however_many_goals(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData,
    accounts: AccountService, sql_log: SqlLog,
) -> None:
    for i in range(12):
        account = accounts.create(brand.id, AccountInput(Platform.TIKTOK, f"bloom{i}"))
        snapshots.record(account.id, Metric.FOLLOWERS, TODAY, 1500 + i)
        goals.create_goal(brand.id, followers_goal(account.id))
    goals.create_goal(brand.id, followers_goal(None, platform=Platform.TIKTOK,
                                               baseline_value=10_000, target_value=30_000))
    with sql_log() as log:
        progress = goals.progress(brand.id, TODAY)
    assert len(progress) == 13
    assert len(log) == 2, log
    assert progress[-1].current == sum(1500 + i for i in range(12))


def test_progress_of_each_brand_is_its_own(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData,
    accounts: AccountService, workspace: Workspace,
) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))
    theirs = accounts.create(other.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe"))
    snapshots.record(theirs.id, Metric.FOLLOWERS, TODAY, 99_999)
    goals.create_goal(brand.id, followers_goal(None, platform=Platform.INSTAGRAM))
    assert goals.progress(brand.id, TODAY)[0].status is GoalStatus.NO_DATA
    assert goals.progress(other.id, TODAY) == []


# Social goals: the SMART check with the account's history


def test_smart_check_compares_with_the_accounts_past_growth(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData
) -> None:
    business = goals.create_business_goal(brand.id, BusinessGoalInput(BusinessGoalKind.SALES))
    data = followers_goal(insta.id, business_goal_id=business.id)  # needs 1% a day
    assert goals.smart_check(brand.id, data).ok  # no history: nothing to compare with
    snapshots.record(insta.id, Metric.FOLLOWERS, START - timedelta(days=60), 800)
    snapshots.record(insta.id, Metric.FOLLOWERS, START, 848)  # 0.1% a day
    report = goals.smart_check(brand.id, data)
    assert not report.passes(Letter.ACHIEVABLE)
    [finding] = report.findings[Letter.ACHIEVABLE]
    assert (finding.code, finding.params) == ("growth_far_above_past",
                                              {"required": "1.00", "past": "0.10"})
    assert report.passes(Letter.RELEVANT) and report.passes(Letter.TIME_BOUND)


def test_smart_check_reads_no_history_of_another_brands_account(
    goals: GoalService, snapshots: SnapshotService, brand: BrandData, insta: AccountData,
    workspace: Workspace,
) -> None:
    snapshots.record(insta.id, Metric.FOLLOWERS, START - timedelta(days=60), 800)
    snapshots.record(insta.id, Metric.FOLLOWERS, START, 848)
    other = BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))
    report = goals.smart_check(other.id, followers_goal(insta.id))
    assert report.passes(Letter.ACHIEVABLE)


def test_purging_a_business_goal_leaves_its_social_goals_unlinked(
    goals: GoalService, brand: BrandData, insta: AccountData
) -> None:
    business = goals.create_business_goal(brand.id, BusinessGoalInput(BusinessGoalKind.SALES))
    social = goals.create_goal(brand.id, followers_goal(insta.id, business_goal_id=business.id))
    goals.delete_business_goal(business.id, business.version)
    assert goals.purge_deleted() == 1
    with pytest.raises(NotFound):
        goals.undelete_business_goal(business.id)
    kept = goals.get_goal(social.id)
    assert kept.business_goal_id is None and kept.version == social.version
    assert goals.smart_check(brand.id, kept.to_input()).codes() == {"no_business_goal"}


def test_stored_goal_round_trips_through_its_input(
    goals: GoalService, brand: BrandData, insta: AccountData
) -> None:
    made = goals.create_goal(brand.id, followers_goal(insta.id, notes="n", baseline_date=START))
    assert isinstance(made, SocialGoalData)
    again = goals.update_goal(made.id, made.version, made.to_input())
    assert again == made  # nothing changed, nothing written

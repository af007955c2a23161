"""The computed to-do: today's and overdue posts with their accounts' pages, follow-ups by owner
and past-due assets, and the derived items, read in a number of queries that does not grow with
the posts."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import update

from smm_desktop.db.models import Brand
from smm_desktop.domain.agenda import Kind
from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.agenda import AgendaService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.goals import GoalService, SocialGoalInput
from smm_desktop.services.pillars import PillarService
from smm_desktop.services.post_data import PostInput, Slot
from smm_desktop.services.posts import PostService
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)  # a Saturday, before the last 14 days of Q4


def at(day: int, hour: int = 10, month: int = 11) -> datetime:
    return datetime.combine(date(2026, month, day), time(hour))


@pytest.fixture
def agenda(workspace: Workspace) -> AgendaService:
    return AgendaService(workspace.session_factory)


@pytest.fixture
def posts(workspace: Workspace) -> PostService:
    return PostService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    made = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    with workspace.session_factory.begin() as s:  # added long ago: past quarters count
        s.execute(update(Brand).where(Brand.id == made.id).values(created_at=datetime(2025, 1, 1)))
    return made


@pytest.fixture
def accounts(workspace: Workspace, brand: BrandData) -> tuple[AccountData, AccountData]:
    service = AccountService(workspace.session_factory)
    return (service.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco")),
            service.create(brand.id, AccountInput(Platform.X, "BloomAndCo")))


def _post(posts: PostService, brand: BrandData, accounts: tuple[AccountData, ...],
          **fields: object) -> int:
    data = replace(PostInput(topic="t", account_ids=tuple(a.id for a in accounts)), **fields)
    return posts.create(brand.id, data).id


def test_today_posts_are_overdue_ones_then_todays_by_time(
    agenda: AgendaService, posts: PostService, brand: BrandData, accounts: tuple[AccountData, ...]
) -> None:
    late = _post(posts, brand, accounts[:1], status=PostStatus.DRAFT, scheduled_at=at(20))
    _post(posts, brand, accounts, status=PostStatus.PUBLISHED, scheduled_at=at(27))
    _post(posts, brand, accounts, status=PostStatus.CANCELLED, scheduled_at=at(26))
    evening = _post(posts, brand, accounts, status=PostStatus.PUBLISHED, scheduled_at=at(28, 20))
    morning = _post(posts, brand, accounts, status=PostStatus.READY, scheduled_at=at(28, 9))
    _post(posts, brand, accounts, status=PostStatus.DRAFT, scheduled_at=at(29))
    _post(posts, brand, accounts, status=PostStatus.IDEA)
    found = agenda.today_posts([brand.id], TODAY)
    assert [(a.post.id, a.overdue) for a in found] == [
        (late, True), (morning, False), (evening, False)]
    assert found[0].account_urls == ("https://www.instagram.com/bloomandco/",)
    assert len(found[1].account_urls) == 2 and found[1].brand_id == brand.id


def test_follow_ups_group_not_ready_posts_by_owner_and_list_past_due_assets(
    agenda: AgendaService, posts: PostService, brand: BrandData, accounts: tuple[AccountData, ...]
) -> None:
    first = _post(posts, brand, accounts, status=PostStatus.DRAFT, scheduled_at=at(30),
                  asset_owner="Sara")
    second = _post(posts, brand, accounts, status=PostStatus.IN_DESIGN, scheduled_at=at(29),
                   asset_owner=" sara")
    nobody = _post(posts, brand, accounts, status=PostStatus.IDEA, scheduled_at=at(1, month=12))
    _post(posts, brand, accounts, status=PostStatus.READY, scheduled_at=at(29), asset_owner="Sara")
    _post(posts, brand, accounts, status=PostStatus.DRAFT, scheduled_at=at(2, month=12),
          asset_owner="Sara")  # past the 3 days
    banked = _post(posts, brand, accounts, status=PostStatus.IDEA, asset_owner="Omar",
                   asset_due=date(2026, 11, 25))
    late = _post(posts, brand, accounts, status=PostStatus.DRAFT, scheduled_at=at(30),
                 asset_owner="Omar", asset_due=date(2026, 11, 27))
    found = agenda.follow_ups([brand.id], TODAY, days=3)
    assert [(f.owner, [p.id for p in f.posts], f.first_due, f.past_due) for f in found] == [
        ("Omar", [banked, late], date(2026, 11, 25), True),
        ("sara", [second, first], date(2026, 11, 29), False),
        ("", [nobody], date(2026, 12, 1), False),
    ]


def test_no_derived_items_when_all_is_done(
    agenda: AgendaService, workspace: Workspace, brand: BrandData
) -> None:
    """A brand with no accounts, no goals, and added this week asks only for its guide check."""
    fresh = BrandService(workspace.session_factory).create(BrandInput("New"))
    assert [d.kind for d in agenda.derived([fresh.id], TODAY)] == [Kind.CONSISTENCY_DUE]


def test_stale_numbers_ask_for_an_import(
    agenda: AgendaService, workspace: Workspace, brand: BrandData,
    accounts: tuple[AccountData, ...]
) -> None:
    snapshots = SnapshotService(workspace.session_factory)
    snapshots.record(accounts[0].id, Metric.FOLLOWERS, date(2026, 11, 21), 10)
    snapshots.record(accounts[1].id, Metric.FOLLOWERS, date(2026, 11, 20), 10)
    stale = [d for d in agenda.derived([brand.id], TODAY) if d.kind == Kind.METRICS_STALE]
    assert [d.text_args for d in stale] == [("BloomAndCo", "x", date(2026, 11, 20), 8)]
    assert stale[0].screen == "strategy/goals"


def test_thin_plan_from_the_twentieth(
    agenda: AgendaService, workspace: Workspace, posts: PostService, brand: BrandData,
    accounts: tuple[AccountData, ...]
) -> None:
    PillarService(workspace.session_factory).set_slots(
        accounts[0].id, [Slot(accounts[0].id, 0, time(19))])  # Mondays: 4 in December 2026
    for day in (7, 14, 21):
        _post(posts, brand, accounts[:1], status=PostStatus.DRAFT, scheduled_at=at(day, month=12))
    _post(posts, brand, accounts[:1], status=PostStatus.CANCELLED, scheduled_at=at(28, month=12))

    def thin(today: date) -> list[tuple[object, ...]]:
        return [d.text_args for d in agenda.derived([brand.id], today) if d.kind == Kind.PLAN_THIN]

    assert thin(date(2026, 11, 19)) == []
    assert thin(date(2026, 11, 20)) == [("bloomandco", "instagram", 3, 4, "2026-12")]
    _post(posts, brand, accounts[:1], status=PostStatus.IDEA, scheduled_at=at(29, month=12))
    assert thin(date(2026, 11, 20)) == []


def test_reviews_and_goals_off_track(
    agenda: AgendaService, workspace: Workspace, brand: BrandData,
    accounts: tuple[AccountData, ...]
) -> None:
    goal = GoalService(workspace.session_factory).create_goal(brand.id, SocialGoalInput(
        account_id=accounts[0].id, metric=Metric.FOLLOWERS, baseline_value=100,
        baseline_date=date(2026, 10, 1), target_value=200, start=date(2026, 10, 1),
        deadline=date(2026, 12, 31), title="Grow"))
    SnapshotService(workspace.session_factory).record(
        accounts[0].id, Metric.FOLLOWERS, date(2026, 11, 27), 100)
    items = agenda.derived([brand.id], TODAY)
    kinds = [d.kind for d in items]
    assert kinds[:2] == [Kind.GOAL_OFF_TRACK, Kind.REVIEW_OVERDUE]
    assert items[0].text_args[0] == "Grow" and items[0].text_args[3] == goal.deadline
    assert items[1].text_args == (2026, 3, date(2026, 9, 30))
    assert items[1].screen == "strategy/review"
    assert [d.urgency for d in items] == sorted(d.urgency for d in items)


def test_queries_do_not_grow_with_posts(
    agenda: AgendaService, posts: PostService, brand: BrandData,
    accounts: tuple[AccountData, ...],
    sql_log: Callable[[], AbstractContextManager[list[str]]]
) -> None:
    def count() -> int:
        with sql_log() as log:
            agenda.today_posts([brand.id], TODAY)
            agenda.follow_ups([brand.id], TODAY)
            agenda.derived([brand.id], date(2026, 11, 20))
        return len(log)

    def add(day: int) -> None:  # one of each: overdue, past-due asset, follow-up, planned
        _post(posts, brand, accounts, status=PostStatus.DRAFT, scheduled_at=at(day),
              asset_owner=f"o{day}", asset_due=date(2026, 11, 1))
        _post(posts, brand, accounts, status=PostStatus.DRAFT, scheduled_at=at(day % 3 + 28),
              asset_owner=f"o{day}")
        _post(posts, brand, accounts, status=PostStatus.DRAFT, scheduled_at=at(day, month=12))

    add(3)  # today's too
    before = count()
    for day in range(4, 28):
        add(day)
    assert count() == before

"""Competitors: profiles with accounts, soft delete and restore, snapshots one per day ("update
or keep"), the weekly check saved all or nothing, the log, strategy guesses, the comparison with
our accounts (None where nothing was recorded) and the hashtags; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import CompetitorSnapshot
from smm_desktop.domain.enums import ContentType, Platform, PostStatus
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.competitor_data import (
    CompetitorAccountInput,
    CompetitorData,
    CompetitorInput,
    DuplicateConflict,
    GuessInput,
    ObservationInput,
    SnapshotInput,
)
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.post_data import PostInput
from smm_desktop.services.posts import PostService
from smm_desktop.services.snapshots import SnapshotService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)
IG = Platform.INSTAGRAM
SQL = Callable[[], AbstractContextManager[list[str]]]


@pytest.fixture
def service(workspace: Workspace) -> CompetitorService:
    return CompetitorService(workspace.session_factory, today=lambda: TODAY)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


@pytest.fixture
def rival(service: CompetitorService, brand: BrandData) -> CompetitorData:
    return service.create(brand.id, CompetitorInput(" Dates Café ", website="datescafe.sa"), [
        CompetitorAccountInput(IG, "@DatesCafe"), CompetitorAccountInput(Platform.X, "datescafe")])


def _count(workspace: Workspace) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(CompetitorSnapshot)) or 0


def test_create_tidies_and_lists_in_order(service: CompetitorService, brand: BrandData,
                                         rival: CompetitorData) -> None:
    assert (rival.name, rival.website, rival.position) == ("Dates Café", "https://datescafe.sa", 0)
    assert [(a.platform, a.handle) for a in rival.accounts] == [
        (IG, "DatesCafe"), (Platform.X, "datescafe")]
    second = service.create(brand.id, CompetitorInput("نخلة"))
    service.reorder(brand.id, [second.id, rival.id])
    assert [c.name for c in service.list_competitors(brand.id)] == ["نخلة", "Dates Café"]
    service.set_archived(second.id, service.get(second.id).version, True)
    assert [c.id for c in service.list_competitors(brand.id)] == [rival.id]
    assert service.count_competitors(brand.id) == 1
    assert len(service.list_competitors(brand.id, include_archived=True)) == 2


@pytest.mark.parametrize(("data", "accounts", "error"), [
    (CompetitorInput("  "), (), FieldError("name", "required")),
    (CompetitorInput("x" * 121), (), FieldError("name", "too_long", {"max": "120"})),
    (CompetitorInput("a", website="not a url"), (), FieldError("website", "bad_url")),
    (CompetitorInput("a"), (CompetitorAccountInput(IG, "a b"),),
     FieldError("account0.handle", "bad_handle")),
    (CompetitorInput("a"), (CompetitorAccountInput(IG, "x"), CompetitorAccountInput(IG, "@X")),
     FieldError("account1.handle", "duplicate")),
])
def test_bad_profile_is_refused_whole(service: CompetitorService, brand: BrandData,
                                      data: CompetitorInput,
                                      accounts: tuple[CompetitorAccountInput, ...],
                                      error: FieldError) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service.create(brand.id, data, accounts)
    assert error in caught.value.errors
    assert service.list_competitors(brand.id, include_archived=True) == []


def test_accounts_refuse_a_duplicate_and_come_back(service: CompetitorService,
                                                   rival: CompetitorData) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service.add_account(rival.id, CompetitorAccountInput(IG, "datescafe"))
    assert caught.value.errors == [FieldError("handle", "duplicate")]
    tiktok = service.add_account(rival.id, CompetitorAccountInput(Platform.TIKTOK, "dates"))
    service.delete_account(tiktok.id, tiktok.version)
    assert tiktok.id not in [a.id for a in service.get(rival.id).accounts]
    back = service.restore_account(tiktok.id)
    assert tiktok.id in [a.id for a in service.get(rival.id).accounts]
    edited = service.update_account(back.id, back.version,
                                    CompetitorAccountInput(Platform.TIKTOK, "dates.sa"))
    assert edited.handle == "dates.sa" and edited.version == back.version + 1
    with pytest.raises(Conflict):
        service.update_account(back.id, back.version, back.to_input())


def test_delete_is_soft_restore_brings_all_back_and_purge_empties(
        service: CompetitorService, brand: BrandData, rival: CompetitorData,
        workspace: Workspace) -> None:
    service.save_snapshot(rival.accounts[0].id, SnapshotInput(TODAY, followers=10))
    service.delete(rival.id, rival.version)
    assert service.list_competitors(brand.id) == [] and service.last_checked(brand.id) is None
    with pytest.raises(NotFound):
        service.get(rival.id)
    back = service.restore(rival.id)
    assert back.accounts == rival.accounts and service.last_checked(brand.id) == TODAY
    service.delete(back.id, back.version)
    assert service.purge_deleted() == 1
    assert _count(workspace) == 0


def test_update_refuses_a_stale_version(service: CompetitorService,
                                        rival: CompetitorData) -> None:
    new = service.update(rival.id, rival.version, CompetitorInput("Dates", strengths="قهوة"))
    assert (new.name, new.strengths, new.version) == ("Dates", "قهوة", rival.version + 1)
    with pytest.raises(Conflict):
        service.update(rival.id, rival.version, CompetitorInput("Old"))


def test_snapshot_derives_its_numbers(service: CompetitorService, rival: CompetitorData) -> None:
    account = rival.accounts[0].id
    service.save_snapshot(account, SnapshotInput(TODAY - timedelta(days=7), followers=1000))
    saved = service.save_snapshot(account, SnapshotInput(
        TODAY, followers=1100, posts=7, likes=140, comments=None, shares=14,
        hashtags=("#Coffee #قهوة", "coffee"), content_types=(ContentType.VIDEO,)))
    assert saved.frequency == pytest.approx(7.0)
    assert saved.engagement_rate == pytest.approx(154 / 7 / 1100 * 100)
    assert (saved.growth, saved.growth_rate) == (100, pytest.approx(10.0))
    assert saved.hashtags == ("#coffee", "#قهوة") and saved.content_types == (ContentType.VIDEO,)
    assert service.snapshots(account, start=TODAY) == [saved]
    assert service.snapshot_on(account, TODAY) == saved


@pytest.mark.parametrize(("data", "error"), [
    (SnapshotInput(TODAY, followers=-1), FieldError("followers", "negative")),
    (SnapshotInput(TODAY, likes=-5), FieldError("likes", "negative")),
    (SnapshotInput(TODAY + timedelta(days=1)), FieldError("day", "in_future")),
    (SnapshotInput(TODAY, period_days=0),
     FieldError("period_days", "out_of_range", {"min": "1", "max": "92"})),
    (SnapshotInput(TODAY, notable_link="htp:/x"), FieldError("notable_link", "bad_url")),
])
def test_bad_snapshot_is_refused(service: CompetitorService, rival: CompetitorData,
                                 workspace: Workspace, data: SnapshotInput,
                                 error: FieldError) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service.save_snapshot(rival.accounts[0].id, data)
    assert caught.value.errors == [error]
    assert _count(workspace) == 0


def test_same_day_asks_update_or_keep(service: CompetitorService, rival: CompetitorData) -> None:
    account = rival.accounts[0].id
    first = service.save_snapshot(account, SnapshotInput(TODAY, followers=10))
    with pytest.raises(DuplicateConflict) as caught:
        service.save_snapshot(account, SnapshotInput(TODAY, followers=12))
    assert (caught.value.code, caught.value.ident) == ("duplicate_day", first.id)
    assert isinstance(caught.value, Conflict)
    kept = service.save_snapshot(account, SnapshotInput(TODAY, followers=12), replace=True)
    assert (kept.id, kept.followers) == (first.id, 12)
    service.delete_snapshot(kept.id, kept.version)
    again = service.save_snapshot(account, SnapshotInput(TODAY, followers=13))  # trash: silent
    assert again.followers == 13 and service.snapshots(account) == [again]


def test_update_and_restore_snapshot(service: CompetitorService, rival: CompetitorData) -> None:
    account = rival.accounts[0].id
    older = service.save_snapshot(account, SnapshotInput(TODAY - timedelta(days=7), followers=1))
    new = service.save_snapshot(account, SnapshotInput(TODAY, followers=2))
    with pytest.raises(DuplicateConflict):
        service.update_snapshot(new.id, new.version, SnapshotInput(older.day, followers=3))
    moved = service.update_snapshot(new.id, new.version, SnapshotInput(TODAY, followers=5))
    assert (moved.followers, moved.growth) == (5, 4)
    with pytest.raises(Conflict):
        service.delete_snapshot(moved.id, new.version)
    service.delete_snapshot(moved.id, moved.version)
    assert [s.id for s in service.snapshots(account)] == [older.id]
    assert service.restore_snapshot(moved.id).followers == 5


def test_weekly_check_and_save_all_or_nothing(service: CompetitorService, brand: BrandData,
                                              rival: CompetitorData, workspace: Workspace,
                                              sql_log: SQL) -> None:
    ig, x = (a.id for a in rival.accounts)
    last = service.save_snapshot(ig, SnapshotInput(TODAY - timedelta(days=7), followers=900))
    rows = service.weekly_check(brand.id, TODAY)
    assert [(r.competitor_name, r.platform, r.handle) for r in rows] == [
        ("Dates Café", IG, "DatesCafe"), ("Dates Café", Platform.X, "datescafe")]
    assert rows[0].last == last and rows[0].current is None and rows[1].last is None
    bad = [(ig, SnapshotInput(TODAY, followers=950)), (x, SnapshotInput(TODAY, posts=-2))]
    with pytest.raises(ValidationFailed) as caught:
        service.save_weekly(brand.id, TODAY, bad, replace=False)
    assert caught.value.errors == [FieldError("row1.posts", "negative")]
    assert _count(workspace) == 1
    good = [(ig, SnapshotInput(date(2000, 1, 1), followers=950)),
            (x, SnapshotInput(TODAY, posts=3)), (x, SnapshotInput(TODAY))]  # blank: skipped
    with sql_log() as log:
        saved = service.save_weekly(brand.id, TODAY, good, replace=False)
    assert len(log) <= 6
    assert [(s.account_id, s.day, s.followers, s.growth) for s in saved] == [
        (ig, TODAY, 950, 50), (x, TODAY, None, None)]
    assert service.weekly_check(brand.id, TODAY)[0].current == saved[0]
    with pytest.raises(DuplicateConflict):
        service.save_weekly(brand.id, TODAY, [(x, SnapshotInput(TODAY, posts=4))], replace=False)
    again = service.save_weekly(brand.id, TODAY, [(x, SnapshotInput(TODAY, posts=4))], True)
    assert again[0].posts == 4 and again[0].version == saved[1].version + 1
    assert service.last_checked(brand.id) == TODAY


def test_weekly_refuses_an_account_of_another_brand(service: CompetitorService,
                                                    rival: CompetitorData,
                                                    workspace: Workspace) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("Other"))
    with pytest.raises(NotFound):
        service.save_weekly(other.id, TODAY, [(rival.accounts[0].id, SnapshotInput(
            TODAY, followers=1))], replace=False)
    assert _count(workspace) == 0


def test_log_and_guesses(service: CompetitorService, brand: BrandData,
                         rival: CompetitorData) -> None:
    first = service.add_observation(rival.id, ObservationInput(
        date(2026, 3, 1), "أطلقوا سلسلة رمضان من اليوم الأول"))
    second = service.add_observation(rival.id, ObservationInput(
        date(2026, 3, 5), "ردوا على التعليقات خلال ساعة", "instagram.com/p/1"))
    assert second.link == "https://instagram.com/p/1"
    assert service.observations(rival.id) == [second, first]
    assert service.recent_observations(brand.id, date(2026, 3, 2), TODAY) == [
        ("Dates Café", second)]
    with pytest.raises(ValidationFailed) as caught:
        service.add_observation(rival.id, ObservationInput(TODAY + timedelta(days=1), " "))
    assert {e.code for e in caught.value.errors} == {"in_future", "required"}
    guess = service.save_guess(rival.id, GuessInput("2026-Q1", focus="رمضان",
                                                    evidence=(first.id, second.id)))
    assert guess.evidence == (first.id, second.id)
    with pytest.raises(DuplicateConflict) as dup:
        service.save_guess(rival.id, GuessInput("2026-Q1"))
    assert dup.value.code == "duplicate_quarter"
    for bad in (GuessInput("2026-Q5"), GuessInput("2026-Q2", evidence=(999,))):
        with pytest.raises(ValidationFailed):
            service.save_guess(rival.id, bad)
    edited = service.save_guess(rival.id, GuessInput("2026-Q1", note="n"), guess.version)
    assert (edited.id, edited.note, edited.evidence) == (guess.id, "n", ())
    service.delete_observation(first.id, first.version)
    service.save_guess(rival.id, GuessInput("2026-Q2", evidence=(second.id,)))
    assert [g.quarter for g in service.guesses(rival.id)] == ["2026-Q2", "2026-Q1"]
    service.delete_guess(edited.id, edited.version)
    assert service.save_guess(rival.id, GuessInput("2026-Q1")).id == edited.id  # trash reused


@pytest.fixture
def ours(workspace: Workspace, brand: BrandData) -> AccountData:
    return AccountService(workspace.session_factory).create(brand.id, AccountInput(IG, "palm"))


def _published(workspace: Workspace, brand: BrandData, account: AccountData, day: date,
               kind: ContentType, tags: tuple[str, ...] = ()) -> None:
    PostService(workspace.session_factory).create(brand.id, PostInput(
        topic="t", status=PostStatus.PUBLISHED, scheduled_at=datetime.combine(day, time(10)),
        account_ids=(account.id,), content_type=kind, hashtags=tags))


def test_comparison_of_ours_and_theirs(service: CompetitorService, brand: BrandData,
                                       rival: CompetitorData, ours: AccountData,
                                       workspace: Workspace, sql_log: SQL) -> None:
    start, end = date(2026, 11, 1), date(2026, 11, 28)
    snapshots = SnapshotService(workspace.session_factory)
    for day, followers in ((date(2026, 10, 31), 500), (date(2026, 11, 14), 520), (end, 550)):
        snapshots.record(ours.id, Metric.FOLLOWERS, day, followers)
    snapshots.record(ours.id, Metric.ENGAGEMENTS, end, 44)
    for day in (date(2026, 11, 24), date(2026, 11, 26)):
        _published(workspace, brand, ours, day, ContentType.IMAGE)
    _published(workspace, brand, ours, date(2026, 11, 25), ContentType.VIDEO)
    account = rival.accounts[0].id
    service.save_snapshot(account, SnapshotInput(date(2026, 11, 7), followers=2000, posts=4,
                                                 content_types=(ContentType.VIDEO,)))
    service.save_snapshot(account, SnapshotInput(end, followers=2200, posts=2, likes=44,
                                                 content_types=(ContentType.VIDEO,
                                                                ContentType.IMAGE)))
    with sql_log() as log:
        found = service.comparison(brand.id, IG, start, end)
    assert len(log) <= 7
    us, them = found.rows
    assert (us.is_ours, us.name, us.handle, us.followers, us.growth) == (
        True, "مقهى النخيل", "palm", 550, 50)
    assert us.growth_rate == pytest.approx(10.0)
    assert us.frequency == pytest.approx(3 / 28 * 7)
    assert us.engagement_rate == pytest.approx(44 / 3 / 550 * 100)
    assert us.content_mix == {ContentType.IMAGE: pytest.approx(200 / 3),
                              ContentType.VIDEO: pytest.approx(100 / 3)}
    assert us.followers_series == ((date(2026, 11, 14), 520), (end, 550))
    assert (them.is_ours, them.name, them.competitor_id, them.followers) == (
        False, "Dates Café", rival.id, 2200)
    assert (them.growth, them.growth_rate) == (200, pytest.approx(10.0))
    assert them.frequency == pytest.approx(6 / 14 * 7)
    assert them.engagement_rate == pytest.approx(44 / 2 / 2200 * 100)
    assert them.content_mix == {ContentType.VIDEO: pytest.approx(200 / 3),
                                ContentType.IMAGE: pytest.approx(100 / 3)}
    assert found.ours == (us,) and found.theirs == (them,)


def test_our_engagement_rate_comes_from_the_posts_numbers_when_they_exist(
        service: CompetitorService, brand: BrandData, rival: CompetitorData,
        ours: AccountData, workspace: Workspace) -> None:
    from smm_desktop.services.metrics import MetricsService
    from smm_desktop.services.numbers_data import PostMetricsInput

    snapshots = SnapshotService(workspace.session_factory)
    snapshots.record(ours.id, Metric.FOLLOWERS, date(2026, 11, 1), 1000)
    snapshots.record(ours.id, Metric.ENGAGEMENTS, date(2026, 11, 20), 999)  # not used then
    metrics = MetricsService(workspace.session_factory)
    posts = PostService(workspace.session_factory)
    for day, likes, comments in ((date(2026, 11, 10), 30, 10), (date(2026, 11, 12), 15, None)):
        _published(workspace, brand, ours, day, ContentType.IMAGE)
        post = posts.list_range(brand.id, day, day)[0]
        metrics.save_post_metrics(post.id, ours.id, PostMetricsInput(
            as_of=date(2026, 11, 20), likes=likes, comments=comments), None)
    _published(workspace, brand, ours, date(2026, 11, 14), ContentType.IMAGE)  # no numbers
    us = service.comparison(brand.id, IG, date(2026, 11, 1), TODAY).rows[0]
    assert us.engagement_rate == pytest.approx((4.0 + 1.5) / 2)
    assert us.engagement_series == ((date(2026, 11, 10), pytest.approx(4.0)),
                                    (date(2026, 11, 12), pytest.approx(1.5)))


def test_comparison_leaves_unrecorded_numbers_empty(service: CompetitorService,
                                                    brand: BrandData, rival: CompetitorData,
                                                    ours: AccountData) -> None:
    service.save_snapshot(rival.accounts[0].id, SnapshotInput(TODAY, followers=10))
    us, them = service.comparison(brand.id, IG, date(2026, 11, 1), TODAY).rows
    for row in (us, them):
        assert (row.growth, row.growth_rate, row.frequency, row.engagement_rate) == (
            None, None, None, None)
        assert row.content_mix == {}
    assert (us.followers, them.followers) == (None, 10)
    assert [r.is_ours for r in service.comparison(brand.id, Platform.X, TODAY, TODAY).rows] == [
        False]


def test_hashtags_ours_theirs_and_overlap(service: CompetitorService, brand: BrandData,
                                          rival: CompetitorData, ours: AccountData,
                                          workspace: Workspace) -> None:
    other = service.create(brand.id, CompetitorInput("Beans"),
                           [CompetitorAccountInput(IG, "beans")])
    ig = rival.accounts[0].id
    service.save_snapshot(ig, SnapshotInput(TODAY - timedelta(days=7), hashtags=("#قهوة #Riyadh",)))
    service.save_snapshot(ig, SnapshotInput(TODAY, hashtags=("#قهوة",)))
    service.save_snapshot(other.accounts[0].id, SnapshotInput(TODAY, hashtags=("#latte",)))
    service.save_snapshot(ig, SnapshotInput(date(2025, 1, 1), hashtags=("#old",)))
    _published(workspace, brand, ours, TODAY, ContentType.IMAGE, ("#قهوة", "#palm"))
    report = service.hashtags(brand.id, date(2026, 11, 1), TODAY)
    assert [(c.name, c.top) for c in report.competitors] == [
        ("Dates Café", (("#قهوة", 2), ("#riyadh", 1))), ("Beans", (("#latte", 1),))]
    assert report.ours == (("#palm", 1), ("#قهوة", 1))
    assert report.overlap.shared == ("#قهوة",)
    assert report.overlap.only_theirs == ("#latte", "#riyadh")
    assert report.overlap.only_ours == ("#palm",)

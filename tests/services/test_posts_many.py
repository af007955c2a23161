"""Several posts at once (a series): created in one unit of work, all or none; trashed and
restored together; and the posts a series' rule gives in a month."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from smm_desktop.domain.enums import ContentType, Platform, PostPurpose, PostStatus
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.domain.series import Frequency, Recurrence
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.post_data import PostInput
from smm_desktop.services.posts import PostService
from smm_desktop.services.series import SeriesInput, series_errors, series_posts
from smm_desktop.services.workspace import Workspace

MARCH = (date(2027, 3, 1), date(2027, 3, 31))


@pytest.fixture
def posts(workspace: Workspace) -> PostService:
    return PostService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


@pytest.fixture
def account(workspace: Workspace, brand: BrandData) -> AccountData:
    return AccountService(workspace.session_factory).create(
        brand.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe"))


def _tip(account: AccountData, day: int) -> PostInput:
    return PostInput(topic="نصيحة الثلاثاء", status=PostStatus.DRAFT,
                     scheduled_at=datetime(2027, 3, day, 19), account_ids=(account.id,),
                     content_type=ContentType.CAROUSEL, purpose=PostPurpose.ENGAGEMENT)


def test_create_many_saves_all_in_order(posts: PostService, brand: BrandData,
                                        account: AccountData) -> None:
    made = posts.create_many(brand.id, [_tip(account, d) for d in (2, 9, 16)])
    assert [p.scheduled_at.day for p in made if p.scheduled_at] == [2, 9, 16]
    assert all(p.account_ids == (account.id,) and p.platforms == (Platform.INSTAGRAM,)
               for p in made)
    listed = posts.list_range(brand.id, *MARCH)
    assert [p.id for p in listed] == [p.id for p in made]
    assert posts.create_many(brand.id, []) == []


def test_create_many_is_all_or_nothing(posts: PostService, brand: BrandData,
                                       account: AccountData) -> None:
    bad = dataclasses.replace(_tip(account, 9), topic="x" * 201)
    with pytest.raises(ValidationFailed) as caught:
        posts.create_many(brand.id, [_tip(account, 2), bad, _tip(account, 16)])
    assert caught.value.errors[0] == FieldError("topic", "too_long", {"max": "200"})
    assert posts.list_range(brand.id, *MARCH) == []
    ideas = [PostInput(topic="a"), PostInput(topic="b")]
    made = posts.create_many(brand.id, ideas)
    assert [p.id for p in posts.idea_bank(brand.id)] == [p.id for p in made]  # bank order kept
    with pytest.raises(NotFound):
        posts.create_many(9999, [_tip(account, 2)])


def test_delete_many_and_restore_many(posts: PostService, brand: BrandData,
                                      account: AccountData) -> None:
    made = posts.create_many(brand.id, [_tip(account, d) for d in (2, 9)])
    stale = [(made[0].id, made[0].version), (made[1].id, made[1].version - 1)]
    with pytest.raises(Conflict):
        posts.delete_many(stale)
    assert len(posts.list_range(brand.id, *MARCH)) == 2  # nothing trashed
    posts.delete_many([(p.id, p.version) for p in made])
    assert posts.list_range(brand.id, *MARCH) == []
    back = posts.restore_many([p.id for p in made])
    assert [p.id for p in back] == [p.id for p in made]
    assert [p.id for p in posts.list_range(brand.id, *MARCH)] == [p.id for p in made]


def test_series_posts_copy_the_template_on_each_day(account: AccountData) -> None:
    series = SeriesInput(_tip(account, 1), Recurrence(Frequency.WEEKLY, MARCH[0], (1,)),
                         time(19, 30))
    made = series_posts(series, *MARCH)
    assert [p.scheduled_at for p in made] == [datetime(2027, 3, d, 19, 30)
                                              for d in (2, 9, 16, 23, 30)]
    assert all(dataclasses.replace(p, scheduled_at=None) ==
               dataclasses.replace(series.template, scheduled_at=None) for p in made)


def test_series_errors(account: AccountData) -> None:
    rule = Recurrence(Frequency.WEEKLY, MARCH[0], (1,))
    unnamed = SeriesInput(dataclasses.replace(_tip(account, 1), topic=" "), rule)
    assert series_errors(unnamed, *MARCH) == [FieldError("topic", "required")]
    later = SeriesInput(_tip(account, 1), dataclasses.replace(rule, start=date(2027, 4, 1)))
    assert series_errors(later, *MARCH) == [FieldError("rule", "no_dates")]
    no_days = SeriesInput(_tip(account, 1), dataclasses.replace(rule, weekdays=()))
    assert series_errors(no_days, *MARCH) == [FieldError("weekdays", "required")]
    assert series_errors(SeriesInput(_tip(account, 1), rule), *MARCH) == []

"""Posts: created and read back whole, the calendar range read alone in a fixed number of
queries, the idea bank, stale edits refused, moves all or nothing, copies, the trash."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select, update

from smm_desktop.db.models import Post, PostAccount
from smm_desktop.domain.enums import Approval, ContentType, Platform, PostPurpose, PostStatus
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.goals import GoalService, SocialGoalInput
from smm_desktop.services.personas import PersonaInput, PersonaService
from smm_desktop.services.pillars import PillarService
from smm_desktop.services.post_data import Move, PillarInput, PostData, PostInput, Slot
from smm_desktop.services.posts import PostService
from smm_desktop.services.workspace import Workspace

AT = datetime(2026, 12, 6, 19, 0)


@pytest.fixture
def posts(workspace: Workspace) -> PostService:
    return PostService(workspace.session_factory)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))


@pytest.fixture
def accounts(workspace: Workspace, brand: BrandData) -> tuple[AccountData, AccountData]:
    service = AccountService(workspace.session_factory)
    return (service.create(brand.id, AccountInput(Platform.INSTAGRAM, "nakheel.cafe")),
            service.create(brand.id, AccountInput(Platform.X, "NakheelCafe")))


def _full(workspace: Workspace, brand: BrandData, accounts: tuple[AccountData, ...]) -> PostInput:
    """A post with every field of its brief filled."""
    sf = workspace.session_factory
    goal = GoalService(sf).create_goal(brand.id, SocialGoalInput(title="Reach"))
    persona = PersonaService(sf).create(brand.id, PersonaInput("نورة"))
    pillar = PillarService(sf).create(brand.id, PillarInput("القهوة", "#5B3A29", 40))
    return PostInput(
        topic=" ركن المذاكرة ", status=PostStatus.SCHEDULED, scheduled_at=AT,
        account_ids=tuple(a.id for a in accounts), social_goal_id=goal.id,
        content_type=ContentType.SHORT_VIDEO, purpose=PostPurpose.AWARENESS,
        persona_id=persona.id, pillar_id=pillar.id, call_to_action="احجز طاولتك",
        caption="ركن هادئ للمذاكرة", hashtags=("#قهوة_مختصة", "#الرياض"),
        notes_for_design="لقطة من الزاوية", asset_owner="سارة", asset_due=date(2026, 12, 3),
        occasion="", experiment=True, approval=Approval.CHANGES_REQUESTED,
        approval_note="غيّروا الصورة", published_url="nakheel-cafe.sa/p/1", lessons="",
        attachments=("/tmp/a.png", "/tmp/gone.png"),
    )


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 12, day, hour, 0)


def test_create_reads_back_whole(workspace: Workspace, posts: PostService, brand: BrandData,
                                 accounts: tuple[AccountData, AccountData]) -> None:
    data = _full(workspace, brand, accounts)
    made = posts.create(brand.id, data)
    assert made.topic == "ركن المذاكرة"
    assert made.published_url == "https://nakheel-cafe.sa/p/1"
    assert made.platforms == (Platform.INSTAGRAM, Platform.X)
    assert made.attachments == ("/tmp/a.png", "/tmp/gone.png")
    assert (made.missing, made.over_limit, made.version) == ((), (), 1)
    assert posts.get(made.id) == made
    expected = dataclasses.replace(data, topic="ركن المذاكرة",
                                   published_url="https://nakheel-cafe.sa/p/1")
    assert made.to_input() == expected


def test_missing_brief_and_long_caption_are_flagged_not_refused(
        posts: PostService, brand: BrandData, accounts: tuple[AccountData, AccountData]) -> None:
    made = posts.create(brand.id, PostInput(topic="x", status=PostStatus.READY,
                                            account_ids=(accounts[1].id,), caption="ا" * 281))
    assert made.over_limit == (Platform.X,)
    assert "social_goal_id" in made.missing and "scheduled_at" in made.missing
    assert "caption" not in made.missing and "topic" not in made.missing
    idea = posts.create(brand.id, PostInput(topic="later"))
    assert idea.missing == ()


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"topic": "t" * 201}, "topic", "too_long"),
    ({"scheduled_at": datetime(1969, 12, 31, 23, 0)}, "scheduled_at", "date_out_of_range"),
    ({"scheduled_at": datetime(2101, 1, 1)}, "scheduled_at", "date_out_of_range"),
    ({"asset_due": date(1900, 1, 1)}, "asset_due", "date_out_of_range"),
    ({"account_ids": (999,)}, "account_ids", "unknown_account"),
    ({"social_goal_id": 999}, "social_goal_id", "unknown_reference"),
    ({"persona_id": 999}, "persona_id", "unknown_reference"),
    ({"pillar_id": 999}, "pillar_id", "unknown_reference"),
    ({"published_url": "not a link"}, "published_url", "bad_url"),
])
def test_bad_input_names_the_field_and_saves_nothing(
        posts: PostService, brand: BrandData, change: dict, field: str, code: str) -> None:
    data = dataclasses.replace(PostInput(topic="ok", scheduled_at=AT), **change)
    assert [(e.field, e.code) for e in posts.validate(brand.id, data)] == [(field, code)]
    with pytest.raises(ValidationFailed) as failed:
        posts.create(brand.id, data)
    assert failed.value.errors[0].field == field
    assert posts.list_range(brand.id, date(1900, 1, 1), date(2200, 1, 1)) == []
    assert posts.idea_bank(brand.id) == []


def test_references_of_another_brand_are_refused(
        workspace: Workspace, posts: PostService, brand: BrandData,
        accounts: tuple[AccountData, AccountData]) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("Bloom"))
    pillar = PillarService(workspace.session_factory).create(other.id, PillarInput("Weddings"))
    data = PostInput(account_ids=(accounts[0].id,), pillar_id=pillar.id)
    assert posts.validate(other.id, data) == [
        FieldError("account_ids", "unknown_account", {"ids": str(accounts[0].id)}),
    ]
    assert posts.validate(brand.id, data) == [FieldError("pillar_id", "unknown_reference")]


def test_list_range_reads_whole_days_in_time_order(posts: PostService, brand: BrandData) -> None:
    late = posts.create(brand.id, PostInput(topic="late", scheduled_at=_at(7, 23)))
    early = posts.create(brand.id, PostInput(topic="early", scheduled_at=_at(1, 0)))
    posts.create(brand.id, PostInput(topic="after", scheduled_at=datetime(2026, 12, 8)))
    posts.create(brand.id, PostInput(topic="before", scheduled_at=datetime(2026, 11, 30, 23)))
    posts.create(brand.id, PostInput(topic="idea"))
    found = posts.list_range(brand.id, date(2026, 12, 1), date(2026, 12, 7))
    assert [p.id for p in found] == [early.id, late.id]


def test_list_range_queries_do_not_grow_with_posts(
        posts: PostService, brand: BrandData, accounts: tuple[AccountData, AccountData],
        sql_log: Callable[[], AbstractContextManager[list[str]]]) -> None:
    ids = tuple(a.id for a in accounts)

    def count_reading(n: int) -> int:
        for i in range(n):
            posts.create(brand.id, PostInput(topic=f"p{i}", scheduled_at=_at(1 + i % 20),
                                             account_ids=ids, attachments=(f"/m/{i}.png",)))
        with sql_log() as log:
            found = posts.list_range(brand.id, date(2026, 12, 1), date(2026, 12, 31))
        assert all(p.platforms == (Platform.INSTAGRAM, Platform.X) for p in found)
        return len(log)

    assert count_reading(2) == count_reading(30) <= 4


def test_idea_bank_in_order(posts: PostService, brand: BrandData) -> None:
    a, b, c = (posts.create(brand.id, PostInput(topic=t)) for t in "abc")
    posts.create(brand.id, PostInput(topic="dated", scheduled_at=AT))
    assert [p.id for p in posts.idea_bank(brand.id)] == [a.id, b.id, c.id]


def test_an_idea_scheduled_and_sent_back_takes_its_place_again(
        posts: PostService, brand: BrandData) -> None:
    a, b, c = (posts.create(brand.id, PostInput(topic=t)) for t in "abc")
    [dropped] = posts.move([Move(a.id, a.version, AT)])
    posts.move([Move(a.id, dropped.version, None)])  # the undo of the drop
    assert [p.id for p in posts.idea_bank(brand.id)] == [a.id, b.id, c.id]


def test_an_idea_whose_place_was_taken_goes_to_the_end(
        posts: PostService, brand: BrandData) -> None:
    a, b = (posts.create(brand.id, PostInput(topic=t)) for t in "ab")
    [dropped] = posts.move([Move(a.id, a.version, AT)])
    with posts._sf.begin() as s:  # another idea now holds A's old position
        s.execute(update(Post).where(Post.id == b.id).values(position=a.position))
    posts.move([Move(a.id, dropped.version, None)])
    assert [p.id for p in posts.idea_bank(brand.id)] == [b.id, a.id]


def test_a_post_keeps_references_trashed_after_it_got_them(
        workspace: Workspace, posts: PostService, brand: BrandData,
        accounts: tuple[AccountData, AccountData]) -> None:
    sf = workspace.session_factory
    pillar = PillarService(sf).create(brand.id, PillarInput("Tips"))
    made = posts.create(brand.id, PostInput(topic="a", pillar_id=pillar.id,
                                            account_ids=(accounts[0].id,)))
    edited = posts.update(made.id, made.version,
                          dataclasses.replace(made.to_input(), topic="b"))
    PillarService(sf).delete(pillar.id, pillar.version)
    AccountService(sf).delete(accounts[0].id, accounts[0].version)
    again = posts.update(edited.id, edited.version,
                         dataclasses.replace(edited.to_input(), topic="c"))
    assert again.topic == "c" and again.pillar_id == pillar.id
    undone = posts.update(again.id, again.version, made.to_input())  # undo of the first edit
    assert undone.topic == "a" and undone.account_ids == (accounts[0].id,)
    other = posts.create(brand.id, PostInput(topic="new"))
    with pytest.raises(ValidationFailed) as refused:  # a trashed one new to the post is not
        posts.update(other.id, other.version, made.to_input())
    assert {e.code for e in refused.value.errors} == {"unknown_account", "unknown_reference"}


def test_update_refuses_a_stale_version_and_keeps_links(
        posts: PostService, brand: BrandData, accounts: tuple[AccountData, AccountData]) -> None:
    made = posts.create(brand.id, PostInput(topic="a", account_ids=(accounts[0].id,)))
    both = dataclasses.replace(made.to_input(), account_ids=(accounts[0].id, accounts[1].id))
    saved = posts.update(made.id, made.version, both)
    assert saved.account_ids == both.account_ids and saved.version == made.version + 1
    with pytest.raises(Conflict):
        posts.update(made.id, made.version, made.to_input())
    only_x = dataclasses.replace(both, account_ids=(accounts[1].id,), attachments=("/b.png",))
    again = posts.update(saved.id, saved.version, only_x)
    assert (again.account_ids, again.attachments) == ((accounts[1].id,), ("/b.png",))


def test_bad_update_saves_nothing(posts: PostService, brand: BrandData) -> None:
    made = posts.create(brand.id, PostInput(topic="a", scheduled_at=AT))
    bad = dataclasses.replace(made.to_input(), topic="b", scheduled_at=datetime(2200, 1, 1))
    with pytest.raises(ValidationFailed):
        posts.update(made.id, made.version, bad)
    assert posts.get(made.id) == made


def test_delete_restore_and_purge(workspace: Workspace, posts: PostService, brand: BrandData,
                                  accounts: tuple[AccountData, AccountData]) -> None:
    made = posts.create(brand.id, PostInput(topic="a", scheduled_at=AT,
                                            account_ids=(accounts[0].id,)))
    posts.delete(made.id, made.version)
    assert posts.list_range(brand.id, AT.date(), AT.date()) == []
    with pytest.raises(NotFound):
        posts.get(made.id)
    back = posts.restore(made.id)
    assert back.account_ids == made.account_ids and back.topic == "a"
    posts.delete(back.id, back.version)
    assert posts.purge_deleted() == 1
    with pytest.raises(NotFound):
        posts.restore(made.id)
    with workspace.session_factory() as s:  # its links went with it
        assert s.scalar(select(func.count()).select_from(PostAccount)) == 0


def test_move_several_at_once(posts: PostService, brand: BrandData) -> None:
    a = posts.create(brand.id, PostInput(topic="a", scheduled_at=_at(1, 9)))
    b = posts.create(brand.id, PostInput(topic="b", scheduled_at=_at(2, 19)))
    idea = posts.create(brand.id, PostInput(topic="idea"))
    moved = posts.move([Move(a.id, a.version, _at(3, 9)), Move(b.id, b.version, None),
                        Move(idea.id, idea.version, _at(4, 19))])
    assert [p.scheduled_at for p in moved] == [_at(3, 9), None, _at(4, 19)]
    assert [p.id for p in posts.idea_bank(brand.id)] == [b.id]
    assert moved[1].position > idea.position  # to the end of the bank
    assert all(p.version == 2 for p in moved)


def test_move_is_all_or_nothing(posts: PostService, brand: BrandData) -> None:
    a = posts.create(brand.id, PostInput(topic="a", scheduled_at=_at(1)))
    b = posts.create(brand.id, PostInput(topic="b", scheduled_at=_at(2)))
    posts.update(b.id, b.version, dataclasses.replace(b.to_input(), topic="edited"))
    with pytest.raises(Conflict) as stale:
        posts.move([Move(a.id, a.version, _at(5)), Move(b.id, b.version, _at(6))])
    assert stale.value.ident == b.id
    assert posts.get(a.id).scheduled_at == _at(1)
    with pytest.raises(ValidationFailed) as failed:
        posts.move([Move(a.id, a.version, datetime(1969, 1, 1))])
    assert failed.value.errors[0] == FieldError("scheduled_at", "date_out_of_range",
                                                failed.value.errors[0].params)


def test_moving_to_the_bank_goes_to_its_end(posts: PostService, brand: BrandData) -> None:
    first, second = posts.create(brand.id, PostInput(topic="1")), posts.create(
        brand.id, PostInput(topic="2"))
    dated = posts.create(brand.id, PostInput(topic="d", scheduled_at=AT))
    posts.move([Move(dated.id, dated.version, None)])
    assert [p.id for p in posts.idea_bank(brand.id)] == [first.id, second.id, dated.id]


def test_duplicate_copies_the_brief(workspace: Workspace, posts: PostService, brand: BrandData,
                                    accounts: tuple[AccountData, AccountData]) -> None:
    made = posts.create(brand.id, _full(workspace, brand, accounts))
    same = posts.duplicate(made.id)
    assert same.id != made.id and same.to_input() == made.to_input()
    later = posts.duplicate(made.id, _at(9, 8))
    assert later.scheduled_at == _at(9, 8) and later.topic == made.topic
    assert later.attachments == made.attachments and later.account_ids == made.account_ids
    banked = posts.duplicate(made.id, None)
    assert posts.idea_bank(brand.id) == [banked]


def test_slots_of_several_accounts_and_of_a_brand_in_one_query(
        workspace: Workspace, brand: BrandData, accounts: tuple[AccountData, AccountData],
        sql_log: Callable[[], AbstractContextManager[list[str]]]) -> None:
    pillars = PillarService(workspace.session_factory)
    pillars.set_slots(accounts[0].id, [Slot(accounts[0].id, 6, time(19)),
                                       Slot(accounts[0].id, 1, time(19))])
    pillars.set_slots(accounts[1].id, [Slot(accounts[1].id, 6, time(12, 30))])
    ids = [a.id for a in accounts]
    with sql_log() as log:
        found = pillars.slots_of(ids)
    assert len(log) == 1
    assert found == pillars.slots(ids[0]) + pillars.slots(ids[1])
    assert pillars.slots_of([]) == []
    with sql_log() as log:
        per_account = pillars.brand_slots(brand.id)
    assert len(log) == 1
    assert per_account == {ids[0]: pillars.slots(ids[0]), ids[1]: pillars.slots(ids[1])}
    pillars.set_slots(ids[1], [])
    assert pillars.brand_slots(brand.id)[ids[1]] == []


def test_data_is_frozen(posts: PostService, brand: BrandData) -> None:
    made: PostData = posts.create(brand.id, PostInput(topic="a"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.topic = "b"  # type: ignore[misc]

"""Posts, pillars and posting slots stored by every released revision read back through
PostService and PillarService: 0004's sample whole (its trashed post and pillar left out),
older files as empty."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from smm_desktop.domain.enums import Approval, ContentType, Platform, PostPurpose, PostStatus
from smm_desktop.domain.slot_times import slot_time
from smm_desktop.services.pillars import PillarService
from smm_desktop.services.post_data import Slot
from smm_desktop.services.posts import PostService
from smm_desktop.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "data" / "workspaces"
FILES = sorted(STORED.glob("*.smmws"))
WITH_POSTS = "0004_content"
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))

Opened = tuple[str, PostService, PillarService]


@pytest.fixture(params=FILES, ids=lambda p: p.stem)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opened]:
    copy = tmp_path / "stored.smmws"
    shutil.copyfile(request.param, copy)
    workspace = Workspace.open(copy, backup_dir=tmp_path / "backups")
    try:
        sf = workspace.session_factory
        yield request.param.stem, PostService(sf), PillarService(sf)
    finally:
        workspace.close()


def test_the_calendar_reads_back(opened: Opened) -> None:
    stem, posts, _ = opened
    cafe, bloom = posts.list_range(1, *DECEMBER), posts.list_range(2, *DECEMBER)
    if stem < WITH_POSTS:
        assert cafe == bloom == []
        return
    [study] = cafe
    assert (study.topic, study.status, study.scheduled_at) == (
        "ركن المذاكرة الجديد", PostStatus.SCHEDULED, datetime(2026, 12, 6, 19))
    assert (study.content_type, study.purpose, study.approval) == (
        ContentType.SHORT_VIDEO, PostPurpose.AWARENESS, Approval.APPROVED)
    assert (study.account_ids, study.platforms, study.hashtags) == (
        (1,), (Platform.INSTAGRAM,), ("#قهوة_مختصة",))
    assert (study.social_goal_id, study.persona_id, study.pillar_id) == (1, 1, 1)
    assert [p.topic for p in bloom] == ["Bridal bouquet of the week"]  # the trashed one hidden


def test_the_two_account_post_and_its_attachments(opened: Opened) -> None:
    stem, posts, _ = opened
    if stem < WITH_POSTS:
        return
    [bouquet] = posts.list_range(2, *DECEMBER)
    assert bouquet.account_ids == (3, 4)
    assert bouquet.platforms == (Platform.INSTAGRAM, Platform.FACEBOOK)
    # One path is gone from disk: the post still names it; showing it missing is the UI's job.
    assert bouquet.attachments == ("/home/me/Pictures/bouquet-1.jpg",
                                   "/home/me/Pictures/gone.jpg")
    assert (bouquet.status, bouquet.approval, bouquet.missing) == (
        PostStatus.READY, Approval.PENDING, ())
    assert posts.get(bouquet.id) == bouquet


def test_the_idea_bank_reads_back(opened: Opened) -> None:
    stem, posts, _ = opened
    bank = [p.topic for p in posts.idea_bank(2)]
    assert bank == ([] if stem < WITH_POSTS else ["Behind the scenes at 5am"])
    assert posts.idea_bank(1) == []


def test_the_pillars_read_back_without_the_trashed_one(opened: Opened) -> None:
    stem, _, pillars = opened
    cafe, bloom = pillars.list_pillars(1), pillars.list_pillars(2)
    if stem < WITH_POSTS:
        assert cafe == bloom == []
        return
    assert [(p.name, p.colour, p.target_share) for p in cafe] == [
        ("أجواء المذاكرة", "#5B3A29", 40), ("القهوة المختصة", "#D9A441", 35)]
    assert [(p.name, p.description) for p in bloom] == [
        ("Weddings", "Real weddings and planner tips")]


def test_the_posting_slots_read_back(opened: Opened) -> None:
    stem, _posts, pillars = opened
    if stem < WITH_POSTS:
        assert pillars.slots(1) == []
        return
    assert pillars.slots(1) == [Slot(1, 1, time(19)), Slot(1, 6, time(19))]
    assert pillars.slots(3) == [Slot(3, 3, time(12, 30))]
    thursday = date(2026, 12, 3)
    slots = [(s.weekday, s.time_of_day) for s in pillars.slots_of([3, 4])]
    before = datetime(2026, 12, 1)
    assert slot_time(slots, thursday, time(9), before) == datetime(2026, 12, 3, 12, 30)


def test_a_stored_post_can_be_edited_and_moved(opened: Opened) -> None:
    stem, posts, _ = opened
    if stem < WITH_POSTS:
        return
    [study] = posts.list_range(1, *DECEMBER)
    assert posts.validate(1, study.to_input()) == []
    saved = posts.update(study.id, study.version, study.to_input())
    assert saved.version == study.version + 1

"""The sample's content plan reads back through the services: pillars and slots per brand, posts
in every status over the history, an idea bank, images that exist, the same for the same seed."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from smm_desktop.domain.enums import Approval, PostStatus
from smm_desktop.services.demo import write_demo
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)


def _arabic(text: str) -> bool:
    return any("ARABIC" in unicodedata.name(ch, "") for ch in text)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Services]]:
    path = tmp_path_factory.mktemp("demo") / "demo.smmws"
    write_demo(path, years=1, seed=7, today=TODAY)
    workspace = Workspace.open(path)
    try:
        yield path, Services.of(workspace)
    finally:
        workspace.close()


def test_pillars_share_the_plan_in_the_brands_language(sample: tuple[Path, Services]) -> None:
    _, services = sample
    for brand in services.brands.list_brands():
        pillars = services.pillars.list_pillars(brand.id)
        assert 3 <= len(pillars) <= 4
        assert sum(p.target_share or 0 for p in pillars) == 100
        arabic = brand.name.startswith(("مقهى", "نبض"))
        assert all(_arabic(p.name) == arabic for p in pillars)


def test_every_account_has_posting_slots(sample: tuple[Path, Services]) -> None:
    _, services = sample
    for brand in services.brands.list_brands():
        for account in services.accounts.list_accounts(brand.id):
            assert len(services.pillars.slots(account.id)) >= 2


def test_posts_span_the_history_and_the_coming_weeks(sample: tuple[Path, Services]) -> None:
    _, services = sample
    for brand in services.brands.list_brands():
        past = services.posts.list_range(brand.id, TODAY - timedelta(days=365), TODAY
                                         - timedelta(days=1))
        ahead = services.posts.list_range(brand.id, TODAY, TODAY + timedelta(days=60))
        weeks = 52 * len(services.accounts.list_accounts(brand.id))
        assert 2 * weeks <= len(past) <= 4 * weeks  # about three a week per account
        assert {p.status for p in past} == {PostStatus.PUBLISHED, PostStatus.CANCELLED}
        assert {p.status for p in ahead} >= {PostStatus.DRAFT, PostStatus.IN_DESIGN,
                                             PostStatus.READY, PostStatus.SCHEDULED}
        assert {p.approval for p in ahead} >= {Approval.PENDING, Approval.CHANGES_REQUESTED}
        assert any(len(p.account_ids) == 2 for p in past + ahead)  # cross-posted


def test_the_coming_days_leave_someone_to_follow_up(sample: tuple[Path, Services]) -> None:
    """A believable morning: a few posts of the next days still wait for their design or text,
    each with the person who owes it."""
    _, services = sample
    ids = [b.id for b in services.brands.list_brands()]
    groups = services.agenda.follow_ups(ids, TODAY, days=3)
    assert len(groups) >= 2 and all(g.owner for g in groups)
    assert all(p.status in (PostStatus.DRAFT, PostStatus.IN_DESIGN)
               for g in groups for p in g.posts)


def test_the_idea_bank(sample: tuple[Path, Services]) -> None:
    _, services = sample
    for brand in services.brands.list_brands():
        bank = services.posts.idea_bank(brand.id)
        assert 8 <= len(bank) <= 15
        assert [p.position for p in bank] == sorted(p.position for p in bank)
        assert all(p.status is PostStatus.IDEA and p.scheduled_at is None for p in bank)


def test_sample_posts_are_valid_and_in_the_brands_language(
        sample: tuple[Path, Services]) -> None:
    _, services = sample
    for brand in services.brands.list_brands():
        posts = services.posts.list_range(brand.id, TODAY - timedelta(days=30), TODAY
                                          + timedelta(days=30))
        for post in posts[::5]:
            assert services.posts.validate(brand.id, post.to_input()) == []
        arabic = brand.name.startswith(("مقهى", "نبض"))
        assert all(_arabic(p.caption) == arabic for p in posts)
        assert any(p.missing for p in posts)  # a few ready ones lack part of their brief


def test_attached_images_exist(sample: tuple[Path, Services]) -> None:
    path, services = sample
    media = path.parent / f"{path.stem} media"
    files = sorted(media.glob("*.png"))
    assert 20 <= len(files) <= 40
    assert all(f.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for f in files)
    attached = {a for brand in services.brands.list_brands()
                for p in services.posts.list_range(brand.id, TODAY - timedelta(days=70), TODAY
                                                   + timedelta(days=60))
                for a in p.attachments}
    assert attached and all(Path(a).exists() for a in attached)


def test_same_seed_same_plan(tmp_path: Path, sample: tuple[Path, Services]) -> None:
    _, services = sample
    again = tmp_path / "again.smmws"
    write_demo(again, years=1, seed=7, today=TODAY)
    workspace = Workspace.open(again)
    try:
        other = Services.of(workspace)
        window = (TODAY - timedelta(days=40), TODAY + timedelta(days=40))

        def plan(s: Services) -> list[tuple]:
            return [(p.topic, p.status, p.scheduled_at, p.account_ids, p.caption,
                     Path(p.attachments[0]).name if p.attachments else "")
                    for b in s.brands.list_brands() for p in s.posts.list_range(b.id, *window)]
        assert plan(other) == plan(services)
    finally:
        workspace.close()


def test_each_brand_has_a_weekly_series_ahead(sample: tuple[Path, Services]) -> None:
    from smm_desktop.services.demo_series import SERIES

    _, services = sample
    topics = {topic: (weekday, at) for topic, _, weekday, at, _ in SERIES}
    for brand in services.brands.list_brands():
        ahead = services.posts.list_range(brand.id, TODAY, TODAY + timedelta(days=70))
        series = [p for p in ahead if p.topic in topics]
        assert len(series) == 8, brand.name
        weekday, at = topics[series[0].topic]
        assert all(p.scheduled_at is not None and p.scheduled_at.weekday() == weekday
                   and p.scheduled_at.time() == at and p.status is PostStatus.DRAFT
                   for p in series)
        days = [p.scheduled_at.date() for p in series if p.scheduled_at]
        assert all((b - a).days == 7 for a, b in pairwise(days))

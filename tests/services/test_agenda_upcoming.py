"""AgendaService.upcoming: the light rows the reminders read, one query, only the window asked."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime

from smm_desktop.domain.enums import Platform, PostStatus
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.agenda import AgendaService, Upcoming
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.post_data import PostInput
from smm_desktop.services.posts import PostService
from smm_desktop.services.workspace import Workspace

START, END = datetime(2027, 3, 10, 9, 30), datetime(2027, 3, 10, 10, 0)


def test_upcoming_reads_the_window_with_handles_in_one_query(
        workspace: Workspace,
        sql_log: Callable[[], AbstractContextManager[list[str]]]) -> None:
    sf = workspace.session_factory
    brands, accounts, posts = BrandService(sf), AccountService(sf), PostService(sf)
    bloom, other = brands.create(BrandInput("Bloom")), brands.create(BrandInput("Other"))
    insta = accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "bloom"))
    x = accounts.create(bloom.id, AccountInput(Platform.X, "BloomX"))
    gone = accounts.create(bloom.id, AccountInput(Platform.TIKTOK, "old"))

    def post(topic: str, when: datetime | None, status: PostStatus = PostStatus.READY,
             ids: tuple[int, ...] = (), brand: int = bloom.id) -> int:
        return posts.create(brand, PostInput(topic=topic, status=status, scheduled_at=when,
                                             account_ids=ids)).id

    both = post("Both", datetime(2027, 3, 10, 10, 0), ids=(insta.id, x.id, gone.id))
    bare = post("", START)
    post("Published", datetime(2027, 3, 10, 9, 45), PostStatus.PUBLISHED)
    post("Cancelled", datetime(2027, 3, 10, 9, 45), PostStatus.CANCELLED)
    post("Later", datetime(2027, 3, 10, 10, 1))
    post("Before", datetime(2027, 3, 10, 9, 29))
    post("Idea", None, PostStatus.IDEA)
    post("Other brand", datetime(2027, 3, 10, 9, 40), brand=other.id)
    trashed = posts.create(bloom.id, PostInput(topic="Trashed", status=PostStatus.DRAFT,
                                               scheduled_at=datetime(2027, 3, 10, 9, 40)))
    posts.delete(trashed.id, trashed.version)
    accounts.delete(gone.id, gone.version)
    agenda = AgendaService(sf)
    with sql_log() as log:
        found = agenda.upcoming([bloom.id], START, END)
    assert len(log) == 1
    assert found == [
        Upcoming(bare, bloom.id, "", START, PostStatus.READY, ()),
        Upcoming(both, bloom.id, "Both", END, PostStatus.READY, ("bloom", "BloomX"))]
    assert agenda.upcoming([], START, END) == []

"""A brand's posts: the calendar range and the idea bank, briefs edited with stale edits
refused, moves of several posts at once, copies, and the trash with undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, Post
from smm_desktop.domain.errors import Conflict, FieldError
from smm_desktop.domain.posts import date_errors
from smm_desktop.services._base import (
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)
from smm_desktop.services.post_data import (
    Move,
    PostData,
    PostInput,
    apply_post,
    platforms_of,
    post_data,
    post_errors,
)


class _Same:
    """The default of duplicate(): the copy keeps the original's time."""


SAME_TIME: Any = _Same()


def _loaded(query: Select[Post]) -> Select[Post]:
    """Accounts and attachments in one more query each, whatever the number of posts."""
    return query.options(selectinload(Post.accounts), selectinload(Post.attachments))


def _live(brand_id: int) -> Select[Post]:
    return select(Post).where(Post.brand_id == brand_id, Post.deleted_at.is_(None))


def _data(s: Session, row: Post) -> PostData:
    return post_data(row, platforms_of(s, row.brand_id))


def bank_end(s: Session, brand_id: int) -> int:
    """The position after the last idea in the bank (the trash counts: undo keeps its place)."""
    last = s.scalar(select(func.max(Post.position))
                    .where(Post.brand_id == brand_id, Post.scheduled_at.is_(None)))
    return 0 if last is None else last + 1


def _place_free(s: Session, row: Post) -> bool:
    """No other post of the bank (the trash counts) holds the row's position."""
    return s.scalar(select(func.count()).select_from(Post).where(
        Post.brand_id == row.brand_id, Post.scheduled_at.is_(None), Post.id != row.id,
        Post.position == row.position)) == 0


def _schedule(s: Session, row: Post, to: datetime | None) -> None:
    """Put the row at `to`. A dated post keeps its bank position, so one coming back to the
    idea bank takes its old place again when that is free, else the end."""
    if to is None and row.scheduled_at is not None and not _place_free(s, row):
        row.position = bank_end(s, row.brand_id)
    row.scheduled_at = to
    row.updated_at = utcnow()


class PostService:
    """The posts of the brands in one workspace."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_range(self, brand_id: int, start: date, end: date) -> list[PostData]:
        """The live posts scheduled from `start` to `end` (whole days), by time then id; only
        that range is read (the (brand, time) index serves it)."""
        first = datetime.combine(start, time.min)
        after = datetime.combine(end + timedelta(days=1), time.min)
        query = _loaded(_live(brand_id).where(Post.scheduled_at >= first,
                                              Post.scheduled_at < after)
                        .order_by(Post.scheduled_at, Post.id))
        return self._read(brand_id, query)

    def idea_bank(self, brand_id: int) -> list[PostData]:
        """The live posts with no date, in the bank's order."""
        query = _loaded(_live(brand_id).where(Post.scheduled_at.is_(None))
                        .order_by(Post.position, Post.id))
        return self._read(brand_id, query)

    def get(self, post_id: int) -> PostData:
        with self._sf() as s:
            return _data(s, load_live(s, Post, post_id))

    def validate(self, brand_id: int, data: PostInput) -> list[FieldError]:
        with self._sf() as s:
            return post_errors(s, brand_id, data)

    def create(self, brand_id: int, data: PostInput) -> PostData:
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            refuse_invalid(post_errors(s, brand_id, data))
            row = Post(brand_id=brand_id, position=bank_end(s, brand_id))
            apply_post(row, data)
            s.add(row)
            s.flush()
            return _data(s, row)

    def create_many(self, brand_id: int, inputs: Sequence[PostInput]) -> list[PostData]:
        """Several posts in one unit of work (a series): all saved or none; the first refused
        one's errors are raised."""
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            for data in inputs:
                refuse_invalid(post_errors(s, brand_id, data))
            rows = []
            for data in inputs:
                row = Post(brand_id=brand_id, position=bank_end(s, brand_id))
                apply_post(row, data)
                s.add(row)
                s.flush()
                rows.append(row)
            return [_data(s, row) for row in rows]

    def delete_many(self, posts: Sequence[tuple[int, int]]) -> None:
        """(id, version) pairs to the trash together; Conflict (nothing done) when one is stale."""
        try:
            with self._sf.begin() as s:
                for post_id, version in posts:
                    mark_deleted(load_live(s, Post, post_id, version))
                    s.flush()
        except StaleDataError as err:
            raise Conflict("Post", posts[0][0]) from err

    def restore_many(self, post_ids: Sequence[int]) -> list[PostData]:
        """Bring several posts back from the trash together (undo of delete_many)."""
        with self._sf.begin() as s:
            rows = [load_deleted(s, Post, post_id) for post_id in post_ids]
            for row in rows:
                row.deleted_at = None
            s.flush()
            return [_data(s, row) for row in rows]

    def update(self, post_id: int, version: int, data: PostInput) -> PostData:
        """Save the whole brief; Conflict when the post changed since `version` was read."""
        def mutate(s: Session, row: Post) -> None:
            refuse_invalid(post_errors(s, row.brand_id, data, kept=row))
            _schedule(s, row, data.scheduled_at)
            apply_post(row, data)
        return self._change(post_id, version, mutate)

    def delete(self, post_id: int, version: int) -> None:
        """To the trash: restore() brings it back whole; purged when the app closes."""
        self._change(post_id, version, lambda _s, row: mark_deleted(row))

    def restore(self, post_id: int) -> PostData:
        with self._sf.begin() as s:
            row = load_deleted(s, Post, post_id)
            row.deleted_at = None
            s.flush()
            return _data(s, row)

    def purge_deleted(self) -> int:
        return purge_deleted(self._sf, Post)

    def duplicate(self, post_id: int, to: datetime | None = SAME_TIME) -> PostData:
        """A copy with the same brief, status, accounts and attachments; at `to` (None: the
        end of the idea bank), at the original's time by default."""
        with self._sf.begin() as s:
            original = load_live(s, Post, post_id)
            data = _data(s, original).to_input()
            if not isinstance(to, _Same):
                refuse_invalid(date_errors("scheduled_at", to))
                data = dataclasses.replace(data, scheduled_at=to)
            row = Post(brand_id=original.brand_id, position=bank_end(s, original.brand_id))
            apply_post(row, data)
            s.add(row)
            s.flush()
            return _data(s, row)

    def move(self, moves: Sequence[Move]) -> list[PostData]:
        """Move every post or none: Conflict naming the first post changed since it was read;
        "date_out_of_range" refuses a move outside 1970-2100."""
        refuse_invalid([e for m in moves for e in date_errors("scheduled_at", m.to)])
        try:
            with self._sf.begin() as s:
                rows = [load_live(s, Post, m.post_id, m.version) for m in moves]
                for row, m in zip(rows, moves, strict=True):
                    _schedule(s, row, m.to)
                s.flush()
                return [_data(s, row) for row in rows]
        except StaleDataError as err:
            raise Conflict("Post", moves[0].post_id) from err

    def _read(self, brand_id: int, query: Select[Post]) -> list[PostData]:
        with self._sf() as s:
            platform_of = platforms_of(s, brand_id)
            return [post_data(row, platform_of) for row in s.scalars(query)]

    def _change(self, post_id: int, version: int,
                mutate: Callable[[Session, Post], object]) -> PostData:
        try:
            with self._sf.begin() as s:
                row = load_live(s, Post, post_id, version)
                with s.no_autoflush:  # one UPDATE: loading the links must not flush halfway
                    mutate(s, row)
                row.updated_at = utcnow()  # the version moves on when only links changed
                s.flush()
                return _data(s, row)
        except StaleDataError as err:
            raise Conflict("Post", post_id) from err


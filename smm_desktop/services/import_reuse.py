"""Reusing the preview's plan at commit: planning a big file again costs seconds, and the
commit may take the plan the preview made when the database provably did not change since.
On SQLite that proof is exact: the same connection, the same `PRAGMA data_version` (another
connection's commit moves it) and the same `total_changes()` (this connection's own writes
move it). Anything else (another connection, a server database, a new day) plans again."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from smm_desktop.db.base import utcnow
from smm_desktop.services.import_state import Row, Writes

T = TypeVar("T")
MAX_KEPT = 4  # previews whose plans are kept (files previewed side by side)
STAMPED = ("created_at", "updated_at", "recorded_at")  # the plan's "now" in the rows it writes


@dataclass(frozen=True)
class Stamp:
    """The state of the database a plan was made from, as one SQLite connection saw it."""

    connection: Any  # the DB-API connection itself (kept: its id must not be reused)
    data_version: int
    total_changes: int


def stamp(s: Session) -> Stamp | None:
    """The stamp of the session's transaction (None: not SQLite, nothing to compare)."""
    if s.get_bind().dialect.name != "sqlite":
        return None
    conn = s.connection()
    # (the first read of a transaction fixes what it sees; data_version then stays with it)
    version = conn.exec_driver_sql("PRAGMA data_version").scalar()
    changes = conn.exec_driver_sql("SELECT total_changes()").scalar()
    raw = conn.connection.dbapi_connection
    if raw is None or version is None or changes is None:
        return None
    return Stamp(raw, int(version), int(changes))


def unchanged(s: Session, before: Stamp | None) -> bool:
    """True when the session sees exactly the database `before` was taken from."""
    if before is None:
        return False
    now = stamp(s)
    return now is not None and now.connection is before.connection and (
        now.data_version, now.total_changes) == (before.data_version, before.total_changes)


@dataclass(frozen=True)
class Kept(Generic[T]):
    """A preview's plan with what it was made for."""

    preview: weakref.ref[Any]
    planned: T
    key: tuple[int | None, int | None, date]  # account, brand, the day planned on
    stamp: Stamp


class PlanCache(Generic[T]):
    """The plans of the previews not yet committed, by preview (identity, not equality);
    a plan is forgotten with its preview."""

    def __init__(self) -> None:
        self._kept: dict[int, Kept[T]] = {}
        self._lock = threading.RLock()  # (a preview may be collected while it is held)

    def keep(self, preview: object, planned: T, key: tuple[int | None, int | None, date],
             made: Stamp | None) -> None:
        """Remember the plan of `preview` (a few previews at most: the latest)."""
        if made is None:
            return
        ident = id(preview)
        ref = weakref.ref(preview, lambda gone: self._forget(ident, gone))
        with self._lock:
            self._kept[ident] = Kept(ref, planned, key, made)
            while len(self._kept) > MAX_KEPT:
                self._kept.pop(next(iter(self._kept)), None)

    def _forget(self, ident: int, ref: weakref.ref[Any]) -> None:
        with self._lock:
            kept = self._kept.get(ident)
            if kept is not None and kept.preview is ref:
                del self._kept[ident]

    def take(self, s: Session, preview: object,
             key: tuple[int | None, int | None, date]) -> T | None:
        """The plan of `preview` when it still holds (it is forgotten either way: a plan is
        carried out once, its rows are changed by the writing)."""
        with self._lock:
            kept = self._kept.pop(id(preview), None)
        if kept is None or kept.preview() is not preview or kept.key != key:
            return None
        return kept.planned if unchanged(s, kept.stamp) else None


def restamp(writes: Writes, now: Callable[[], datetime] = utcnow) -> None:
    """The rows' timestamps made the commit's (the plan was made at the preview)."""
    moment = now()
    rows: list[Row] = [*writes.posts, *writes.metrics, *writes.snapshots, *writes.days,
                       *writes.campaigns.values()]
    rows += [new for changes in (writes.post_updates, writes.metric_updates,
                                 writes.snapshot_updates, writes.day_updates)
             for _ident, new, _before in changes]
    for row in rows:
        for key in STAMPED:
            if key in row:
                row[key] = moment

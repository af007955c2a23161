"""Undoing an import: its ImportChange rows played back in reverse, in one unit of work held
by the caller. Posts and campaigns it created go to the trash with their numbers; numbers it
added to rows that stay are deleted; rows it changed get their old values back. Rows edited
since the import (their version moved on, a snapshot typed over, a campaign given other days)
are reported (ChangedSince), or with `force` kept as they are."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session, aliased

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import CampaignDay
from smm_desktop.db.models.numbers import ImportChange, ImportLog
from smm_desktop.domain.enums import SnapshotSource
from smm_desktop.domain.errors import Conflict, NotFound
from smm_desktop.services.import_state import Row
from smm_desktop.services.import_write import (
    ADDED_VERSION,
    AFTER_KEY,
    CHUNK,
    DELETE_ORDER,
    TABLES,
    VERSION_KEY,
    VERSIONED,
    update_rows,
)


class ChangedSince(Conflict):
    """Rows the import wrote were edited after it (counts by table): undo refused unless
    forced, and then those rows are kept as they are."""

    def __init__(self, import_id: int, counts: dict[str, int]) -> None:
        super().__init__("changed_since", import_id)
        self.counts = counts


@dataclass
class _Played:
    """An import's changes as recorded: rows added, old values of rows changed, and the
    version each changed row had right after the import."""

    added: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    before: dict[str, dict[int, Row]] = field(default_factory=lambda: defaultdict(dict))
    after: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    values: dict[int, float] = field(default_factory=dict)  # snapshot id -> value after


def undo(s: Session, import_id: int, force: bool = False) -> ImportLog:
    """Play the import's changes back: the posts and campaigns it added (and their numbers)
    to the trash, its other rows deleted, the rows it changed restored. Rows edited since
    the import raise ChangedSince, or with `force` are kept as they are."""
    log = s.get(ImportLog, import_id)
    if log is None:
        raise NotFound("ImportLog", import_id)
    if log.undone_at is not None:
        raise Conflict("already_undone", import_id)
    played = _recorded(s, import_id)
    children = _metrics_of_added_posts(s, log, played)
    _refuse_later(s, import_id, children)
    played.added["post_metric"].extend(children)
    kept = _changed_since(s, played)
    if any(kept.values()) and not force:
        raise ChangedSince(import_id, {t: len(ids) for t, ids in kept.items() if ids})
    _take_back_added(s, played, kept)
    for table, rows in played.before.items():
        if table in TABLES:
            update_rows(s, table, ((i, _typed(table, v)) for i, v in rows.items()
                               if i not in kept[table]))
    log.undone_at = utcnow()
    return log


def _recorded(s: Session, import_id: int) -> _Played:
    """The import's ImportChange rows, in the order written."""
    played = _Played()
    query = select(ImportChange.table_name, ImportChange.row_id, ImportChange.before).where(
        ImportChange.import_id == import_id).order_by(ImportChange.id)
    for table, row_id, text in s.execute(query):
        if text is None:
            played.added[table].append(row_id)
            continue
        values = json.loads(text)
        version, value = values.pop(VERSION_KEY, None), values.pop(AFTER_KEY, None)
        if version is not None:
            played.after[table].setdefault(row_id, version)
        if value is not None:
            played.values[row_id] = value  # the last import of the row: its value now
        merged = played.before[table].setdefault(row_id, {})
        for column, value in values.items():  # changed twice: the earliest values win
            merged.setdefault(column, value)
    return played


def _metrics_of_added_posts(s: Session, log: ImportLog, played: _Played) -> list[int]:
    """The metrics the import added to the posts it added, which it does not record one by
    one: a new post's metric on the import's account (unique per post and account). Those an
    older import recorded anyway are left out (they are in `played` already)."""
    posts, account = played.added.get("post", []), log.account_id
    if not posts or account is None:
        return []
    t = TABLES["post_metric"]
    known = set(played.added.get("post_metric", []))
    found: list[int] = []
    for start in range(0, len(posts), CHUNK):
        query = select(t.c.id).where(t.c.post_id.in_(posts[start:start + CHUNK]),
                                     t.c.account_id == account).order_by(t.c.id)
        found.extend(ident for ident in s.scalars(query) if ident not in known)
    return found


def _changed_since(s: Session, played: _Played) -> dict[str, set[int]]:
    """The rows edited since the import, by table: a versioned row whose version moved on,
    a snapshot typed over by hand, a campaign given days the import did not add."""
    kept: dict[str, set[int]] = defaultdict(set)
    for table in VERSIONED:
        expected = {i: ADDED_VERSION for i in played.added.get(table, [])}
        expected.update(played.after.get(table, {}))
        for ident, version in _live_versions(s, table, list(expected)):
            if version != expected[ident]:
                kept[table].add(ident)
    kept["snapshot"] |= _snapshots_changed(s, played)
    kept["campaign"] |= _campaigns_with_other_days(s, played)
    return kept


def _snapshots_changed(s: Session, played: _Played) -> set[int]:
    """Snapshots typed over since the import: no longer the import's, or another value."""
    t = TABLES["snapshot"]
    ids = played.added.get("snapshot", []) + list(played.values)
    found: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        query = select(t.c.id, t.c.value, t.c.source).where(t.c.id.in_(ids[start:start + CHUNK]))
        for ident, value, source in s.execute(query):
            after = played.values.get(ident, value)
            if source != SnapshotSource.IMPORT.value or not math.isclose(value, after):
                found.add(ident)
    return found


def _live_versions(s: Session, table: str, ids: list[int]) -> list[tuple[int, int]]:
    """(id, version) of the rows not in the trash."""
    t = TABLES[table]
    out: list[tuple[int, int]] = []
    for start in range(0, len(ids), CHUNK):
        query = select(t.c.id, t.c.version).where(t.c.id.in_(ids[start:start + CHUNK]),
                                                  t.c.deleted_at.is_(None))
        out.extend((ident, version) for ident, version in s.execute(query))
    return out


def _campaigns_with_other_days(s: Session, played: _Played) -> set[int]:
    """Campaigns the import created that have live days it did not add (typed, imported)."""
    campaigns = played.added.get("campaign", [])
    if not campaigns:
        return set()
    mine = set(played.added.get("campaign_day", []))
    query = select(CampaignDay.id, CampaignDay.campaign_id).where(
        CampaignDay.campaign_id.in_(campaigns), CampaignDay.deleted_at.is_(None))
    return {campaign for ident, campaign in s.execute(query) if ident not in mine}


def _take_back_added(s: Session, played: _Played, kept: dict[str, set[int]]) -> None:
    """The added posts and campaigns, and their metrics and days, to the trash; the numbers
    added to rows that stay (a planned post, an existing campaign) deleted: their unique
    keys must be free for the next import. Rows in `kept` are left alone."""
    now = utcnow()
    gone = {t: [i for i in played.added.get(t, []) if i not in kept[t]]
            for t in (*DELETE_ORDER,)}
    trashed_posts, trashed_campaigns = set(gone["post"]), set(gone["campaign"])
    metrics = _split_by_parent(s, "post_metric", "post_id", gone["post_metric"], trashed_posts)
    days = _split_by_parent(s, "campaign_day", "campaign_id", gone["campaign_day"],
                            trashed_campaigns)
    _trash(s, "post_metric", metrics[0], now)
    _trash(s, "campaign_day", days[0], now)
    _trash(s, "post", gone["post"], now)
    _trash(s, "campaign", gone["campaign"], now)
    _delete(s, "post_metric", metrics[1])
    _delete(s, "campaign_day", days[1])
    _delete(s, "snapshot", gone["snapshot"])


def _split_by_parent(s: Session, table: str, parent: str, ids: list[int],
                     trashed: set[int]) -> tuple[list[int], list[int]]:
    """`ids` split into the rows whose parent goes to the trash and the others."""
    t = TABLES[table]
    with_parent: list[int] = []
    others: list[int] = []
    for start in range(0, len(ids), CHUNK):
        query = select(t.c.id, t.c[parent]).where(t.c.id.in_(ids[start:start + CHUNK]))
        for ident, owner in s.execute(query):
            (with_parent if owner in trashed else others).append(ident)
    return with_parent, others


def _trash(s: Session, table: str, ids: list[int], now: datetime) -> None:
    t = TABLES[table]
    for start in range(0, len(ids), CHUNK):
        s.execute(update(t).where(t.c.id.in_(ids[start:start + CHUNK]),
                                  t.c.deleted_at.is_(None)).values(deleted_at=now))


def _delete(s: Session, table: str, ids: list[int]) -> None:
    t = TABLES[table]
    for start in range(0, len(ids), CHUNK):
        s.execute(delete(t).where(t.c.id.in_(ids[start:start + CHUNK])))


def _refuse_later(s: Session, import_id: int, children: list[int]) -> None:
    """Conflict when an import made later, and still in force, wrote the same rows (those
    recorded, and the metrics of the posts it added, `children`)."""
    later, mine = aliased(ImportChange), aliased(ImportChange)
    query = (select(later.id).join(ImportLog, ImportLog.id == later.import_id)
             .join(mine, (mine.table_name == later.table_name) & (mine.row_id == later.row_id))
             .where(mine.import_id == import_id, later.import_id > import_id,
                    ImportLog.undone_at.is_(None)).limit(1))
    if s.scalar(query) is not None:
        raise Conflict("later_import", import_id)
    for start in range(0, len(children), CHUNK):
        query = (select(ImportChange.id).join(ImportLog, ImportLog.id == ImportChange.import_id)
                 .where(ImportChange.table_name == "post_metric",
                        ImportChange.row_id.in_(children[start:start + CHUNK]),
                        ImportChange.import_id > import_id, ImportLog.undone_at.is_(None))
                 .limit(1))
        if s.scalar(query) is not None:
            raise Conflict("later_import", import_id)


def _typed(table: str, values: dict[str, Any]) -> Row:
    """Stored JSON values back to the columns' types (dates were written as ISO text)."""
    t = TABLES[table]
    out: Row = {}
    for column, value in values.items():
        if column not in t.c:
            continue
        python_type = _python_type(t, column)
        if isinstance(value, str) and python_type is date:
            value = date.fromisoformat(value)
        elif isinstance(value, str) and python_type is datetime:
            value = datetime.fromisoformat(value)
        out[column] = value
    return out


def _python_type(t: Table, column: str) -> type:
    try:
        return t.c[column].type.python_type
    except NotImplementedError:
        return object

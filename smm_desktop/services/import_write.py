"""Carrying out a planned import and undoing one: bulk inserts and updates (Core executemany,
never a statement per row), each written row recorded in ImportChange so the import can be
played back in reverse. The caller holds the unit of work."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from itertools import compress, repeat
from operator import add, itemgetter, not_
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from smm_desktop.db.models import Campaign, CampaignDay, Post, PostAccount, Snapshot
from smm_desktop.db.models.numbers import ImportChange, PostMetric
from smm_desktop.services.import_state import Change, Row, Writes

TABLES: dict[str, Table] = {
    m.__tablename__: m.__table__  # type: ignore[misc]
    for m in (Post, PostMetric, Snapshot, Campaign, CampaignDay)
}
POST_ACCOUNT: Table = PostAccount.__table__  # type: ignore[assignment]
CHANGE: Table = ImportChange.__table__  # type: ignore[assignment]
SQLITE_CACHE = "PRAGMA cache_size=-65536"  # 64 MiB: big imports stay in memory
CHANGE_COLUMNS = ("import_id", "table_name", "row_id", "before")
VERSIONED = {"post", "post_metric", "campaign", "campaign_day"}
# The tables whose added rows undo takes back.
DELETE_ORDER = ("post_metric", "campaign_day", "snapshot", "post", "campaign")
CHUNK = 500
VERSION_KEY = "__version__"  # in ImportChange.before: the row's version after the import
AFTER_KEY = "__after__"  # in ImportChange.before: a snapshot's value after the import
ADDED_VERSION = 1  # the version of every row an import inserts


def _insert(s: Session, table: str, rows: list[Row]) -> list[int]:
    """Insert the rows in bulk; their new ids in the same order."""
    if not rows:
        return []
    t = TABLES[table]
    if s.get_bind().dialect.name == "sqlite":
        return _insert_sqlite(s, t, rows, with_ids=True)
    stmt = insert(t).returning(t.c.id, sort_by_parameter_order=True)
    return list(s.scalars(stmt, rows))


def _insert_plain(s: Session, t: Table, rows: list[Row]) -> None:
    """Insert rows whose ids nobody needs back."""
    if not rows:
        return
    if s.get_bind().dialect.name == "sqlite":
        _insert_sqlite(s, t, rows, with_ids=False)
    else:
        s.execute(insert(t), rows)


def _insert_sqlite(s: Session, t: Table, rows: list[Row], with_ids: bool) -> list[int]:
    """SQLite: one driver executemany with the columns' own bind processors. The ids follow
    the table's highest (the unit of work holds the file's only writer; a clash rolls back)."""
    conn = s.connection()
    conn.exec_driver_sql(SQLITE_CACHE)
    columns = [c for c in rows[0] if c in t.c]
    for column in t.c:  # the columns' Python defaults, as Core insert() would fill them
        default = column.default
        if column.name not in columns and default is not None and column.name != "id" \
                and (default.is_scalar or default.is_callable):
            columns.append(column.name)
    start = (conn.execute(select(func.max(t.c.id))).scalar() or 0) if with_ids else 0
    ids = list(range(start + 1, start + 1 + len(rows))) if with_ids else []
    names, params = _sqlite_params(conn.dialect, t, columns, rows)
    if with_ids:
        names, params = ["id", *names], list(map(add, zip(ids), params))
    sql = (f"INSERT INTO {t.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    conn.exec_driver_sql(sql, params)
    return ids


def _sqlite_params(dialect: Any, t: Table, columns: list[str],
                   rows: list[Row]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The rows as driver tuples and the columns they fill, in that order: missing columns
    take their default, values bound as the columns' types bind them."""
    fills = []
    for name in columns:
        default = t.c[name].default
        fill: Any = None
        if default is not None and default.is_scalar:
            fill = default.arg  # type: ignore[attr-defined]
        elif default is not None and default.is_callable:
            fill = default.arg(None)  # type: ignore[attr-defined]
        fills.append(fill)
    procs = [t.c[name].type.bind_processor(dialect) for name in columns]
    if sum(map(len, rows)) == len(rows[0]) * len(rows):  # (with no KeyError: same keys)
        try:
            return _params_fast(columns, fills, procs, rows)
        except KeyError:
            pass
    out = []
    for row in rows:
        values = [row.get(name, fill) for name, fill in zip(columns, fills, strict=True)]
        out.append(tuple(v if p is None or v is None else p(v)
                         for v, p in zip(values, procs, strict=True)))
    return columns, out


def _params_fast(columns: list[str], fills: list[Any], procs: list[Any],
                 rows: list[Row]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """_sqlite_params of rows that all have the same keys, in C loops: the plain columns a
    row at a time, the ones to convert (bind processor, dates) a column at a time, and the
    defaults bound once."""
    keys, first = rows[0].keys(), rows[0]
    plain: list[str] = []
    special: list[tuple[str, Any]] = []
    filled: list[str] = []
    constant: list[Any] = []
    for name, fill, proc in zip(columns, fills, procs, strict=True):
        if name not in keys:
            filled.append(name)
            constant.append(_adapted([fill if proc is None or fill is None else proc(fill)])[0])
        elif proc is not None or _adaptable(first[name]):
            special.append((name, proc))
        else:
            plain.append(name)
    tuples = _tuples(rows, plain)
    if special:
        converted = [_adapted(_processed(list(map(itemgetter(name), rows)), proc))
                     for name, proc in special]
        tuples = map(add, tuples, zip(*converted, strict=True))
    if filled:
        tuples = map(add, tuples, repeat(tuple(constant)))
    return [*plain, *(name for name, _proc in special), *filled], list(tuples)


def _tuples(rows: list[Row], names: list[str]) -> Iterator[tuple[Any, ...]]:
    """The rows' values of `names`, a tuple a row."""
    if len(names) > 1:
        return map(itemgetter(*names), rows)
    if names:
        return zip(map(itemgetter(names[0]), rows))
    return repeat((), len(rows))


def _processed(values: list[Any], proc: Any) -> list[Any]:
    return values if proc is None else [v if v is None else proc(v) for v in values]


def _adaptable(value: Any) -> bool:
    """True for a value the driver adapts (a date, a datetime)."""
    return (type(value), sqlite3.PrepareProtocol) in sqlite3.adapters


def _adapted(values: list[Any]) -> list[Any]:
    """A column's dates and datetimes adapted as the driver would adapt them, once per
    distinct value (an import's rows share their timestamps)."""
    adapters = sqlite3.adapters
    types = set(map(type, values))
    kinds = {kind for kind in types if (kind, sqlite3.PrepareProtocol) in adapters}
    if not kinds or not types <= kinds | {type(None)}:
        return values  # nothing to adapt, or mixed types: the driver adapts them
    distinct = set(values)
    distinct.discard(None)
    if len(distinct) * 2 > len(values) + 1 or any(
            isinstance(v, datetime) and v.tzinfo is not None for v in distinct):
        return values  # little to share, or equal instants written apart: the driver's turn
    adapted = {v: adapters[(type(v), sqlite3.PrepareProtocol)](v) for v in distinct}
    return list(map(adapted.get, values, values))


def update_rows(s: Session, table: str, changes: Iterable[tuple[int, Row]]) -> None:
    """Update rows by id in bulk, one executemany per set of columns changed."""
    t = TABLES[table]
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for ident, values in changes:
        groups[tuple(sorted(values))].append({"_id": ident, **{f"v_{k}": v for k, v in values.items()}})
    for columns, params in groups.items():
        stmt = update(t).where(t.c.id == bindparam("_id")).values(
            {c: bindparam(f"v_{c}") for c in columns})
        if table in VERSIONED:
            stmt = stmt.values(version=t.c.version + 1)
        s.connection().execute(stmt, params)


def _after(table: str, new: Row, version: int | None) -> Row:
    """What the row is right after the import, kept to tell later edits on undo: a versioned
    row's version, a snapshot's value."""
    if version is not None:
        return {VERSION_KEY: version}
    return {AFTER_KEY: new["value"]} if table == "snapshot" and "value" in new else {}


def _versions(s: Session, table: str, ids: Sequence[int]) -> dict[int, int]:
    """The rows' version now (a versioned table's; {} for the others), by id."""
    if table not in VERSIONED:
        return {}
    t = TABLES[table]
    found: dict[int, int] = {}
    for start in range(0, len(ids), CHUNK):
        query = select(t.c.id, t.c.version).where(t.c.id.in_(ids[start:start + CHUNK]))
        found.update({ident: version for ident, version in s.connection().execute(query)})
    return found


def _json(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


class Recorder:
    """Collects the ImportChange rows of one import, in the order the rows were written, as
    (import_id, table_name, row_id, before) tuples: an import may record 100,000s of them."""

    def __init__(self, import_id: int) -> None:
        self.import_id = import_id
        self.rows: list[tuple[int, str, int, str | None]] = []

    def added(self, table: str, ids: Sequence[int]) -> None:
        self.rows.extend(zip(repeat(self.import_id), repeat(table), ids, repeat(None)))

    def changed(self, table: str, changes: Sequence[Change]) -> None:
        self.rows.extend((self.import_id, table, i,
                          json.dumps(before, default=_json, ensure_ascii=False))
                         for i, _new, before in changes)

    def insert(self, s: Session) -> None:
        """Write the rows (SQLite: one driver executemany; elsewhere Core's)."""
        if not self.rows:
            return
        if s.get_bind().dialect.name == "sqlite":
            s.connection().exec_driver_sql(SQLITE_CACHE)
            s.connection().exec_driver_sql(
                f"INSERT INTO {CHANGE.name} ({', '.join(CHANGE_COLUMNS)}) VALUES (?, ?, ?, ?)",
                self.rows)
        else:
            s.execute(insert(CHANGE), [dict(zip(CHANGE_COLUMNS, row, strict=True))
                                       for row in self.rows])


def write(s: Session, writes: Writes, import_id: int, account_id: int | None) -> None:
    """Insert and update what the plan says, recording every row in ImportChange (but the
    metrics of the posts it adds: they are the post's, found by it; see import_undo)."""
    rec = Recorder(import_id)
    post_ids = _insert(s, "post", writes.posts)
    rec.added("post", post_ids)
    if post_ids:
        _insert_plain(s, POST_ACCOUNT, [{"post_id": i, "account_id": account_id}
                                        for i in post_ids])
    _changes(s, rec, "post", writes.post_updates, None)
    parented = []  # the metrics of the posts this import adds: undo finds them by their post
    for metric in writes.metrics:
        ref = metric.pop("post_ref", None)
        if ref is not None:
            metric["post_id"] = post_ids[ref]
        metric["import_id"] = import_id
        parented.append(ref is not None)
    metric_ids = _insert(s, "post_metric", writes.metrics)
    rec.added("post_metric", list(compress(metric_ids, map(not_, parented))))
    _changes(s, rec, "post_metric", writes.metric_updates, import_id)
    rec.added("snapshot", _insert(s, "snapshot", writes.snapshots))
    _changes(s, rec, "snapshot", writes.snapshot_updates, None)
    _write_campaigns(s, rec, writes, import_id)
    rec.insert(s)


def _changes(s: Session, rec: Recorder, table: str, changes: list[Change],
             import_id: int | None) -> None:
    if not changes:
        return
    if import_id is not None:
        for _ident, new, _before in changes:
            if "import_id" in new:
                new["import_id"] = import_id
    update_rows(s, table, ((ident, new) for ident, new, _before in changes))
    versions = _versions(s, table, [ident for ident, _new, _before in changes])
    rec.changed(table, [(i, new, {**before, **_after(table, new, versions.get(i))})
                        for i, new, before in changes])


def _write_campaigns(s: Session, rec: Recorder, writes: Writes, import_id: int) -> None:
    keys = list(writes.campaigns)
    ids = _insert(s, "campaign", [writes.campaigns[k] for k in keys])
    rec.added("campaign", ids)
    by_key = dict(zip(keys, ids, strict=True))
    for day in writes.days:
        ref = day.pop("campaign_ref", None)
        if ref is not None:
            day["campaign_id"] = by_key[ref]
        day["import_id"] = import_id
    rec.added("campaign_day", _insert(s, "campaign_day", writes.days))
    _changes(s, rec, "campaign_day", writes.day_updates, import_id)

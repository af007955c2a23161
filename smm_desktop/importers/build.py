"""Typed records from mapped columns: the decimal mark and date order are settled for the whole
file first, then each row is parsed; a row with any bad cell is reported (line, column, code,
raw text) and left out, every other row is kept."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from functools import partial
from itertools import islice, repeat
from operator import itemgetter
from typing import Any

from smm_desktop.importers.columns import (
    FUTURE,
    NEGATIVE,
    dated_column,
    failures,
    parse_column,
    transpose,
)
from smm_desktop.importers.dates import DateColumn, parse_date_column
from smm_desktop.importers.fields import FieldType, field_of
from smm_desktop.importers.headers import normalise
from smm_desktop.importers.records import (
    AccountDayRow,
    CampaignDayRow,
    DateOrder,
    FollowerRow,
    Kind,
    PostMetricsRow,
    Problem,
    Record,
)
from smm_desktop.importers.spec import Column
from smm_desktop.importers.text import Cell
from smm_desktop.importers.values import (
    clean_text,
    grouped_int,
    guess_decimal,
    parse_duration,
    parse_int,
    parse_number,
    parse_rate,
)

Rows = Sequence[tuple[int, tuple[Cell, ...]]]
_NUMERIC: frozenset[FieldType] = frozenset({"count", "int", "number", "money", "rate"})
_POST_FIELDS = tuple(f.name for f in fields(PostMetricsRow))[1:]  # after `line`, in order
_POST_ATTRIBUTES = frozenset(_POST_FIELDS)
_SLOTS = [getattr(PostMetricsRow, f.name) for f in fields(PostMetricsRow)]  # slot descriptors
assert not hasattr(PostMetricsRow, "__post_init__") and "__dict__" not in dir(PostMetricsRow)
_CODES: dict[FieldType, str] = {"when": "bad_date", "duration": "bad_duration", "hours": "bad_duration"}


@dataclass(frozen=True)
class Built:
    """The outcome of building one table's rows."""

    rows: tuple[Record, ...]
    problems: tuple[Problem, ...]
    ambiguous: tuple[str, ...] = ()
    totals: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class _Plan:
    """How to read one column."""

    column: Column
    attribute: str
    kind: FieldType
    parse: Callable[[Cell], Any]
    dates: DateColumn | None
    index: int = 0


def build(
    kind: Kind, rows: Rows, columns: Sequence[Column], *, delimiter: str | None = None,
    date_order: DateOrder | None = None, total_label: str | None = None, width: int = 0,
    latest: date | None = None,
) -> Built:
    """Records of `kind` from the data rows (header excluded); with the header's `width`, a
    row holding text beyond it (columns shifted by a stray quote or delimiter) is refused, and
    a row dated after `latest` (today) is reported as future_date."""
    rows, total_rows = _split_totals(rows, total_label)
    typed = [(c, *_typed(kind, c)) for c in columns]
    decimal = guess_decimal(_numeric_samples(rows, typed), delimiter)
    plans = [_plan(c, attr, ftype, rows, decimal, date_order) for c, attr, ftype in typed]
    plans = _share_date_order(plans, date_order)
    records, problems = _records(kind, rows, [p for p in plans if p.attribute], width, latest)
    ambiguous = tuple(p.column.header for p in plans if p.dates is not None and p.dates.ambiguous)
    totals = _totals(total_rows, plans)
    return Built(tuple(records), tuple(problems), ambiguous, totals)


def _joined(cells: tuple[Cell, ...]) -> str:
    """The extra cells of a row, for the message."""
    return ", ".join(str(cell) for cell in cells if cell not in ("", None))[:120]


def _typed(kind: Kind, column: Column) -> tuple[str, FieldType]:
    """The attribute and type of a column (unknown targets are read as text and dropped)."""
    return field_of(kind, column.target) or ("", "text")


def _split_totals(rows: Rows, label: str | None) -> tuple[Rows, Rows]:
    """Rows whose first cell is the totals label, apart from the rest."""
    if label is None:
        return rows, ()
    is_total = [bool(cells) and normalise(cells[0]) == label for _line, cells in rows]
    return (
        [row for row, total in zip(rows, is_total, strict=True) if not total],
        [row for row, total in zip(rows, is_total, strict=True) if total],
    )


def _numeric_samples(rows: Rows, typed: list[tuple[Column, str, FieldType]]) -> list[str]:
    """Text cells of the numeric columns, from the first 2,000 rows, to find the decimal mark."""
    indexes = [c.index for c, _attr, ftype in typed if ftype in _NUMERIC]
    return [
        cells[i]  # type: ignore[misc]
        for _line, cells in islice(rows, 2000)
        for i in indexes
        if i < len(cells) and isinstance(cells[i], str) and not cells[i].isdecimal()  # type: ignore[union-attr]
    ]


def _plan(
    column: Column, attribute: str, ftype: FieldType, rows: Rows, decimal: str,
    order: DateOrder | None,
) -> _Plan:
    """The parser of one column; date columns are parsed whole, here, to settle their order."""
    dates = None
    if ftype == "when":
        cells = [_cell(cells, column.index) for _line, cells in rows]
        dates = parse_date_column(cells, order)
    parse = _parser(ftype, decimal, column.percent)
    return _Plan(column, attribute, ftype, parse, dates, column.index)


def _share_date_order(plans: list[_Plan], given: DateOrder | None) -> list[_Plan]:
    """A column with no evidence of its own takes the order another date column proved."""
    proved = {p.dates.order for p in plans if p.dates is not None and p.dates.order}
    if given is not None or len(proved) != 1:
        return plans
    order = proved.pop()
    return [
        replace(p, dates=parse_date_column(p.dates.raw, order)) if p.dates and p.dates.ambiguous else p
        for p in plans
    ]


def _parser(ftype: FieldType, decimal: str, percent: bool) -> Callable[[Cell], Any]:
    """The parse function of a column type."""
    if ftype == "count":
        return partial(_count, decimal=decimal)
    if ftype == "int":
        return partial(parse_int, decimal=decimal)
    if ftype in ("number", "money"):
        return partial(parse_number, decimal=decimal)
    if ftype == "rate":
        return partial(parse_rate, decimal=decimal, percent_column=percent)
    if ftype == "duration":
        return partial(parse_duration, decimal=decimal)
    if ftype == "hours":
        return partial(_hours, decimal=decimal)
    return clean_text


def _count(cell: Cell, decimal: str) -> int | None:
    """A count: a whole number, not below zero ("12,345" read without the general parser)."""
    if isinstance(cell, str):
        if cell.isdecimal():
            return int(cell)
        whole = grouped_int(cell, "," if decimal == "." else ".")
        if whole is not None:
            return whole
    value = parse_int(cell, decimal)
    if value is not None and value < 0:
        raise ValueError("negative")
    return value


def _hours(cell: Cell, decimal: str) -> float | None:
    """Hours (YouTube's watch time) as seconds."""
    value = parse_number(cell, decimal)
    return None if value is None else value * 3600


def _cell(cells: tuple[Cell, ...], index: int) -> Cell:
    """The cell at `index`, None past the end of a short row."""
    return cells[index] if index < len(cells) else None


def _records(
    kind: Kind, rows: Rows, plans: list[_Plan], width: int, latest: date | None = None
) -> tuple[list[Record], list[Problem]]:
    """Parse column by column, then assemble each row or report its bad cells."""
    table = transpose(rows, max((plan.index for plan in plans), default=-1) + 1)
    # (a period's end may be ahead: Meta's "this month" reports end on the month's last day)
    columns = [_column(plan, table[plan.index], None if plan.attribute == "end" else latest)
               for plan in plans]
    bad: dict[int, list[tuple[_Plan, object]]] = {}
    for plan, parsed in zip(plans, columns, strict=True):
        for position in failures(parsed):
            bad.setdefault(position, []).append((plan, parsed[position]))
    attributes = [plan.attribute for plan in plans]
    if not bad and kind == "post_metrics":
        fast = _post_records(rows, attributes, columns, width)
        if fast is not None:
            return fast, []
    merge = _merge if len(set(attributes)) < len(attributes) else _plain_merge
    records: list[Record] = []
    problems: list[Problem] = []
    by_row = zip(*columns, strict=True) if columns else repeat((), len(rows))
    for position, ((line, cells), values) in enumerate(zip(rows, by_row, strict=True)):
        if width and len(cells) > width and any(cells[width:]):
            problems.append(Problem(line, "", "extra_cells", _joined(cells[width:])))
        elif position in bad:
            problems.extend(_bad_cells(line, cells, bad[position]))
        else:
            record = _record(kind, line, merge(attributes, values), plans, problems)
            if record is not None:
                records.append(record)
    return records, problems


def _post_records(rows: Rows, attributes: list[str], columns: list[list[Any]],
                  width: int) -> list[Record] | None:
    """The post records of a table without a problem, built a column at a time (no dict per
    row); None when some row has one (extra cells, no id) or two columns feed one field."""
    if len(set(attributes)) < len(attributes) or not set(attributes) <= _POST_ATTRIBUTES:
        return None
    if width and rows and max(map(len, map(itemgetter(1), rows))) > width:
        return None
    given = dict(zip(attributes, columns, strict=True))
    nothing = [None] * len(rows)
    ids, links = given.get("external_id", nothing), given.get("permalink", nothing)
    if not all(i or link for i, link in zip(ids, links, strict=True)):
        return None
    return _filled(PostMetricsRow, [list(map(itemgetter(0), rows)),
                                    *(given.get(a, nothing) for a in _POST_FIELDS)])


def _filled(cls: type[PostMetricsRow], columns: list[list[Any]]) -> list[Record]:
    """Records of a frozen slotted dataclass without __post_init__, a field at a time through
    its slot (what __init__ does, one setattr per field per row, in C loops)."""
    records = list(map(object.__new__, repeat(cls, len(columns[0]))))
    for slot, values in zip(_SLOTS, columns, strict=True):
        deque(map(slot.__set__, records, values), maxlen=0)
    return records  # type: ignore[return-value]


def _column(plan: _Plan, cells: Sequence[Cell], latest: date | None = None) -> list[Any]:
    """The parsed values of one column."""
    if plan.dates is not None:
        return dated_column(plan.dates.values, latest)
    return parse_column(cells, plan.kind, plan.parse)


def _bad_cells(line: int, cells: tuple[Cell, ...], bad: list[tuple[_Plan, object]]) -> list[Problem]:
    """The problems of one row's failed cells."""
    return [
        Problem(line, plan.column.header, _code(plan, marker), str(_cell(cells, plan.index)))
        for plan, marker in bad
    ]


def _merge(attributes: list[str], values: tuple[Any, ...]) -> dict[str, Any]:
    """Attribute -> value; where two columns feed one attribute, the first given value wins."""
    merged: dict[str, Any] = {}
    for attribute, value in zip(attributes, values, strict=True):
        if value is not None or attribute not in merged:
            merged[attribute] = value
    return merged


def _plain_merge(attributes: list[str], values: tuple[Any, ...]) -> dict[str, Any]:
    """Attribute -> value when each attribute has one column."""
    return dict(zip(attributes, values, strict=True))


def _code(plan: _Plan, marker: object) -> str:
    """The problem code of a cell that did not parse."""
    if marker is FUTURE:
        return "future_date"
    return "negative" if marker is NEGATIVE else _CODES.get(plan.kind, "bad_number")


def _record(
    kind: Kind, line: int, values: dict[str, Any], plans: list[_Plan], problems: list[Problem]
) -> Record | None:
    """The record of `kind`, or None after reporting a missing key field."""
    missing = _missing(kind, values)
    if missing:
        problems.append(Problem(line, "", missing, ""))
        return None
    if kind == "post_metrics":
        return PostMetricsRow(line, **values)
    if kind == "follower_history":
        return FollowerRow(line, _day(values["day"]), values.get("followers"), values.get("change"))
    if kind == "campaign_daily":
        return _campaign(line, values, plans)
    day, external_id = _day(values.pop("day")), values.pop("external_id", None)
    metrics = tuple((name, float(v)) for name, v in values.items() if v is not None)
    return AccountDayRow(line, day, metrics, external_id)


def _missing(kind: Kind, values: dict[str, Any]) -> str | None:
    """The code of a missing key field, if any."""
    if kind == "post_metrics":
        return None if values.get("external_id") or values.get("permalink") else "missing_id"
    if kind == "campaign_daily":
        return None if values.get("campaign") else "missing_campaign"
    if values.get("day") is None:
        return "missing_date"
    if kind == "post_daily" and not values.get("external_id"):
        return "missing_id"
    return None


def _campaign(line: int, values: dict[str, Any], plans: list[_Plan]) -> CampaignDayRow:
    """A campaign row; a "Day" column sets start and end; a "(USD)" header gives the currency."""
    day = values.pop("day", None)
    if day is not None:
        values.setdefault("start", day)
        values.setdefault("end", day)
    for key in ("start", "end"):
        if values.get(key) is not None:
            values[key] = _day(values[key])
    if not values.get("currency"):
        values["currency"] = next((p.column.currency for p in plans if p.column.currency), None)
    return CampaignDayRow(line, **values)


def _day(value: date) -> date:
    """The date of a date or datetime."""
    return value.date() if isinstance(value, datetime) else value


def _totals(rows: Rows, plans: list[_Plan]) -> tuple[tuple[str, float], ...]:
    """The numbers of a totals row by target name (unreadable cells left out)."""
    found: list[tuple[str, float]] = []
    for _line, cells in rows[:1]:
        for plan in plans:
            if plan.kind in _NUMERIC or plan.kind in ("duration", "hours"):
                try:
                    value = plan.parse(_cell(cells, plan.column.index))
                except ValueError:
                    continue
                if value is not None:
                    found.append((plan.attribute or plan.column.target, float(value)))
    return tuple(found)

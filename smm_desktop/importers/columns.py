"""Whole-column parsing, the fast path of the row builder: one list comprehension per column
with a plain-digits shortcut, so a 100,000-row export is not 2 million function calls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from smm_desktop.importers.text import Cell

BAD = object()  # a cell that did not parse
NEGATIVE = object()  # a count below zero
FUTURE = object()  # a date after the last day a row may have (today)
_MARKERS = frozenset({BAD, NEGATIVE, FUTURE})
PLAIN_FLOAT = frozenset({"number", "money", "duration"})


def transpose(rows: Sequence[tuple[int, tuple[Cell, ...]]], width: int) -> list[tuple[Cell, ...]]:
    """The first `width` columns of the rows (short rows padded with None), in one C-level pass."""
    if rows and min(map(len, map(itemgetter(1), rows))) >= width:  # (no short row: C loops)
        return list(zip(*map(itemgetter(1), rows), strict=False))[:width]
    padding = (None,) * width
    padded = [(cells + padding)[:width] if len(cells) != width else cells for _l, cells in rows]
    return list(zip(*padded, strict=True)) if padded else [() for _ in range(width)]


def parse_column(cells: Sequence[Cell], ftype: str, parse: Callable[[Cell], Any]) -> list[Any]:
    """Parsed values, with BAD or NEGATIVE in place of cells that failed."""
    try:
        return _fast_column(cells, ftype, parse)
    except ValueError:  # plain digits int() refuses (thousands of them): cell by cell
        return [None if c == "" else _safe(parse, c) for c in cells]


def _fast_column(cells: Sequence[Cell], ftype: str, parse: Callable[[Cell], Any]) -> list[Any]:
    """parse_column with plain digits read in the comprehension (the common cell)."""
    if ftype == "count":
        return [int(c) if type(c) is str and c.isdecimal() else _safe(parse, c) for c in cells]
    if ftype in PLAIN_FLOAT:  # their parsers read plain digits as float(int(digits))
        return [None if c == "" else float(int(c)) if type(c) is str and c.isdecimal()
                else _safe(parse, c) for c in cells]
    if ftype == "text":
        return [
            (c.strip() or None) if type(c) is str and "\r" not in c else _safe(parse, c)
            for c in cells
        ]
    return [None if c == "" else _safe(parse, c) for c in cells]


def dated_column(values: Sequence[object], latest: date | None = None) -> list[Any]:
    """A parsed date column with BAD in place of its errors and FUTURE in place of the dates
    after `latest`."""
    if latest is None:
        return [BAD if isinstance(v, ValueError) else v for v in values]
    return [BAD if isinstance(v, ValueError) else FUTURE if _after(v, latest) else v
            for v in values]


def _after(value: object, latest: date) -> bool:
    """True for a date (or a datetime's day, as the file wrote it) after `latest`."""
    if isinstance(value, datetime):
        return value.date() > latest
    return isinstance(value, date) and value > latest


def _safe(parse: Callable[[Cell], Any], cell: Cell) -> Any:
    """parse(cell), or the marker of why it failed."""
    try:
        return parse(cell)
    except ValueError as error:
        return NEGATIVE if str(error) == "negative" else BAD


def failures(values: list[Any]) -> list[int]:
    """Positions of the cells that failed."""
    try:
        if _MARKERS.isdisjoint(values):  # (a C loop: the usual column has none)
            return []
    except TypeError:  # an unhashable value: look one by one
        pass
    return [p for p, v in enumerate(values) if v is BAD or v is NEGATIVE or v is FUTURE]

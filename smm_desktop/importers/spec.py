"""How a known export is recognised (a few key headers) and how its columns map to fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from smm_desktop.importers.headers import normalise
from smm_desktop.importers.records import DateOrder, Kind

if TYPE_CHECKING:
    from smm_desktop.importers.build import Built
    from smm_desktop.importers.text import Table

_CURRENCY = re.compile(r"\(([A-Z]{3})\)")


@dataclass(frozen=True)
class Column:
    """One mapped column: its index, header as written, target field and what the header says."""

    index: int
    header: str
    target: str
    percent: bool = False
    currency: str | None = None


@dataclass(frozen=True)
class FormatSpec:
    """A platform export: `keys` (normalised headers) must all be present to recognise it;
    `columns` maps normalised headers (or "prefix*") to targets; extra columns are ignored."""

    name: str
    platform: str
    kind: Kind
    keys: tuple[str, ...]
    columns: Mapping[str, str]
    date_order: DateOrder | None = "mdy"
    sources: tuple[str, ...] = ()  # the file must have one of these names (zip members)
    total_label: str | None = None  # a first cell marking a totals row, kept out of the rows
    skip_prefixes: tuple[str, ...] = ()  # headers never mapped ("promoted ")
    # a reader of its own: (spec, table, header index, latest day a row may have)
    reader: Callable[[FormatSpec, Table, int, date | None], Built] | None = field(
        default=None, compare=False)

    def matches(self, names: set[str], source: str) -> bool:
        """True when every key header is present (and the file name fits, when it must)."""
        if self.sources and source.casefold() not in self.sources:
            return False
        return all(key in names for key in self.keys)


def resolve_columns(
    headers: tuple[str, ...], columns: Mapping[str, str], skip: tuple[str, ...] = ()
) -> tuple[Column, ...]:
    """The columns of `headers` that `columns` maps, first match of each target winning."""
    chosen: list[Column] = []
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = normalise(header)
        if not name or name.startswith(skip):
            continue
        target = _target(name, columns)
        if target is None or target in taken:
            continue
        taken.add(target)
        chosen.append(_column(index, header, name, target))
    return tuple(chosen)


def _target(name: str, columns: Mapping[str, str]) -> str | None:
    """The target of a normalised header: exact first, then the longest "prefix*" entry."""
    if name in columns:
        return columns[name]
    prefixes = [key for key in columns if key.endswith("*") and name.startswith(key[:-1])]
    return columns[max(prefixes, key=len)] if prefixes else None


def _column(index: int, header: str, name: str, target: str) -> Column:
    """A Column noting a "(%)" header and a currency code such as "(USD)"."""
    currency = _CURRENCY.search(header)
    return Column(index, header, target, "%" in name, currency[1] if currency else None)

"""Which export a table is, from a few key headers (case- and space-insensitive; columns may be
added, removed or reordered), and where its header row is."""

from __future__ import annotations

from smm_desktop.importers import facebook, instagram, linkedin, meta_ads, tiktok, x, youtube
from smm_desktop.importers.headers import HEADER_SCAN_ROWS, normalise
from smm_desktop.importers.spec import FormatSpec, resolve_columns
from smm_desktop.importers.text import Table

SPECS: tuple[FormatSpec, ...] = (
    *facebook.SPECS, *instagram.SPECS, *x.SPECS, *linkedin.SPECS, *tiktok.SPECS,
    *youtube.SPECS, *meta_ads.SPECS,
)
SPECS_BY_NAME = {spec.name: spec for spec in SPECS}


def detect(table: Table, specs: tuple[FormatSpec, ...] = SPECS) -> tuple[FormatSpec, int] | None:
    """The best matching format and the index (in table.rows) of its header row, or None.
    The first row that matches any format is the header; among formats matching it, the one
    with the most key headers, then the most mapped columns, wins."""
    source = table.source.rsplit("/", 1)[-1]
    for index, (_line, cells) in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        names = {normalise(cell) for cell in cells}
        matching = [spec for spec in specs if spec.matches(names, source)]
        if matching:
            return max(matching, key=lambda spec: _score(spec, cells)), index
    return None


def _score(spec: FormatSpec, cells: tuple[object, ...]) -> tuple[int, int, int]:
    """Rank formats matching the same row: name-bound first, then keys, then mapped columns."""
    headers = tuple(str(cell) if cell is not None else "" for cell in cells)
    mapped = len(resolve_columns(headers, spec.columns, spec.skip_prefixes))
    return (len(spec.sources), len(spec.keys), mapped)


def near_miss(table: Table, specs: tuple[FormatSpec, ...] = SPECS
              ) -> tuple[FormatSpec, int, tuple[str, ...]] | None:
    """A format most of whose key headers (at least two, more than half) one of the first rows
    holds: the format, that row's index and the key headers it lacks, as the platform writes
    them. For a file that lost a required column, so the person is told which."""
    source = table.source.rsplit("/", 1)[-1]
    best: tuple[int, FormatSpec, int, tuple[str, ...]] | None = None
    for index, (_line, cells) in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        names = {normalise(cell) for cell in cells}
        for spec in specs:
            if spec.sources and source.casefold() not in spec.sources:
                continue
            found = sum(1 for key in spec.keys if key in names)
            if found >= 2 and found * 2 > len(spec.keys) and (best is None or found > best[0]):
                missing = tuple(_shown(k) for k in spec.keys if k not in names)
                best = (found, spec, index, missing)
    return None if best is None else best[1:]


def _shown(key: str) -> str:
    """A normalised key header as exports write it: "publish time" -> "Publish time"."""
    return key[:1].upper() + key[1:]

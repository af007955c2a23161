"""The readers' entry points: read_export (recognise and read every table of a file) and
read_mapped (any CSV/XLSX through a column mapping). Neither raises on bad input: what could
not be read is in ReadResult.problems."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime

from smm_desktop.importers.build import Built, build
from smm_desktop.importers.detect import detect, near_miss
from smm_desktop.importers.fields import field_of
from smm_desktop.importers.headers import header_texts, likely_header_row, normalise, signature
from smm_desktop.importers.records import (
    AccountDayRow,
    CampaignDayRow,
    DateOrder,
    FollowerRow,
    Kind,
    PostMetricsRow,
    Problem,
    ReadResult,
    Record,
)
from smm_desktop.importers.sheets import read_tables
from smm_desktop.importers.spec import FormatSpec, resolve_columns
from smm_desktop.importers.text import Table

# The encodings the platforms write (Excel's resave in a legacy code page is not one).
NATIVE_ENCODINGS = (None, "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "ascii")


def read_export(
    data: bytes, source: str, *, date_order: DateOrder | None = None,
    latest: date | None = None,
) -> tuple[ReadResult, ...]:
    """One ReadResult per table of `data` (a CSV, each sheet, each CSV in a zip). `source` is
    the file name; `date_order` answers an earlier ambiguous_dates question; a row dated after
    `latest` (today, when given) is reported as future_date."""
    return tuple(_read_table(table, date_order, latest) for table in read_tables(data, source))


def read_mapped(
    data: bytes, source: str, mapping: Mapping[str, str], kind: Kind, *,
    sheet: str | None = None, date_order: DateOrder | None = None, latest: date | None = None,
) -> ReadResult:
    """Read a table through `mapping` (header as written, matched case/space-insensitively ->
    target field of `kind`, see fields.KIND_FIELDS); the header row is the one holding the
    most mapped headers among the first rows."""
    tables = read_tables(data, source)
    table = next((t for t in tables if sheet is None or t.sheet == sheet), tables[0])
    wanted = {normalise(header): target for header, target in mapping.items() if target}
    index = _mapped_header_row(table, wanted)
    headers = _headers(table, index)
    columns = tuple(c for c in resolve_columns(headers, wanted) if field_of(kind, c.target))
    built = build(kind, table.rows[index + 1 :] if table.rows else (), columns,
                  delimiter=table.delimiter, date_order=date_order, width=len(headers),
                  latest=latest)
    return _result(table, "mapped", "mapped", kind, index, built)


def _read_table(table: Table, date_order: DateOrder | None, latest: date | None) -> ReadResult:
    """Recognise one table and read it, or describe it as unknown (naming the column missing
    when it is nearly a known format)."""
    found = detect(table) if table.rows else None
    if found is None:
        return _unknown(table)
    spec, index = found
    built = _build_spec(spec, table, index, date_order, latest)
    return _result(table, spec.platform, spec.name, spec.kind, index, built)


def _build_spec(
    spec: FormatSpec, table: Table, index: int, date_order: DateOrder | None,
    latest: date | None = None,
) -> Built:
    """The records of a recognised table; the format's own date order only while the file
    still has the platform's shape (the caller's answer always wins)."""
    spec = replace(spec, date_order=date_order or _native_order(spec, table))
    if spec.reader is not None:
        return spec.reader(spec, table, index, latest)
    headers = _headers(table, index)
    columns = resolve_columns(headers, spec.columns, spec.skip_prefixes)
    return build(spec.kind, table.rows[index + 1 :], columns, delimiter=table.delimiter,
                 date_order=spec.date_order, total_label=spec.total_label,
                 width=len(headers), latest=latest)


def _native_order(spec: FormatSpec, table: Table) -> DateOrder | None:
    """The format's date order, or None when the file was resaved (by Excel in another
    locale: a semicolon or tab list, a legacy "ANSI" encoding), so its dates are asked."""
    if table.delimiter not in (",", None) or table.encoding not in NATIVE_ENCODINGS:
        return None
    return spec.date_order


def _unknown(table: Table) -> ReadResult:
    """An unrecognised table: its likely header and signature, for the mapping dialog; when
    most key headers of a format are there, the missing ones as problems at the header."""
    near = near_miss(table) if table.rows else None
    if near is not None:
        spec, index, missing = near
        line = table.rows[index][0]
        problems = tuple(Problem(line, header, "missing_column", "") for header in missing)
        result = _result(table, spec.platform, spec.name, None, index, Built((), problems))
        return result
    index = likely_header_row(table.rows)
    built = Built((), ())
    return _result(table, "unknown", "unknown", None, index if table.rows else None, built)


def _result(
    table: Table, platform: str, name: str, kind: Kind | None, index: int | None, built: Built
) -> ReadResult:
    """Assemble the ReadResult of one table."""
    headers = _headers(table, index) if index is not None and table.rows else ()
    return ReadResult(
        platform=platform, format=name, kind=kind, source=table.source,
        encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet,
        header_line=table.rows[index][0] if index is not None and table.rows else None,
        headers=headers, signature=signature(headers), date_range=date_range(built.rows),
        rows=built.rows, problems=table.problems + built.problems,
        ambiguous_dates=built.ambiguous, totals=built.totals,
    )


def _headers(table: Table, index: int) -> tuple[str, ...]:
    """The header texts of row `index` ((), when the table is empty)."""
    return header_texts(table.rows[index][1]) if table.rows else ()


def _mapped_header_row(table: Table, wanted: Mapping[str, str]) -> int:
    """The first row among the first ones holding the most mapped headers."""
    scores: list[int] = [
        sum(1 for cell in cells if normalise(cell) in wanted) for _line, cells in table.rows[:12]
    ]
    best = max(scores, default=0)
    return scores.index(best) if best else likely_header_row(table.rows)


def date_range(rows: tuple[Record, ...]) -> tuple[date, date] | None:
    """The first and last day the rows cover (publish days for posts)."""
    days = [day for row in rows for day in _days(row)]
    return (min(days), max(days)) if days else None


def _days(row: Record) -> list[date]:
    """The days one record covers."""
    if isinstance(row, AccountDayRow | FollowerRow):
        return [row.day]
    if isinstance(row, CampaignDayRow):
        return [d for d in (row.start, row.end) if d is not None]
    assert isinstance(row, PostMetricsRow)
    when = row.published_at
    return [] if when is None else [when.date() if isinstance(when, datetime) else when]


__all__ = ["Problem", "ReadResult", "read_export", "read_mapped"]

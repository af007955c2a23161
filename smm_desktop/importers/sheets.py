"""Containers: workbooks (.xlsx/.xls through python-calamine) and zip files of CSVs (YouTube
Studio), each turned into Tables; plain text goes to text.read_text_table."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import PurePosixPath

from smm_desktop.importers.records import Problem
from smm_desktop.importers.text import Cell, Table, read_text_table

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_MAX_MEMBER_BYTES = 200 * 1024 * 1024


def read_tables(data: bytes, source: str) -> tuple[Table, ...]:
    """Every table in `data`: one per CSV, per non-empty sheet, or per CSV inside a zip."""
    if data.startswith(_OLE_MAGIC):
        return read_workbook(data, source)
    if data.startswith(_ZIP_MAGIC):
        return _read_zip_or_xlsx(data, source)
    return (read_text_table(data, source),)


def _read_zip_or_xlsx(data: bytes, source: str) -> tuple[Table, ...]:
    """An .xlsx is a zip holding xl/workbook.xml; any other zip is read member by member."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return (_unreadable(source, "bad_zip"),)
    if "xl/workbook.xml" in names:
        return read_workbook(data, source)
    return _read_members(archive, source)


def _read_members(archive: zipfile.ZipFile, source: str) -> tuple[Table, ...]:
    """The CSV members of a zip, in the archive's order, named by their file name."""
    tables: list[Table] = []
    for info in archive.infolist():
        name = PurePosixPath(info.filename).name
        if info.is_dir() or not name.lower().endswith((".csv", ".txt", ".tsv")):
            continue
        if info.file_size > _MAX_MEMBER_BYTES:
            tables.append(_unreadable(name, "too_large"))
            continue
        try:
            tables.append(read_text_table(archive.read(info), name))
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
            tables.append(_unreadable(name, "bad_zip"))
    return tuple(tables) or (_unreadable(source, "no_tables"),)


def read_workbook(data: bytes, source: str) -> tuple[Table, ...]:
    """One Table per non-empty sheet; row numbers are the ones Excel shows (1-based)."""
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        tables = tuple(
            _sheet_table(source, name, book.get_sheet_by_name(name).to_python(skip_empty_area=False))
            for name in book.sheet_names
        )
    except Exception:  # calamine raises its own error types for every kind of damage
        return (_unreadable(source, "bad_workbook"),)
    return tuple(table for table in tables if table.rows) or (_unreadable(source, "no_tables"),)


def _sheet_table(source: str, sheet: str, grid: Sequence[Sequence[object]]) -> Table:
    """The non-blank rows of one sheet, keyed by their Excel row number."""
    rows = tuple(
        (number, tuple(_cell(value) for value in values))
        for number, values in enumerate(grid, start=1)
        if any(value not in ("", None) for value in values)
    )
    return Table(source, rows, sheet=sheet)


def _cell(value: object) -> Cell:
    """Calamine's values as they are (numbers, dates, text); anything odd as text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, datetime | date | time | timedelta):
        return value
    return str(value)


def _unreadable(source: str, code: str) -> Table:
    """An empty table carrying why the file could not be read."""
    return Table(source, (), (Problem(0, "", code, ""),))

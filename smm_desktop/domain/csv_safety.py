"""CSV cells that a spreadsheet cannot run as formulas, and files written whole or not at all.

OWASP's CSV injection guidance: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return may be read as a formula by Excel, LibreOffice or Google Sheets; a leading single quote
makes it plain text. Plain numbers such as `-12` or `+3.5` are left alone: they are not formulas
and reports need negative growth to stay a number.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?|[+-]?\d+(?:[.,]\d+)?%?")


def safe_cell(value: str) -> str:
    """`value`, with a leading `'` when a spreadsheet could take it for a formula."""
    if value.startswith(DANGEROUS_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _cell_text(value: object) -> str:
    return "" if value is None else str(value)


def csv_bytes(headers: Sequence[object], rows: Iterable[Sequence[object]]) -> bytes:
    """The CSV file's bytes: UTF-8 with a BOM (so Excel reads Arabic), every cell made safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in (headers, *rows):
        writer.writerow([safe_cell(_cell_text(value)) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, headers: Sequence[object], rows: Iterable[Sequence[object]]) -> None:
    """Write a spreadsheet-safe CSV file atomically (see `csv_bytes`)."""
    write_atomically(path, csv_bytes(headers, rows))


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half.

    The temporary file is created like any new file (the user's umask applies); a replaced
    file keeps its permissions.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with temp.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            shutil.copymode(path, temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

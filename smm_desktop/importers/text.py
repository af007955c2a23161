"""Bytes to rows: the encoding, Excel's `sep=` line, the delimiter, and CSV records that keep
the physical line of their start. Strict about quotes, so a broken quote costs one row, not the
rest of the file.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from smm_desktop.importers.records import Problem

Cell = str | int | float | bool | date | datetime | time | timedelta | None
DELIMITERS = (",", ";", "\t")
_SNIFF_CHARS = 32_768
_SNIFF_RECORDS = 30
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Table:
    """Rows of one CSV file, sheet or zip member, each with its line (or Excel row) number."""

    source: str
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    problems: tuple[Problem, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


def detect_encoding(data: bytes) -> tuple[str, int]:
    """The encoding of `data` and the length of its byte-order mark."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    utf16 = _utf16_by_nuls(data[:4096])
    if utf16:
        return utf16, 0
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _arabic_or_western(data), 0
    return "utf-8", 0


def _utf16_by_nuls(head: bytes) -> str | None:
    """UTF-16 without a BOM: most ASCII characters leave a NUL on the same side."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.6 and even < pairs * 0.1:
        return "utf-16-le"
    if even >= pairs * 0.6 and odd < pairs * 0.1:
        return "utf-16-be"
    return None


def _arabic_or_western(data: bytes) -> str:
    """Windows-1256 (Arabic) or Windows-1252: a high byte next to another is an Arabic word,
    one next to an ASCII letter an accent in a Latin word; charset-normalizer breaks a tie."""
    arabic = latin = 0
    sample = data[:65_536]
    for index, byte in enumerate(sample):
        if byte >= 0xC0:
            neighbours = sample[max(index - 1, 0) : index] + sample[index + 1 : index + 2]
            if any(n >= 0xC0 for n in neighbours):
                arabic += 1
            elif any(chr(n).isalpha() for n in neighbours if n < 0x80):
                latin += 1
    if arabic != latin:
        return "cp1256" if arabic > latin else "cp1252"
    return _normalizer_guess(data)


def _normalizer_guess(data: bytes) -> str:
    """Ask charset-normalizer to choose between the two Windows code pages."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65_536], cp_isolation=["cp1256", "cp1252"]).best()
    return "cp1256" if best is not None and best.encoding == "cp1256" else "cp1252"


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding used; never raises (bad bytes become U+FFFD)."""
    encoding, skip = detect_encoding(data)
    text = data[skip:].decode(encoding, errors="replace")
    return text, encoding


def split_lines(text: str) -> list[str]:
    """Physical lines with their endings (\\n, \\r\\n or \\r), as an editor numbers them."""
    return io.StringIO(text, newline="").readlines()


def excel_sep_line(first: str) -> str | None:
    """The delimiter named by Excel's `sep=;` first line, or None when there is none."""
    line = first.strip().strip('"')
    if len(line) == 5 and line[:4].lower() == "sep=":
        return line[4]
    return None


def sniff_delimiter(lines: list[str]) -> str:
    """The candidate found the same (non-zero) number of times, outside quotes, on most of the
    first records; ties go to the most frequent, then to the comma. Only a candidate the header
    (the first record holding any) has can win: a tab inside a comma file's texts is text."""
    counts = _counts_per_record("".join(lines[:200])[:_SNIFF_CHARS])
    header = next((c for c in counts if any(c.values())), None)
    allowed = [d for d in DELIMITERS if header is not None and header[d]] or list(DELIMITERS)
    best, best_score = ",", (0, 0)
    for delimiter in allowed:
        per_record = [c[delimiter] for c in counts if c[delimiter]]
        if not per_record:
            continue
        mode = max(set(per_record), key=per_record.count)
        score = (per_record.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _counts_per_record(sample: str) -> list[dict[str, int]]:
    """Count each candidate delimiter outside quotes, record by record."""
    records: list[dict[str, int]] = []
    current = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in sample:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in current:
            current[char] += 1
        elif char == "\n":
            records.append(current)
            current = dict.fromkeys(DELIMITERS, 0)
            if len(records) >= _SNIFF_RECORDS:
                break
    return [*records, current]


def read_text_table(data: bytes, source: str) -> Table:
    """Decode `data` and split it into records; a `sep=` line is honoured and skipped."""
    text, encoding = decode(data)
    lines = split_lines(text)
    start = 0
    delimiter = excel_sep_line(lines[0]) if lines else None
    if delimiter is not None:
        start = 1
    else:
        delimiter = sniff_delimiter(lines)
    rows, problems = read_records(lines, delimiter, start)
    return Table(source, rows, problems, encoding, delimiter)


def read_records(
    lines: list[str], delimiter: str, start: int = 0
) -> tuple[tuple[tuple[int, tuple[Cell, ...]], ...], tuple[Problem, ...]]:
    """CSV records from lines[start:], each with the 1-based line it starts on. A record the
    csv module refuses, or one spanning lines whose width differs from the header's, is
    reported as `broken_quote` and reading resumes on the line after its start."""
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    problems: list[Problem] = []
    position = start
    while position < len(lines):
        position = _read_until_broken(lines, delimiter, position, rows, problems)
    return tuple(rows), tuple(problems)


def _read_until_broken(
    lines: list[str], delimiter: str, position: int,
    rows: list[tuple[int, tuple[Cell, ...]]], problems: list[Problem],
) -> int:
    """Read records from `position`; return where to resume (len(lines) when done)."""
    reader = csv.reader(_from(lines, position), delimiter=delimiter, strict=True)
    consumed = 0
    widths = {len(cells) for _, cells in rows[:50]}  # a width the header or a row had is fine
    width = max(widths, default=0)  # (a row with stray extra cells must not refuse the rest)
    while True:
        first = position + consumed
        try:
            cells = next(reader)
        except StopIteration:
            return len(lines)
        except csv.Error:
            problems.append(Problem(first + 1, "", "broken_quote", _clip(lines[first])))
            return first + 1
        consumed = reader.line_num
        spans = position + consumed - first > 1
        if spans and width and not _fits(cells, width) and len(cells) not in widths:
            problems.append(Problem(first + 1, "", "broken_quote", _clip(lines[first])))
            return first + 1
        if cells and any(cells):
            rows.append((first + 1, tuple(cells)))
            if len(rows) <= 50:
                widths.add(len(cells))
                width = max(width, len(cells))


def _from(lines: list[str], position: int) -> Iterator[str]:
    """Lines from `position` without copying the list."""
    for index in range(position, len(lines)):
        yield lines[index]


def _fits(cells: list[str], width: int) -> bool:
    """A record spanning lines is believed when it is as wide as the header (extra cells empty)."""
    return len(cells) == width or (len(cells) > width and _width(cells) <= width)


def _width(cells: tuple[Cell, ...] | list[str]) -> int:
    """The number of cells up to the last non-empty one (Excel pads rows with empty cells)."""
    width = len(cells)
    while width and cells[width - 1] in ("", None):
        width -= 1
    return width


def _clip(raw: str, limit: int = 120) -> str:
    """A raw line short enough for a message."""
    raw = raw.rstrip("\r\n")
    return raw if len(raw) <= limit else raw[: limit - 1] + "…"

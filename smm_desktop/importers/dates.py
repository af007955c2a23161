"""Dates and times in the formats the platforms export, parsed a COLUMN at a time, so that
03/04 is settled by the rest of the column (a day above 12 decides the order) or reported as
ambiguous for the caller to ask.

Parsed values: a `date` for a date alone, a `datetime` with a time; aware (UTC offset) only when
the text gives one ("Z", "+0000"), else naive in the file's own time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from smm_desktop.importers.records import DateOrder, When
from smm_desktop.importers.text import Cell

NO_DATE = frozenset({"", "lifetime", "total", "totals", "-", "—", "all time"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TIME = r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?\s*([AaPp]\.?[Mm]\.?)?)?"
_ZONE = r"\s*(Z|(?:UTC|GMT)?[+-]\d{2}:?\d{2}|UTC|GMT)?"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + _ZONE + r"$")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})" + _TIME + _ZONE + r"$")
_MONTH_FIRST = re.compile(
    r"(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
    + _TIME + _ZONE + r"$"
)
_DAY_FIRST = re.compile(
    r"(?:[A-Za-z]{3,9}\.?,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})" + _TIME + _ZONE + r"$"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_EXCEL_EPOCH = datetime(1899, 12, 30)


@dataclass(frozen=True, slots=True)
class _Parts:
    """A date's pieces before the day/month order is known: a, b are (day, month) or reversed."""

    year: int
    a: int
    b: int
    time: tuple[int, int, int, int] | None
    zone: timezone | None
    settled: bool  # True when (a, b) is already (month, day)


@dataclass(frozen=True)
class DateColumn:
    """One column's dates: values[i] is a date/datetime, None (no date) or an Exception (bad)."""

    values: tuple[When | ValueError | None, ...]
    order: DateOrder | None
    ambiguous: bool
    raw: tuple[Cell, ...] = ()


def parse_date_column(cells: Sequence[Cell], order: DateOrder | None = None) -> DateColumn:
    """Parse a whole column. `order` is the caller's answer (or the format's known order); the
    column's own evidence wins over it, and without both the column is flagged ambiguous."""
    memo: dict[Cell, _Parts | When | ValueError | None] = {}
    parts = [_memo_split(cell, memo) for cell in cells]
    found = _evidence(p for p in parts if isinstance(p, _Parts))
    ambiguous = found is None and order is None and _needs_order(parts)
    chosen: DateOrder = found or order or "dmy"
    values = tuple(_compose(p, chosen) for p in parts)
    return DateColumn(values, found or order, ambiguous, tuple(cells))


def parse_date(cell: Cell, order: DateOrder = "mdy") -> When | None:
    """One value on its own (ValueError when it is not a date)."""
    value = _compose(_split(cell), order)
    if isinstance(value, ValueError):
        raise value
    return value


def _memo_split(cell: Cell, memo: dict[Cell, _Parts | When | ValueError | None]) -> _Parts | When | ValueError | None:
    """_split with a memo (daily files repeat their dates, Meta's "Lifetime" repeats)."""
    found = memo.get(cell, memo)
    if found is memo:
        found = memo[cell] = _fast_split(cell) if type(cell) is str else _split(cell)
    return found  # type: ignore[return-value]


def _fast_split(text: str) -> _Parts | When | ValueError | None:
    """The shapes the big exports use, by position: "11/27/2026 10:00" and "2026-11-27"."""
    if len(text) == 16 and text[2] == "/" and text[5] == "/" and text[10] == " " and text[13] == ":":
        digits = text[:2] + text[3:5] + text[6:10] + text[11:13] + text[14:]
        if digits.isascii() and digits.isdigit():
            clock = (int(text[11:13]), int(text[14:]), 0, 0)
            return _Parts(int(text[6:10]), int(text[:2]), int(text[3:5]), clock, None, False)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        digits = text[:4] + text[5:7] + text[8:]
        if digits.isascii() and digits.isdigit():
            return _Parts(int(text[:4]), int(text[5:7]), int(text[8:]), None, None, True)
    return _split(text)


def _split(cell: Cell) -> _Parts | When | ValueError | None:
    """The pieces of one cell; sheet dates pass through, Excel serial numbers are converted."""
    if isinstance(cell, datetime | date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _from_serial(float(cell))
    if not isinstance(cell, str):
        return None if cell is None else ValueError("not a date")
    text = " ".join(cell.translate(_DIGITS).split())
    if text.lower() in NO_DATE:
        return None
    return _match(text)


def _from_serial(serial: float) -> When | ValueError:
    """An Excel day number (1900 system) as a date, or a datetime when it has a time."""
    if not 1 <= serial < 2_958_466:
        return ValueError("not a date")
    moment = _EXCEL_EPOCH + timedelta(days=serial)
    return moment.date() if serial.is_integer() else moment


def _match(text: str) -> _Parts | ValueError:
    """Try the known shapes in turn."""
    if match := _ISO.match(text):
        return _parts(int(match[1]), int(match[2]), int(match[3]), match, 4, settled=True)
    if match := _NUMERIC.match(text):
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        if text[match.end(1)] == ".":  # 01.11.2026: dotted dates are written day first
            return _parts(year, int(match[2]), int(match[1]), match, 4, settled=True)
        return _parts(year, int(match[1]), int(match[2]), match, 4, settled=False)
    if (match := _MONTH_FIRST.match(text)) and match[1].lower() in _MONTHS:
        return _parts(int(match[3]), _MONTHS[match[1].lower()], int(match[2]), match, 4, True)
    if (match := _DAY_FIRST.match(text)) and match[2].lower() in _MONTHS:
        return _parts(int(match[3]), _MONTHS[match[2].lower()], int(match[1]), match, 4, True)
    return ValueError("not a date")


def _parts(
    year: int, a: int, b: int, match: re.Match[str], at: int, settled: bool
) -> _Parts | ValueError:
    """Collect the pieces, converting a 12-hour clock and a UTC offset."""
    clock = None
    if match[at] is not None:
        hour, minute = int(match[at]), int(match[at + 1])
        second = int(match[at + 2] or 0)
        micro = int((match[at + 3] or "0").ljust(6, "0"))
        meridiem = (match[at + 4] or "").lower().replace(".", "")
        if meridiem and not 1 <= hour <= 12:
            return ValueError("bad hour")
        hour = hour % 12 + (12 if meridiem == "pm" else 0) if meridiem else hour
        clock = (hour, minute, second, micro)
    zone = _zone(match[at + 5])
    return _Parts(year, a, b, clock, zone, settled)


def _zone(text: str | None) -> timezone | None:
    """A UTC offset from "Z", "+0000", "+03:00", "UTC", "GMT+3:00"."""
    if text is None:
        return None
    text = text.removeprefix("UTC").removeprefix("GMT")
    if text in ("", "Z"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _evidence(parts: Iterable[_Parts]) -> DateOrder | None:
    """"dmy" when some first number is above 12, "mdy" when some second one is."""
    day_first = month_first = False
    for part in parts:
        if part.settled:
            continue
        day_first = day_first or part.a > 12
        month_first = month_first or part.b > 12
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None


def _needs_order(parts: list[_Parts | When | ValueError | None]) -> bool:
    """True when some value reads differently in the two orders."""
    return any(isinstance(p, _Parts) and not p.settled and p.a != p.b for p in parts)


def _compose(part: _Parts | When | ValueError | None, order: DateOrder) -> When | ValueError | None:
    """The date (or datetime) of `part` in the chosen order; ValueError when impossible."""
    if not isinstance(part, _Parts):
        return part
    month, day = (part.a, part.b) if part.settled or order == "mdy" else (part.b, part.a)
    try:
        if part.time is None:
            return date(part.year, month, day)
        hour, minute, second, micro = part.time
        return datetime(part.year, month, day, hour, minute, second, micro, tzinfo=part.zone)
    except ValueError as error:
        return error

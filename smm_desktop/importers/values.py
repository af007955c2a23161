"""Cell values as the file's locale writes them: numbers, percentages, durations and text.

Numbers: "1,234", "1.234,5" (decimal comma), "1 234", "١٬٢٣٤٫٥" (Arabic separators) and
Arabic-Indic or Eastern Arabic-Indic digits. Percentages come back as FRACTIONS (12.5% -> 0.125).
"", "-", "—", "N/A" are no value (None), never an error; text that is not a number raises
ValueError, which the row builder reports at its line and column.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import time, timedelta

from smm_desktop.importers.text import Cell

MISSING = frozenset({"", "-", "–", "—", "--", "n/a", "na", "null", "none", "nan", "?"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009\u2007'’")
_SIGNS = str.maketrans({"٪": "%", "−": "-"})
ARABIC_THOUSANDS, ARABIC_DECIMAL = "\u066c", "\u066b"  # "٬" and "٫", whatever the locale


def clean_text(value: Cell) -> str | None:
    """Trimmed text with \\n line ends, or None when empty; sheet numbers written back plainly."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text or None


def guess_decimal(samples: Iterable[str], delimiter: str | None) -> str:
    """"." or ",": the decimal mark of a file, from the numbers in it. Only telling numbers
    vote ("1,5", "1.234,5", "1,234.5"); "1.234" alone does not. No vote: "," for ";" files."""
    comma = dot = 0
    for raw in samples:
        vote = _decimal_vote(raw)
        comma += vote == ","
        dot += vote == "."
    if comma != dot:
        return "," if comma > dot else "."
    return "," if delimiter == ";" else "."


def _decimal_vote(raw: str) -> str | None:
    """The decimal mark `raw` proves, if any."""
    text = raw.strip().rstrip("%").translate(_SPACES)
    last_comma, last_dot = text.rfind(","), text.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        return "," if last_comma > last_dot else "."
    mark, position = (",", last_comma) if last_comma >= 0 else (".", last_dot)
    if position < 0:
        return None
    if text.count(mark) > 1:
        return "," if mark == "." else "."
    return None if len(text) - position - 1 == 3 else mark


def parse_number(value: Cell, decimal: str = ".") -> float | None:
    """A number from a cell; `decimal` is the file's decimal mark. ValueError when not one."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        if value is None:
            return None
        raise ValueError("not a number")
    if not isinstance(value, str):
        return _finite(float(value))
    if value.isdecimal():
        return float(int(value))
    if not value:
        return None
    grouped = _grouped_integer(value, "," if decimal == "." else ".")
    return grouped if grouped is not None else _parse_text_number(value, decimal)


def _grouped_integer(value: str, thousands: str) -> float | None:
    """The fast path for "12,345" (or "12.345"): None when `value` is not such a number."""
    whole = grouped_int(value, thousands)
    return None if whole is None else float(whole)


def grouped_int(value: str, thousands: str) -> int | None:
    """"12,345" (groups of three after a head of one to three digits) as 12345, by slicing
    (no split, no loop); None when `value` is not written so."""
    head, mark, tail = value.partition(thousands)
    groups = (len(tail) + 1) // 4
    if not mark or not 1 <= len(head) <= 3 or len(tail) != groups * 4 - 1:
        return None
    if tail[3::4] != thousands * (groups - 1) or tail.count(thousands) != groups - 1:
        return None
    digits = head + tail.replace(thousands, "")
    return int(digits) if digits.isdecimal() else None


def _parse_text_number(raw: str, decimal: str) -> float | None:
    """The slow path: signs, separators, a percent sign, Arabic marks ("٬" always groups
    thousands and "٫" is always the decimal mark, whatever the file's locale)."""
    text = raw.strip().translate(_SIGNS).translate(_SPACES)
    if ARABIC_THOUSANDS in text or ARABIC_DECIMAL in text:
        text = text.replace(ARABIC_THOUSANDS, ",").replace(ARABIC_DECIMAL, ".")
        decimal = "."
    if text.lower() in MISSING:
        return None
    scale = 1.0
    if text.endswith("%") or text.startswith("%"):
        text, scale = text.strip("%"), 0.01
    negative = text.startswith("(") and text.endswith(")")
    text = _plain_digits(text.strip("()"), decimal).translate(_DIGITS)
    usable = text and text[-1].isdigit() and "_" not in text
    number = float(text) if usable else _not_a_number(raw)
    return _finite(-number * scale if negative else number * scale)


def _plain_digits(text: str, decimal: str) -> str:
    """Drop thousands separators (checking groups of three) and make the decimal mark a dot."""
    thousands = "." if decimal == "," else ","
    whole, mark, fraction = text.partition(decimal)
    if thousands in whole:
        groups = whole.lstrip("+-").split(thousands)
        if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            raise ValueError("bad grouping")
        whole = whole.replace(thousands, "")
    if thousands in fraction:
        raise ValueError("separator after the decimal mark")
    return f"{whole}.{fraction}" if mark else whole


def _not_a_number(raw: str) -> float:
    """Raise the error of a cell that is not a number."""
    raise ValueError(f"not a number: {raw!r}")


def _finite(number: float) -> float:
    """Refuse inf and nan, which no export means."""
    if math.isfinite(number):
        return number
    raise ValueError("not a finite number")


def parse_int(value: Cell, decimal: str = ".") -> int | None:
    """A whole count; "1.0" is fine, "1.5" is a ValueError."""
    if isinstance(value, str) and value.isdecimal():
        return int(value)
    number = parse_number(value, decimal)
    if number is None:
        return None
    if not number.is_integer():
        raise ValueError("not a whole number")
    return int(number)


def parse_rate(value: Cell, decimal: str = ".", percent_column: bool = False) -> float | None:
    """A rate as a fraction: "12.5%" -> 0.125; a bare number is a fraction already unless the
    column says it holds percents (a header like "click-through rate (%)")."""
    if isinstance(value, str) and "%" not in value and "٪" not in value and percent_column:
        number = parse_number(value, decimal)
        return None if number is None else number / 100
    number = parse_number(value, decimal)
    if number is not None and percent_column and not isinstance(value, str):
        return number / 100
    return number


def parse_duration(value: Cell, decimal: str = ".") -> float | None:
    """Seconds from "0:01:23", "1:23" (minutes:seconds), "83" or a sheet's time/duration cell."""
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    if not isinstance(value, str) or ":" not in value:
        return parse_number(value, decimal)
    parts = value.strip().translate(_DIGITS).split(":")
    if len(parts) > 3 or not all(p.strip() for p in parts):
        raise ValueError("not a duration")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + float(part.replace(",", "."))
    if seconds < 0 or any(float(p.replace(",", ".")) >= 60 for p in parts[1:]):
        raise ValueError("not a duration")
    return seconds

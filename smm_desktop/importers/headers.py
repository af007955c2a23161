"""Header text made comparable (case, spaces, BOMs, quotes) and the signature of a header set,
which the column-mapping dialog uses to remember a mapping for files of the same shape."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from smm_desktop.importers.text import Cell

_INVISIBLE = str.maketrans("", "", "\ufeff\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069")
HEADER_SCAN_ROWS = 12


def normalise(header: Cell) -> str:
    """Lower case, single spaces, no BOM, quotes or invisible marks: "  Post  ID" -> "post id"."""
    if header is None:
        return ""
    text = str(header).translate(_INVISIBLE).replace("\u00a0", " ").strip().strip('"').casefold()
    return " ".join(text.split())


def header_texts(cells: Iterable[Cell]) -> tuple[str, ...]:
    """The header cells as shown (trimmed), trailing empty ones dropped."""
    texts = [str(cell).translate(_INVISIBLE).strip() if cell is not None else "" for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def signature(headers: Iterable[Cell]) -> str:
    """A stable hash of the normalised, de-duplicated, sorted header set (order-insensitive)."""
    names = sorted({normalise(h) for h in headers} - {""})
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:16]


def likely_header_row(rows: Iterable[tuple[int, tuple[Cell, ...]]]) -> int:
    """Index of the first of the first rows with the most non-empty text cells (a title row
    above, as LinkedIn writes, has fewer)."""
    best_index, best_count = 0, 0
    for index, (_line, cells) in enumerate(rows):
        if index >= HEADER_SCAN_ROWS:
            break
        count = sum(1 for cell in cells if isinstance(cell, str) and cell.strip())
        if count > best_count:
            best_index, best_count = index, count
    return best_index

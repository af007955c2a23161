"""The report's building blocks: headings, paragraphs, notes and tables that split across
pages with their header repeated, all mirrored for right-to-left reports.

Every text goes through rtl.py (shaped, broken at the real width, reordered per line, escaped),
after characters no bundled font has (emoji, pictographs) are dropped: they print as nothing
rather than as boxes or a failure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from smm_desktop.reports import fonts, rtl
from smm_desktop.reports.style import Palette

CELL_PAD = 3.5
# A user text longer than this is cut in a table cell, so that no row is taller than a page
# (ReportLab cannot split a row). Notes paragraphs outside tables are cut much later.
MAX_CELL, MAX_PARAGRAPH, MAX_LINES = 400, 6000, 30
BODY = ParagraphStyle("reportBody", fontName=fonts.LATIN, fontSize=8, leading=10.5)
CELL = ParagraphStyle("reportCell", parent=BODY, fontSize=7.5, leading=9.5)
TEXT = ParagraphStyle("reportText", parent=BODY, fontSize=9.5, leading=13, spaceAfter=4)
H1 = ParagraphStyle("reportH1", parent=BODY, fontSize=16, leading=21, spaceAfter=6)
H2 = ParagraphStyle("reportH2", parent=BODY, fontSize=11, leading=15, spaceBefore=6,
                    spaceAfter=3)
NOTE = ParagraphStyle("reportNote", parent=BODY, fontSize=9.5, leading=13,
                      textColor=colors.HexColor("#666666"))
GRID = colors.HexColor("#c8c8c8")
STRIPE = colors.HexColor("#f6f6f4")


@cache
def _covered() -> frozenset[int]:
    """The code points the bundled Latin and Arabic fonts draw."""
    fonts.register()
    faces = (pdfmetrics.getFont(fonts.LATIN).face, pdfmetrics.getFont(fonts.ARABIC).face)
    return frozenset().union(*(face.charToGlyph.keys() for face in faces))


def printable(text: str) -> str:
    """`text` without the characters no bundled font has (emoji and such), keeping line breaks
    and the invisible bidi controls rtl.py handles."""
    covered = _covered()
    return "".join(c for c in text if ord(c) in covered or c in "\n\t" or "\u200b" <= c <= "\u206f")


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True)
class Layout:
    """What every builder needs: the direction, the colours and the text column's width."""

    rtl: bool
    colours: Palette
    room: float  # usable width inside the frame

    def para(self, text: str, style: ParagraphStyle = TEXT, room: float | None = None,
             bold: bool = False, end: bool = False, max_lines: int = 0) -> Paragraph:
        """A paragraph of (user or label) text; `end`: aligned to the line's far side
        (numbers in tables); `max_lines`: cut there with "…" (a table row cannot split)."""
        text = printable(text)
        width = self.room if room is None else room
        lines = rtl.visual_lines(text, style.fontSize, width, self.rtl, bold)
        if max_lines and len(lines) > max_lines:
            lines = [*lines[:max_lines - 1], "…"]
        body = "<br/>".join(rtl.markup(line, bold) for line in lines)
        right = self.rtl != end
        aligned = _aligned(style, right)
        return Paragraph(body, aligned)

    def heading(self, text: str, level: int = 2) -> Paragraph:
        return self.para(text, H1 if level == 1 else H2, bold=True)

    def note(self, text: str) -> Paragraph:
        return self.para(text, NOTE)


@cache
def _aligned(style: ParagraphStyle, right: bool) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{'r' if right else 'l'}", parent=style,
                          alignment=TA_RIGHT if right else TA_LEFT)


@dataclass(frozen=True)
class Column:
    """A table column: its header, share of the width, and whether it holds numbers."""

    header: str
    share: float
    number: bool = False


def table(layout: Layout, columns: Sequence[Column], rows: Sequence[Sequence[str]],
          width: float | None = None) -> Table:
    """A table whose rows may split across pages with the header repeated; the columns are
    mirrored in a right-to-left report (the first column on the right). Columns are widened
    (or their words made smaller) so that words are never broken in the middle."""
    rows = [[cut(text, MAX_CELL) for text in row] for row in rows]
    room = layout.room if width is None else width
    widths = _widths(columns, rows, room)
    head = _head_style(layout.colours.on_primary.hexval())
    head = min((_fitting(head, [c.header], w, True) for c, w in zip(columns, widths, strict=True)),
               key=lambda style: style.fontSize)  # one size for the whole header row
    cells = [[layout.para(c.header, head, w - 2 * CELL_PAD, bold=True, end=c.number)
              for c, w in zip(columns, widths, strict=True)]]
    for row in rows:
        cells.append([layout.para(text, _fitting(CELL, [text], w), w - 2 * CELL_PAD,
                                  end=c.number, max_lines=MAX_LINES)
                      for text, c, w in zip(row, columns, widths, strict=True)])
    if layout.rtl:
        cells, widths = [row[::-1] for row in cells], widths[::-1]
    result = Table(cells, colWidths=widths, repeatRows=1, hAlign="RIGHT" if layout.rtl else "LEFT")
    result.setStyle(_table_style(layout))
    return result


@cache
def _head_style(colour: str) -> ParagraphStyle:
    return ParagraphStyle(f"reportHead-{colour}", parent=CELL, textColor=colors.HexColor(colour))


SMALLEST = 6.0  # points: a cell's words are made no smaller than this to fit whole
_LONGEST_WORD = 40  # a longer "word" (a 20,000-character one) is broken, never fitted


def _word_width(text: str, size: float, bold: bool = False) -> float:
    """The width of the widest word of `text` (shaped, as it will print)."""
    words = [w for w in printable(text).split() if len(w) <= _LONGEST_WORD]
    if not words:
        return 0.0
    shaped = rtl._reshaper().reshape(" ".join(words)).split()
    return max((rtl.width(w, size, bold) for w in shaped), default=0.0)


def _least(column: Column, cells: Sequence[str], room: float) -> float:
    size = CELL.fontSize
    need = _word_width(column.header, size, True)
    if column.number:
        need = max([need, *(rtl.width(printable(text), size) for text in cells)])
    else:
        need = max([need, *(min(_word_width(text, size), room / 3) for text in cells)])
    return need + 2 * CELL_PAD + 2


def _fitting(style: ParagraphStyle, texts: Sequence[str], width: float,
             bold: bool = False) -> ParagraphStyle:
    """`style`, or a smaller copy of it whose widest word fits the column (down to SMALLEST)."""
    room = width - 2 * CELL_PAD - 1
    size = style.fontSize
    widest = max(_word_width(t, size, bold) for t in texts) if texts else 0.0
    if widest <= room:
        return style
    return _sized(style, max(SMALLEST, math.floor(size * room / widest * 4) / 4))


@cache
def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                          leading=size * style.leading / style.fontSize)


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], room: float) -> list[float]:
    """Each column's width: its share of `room`, but wide enough for its header's longest word,
    its numbers (a number column) or its longest word (up to a third of the room); the other
    columns give way. Only when all cannot fit are the words made smaller (see _fitting)."""
    shares = [c.share for c in columns]
    least = [_least(c, [r[i] for r in rows], room) for i, c in enumerate(columns)]
    widths = [room * share / sum(shares) for share in shares]
    fixed: set[int] = set()
    while True:
        short = {i for i, w in enumerate(widths) if w < least[i] - 0.01} - fixed
        free = [i for i in range(len(widths)) if i not in fixed | short]
        if not short or not free:
            break
        fixed |= short
        for i in short:
            widths[i] = least[i]
        left = room - sum(widths[i] for i in fixed)
        for i in free:
            widths[i] = max(left, 0) * shares[i] / sum(shares[j] for j in free)
    total = sum(widths)
    return widths if total <= room + 0.01 else [w * room / total for w in widths]


def _table_style(layout: Layout) -> TableStyle:
    return TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), layout.colours.primary),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),  # Table's own default is Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        *[(edge, (0, 0), (-1, -1), CELL_PAD) for edge in
          ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")],
    ])


def facts(layout: Layout, pairs: Sequence[tuple[str, str]]) -> Table:
    """Label / value lines (no header row): key figures of a section."""
    widths = [layout.room * 0.45, layout.room * 0.25]
    cells = [[layout.para(label, CELL, widths[0] - 2 * CELL_PAD, bold=True),
              layout.para(value, CELL, widths[1] - 2 * CELL_PAD, end=True)]
             for label, value in pairs]
    if layout.rtl:
        cells, widths = [row[::-1] for row in cells], widths[::-1]
    result = Table(cells, colWidths=widths, hAlign="RIGHT" if layout.rtl else "LEFT")
    result.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, STRIPE]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),  # Table's own default is Helvetica
        *[(edge, (0, 0), (-1, -1), CELL_PAD) for edge in
          ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")],
    ]))
    return result


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def flow(*parts: Flowable | None) -> list[Flowable]:
    """The parts that exist."""
    return [p for p in parts if p is not None]
